/// A run of lines that forms one candidate block: a paragraph (its lines joined), a list
/// item, or a caption keyword line. Units are what the classifier turns into blocks.
///
/// A unit is kept as the byte range of its text in the sanitised UTF-8 — from the first
/// line's content (after a list marker) to the last line's content — and needs no line
/// table once made: its lines are found again by splitting that range at LF and trimming
/// each piece (``Whitespace``), which gives the same contents ``LineIndex`` did, since the
/// lines inside a unit are never blank. The range and the unit's kind and shape share 8
/// bytes (an article of 200,000 one-word paragraphs has 200,000 units): offsets in 32 bits
/// (inputs are at most 64 MiB, see `ArticleInput`), the length in 29 bits beside the kind
/// and whether the unit is one line.
struct TextUnit: Equatable {
    /// What a unit is before classification.
    enum Kind: UInt32 {
        /// Running text: a paragraph, heading or caption.
        case text
        /// A list item; its range starts after the marker and the space that follows it.
        case listItem
        /// An image keyword line (see ``KeywordLineRecognizer``); dropped when a caption
        /// follows it (or nothing does), otherwise shown as a paragraph.
        case keywords
        /// A tab-separated table: consecutive lines that each hold a tab, one row a line.
        /// Its text keeps the rows on lines of their own (joined with LF) and the tabs.
        case table
    }

    /// The first byte of the unit's text.
    private let start: UInt32
    /// The length in bytes (low 29 bits), the kind (2 bits) and whether the unit is one line
    /// (top bit).
    private let packed: UInt32

    private static let lengthMask: UInt32 = (1 << 29) - 1
    private static let singleLineBit: UInt32 = 1 << 31

    /// A unit of `kind` over the byte range `bytes` (trimmed content, marker skipped),
    /// spanning one line when `isSingleLine`.
    init(kind: Kind, bytes: Range<Int>, isSingleLine: Bool) {
        start = UInt32(truncatingIfNeeded: bytes.lowerBound)
        let length = UInt32(truncatingIfNeeded: min(bytes.count, Int(Self.lengthMask)))
        packed = length | kind.rawValue << 29 | (isSingleLine ? Self.singleLineBit : 0)
    }

    /// What the unit is.
    var kind: Kind { Kind(rawValue: packed >> 29 & 0b11) ?? .text }
    /// The unit's bytes in the sanitised UTF-8: trimmed, without the list marker.
    var bytes: Range<Int> { Int(start)..<Int(start) + Int(packed & Self.lengthMask) }
    /// Whether the unit is one line.
    var isSingleLine: Bool { packed & Self.singleLineBit != 0 }

    /// An upper bound of the unit's text length in bytes (its text never adds bytes to its
    /// range: joining replaces an LF and the whitespace around it with one byte).
    var byteCount: Int { Int(packed & Self.lengthMask) }

    /// The unit's text: its lines trimmed and joined with single spaces (a table's with LF),
    /// without the list marker.
    func text(in source: UnsafeBufferPointer<UInt8>) -> String {
        let range = bytes
        if isSingleLine {
            return String(decoding: UnsafeBufferPointer(rebasing: source[range]), as: UTF8.self)
        }
        let separator: UInt8 = kind == .table ? 0x0A : 0x20
        var text: [UInt8] = []
        text.reserveCapacity(range.count)
        var lineStart = range.lowerBound
        while lineStart <= range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound && source[lineEnd] != 0x0A { lineEnd += 1 }
            let contentStart = lineStart + Whitespace.prefixLength(source, lineStart..<lineEnd)
            let contentEnd = contentStart + Whitespace.trimmedLength(source, contentStart..<lineEnd)
            if lineStart != range.lowerBound { text.append(separator) }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: source[contentStart..<contentEnd]))
            lineStart = lineEnd + 1
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// ``text(in:)`` for the bytes of `source`.
    func text(in source: [UInt8]) -> String {
        source.withUnsafeBufferPointer { text(in: $0) }
    }
}
