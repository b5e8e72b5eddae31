/// A folded pattern prepared for byte search: Horspool shift tables for both directions and
/// whether the pattern can overlap itself (has a border, like "aaa" or "abab").
struct Needle: Sendable {
    /// The folded pattern bytes (never empty).
    let bytes: [UInt8]
    /// Forward Horspool shift, indexed by the byte under the window's last position.
    private let forwardShift: [Int]
    /// Backward Horspool shift, indexed by the byte under the window's first position.
    private let backwardShift: [Int]
    /// Whether a proper prefix of the pattern is also a suffix.
    let hasBorder: Bool

    /// Folds `pattern` like the text; `nil` when nothing is left (empty, or only ignorables).
    init?(pattern: String, mode: FoldingMode) {
        var builder = FoldBuilder(mode: mode)
        builder.addBlock(pattern)
        let bytes = builder.bytes
        guard !bytes.isEmpty else { return nil }
        self.bytes = bytes
        let m = bytes.count
        var forward = [Int](repeating: m, count: 256)
        for i in 0..<(m - 1) { forward[Int(bytes[i])] = m - 1 - i }
        var backward = [Int](repeating: m, count: 256)
        if m > 1 {
            for j in stride(from: m - 1, through: 1, by: -1) { backward[Int(bytes[j])] = j }
        }
        forwardShift = forward
        backwardShift = backward
        // KMP failure value of the whole pattern.
        var failure = [Int](repeating: 0, count: m)
        var k = 0
        for i in 1..<max(m, 1) {
            while k > 0 && bytes[i] != bytes[k] { k = failure[k - 1] }
            if bytes[i] == bytes[k] { k += 1 }
            failure[i] = k
        }
        hasBorder = m > 1 && failure[m - 1] > 0
    }

    /// The first start `s` in `from...(to - count)` where the pattern occurs in `hay`, or nil.
    func firstOccurrence(in hay: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let m = bytes.count
        guard from >= 0, to <= hay.count, to - from >= m else { return nil }
        return bytes.withUnsafeBufferPointer { needle -> Int? in
            forwardShift.withUnsafeBufferPointer { shift -> Int? in
                let last = needle[m - 1]
                let first = needle[0]
                var s = from
                let limit = to - m
                while s <= limit {
                    let tail = hay[s + m - 1]
                    if tail == last && hay[s] == first {
                        var i = 1
                        while i < m - 1 && hay[s + i] == needle[i] { i += 1 }
                        if i >= m - 1 { return s }
                    }
                    s += shift[Int(tail)]
                }
                return nil
            }
        }
    }

    /// The last start `s` in `from...upTo` (with `s + count <= hay.count`) where the pattern
    /// occurs, searching backward, or nil.
    func lastOccurrence(in hay: UnsafeBufferPointer<UInt8>, from: Int, upTo: Int) -> Int? {
        let m = bytes.count
        var s = min(upTo, hay.count - m)
        guard from >= 0 else { return nil }
        return bytes.withUnsafeBufferPointer { needle -> Int? in
            backwardShift.withUnsafeBufferPointer { shift -> Int? in
                let first = needle[0]
                let last = needle[m - 1]
                while s >= from {
                    let head = hay[s]
                    if head == first && hay[s + m - 1] == last {
                        var i = 1
                        while i < m - 1 && hay[s + i] == needle[i] { i += 1 }
                        if i >= m - 1 { return s }
                    }
                    s -= shift[Int(head)]
                }
                return nil
            }
        }
    }
}
