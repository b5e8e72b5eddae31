import Testing
@testable import TerminalText

/// An exact wrapping case: source, wrap width, and the expected line texts (and optionally
/// the expected scalar ranges).
struct WrapCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let width: Int
    var tabWidth = 8
    let lines: [String]
    var ranges: [Range<Int>]? = nil
    var testDescription: String { name }
}

@Suite("WordWrap: exact cases")
struct WordWrapTests {
    static let cases: [WrapCase] = [
        WrapCase(name: "quick brown fox at 10", text: "The quick brown fox", width: 10,
                 lines: ["The quick", "brown fox"], ranges: [0..<10, 10..<19]),
        WrapCase(name: "fits on one line", text: "The quick brown fox", width: 19,
                 lines: ["The quick brown fox"], ranges: [0..<19]),
        WrapCase(name: "one column short", text: "The quick brown fox", width: 18,
                 lines: ["The quick brown", "fox"], ranges: [0..<16, 16..<19]),
        WrapCase(name: "empty string", text: "", width: 10, lines: [""], ranges: [0..<0]),
        WrapCase(name: "only spaces", text: "    ", width: 10, lines: [""], ranges: [0..<4]),
        WrapCase(name: "hard break of a long word", text: "abcdefghij", width: 4,
                 lines: ["abcd", "efgh", "ij"], ranges: [0..<4, 4..<8, 8..<10]),
        WrapCase(name: "long word moves to its own line, then breaks", text: "ab cdefghijkl", width: 5,
                 lines: ["ab", "cdefg", "hijkl"], ranges: [0..<3, 3..<8, 8..<13]),
        WrapCase(name: "unspaced CJK wraps between ideographs", text: "中文字符串测试", width: 6,
                 lines: ["中文字", "符串测", "试"], ranges: [0..<3, 3..<6, 6..<7]),
        WrapCase(name: "CJK at an odd width leaves a column free", text: "中文字", width: 5,
                 lines: ["中文", "字"]),
        WrapCase(name: "wide char at the edge moves to the next line", text: "abc中", width: 4,
                 lines: ["abc", "中"], ranges: [0..<3, 3..<4]),
        WrapCase(name: "wide char at the edge after a space", text: "abc 中文", width: 5,
                 lines: ["abc", "中文"], ranges: [0..<4, 4..<6]),
        WrapCase(name: "width 1: a wide char becomes a one-column stand-in", text: "中a文", width: 1,
                 lines: ["\u{FFFD}", "a", "\u{FFFD}"], ranges: [0..<1, 1..<2, 2..<3]),
        WrapCase(name: "width 0 is treated as 1", text: "ab", width: 0, lines: ["a", "b"]),
        WrapCase(name: "negative width is treated as 1", text: "ab", width: -5, lines: ["a", "b"]),
        WrapCase(name: "newline forces a break", text: "one\ntwo", width: 80,
                 lines: ["one", "two"], ranges: [0..<4, 4..<7]),
        WrapCase(name: "blank line between paragraphs", text: "a\n\nb", width: 80,
                 lines: ["a", "", "b"], ranges: [0..<2, 2..<3, 3..<4]),
        WrapCase(name: "trailing newline gives a final empty line", text: "abc\n", width: 80,
                 lines: ["abc", ""], ranges: [0..<4, 4..<4]),
        WrapCase(name: "CR LF is one forced break", text: "a\r\nb", width: 80,
                 lines: ["a", "b"], ranges: [0..<3, 3..<4]),
        WrapCase(name: "lone CR, U+2028 and U+2029 force breaks", text: "a\rb\u{2028}c\u{2029}d", width: 80,
                 lines: ["a", "b", "c", "d"]),
        WrapCase(name: "spaces before a newline are dropped", text: "foo   \nbar", width: 80,
                 lines: ["foo", "bar"], ranges: [0..<7, 7..<10]),
        WrapCase(name: "trailing spaces belong to the last line", text: "foo   ", width: 10,
                 lines: ["foo"], ranges: [0..<6]),
        WrapCase(name: "break spaces hang past the edge", text: "foo      bar", width: 5,
                 lines: ["foo", "bar"], ranges: [0..<9, 9..<12]),
        WrapCase(name: "inner runs of spaces are kept", text: "a  b  c", width: 80,
                 lines: ["a  b  c"]),
        WrapCase(name: "indentation is kept", text: "  indented text", width: 10,
                 lines: ["  indented", "text"], ranges: [0..<11, 11..<15]),
        WrapCase(name: "indentation wider than the line is dropped", text: "          x", width: 3,
                 lines: ["x"], ranges: [0..<11]),
        WrapCase(name: "indented long word hard-breaks", text: "  abcdef", width: 4,
                 lines: ["  ab", "cdef"], ranges: [0..<4, 4..<8]),
        WrapCase(name: "tab expands to the next stop", text: "a\tb", width: 20,
                 lines: ["a       b"]),
        WrapCase(name: "leading tab", text: "\tx", width: 20, lines: ["        x"]),
        WrapCase(name: "tabs with tabWidth 4", text: "ab\tcd\tef", width: 12, tabWidth: 4,
                 lines: ["ab  cd  ef"]),
        WrapCase(name: "tab stops count from the line start after a wrap", text: "aaaa bb\tc", width: 6,
                 tabWidth: 4, lines: ["aaaa", "bb  c"], ranges: [0..<5, 5..<9]),
        WrapCase(name: "tab at the break is dropped", text: "abcdef\tgh", width: 8,
                 lines: ["abcdef", "gh"], ranges: [0..<7, 7..<9]),
        WrapCase(name: "tab after a wide char", text: "中\tx", width: 20, lines: ["中      x"]),
        WrapCase(name: "break after a hyphen", text: "well-known", width: 7,
                 lines: ["well-", "known"], ranges: [0..<5, 5..<10]),
        WrapCase(name: "no break after a hyphen before a digit", text: "1990-2000", width: 6,
                 lines: ["1990-2", "000"]),
        WrapCase(name: "leading minus is not a break", text: "-5 degrees", width: 3,
                 lines: ["-5", "deg", "ree", "s"]),
        WrapCase(name: "break after an em dash", text: "word—another", width: 8,
                 lines: ["word—", "another"]),
        WrapCase(name: "break after U+200B", text: "abc\u{200B}def", width: 4,
                 lines: ["abc\u{200B}", "def"], ranges: [0..<4, 4..<7]),
        WrapCase(name: "NBSP does not break", text: "ab\u{A0}cd ef", width: 5,
                 lines: ["ab\u{A0}cd", "ef"]),
        WrapCase(name: "ideographic space breaks", text: "中文\u{3000}中文", width: 5,
                 lines: ["中文", "中文"], ranges: [0..<3, 3..<5]),
        WrapCase(name: "no line starts with 。 (kinsoku)", text: "中文。中文", width: 4,
                 lines: ["中", "文。", "中文"]),
        WrapCase(name: "no line ends with 「 (kinsoku)", text: "中文「文」", width: 6,
                 lines: ["中文", "「文」"]),
        WrapCase(name: "combining marks stay with their base", text: "cafe\u{301} au lait", width: 5,
                 lines: ["cafe\u{301}", "au", "lait"], ranges: [0..<6, 6..<9, 9..<13]),
        WrapCase(name: "hard break never splits a cluster", text: "e\u{301}e\u{301}e\u{301}", width: 2,
                 lines: ["e\u{301}e\u{301}", "e\u{301}"], ranges: [0..<4, 4..<6]),
        WrapCase(name: "emoji run wraps between emoji", text: "😀😀😀", width: 4,
                 lines: ["😀😀", "😀"]),
        WrapCase(name: "ZWJ family wider than the line becomes a one-column stand-in",
                 text: "a 👨\u{200D}👩\u{200D}👧 b", width: 4,
                 lines: ["a \u{FFFD}", "b"], ranges: [0..<8, 8..<9]),
        WrapCase(name: "skin-tone emoji counts 4", text: "ok 👍🏽", width: 5,
                 lines: ["ok", "👍🏽"]),
        WrapCase(name: "flags are 2 columns each", text: "🇫🇷🇩🇪", width: 2,
                 lines: ["🇫🇷", "🇩🇪"], ranges: [0..<2, 2..<4]),
        WrapCase(name: "controls count one column (their stand-in)", text: "a\u{1B}b c", width: 3,
                 lines: ["a\u{1B}b", "c"]),
    ]

    @Test("exact wrapping", arguments: cases)
    func exact(_ c: WrapCase) {
        let lines = WordWrap.wrap(c.text, width: c.width, tabWidth: c.tabWidth)
        #expect(lines.map(\.text) == c.lines)
        if let ranges = c.ranges {
            #expect(lines.map { $0.start..<$0.end } == ranges)
        }
        for line in lines {
            #expect(line.width == DisplayWidth.of(line.text))
        }
    }

    @Test("line widths are reported in columns")
    func widths() {
        let lines = WordWrap.wrap("中文 abc 😀x", width: 5)
        #expect(lines.map(\.text) == ["中文", "abc", "😀x"])
        #expect(lines.map(\.width) == [4, 3, 3])
        #expect(WordWrap.wrap("中a文", width: 1).map(\.width) == [1, 1, 1])
        #expect(WordWrap.wrap("中a文", width: 2).map(\.width) == [2, 1, 2])
    }

    @Test("empty text is one empty line")
    func empty() {
        #expect(WordWrap.wrap("", width: 5) == [WrappedLine(text: "", width: 0, start: 0, end: 0)])
    }

    @Test("tabWidth below 1 is treated as 1")
    func tinyTabWidth() {
        #expect(WordWrap.wrap("a\tb", width: 10, tabWidth: 0).map(\.text) == ["a b"])
    }

    @Test("a 1 MB paragraph without spaces wraps in linear time")
    func longUnspacedParagraph() {
        let text = String(repeating: "abcdefghij", count: 100_000)
        let clock = ContinuousClock()
        var lines: [WrappedLine] = []
        let elapsed = clock.measure { lines = WordWrap.wrap(text, width: 80) }
        #expect(lines.count == 12_500)
        #expect(lines.last?.end == 1_000_000)
        #expect(lines.allSatisfy { $0.width == 80 })
        // Generous bound even for a debug build; quadratic behaviour would take minutes.
        #expect(elapsed < .seconds(10))

        let cjk = String(repeating: "中文字符串", count: 50_000)
        let cjkLines = WordWrap.wrap(cjk, width: 79)
        #expect(cjkLines.count == 250_000 * 2 / 78 + 1)
        #expect(cjkLines.dropLast().allSatisfy { $0.width == 78 })
    }
}
