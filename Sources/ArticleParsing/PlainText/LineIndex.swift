/// The lines of a sanitised text, as byte ranges into its UTF-8, built in one linear pass.
/// The parser works on these ranges and only makes `String`s of lines it needs to look at
/// closely (which are short) and of the final block texts.
struct LineIndex {
    /// One line: its byte range with surrounding whitespace trimmed.
    /// Offsets are kept in 32 bits (inputs are at most 64 MiB, see `ArticleInput`), so a
    /// line costs 12 bytes instead of 24: a text of many tiny paragraphs has two lines a
    /// paragraph.
    struct Line {
        private let start: UInt32
        private let end: UInt32
        /// Whether the raw line started with whitespace (an indented continuation).
        let isIndented: Bool

        init(content: Range<Int>, isIndented: Bool) {
            start = UInt32(truncatingIfNeeded: content.lowerBound)
            end = UInt32(truncatingIfNeeded: content.upperBound)
            self.isIndented = isIndented
        }

        /// The line's content without leading and trailing whitespace (may be empty).
        var content: Range<Int> { Int(start)..<Int(max(start, end)) }
        /// Whether the line holds nothing but whitespace.
        var isBlank: Bool { start == end }
    }

    /// The sanitised text's UTF-8 bytes (LF line ends only; see ``TextDecoding``).
    let bytes: [UInt8]
    /// Every line of the text, in order. A final line without LF counts; a trailing LF does
    /// not start an extra line.
    let lines: [Line]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var lines: [Line] = []
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            let count = buffer.count
            while start < count {
                var end = start
                while end < count && buffer[end] != 0x0A { end += 1 }
                let leading = Whitespace.prefixLength(buffer, start..<end)
                let contentStart = start + leading
                let contentEnd = contentStart + Whitespace.trimmedLength(buffer, contentStart..<end)
                lines.append(Line(content: contentStart..<contentEnd, isIndented: leading > 0))
                start = end + 1
            }
        }
        self.lines = lines
    }

    /// The text of a byte range as a `String`.
    func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Whether a byte range holds at most `limit` Unicode scalars. Costs O(1) when the byte
    /// count settles it (a scalar is 1 to 4 bytes) and O(range) otherwise.
    func scalarCount(_ range: Range<Int>, isAtMost limit: Int) -> Bool {
        if range.count <= limit { return true }
        if range.count > limit * 4 { return false }
        return scalarCount(range) <= limit
    }

    /// The number of Unicode scalars in a byte range (counts non-continuation bytes).
    func scalarCount(_ range: Range<Int>) -> Int {
        var total = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { total += 1 }
        return total
    }
}
