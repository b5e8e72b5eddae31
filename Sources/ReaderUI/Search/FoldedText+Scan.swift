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
                guard let length = FoldedText.wholeClusterLength(hay, found: found, length: m),
                      FoldedText.endsOnBoundary(hay, at: found + length) else {
                    s = found + 1
                    continue
                }
                while block + 1 < blockStart.count && blockStart[block + 1] <= found { block += 1 }
                s = found + length
                guard let range = originalRange(foldedStart: found, length: length, block: block) else { continue }
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
                guard let length = FoldedText.wholeClusterLength(hay, found: found, length: m),
                      FoldedText.endsOnBoundary(hay, at: found + length) else { continue }
                let block = self.block(containing: found)
                guard let range = originalRange(foldedStart: found, length: length, block: block) else { continue }
                if predicate(range) { return range }
            }
            return nil
        }
    }

    /// Whether `scalar` belongs to an emoji sequence: a pictograph (Unicode `Emoji`, from
    /// U+2000), a skin-tone modifier, a variation selector, a tag character, a regional
    /// indicator or the combining enclosing keycap U+20E3.
    static func isEmojiPart(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        // Every pictograph is at or above U+2000, and none between U+3300 and U+1F000.
        guard v >= 0x2000, v < 0x3300 || v >= 0x1F000 else { return isEmojiExtender(v) }
        return isEmojiExtender(v) || (0x1F1E6...0x1F1FF).contains(v) || scalar.properties.isEmoji
    }

    /// Scalars that extend the emoji before them (UTS #51): variation selectors
    /// U+FE00–U+FE0F, skin-tone modifiers U+1F3FB–U+1F3FF, tags U+E0020–U+E007F and the
    /// keycap U+20E3.
    static func isEmojiExtender(_ v: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v)
            || (0xE0020...0xE007F).contains(v) || v == 0x20E3
    }

    /// The folded length of the match of `length` bytes at `found` grown over the emoji
    /// extenders after it (so "👍" finds all of "👍🏽" and "❤" all of "❤️"), or `nil` when the
    /// match would cut an emoji sequence: it starts with an extender or a ZWJ or just after a
    /// ZWJ kept in the folded text, ends just before such a ZWJ, or starts or ends between the
    /// two regional indicators of a flag. Emoji sequences thus stay whole in search.
    static func wholeClusterLength(_ hay: UnsafeBufferPointer<UInt8>, found: Int, length: Int) -> Int? {
        guard let first = scalar(hay, at: found) else { return length }
        if first.value == 0x200D || isEmojiExtender(first.value) { return nil }
        if found > 0, let before = scalar(hay, endingAt: found), before.value == 0x200D { return nil }
        if isRegionalIndicator(first.value), regionalIndicatorsBefore(hay, found) % 2 == 1 { return nil }
        var end = found + length
        while end < hay.count, let next = scalar(hay, at: end), isEmojiExtender(next.value) {
            end += UTF8.width(next)
        }
        if end < hay.count, let next = scalar(hay, at: end) {
            if next.value == 0x200D { return nil }
            if isRegionalIndicator(next.value), regionalIndicatorsBefore(hay, end) % 2 == 1 { return nil }
        }
        return end - found
    }

    private static func isRegionalIndicator(_ v: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(v) }

    /// The number of regional indicators directly before folded offset `position`.
    private static func regionalIndicatorsBefore(_ hay: UnsafeBufferPointer<UInt8>, _ position: Int) -> Int {
        var count = 0
        var cursor = position
        while cursor >= 4, let s = scalar(hay, endingAt: cursor), isRegionalIndicator(s.value) {
            count += 1
            cursor -= 4
        }
        return count
    }

    /// The scalar starting at `index`, or nil when there is none (or it is malformed).
    private static func scalar(_ hay: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        guard index < hay.count else { return nil }
        let lead = hay[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        guard lead >= 0xC0, lead != 0xFF else { return nil }
        return decodeScalar(hay, at: index)
    }

    /// The scalar ending just before `index`, or nil.
    private static func scalar(_ hay: UnsafeBufferPointer<UInt8>, endingAt index: Int) -> Unicode.Scalar? {
        var start = index - 1
        while start > 0 && start > index - 4 && hay[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0 else { return nil }
        return scalar(hay, at: start)
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
