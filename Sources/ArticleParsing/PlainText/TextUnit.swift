/// A run of lines that forms one candidate block: a paragraph (its lines joined), a list
/// item, or a caption keyword line. Units are what the classifier turns into blocks.
struct TextUnit {
    /// What a unit is before classification.
    enum Kind {
        /// Running text: a paragraph, heading or caption.
        case text
        /// A list item; ``TextUnit/markerLength`` bytes of its first line are the marker.
        case listItem
        /// An image keyword line (see ``KeywordLineRecognizer``); dropped when a caption
        /// follows it (or nothing does), otherwise shown as a paragraph.
        case keywords
        /// A tab-separated table: consecutive lines that each hold a tab, one row a line.
        /// Its text keeps the rows on lines of their own (joined with LF) and the tabs.
        case table
    }

    var kind: Kind
    /// Indices into ``LineIndex/lines``.
    var lines: Range<Int>
    /// Bytes to skip at the start of the first line (a list marker and its space).
    var markerLength: Int = 0

    /// Whether the unit is one line.
    var isSingleLine: Bool { lines.count == 1 }

    /// An upper bound of the unit's text length in bytes (lines plus joining spaces).
    func byteCount(in index: LineIndex) -> Int {
        var total = lines.count - 1 - markerLength
        for line in lines { total += index.lines[line].content.count }
        return total
    }

    /// The unit's text: its lines trimmed and joined with single spaces (a table's with LF),
    /// without the list marker.
    func text(in index: LineIndex) -> String {
        let separator: UInt8 = kind == .table ? 0x0A : 0x20
        if isSingleLine {
            let content = index.lines[lines.lowerBound].content
            return index.string((content.lowerBound + markerLength)..<content.upperBound)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount(in: index))
        index.bytes.withUnsafeBufferPointer { buffer in
            for line in lines {
                var content = index.lines[line].content
                if line == lines.lowerBound {
                    content = (content.lowerBound + markerLength)..<content.upperBound
                } else {
                    bytes.append(separator)
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[content]))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
