import ArticleModel

extension FoldedText {
    /// Visits the non-overlapping matches of `needle` whose folded bytes lie in `from..<to`,
    /// in order, as original ranges, until `visit` returns true. Occurrences followed by a
    /// combining mark are rejected (the search resumes one byte later); an occurrence that
    /// maps onto the previous match's scalars is consumed but not reported.
    func scanForward(_ needle: Needle, from: Int, to: Int, _ visit: (TextRange) -> Bool) {
        let m = needle.bytes.count
        bytes.withUnsafeBufferPointer { hay in
            var s = from
            var block = self.block(containing: from)
            var previous: TextRange?
            while let found = needle.firstOccurrence(in: hay, from: s, to: to) {
                guard FoldedText.endsOnBoundary(hay, at: found + m) else {
                    s = found + 1
                    continue
                }
                while block + 1 < blockStart.count && blockStart[block + 1] <= found { block += 1 }
                s = found + m
                guard let range = originalRange(foldedStart: found, length: m, block: block) else { continue }
                if let p = previous, p.block == range.block, range.start < p.end { continue }
                previous = range
                if visit(range) { return }
            }
        }
    }

    /// The matches of `needle` in one block.
    func blockMatches(_ needle: Needle, block: Int) -> [TextRange] {
        var result: [TextRange] = []
        scanForward(needle, from: blockStart[block], to: blockEnd[block]) { range in
            result.append(range)
            return false
        }
        return result
    }

    /// Forward search from `position`; see ``SearchIndex/firstMatch(_:from:forward:wrap:)``.
    func firstForward(_ needle: Needle, from position: TextPosition, wrap: Bool) -> (range: TextRange, wrapped: Bool)? {
        let block = position.block
        let start = needle.hasBorder ? blockStart[block] : foldedOffset(ofScalar: position.offset, block: block)
        var result: TextRange?
        scanForward(needle, from: start, to: bytes.count) { range in
            guard range.lowerBound >= position else { return false }
            result = range
            return true
        }
        if let result { return (result, false) }
        guard wrap else { return nil }
        scanForward(needle, from: 0, to: blockEnd[block]) { range in
            if range.lowerBound < position { result = range }
            return true
        }
        return result.map { ($0, true) }
    }

    /// Backward search from `position`; see ``SearchIndex/firstMatch(_:from:forward:wrap:)``.
    func firstBackward(_ needle: Needle, from position: TextPosition, wrap: Bool) -> (range: TextRange, wrapped: Bool)? {
        let block = position.block
        if needle.hasBorder {
            // Self-overlapping pattern: take whole blocks so the greedy matches stay the same.
            for b in stride(from: block, through: 0, by: -1) {
                if let last = blockMatches(needle, block: b).last(where: { $0.lowerBound < position }) {
                    return (last, false)
                }
            }
            guard wrap else { return nil }
            for b in stride(from: blockStart.count - 1, through: block, by: -1) {
                if let last = blockMatches(needle, block: b).last(where: { $0.lowerBound >= position }) {
                    return (last, true)
                }
            }
            return nil
        }
        let folded = foldedOffset(ofScalar: position.offset, block: block)
        if let range = lastBackward(needle, from: 0, upTo: folded, where: { $0.lowerBound < position }) {
            return (range, false)
        }
        guard wrap else { return nil }
        return lastBackward(needle, from: folded, upTo: bytes.count, where: { $0.lowerBound >= position })
            .map { ($0, true) }
    }

    /// The first accepted occurrence met scanning backward from start `upTo` down to `from`
    /// whose original range satisfies `predicate`.
    private func lastBackward(
        _ needle: Needle, from: Int, upTo: Int, where predicate: (TextRange) -> Bool
    ) -> TextRange? {
        let m = needle.bytes.count
        return bytes.withUnsafeBufferPointer { hay -> TextRange? in
            var cursor = upTo
            while let found = needle.lastOccurrence(in: hay, from: from, upTo: cursor) {
                cursor = found - 1
                guard FoldedText.endsOnBoundary(hay, at: found + m) else { continue }
                let block = self.block(containing: found)
                guard let range = originalRange(foldedStart: found, length: m, block: block) else { continue }
                if predicate(range) { return range }
            }
            return nil
        }
    }

    /// Whether a match may end at folded offset `end`: not just before a combining mark.
    @inline(__always)
    static func endsOnBoundary(_ hay: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        guard end < hay.count else { return true }
        let lead = hay[end]
        if lead < 0xC0 || lead == 0xFF { return true }
        guard let scalar = decodeScalar(hay, at: end) else { return true }
        return !ScalarFolding.isAttachingMark(scalar)
    }

    /// Decodes the UTF-8 scalar starting at `index` (a lead byte), or nil when malformed.
    static func decodeScalar(_ hay: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        let lead = UInt32(hay[index])
        let count: Int
        var value: UInt32
        if lead >= 0xF0 {
            count = 4
            value = lead & 0x07
        } else if lead >= 0xE0 {
            count = 3
            value = lead & 0x0F
        } else {
            count = 2
            value = lead & 0x1F
        }
        guard index + count <= hay.count else { return nil }
        for i in 1..<count { value = value << 6 | UInt32(hay[index + i] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
