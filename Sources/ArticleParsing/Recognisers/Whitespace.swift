/// Whitespace as the parser trims it: space, TAB, NO-BREAK SPACE (U+00A0), the spaces
/// U+2000–U+200A, NARROW NO-BREAK SPACE (U+202F), MEDIUM MATHEMATICAL SPACE (U+205F),
/// IDEOGRAPHIC SPACE (U+3000) and ZERO WIDTH NO-BREAK SPACE (U+FEFF), all matched on bytes.
enum Whitespace {
    /// The byte length of the whitespace character starting at `index`, or 0.
    @inline(__always)
    static func length(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = buffer[index]
        if byte == 0x20 || byte == 0x09 { return 1 }
        if byte == 0xC2, index + 1 < end, buffer[index + 1] == 0xA0 { return 2 }
        guard index + 2 < end else { return 0 }
        let second = buffer[index + 1], third = buffer[index + 2]
        switch byte {
        case 0xE2:
            if second == 0x80 && (third <= 0x8A || third == 0xAF) { return 3 }
            if second == 0x81 && third == 0x9F { return 3 }
        case 0xE3:
            if second == 0x80 && third == 0x80 { return 3 }
        case 0xEF:
            if second == 0xBB && third == 0xBF { return 3 }
        default:
            break
        }
        return 0
    }

    /// How many bytes of whitespace start `range`.
    static func prefixLength(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound {
            let length = length(buffer, at: index, end: range.upperBound)
            if length == 0 { break }
            index += length
        }
        return index - range.lowerBound
    }

    /// The length of `range` once trailing whitespace is removed.
    static func trimmedLength(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound {
            let byte = buffer[end - 1]
            if byte == 0x20 || byte == 0x09 {
                end -= 1
                continue
            }
            if byte >= 0x80 {
                // Step back to the scalar's first byte and test it.
                var start = end - 1
                while start > range.lowerBound && buffer[start] & 0xC0 == 0x80 { start -= 1 }
                if length(buffer, at: start, end: end) == end - start {
                    end = start
                    continue
                }
            }
            break
        }
        return end - range.lowerBound
    }
}
