import ArticleModel

/// A run of folded bytes and the original scalars it came from. When ``origEnd`` is
/// negative the run is *linear*: each folded byte is one ASCII scalar standing for exactly
/// one original scalar, the i-th byte for original offset `origStart + i`. Otherwise every
/// byte of the run stands for the whole original span `origStart..<origEnd` (an expansion
/// such as ß → "ss", a decomposed letter, or reordered combining marks).
struct FoldSegment: Sendable, Equatable {
    /// Offset of the run's first byte in ``FoldedText/bytes``.
    var folded: Int32
    /// First original scalar offset (inside its block).
    var origStart: Int32
    /// One past the last original scalar offset, or -1 for a linear run.
    var origEnd: Int32
}

/// One folded variant of the whole article: every block's text folded to UTF-8 bytes
/// (blocks separated by 0xFF, which never occurs in UTF-8, so no match crosses blocks), plus
/// the segments that map folded bytes back to original scalar offsets.
struct FoldedText: Sendable, Equatable {
    /// The folded UTF-8 of all blocks, each followed by a 0xFF separator.
    var bytes: [UInt8] = []
    /// Mapping runs, ordered by ``FoldSegment/folded``; empty runs are never stored.
    var segments: [FoldSegment] = []
    /// Folded start of each block.
    var blockStart: [Int] = []
    /// Folded end of each block (the separator's offset).
    var blockEnd: [Int] = []
    /// Index of each block's first segment; one extra entry for the end.
    var blockFirstSegment: [Int] = []

    /// Folds every block's text with `mode`.
    init(texts: [String], mode: FoldingMode) {
        var builder = FoldBuilder(mode: mode)
        var total = 0
        for text in texts { total += text.utf8.count + 1 }
        builder.bytes.reserveCapacity(total + total / 8)
        for text in texts {
            blockStart.append(builder.bytes.count)
            blockFirstSegment.append(builder.segments.count)
            builder.addBlock(text)
            blockEnd.append(builder.bytes.count)
            builder.bytes.append(0xFF)
        }
        blockFirstSegment.append(builder.segments.count)
        bytes = builder.bytes
        segments = builder.segments
    }

    /// The block whose folded range contains byte offset `position` (binary search).
    func block(containing position: Int) -> Int {
        var lo = 0
        var hi = blockStart.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if blockStart[mid] <= position { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The index of the last segment of `block` that starts at or before folded `position`.
    private func segmentIndex(atFolded position: Int, block: Int) -> Int? {
        var lo = blockFirstSegment[block]
        var hi = blockFirstSegment[block + 1] - 1
        guard lo <= hi, Int(segments[lo].folded) <= position else { return nil }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(segments[mid].folded) <= position { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The original scalar range of the folded bytes `start..<start+length` in `block`;
    /// a bound inside a non-linear segment widens to cover its whole original span.
    func originalRange(foldedStart start: Int, length: Int, block: Int) -> TextRange? {
        guard length > 0,
            let first = segmentIndex(atFolded: start, block: block),
            let last = segmentIndex(atFolded: start + length - 1, block: block)
        else { return nil }
        let a = segments[first]
        let z = segments[last]
        let lower = a.origEnd < 0 ? Int(a.origStart) + (start - Int(a.folded)) : Int(a.origStart)
        let upper =
            z.origEnd < 0 ? Int(z.origStart) + (start + length - 1 - Int(z.folded)) + 1 : Int(z.origEnd)
        var lowest = lower
        var highest = upper
        if first != last {
            // Reordered marks may map out of order; take the hull of every touched segment.
            for s in segments[first...last] where s.origEnd >= 0 {
                lowest = min(lowest, Int(s.origStart))
                highest = max(highest, Int(s.origEnd))
            }
        }
        return TextRange(block: block, start: lowest, end: highest)
    }

    /// The folded byte offset where original scalar `offset` of `block` starts; an offset in
    /// a removed scalar (or past the end) maps to the next folded byte.
    func foldedOffset(ofScalar offset: Int, block: Int) -> Int {
        let firstSeg = blockFirstSegment[block]
        let endSeg = blockFirstSegment[block + 1]
        var lo = firstSeg
        var hi = endSeg - 1
        guard lo <= hi, Int(segments[lo].origStart) <= offset else { return blockStart[block] }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(segments[mid].origStart) <= offset { lo = mid } else { hi = mid - 1 }
        }
        // Several segments can start at the same scalar (ß → "s", "s" in exact-case
        // diacritic folding): step back to the first one that covers `offset`.
        while lo > firstSeg, foldedOffset(in: lo - 1, ofScalar: offset, block: block) != nil {
            lo -= 1
        }
        let nextFolded = lo + 1 < endSeg ? Int(segments[lo + 1].folded) : blockEnd[block]
        return foldedOffset(in: lo, ofScalar: offset, block: block) ?? nextFolded
    }

    /// The folded offset of original scalar `offset` inside segment `index`, or nil when the
    /// segment does not cover it.
    private func foldedOffset(in index: Int, ofScalar offset: Int, block: Int) -> Int? {
        let s = segments[index]
        guard Int(s.origStart) <= offset else { return nil }
        if s.origEnd < 0 {
            let nextFolded =
                index + 1 < blockFirstSegment[block + 1] ? Int(segments[index + 1].folded) : blockEnd[block]
            let length = nextFolded - Int(s.folded)
            return offset - Int(s.origStart) < length ? Int(s.folded) + offset - Int(s.origStart) : nil
        }
        return offset < Int(s.origEnd) ? Int(s.folded) : nil
    }
}

/// Builds folded bytes and mapping segments scalar by scalar, for the text and the pattern
/// alike (so both are prepared identically, including canonical reordering of marks).
struct FoldBuilder {
    /// The folding applied.
    let mode: FoldingMode
    /// Folded UTF-8 so far.
    var bytes: [UInt8] = []
    /// Mapping segments so far.
    var segments: [FoldSegment] = []
    /// Folded form (with combining classes) of each non-ASCII scalar seen.
    private var cache: [UInt32: [(scalar: Unicode.Scalar, ccc: UInt8)]] = [:]
    /// The original offset the open linear segment expects next, or -1.
    private var linearNext: Int32 = -1
    /// The original span of the open non-linear segment, if any.
    private var openSpan: (Int32, Int32)?
    /// Whether the last scalar added is part of an emoji (a pictograph, a skin-tone
    /// modifier, a variation selector or a tag): a ZWJ after it joins an emoji sequence and
    /// is kept, so a match cannot cut the sequence (see ``FoldedText/wholeClusterLength``).
    private var afterEmoji = false
    /// Combining marks waiting for canonical reordering.
    private var pending: [(scalar: Unicode.Scalar, ccc: UInt8, start: Int32, end: Int32)] = []

    init(mode: FoldingMode) { self.mode = mode }

    /// Folds all of `text` as one block, offsets counted in its Unicode scalars.
    mutating func addBlock(_ text: String) {
        beginBlock()
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                addASCII(UInt8(truncatingIfNeeded: scalar.value), at: offset)
            } else {
                addScalar(scalar, at: offset)
            }
            offset &+= 1
        }
        endBlock()
    }

    /// Starts a new block: no segment continues across blocks.
    mutating func beginBlock() {
        linearNext = -1
        openSpan = nil
    }

    /// Flushes pending marks at the end of a block.
    mutating func endBlock() {
        if !pending.isEmpty { flushMarks() }
        linearNext = -1
        openSpan = nil
    }

    /// Adds an ASCII scalar (never ignorable, never decomposed, combining class 0).
    @inline(__always)
    mutating func addASCII(_ byte: UInt8, at offset: Int32) {
        if !pending.isEmpty { flushMarks() }
        afterEmoji = false
        let folded = mode.ignoresCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        emitLinear(folded, at: offset)
    }

    /// Adds any non-ASCII scalar.
    mutating func addScalar(_ scalar: Unicode.Scalar, at offset: Int32) {
        if scalar.value == 0x200D && afterEmoji {
            // A ZWJ inside an emoji sequence is kept (elsewhere it is ignorable).
            if !pending.isEmpty { flushMarks() }
            emit(scalar, start: offset, end: offset &+ 1)
            afterEmoji = false
            return
        }
        afterEmoji = FoldedText.isEmojiPart(scalar)
        let folded: [(scalar: Unicode.Scalar, ccc: UInt8)]
        if let cached = cache[scalar.value] {
            folded = cached
        } else {
            folded = ScalarFolding.fold(scalar, mode: mode).map {
                ($0, $0.properties.canonicalCombiningClass.rawValue)
            }
            cache[scalar.value] = folded
        }
        for f in folded {
            if f.ccc != 0 {
                pending.append((f.scalar, f.ccc, offset, offset &+ 1))
            } else {
                if !pending.isEmpty { flushMarks() }
                emit(f.scalar, start: offset, end: offset &+ 1)
            }
        }
    }

    /// Emits pending marks in canonical order; if that reorders them, they all map to the
    /// hull of their original spans.
    private mutating func flushMarks() {
        var sorted = true
        for i in pending.indices.dropFirst() where pending[i - 1].ccc > pending[i].ccc {
            sorted = false
            break
        }
        if sorted {
            for m in pending { emit(m.scalar, start: m.start, end: m.end) }
        } else {
            let ordered = pending.enumerated().sorted {
                ($0.element.ccc, $0.offset) < ($1.element.ccc, $1.offset)
            }
            let lo = pending.map(\.start).min() ?? 0
            let hi = pending.map(\.end).max() ?? 0
            for m in ordered { emit(m.element.scalar, start: lo, end: hi) }
        }
        pending.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private mutating func emitLinear(_ byte: UInt8, at offset: Int32) {
        if linearNext != offset {
            segments.append(FoldSegment(folded: Int32(truncatingIfNeeded: bytes.count), origStart: offset, origEnd: -1))
        }
        bytes.append(byte)
        linearNext = offset &+ 1
        openSpan = nil
    }

    private mutating func emit(_ scalar: Unicode.Scalar, start: Int32, end: Int32) {
        if scalar.value < 0x80 && end == start &+ 1 {
            emitLinear(UInt8(truncatingIfNeeded: scalar.value), at: start)
            return
        }
        if let span = openSpan, span == (start, end) {
            // Same original span: extend the open segment.
        } else {
            segments.append(FoldSegment(folded: Int32(truncatingIfNeeded: bytes.count), origStart: start, origEnd: end))
            openSpan = (start, end)
        }
        linearNext = -1
        Unicode.UTF8.encode(scalar) { bytes.append($0) }
    }
}
