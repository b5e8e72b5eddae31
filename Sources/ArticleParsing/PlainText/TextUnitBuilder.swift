/// Groups the body's lines into ``TextUnit``s.
///
/// Rules:
/// - Blank lines (and separator lines such as "* * *", which are dropped) separate groups.
/// - A group is read **line by line** (every line its own unit) when the whole text has no
///   blank line between two non-blank lines, or when a line of the group other than its last
///   is longer than ``longLine`` scalars (hard-wrapped text never has such lines, so the
///   line breaks are paragraph breaks). Otherwise the group is **wrapped text**: its lines
///   join with spaces into one paragraph.
/// - In either mode a line that starts with a list marker (see ``LineShape``) starts a list
///   item; in wrapped text, indented lines after it continue the item.
/// - In either mode, two or more consecutive lines that each contain a tab are a
///   tab-separated table: one unit whose rows stay lines of their own.
/// - An image keyword line (see ``KeywordLineRecognizer``) is its own unit when it is the
///   first line of a group, or any line in line-by-line mode. The first non-blank line of
///   the whole text is never a keyword line (an article does not open with one).
struct TextUnitBuilder {
    /// Lines longer than this many scalars are never hard-wrapped lines.
    static let longLine = 100

    let index: LineIndex
    /// Whether the whole text is read line by line (it has no blank separator lines).
    let everyLineIsAParagraph: Bool
    /// The first non-blank line of the text, if any.
    let firstContentLine: Int?

    init(index: LineIndex) {
        self.index = index
        let lines = index.lines
        let first = lines.firstIndex { !$0.isBlank }
        let last = lines.lastIndex { !$0.isBlank }
        firstContentLine = first
        if let first, let last {
            everyLineIsAParagraph = !lines[first...last].contains { $0.isBlank }
        } else {
            everyLineIsAParagraph = true
        }
    }

    /// The units of lines `start...` in order.
    func units(from start: Int) -> [TextUnit] {
        var units: [TextUnit] = []
        let lines = index.lines
        var line = start
        while line < lines.count {
            if lines[line].isBlank || isSeparator(line) {
                line += 1
                continue
            }
            var end = line + 1
            while end < lines.count && !lines[end].isBlank && !isSeparator(end) { end += 1 }
            appendGroup(line..<end, to: &units)
            line = end
        }
        return units
    }

    /// Whether the lines of `group` are separate paragraphs (see the type's rules).
    func isLineByLine(_ group: Range<Int>) -> Bool {
        if everyLineIsAParagraph { return true }
        return group.dropLast().contains { !index.scalarCount(index.lines[$0].content, isAtMost: Self.longLine) }
    }

    private func appendGroup(_ group: Range<Int>, to units: inout [TextUnit]) {
        let lineByLine = isLineByLine(group)
        var line = group.lowerBound
        if !lineByLine, isKeywordLine(line) {
            units.append(unit(.keywords, lines: line..<line + 1))
            line += 1
        }
        while line < group.upperBound {
            if hasTab(line), line + 1 < group.upperBound, hasTab(line + 1) {
                var end = line + 2
                while end < group.upperBound && hasTab(end) { end += 1 }
                units.append(unit(.table, lines: line..<end))
                line = end
            } else if let marker = listMarkerLength(line) {
                var end = line + 1
                if !lineByLine {
                    while end < group.upperBound && index.lines[end].isIndented && listMarkerLength(end) == nil {
                        end += 1
                    }
                }
                units.append(unit(.listItem, lines: line..<end, markerLength: marker))
                line = end
            } else if lineByLine {
                units.append(unit(isKeywordLine(line) ? .keywords : .text, lines: line..<line + 1))
                line += 1
            } else {
                var end = line + 1
                while end < group.upperBound && listMarkerLength(end) == nil
                    && !(hasTab(end) && end + 1 < group.upperBound && hasTab(end + 1)) { end += 1 }
                units.append(unit(.text, lines: line..<end))
                line = end
            }
        }
    }

    /// The unit of `kind` over the non-blank lines `lines`, skipping `markerLength` bytes of
    /// the first (a list marker and its space).
    private func unit(_ kind: TextUnit.Kind, lines: Range<Int>, markerLength: Int = 0) -> TextUnit {
        let first = index.lines[lines.lowerBound].content.lowerBound + markerLength
        let last = max(first, index.lines[lines.upperBound - 1].content.upperBound)
        return TextUnit(kind: kind, bytes: first..<last, isSingleLine: lines.count == 1)
    }

    /// Whether the line's content holds a tab (a cell separator of a table row).
    func hasTab(_ line: Int) -> Bool {
        let content = index.lines[line].content
        return index.bytes.withUnsafeBufferPointer { buffer in
            buffer[content].contains(0x09)
        }
    }

    func listMarkerLength(_ line: Int) -> Int? {
        let content = index.lines[line].content
        return index.bytes.withUnsafeBufferPointer { LineShape.listMarkerLength($0, content) }
    }

    func isSeparator(_ line: Int) -> Bool {
        let content = index.lines[line].content
        return index.bytes.withUnsafeBufferPointer { LineShape.isSeparator($0, content) }
    }

    /// Keyword-line test with a cheap byte pre-check (short, at least two commas).
    func isKeywordLine(_ line: Int) -> Bool {
        guard line != firstContentLine else { return false }
        let content = index.lines[line].content
        guard content.count <= KeywordLineRecognizer.maximumLength * 4 else { return false }
        var commas = 0
        for position in content where index.bytes[position] == 0x2C { commas += 1 }
        guard commas >= 2 else { return false }
        let rejected = index.bytes.withUnsafeBufferPointer { Self.hasLongASCIIToken($0, content) }
        guard !rejected else { return false }
        let marked = index.bytes.withUnsafeBufferPointer { Self.hasStandaloneForbiddenMark($0, content) }
        guard !marked else { return false }
        return KeywordLineRecognizer.isKeywordLine(index.string(content))
    }

    /// A cheap byte-level rejection for ``KeywordLineRecognizer``: whether some comma-separated
    /// token that is plain ASCII (with ASCII around its commas, so the commas are whole
    /// characters and `String.split` would cut the same token) has more than 3 words, no word
    /// or more than 30 scalars. Such a token makes the recogniser fail, so this only decides
    /// earlier; tokens with non-ASCII bytes near them are left to the recogniser.
    /// A cheap byte-level rejection for ``KeywordLineRecognizer``: whether the bytes `range`
    /// hold one of its ``KeywordLineRecognizer/forbidden`` marks (`! ? ; : " ( ) [ ]`, `“`, `”`,
    /// `…`) as a character of its own, with an ASCII byte or the end of the range on each
    /// side (an ASCII neighbour never joins a mark into a longer grapheme cluster, as a
    /// combining accent after it would). The recogniser rejects every line with such a
    /// character, so this only decides earlier, without building the line's string: news
    /// paragraphs with two commas and a quotation mark reach the recogniser often.
    static func hasStandaloneForbiddenMark(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var position = range.lowerBound
        while position < range.upperBound {
            let length: Int
            switch bytes[position] {
            case 0x21, 0x22, 0x28, 0x29, 0x3A, 0x3B, 0x3F, 0x5B, 0x5D:
                length = 1
            case 0xE2 where position + 2 < range.upperBound && bytes[position + 1] == 0x80
                && (bytes[position + 2] == 0x9C || bytes[position + 2] == 0x9D || bytes[position + 2] == 0xA6):
                // U+201C, U+201D, U+2026.
                length = 3
            default:
                position += 1
                continue
            }
            let after = position + length
            if position == range.lowerBound || bytes[position - 1] < 0x80, after == range.upperBound || bytes[after] < 0x80 {
                return true
            }
            position = after
        }
        return false
    }

    static func hasLongASCIIToken(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        while start <= range.upperBound {
            var end = start
            var isASCII = true
            var words = 0
            var inWord = false
            while end < range.upperBound && bytes[end] != 0x2C {
                let byte = bytes[end]
                if byte >= 0x80 { isASCII = false }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
                end += 1
            }
            // The bytes next to the commas around the token must be ASCII too.
            if isASCII, start - 2 >= range.lowerBound, bytes[start - 2] >= 0x80 { isASCII = false }
            if isASCII, end + 1 < range.upperBound, bytes[end + 1] >= 0x80 { isASCII = false }
            if isASCII && (words == 0 || words > 3 || end - start > 30) { return true }
            start = end + 1
        }
        return false
    }
}
