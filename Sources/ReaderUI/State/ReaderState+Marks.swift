import ArticleModel

/// Marks, as in less and vim: `m<letter>` sets a mark at the top of the viewport, `'<letter>`
/// jumps to it, `''` goes back to the place before the last jump (a jump to a mark, the top
/// or end, a line or percentage, a search); the marks panel lists them.
extension ReaderState {
    /// What the key after `m` or `'` will do.
    public enum MarkCommand: Sendable, Equatable {
        /// `m`: set the mark named by the next key.
        case set
        /// `'`: jump to the mark named by the next key (`'` again: the place before the last
        /// jump).
        case jump
    }

    /// Whether `c` can name a mark: an ASCII letter (lower and upper case are different
    /// marks, as in less).
    public static func isMarkName(_ c: Character) -> Bool {
        c.isASCII && c.isLetter
    }

    /// The marks in the order the marks panel lists them: by name.
    public var sortedMarks: [(name: Character, position: TextPosition)] {
        marks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// `m<c>`: remembers the top of the viewport as mark `c`.
    mutating func setMark(_ c: Character) {
        guard Self.isMarkName(c) else {
            statusMessage = "a mark is a letter (m then a-z or A-Z)"
            return
        }
        marks[c] = anchor
        statusMessage = "mark \(c) set"
        keepCursorVisible(.marks)
    }

    /// `'<c>`: goes to mark `c`; `''` to the place before the last jump.
    mutating func jumpToMark(_ c: Character) {
        if c == "'" {
            guard let back = previousPlace else {
                statusMessage = "no earlier place ('' returns after a jump)"
                return
            }
            let here = anchor
            jump(to: back)
            previousPlace = here
            return
        }
        guard let position = marks[c] else {
            statusMessage = Self.isMarkName(c) ? "mark \(c) is not set (m\(c) sets it)" : "a mark is a letter (' then a-z or A-Z)"
            return
        }
        let here = anchor
        jump(to: position)
        previousPlace = here
        statusMessage = "mark \(c)"
    }

    /// Replaces the marks (remembered ones, handed in by the executable).
    mutating func restoreMarks(_ restored: [Character: TextPosition]) {
        marks = restored
    }
}
