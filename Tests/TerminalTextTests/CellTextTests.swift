import Testing
@testable import TerminalText

@Suite("CellText")
struct CellTextTests {
    /// (input cluster, expected sanitised cluster) as Unicode scalar values.
    static let replacements: [(name: String, input: String, output: String)] = [
        ("printable ASCII kept", "A", "A"),
        ("ESC -> ␛ U+241B", "\u{1B}", "\u{241B}"),
        ("NUL -> ␀ U+2400", "\u{0}", "\u{2400}"),
        ("BEL -> ␇ U+2407", "\u{7}", "\u{2407}"),
        ("LF -> ␊ U+240A", "\n", "\u{240A}"),
        ("CR -> ␍ U+240D", "\r", "\u{240D}"),
        ("CR LF -> ␤ U+2424", "\r\n", "\u{2424}"),
        ("unit separator -> ␟ U+241F", "\u{1F}", "\u{241F}"),
        ("tab -> space", "\t", " "),
        ("DEL -> ␡ U+2421", "\u{7F}", "\u{2421}"),
        ("C1 CSI 0x9B -> U+FFFD", "\u{9B}", "\u{FFFD}"),
        ("C1 NEL 0x85 -> U+FFFD", "\u{85}", "\u{FFFD}"),
        ("C1 0x80 -> U+FFFD", "\u{80}", "\u{FFFD}"),
        ("C1 0x9F -> U+FFFD", "\u{9F}", "\u{FFFD}"),
        ("RLO U+202E -> ⇄ (shown, not obeyed)", "\u{202E}", "\u{21C4}"),
        ("LRE U+202A -> ⇄ (shown, not obeyed)", "\u{202A}", "\u{21C4}"),
        ("RLI U+2067 -> ⇄ (shown, not obeyed)", "\u{2067}", "\u{21C4}"),
        ("PDI U+2069 -> ⇄ (shown, not obeyed)", "\u{2069}", "\u{21C4}"),
        ("LRM U+200E -> ⇄ (shown, not obeyed)", "\u{200E}", "\u{21C4}"),
        ("RLM U+200F -> ⇄ (shown, not obeyed)", "\u{200F}", "\u{21C4}"),
        ("ALM U+061C -> ⇄ (shown, not obeyed)", "\u{61C}", "\u{21C4}"),
        ("line separator -> space", "\u{2028}", " "),
        ("paragraph separator -> space", "\u{2029}", " "),
        ("glibc-unprintable emoji -> U+FFFD", "\u{1FAE8}", "\u{FFFD}"),
        ("noncharacter U+10FFFF -> U+FFFD", "\u{10FFFF}", "\u{FFFD}"),
        ("ZWJ sequence with unprintable part -> U+FFFD", "👨\u{200D}\u{1FAE8}", "\u{FFFD}"),
        ("lone combining mark kept", "\u{301}", "\u{301}"),
        ("zero-width space kept", "\u{200B}", "\u{200B}"),
        ("e + combining acute kept", "e\u{301}", "e\u{301}"),
        ("CJK kept", "中", "中"),
        ("ZWJ family kept", "👨\u{200D}👩\u{200D}👧", "👨\u{200D}👩\u{200D}👧"),
        ("flag kept", "🇫🇷", "🇫🇷"),
        ("❤️ kept", "\u{2764}\u{FE0F}", "\u{2764}\u{FE0F}"),
        ("NBSP kept", "\u{A0}", "\u{A0}"),
    ]

    @Test("sanitize(Character)", arguments: replacements)
    func sanitizeCluster(_ c: (name: String, input: String, output: String)) throws {
        let cluster = try #require(c.input.first)
        #expect(c.input.count == 1, "test data must be one cluster")
        let result = CellText.sanitize(cluster)
        #expect(result.unicodeScalars.map(\.value) == c.output.unicodeScalars.map(\.value), "\(c.name)")
        // The result never contains a control or bidi control.
        for scalar in result.unicodeScalars {
            #expect(!(scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)))
            #expect(!(scalar.value >= 0x202A && scalar.value <= 0x202E))
        }
        // Idempotent.
        #expect(CellText.sanitize(result) == result)
    }

    @Test("sanitize(String) replaces controls and shows bidi controls as ⇄")
    func sanitizeString() {
        let input = "a\u{1B}[2Jb\u{9B}31m\u{202E}evil\u{202C}\tc\u{7F}\u{0}\r\n"
        let expected = "a\u{241B}[2Jb\u{FFFD}31m\u{21C4}evil\u{21C4} c\u{2421}\u{2400}\u{2424}"
        let result = CellText.sanitize(input)
        #expect(result.unicodeScalars.map(\.value) == expected.unicodeScalars.map(\.value))
        #expect(DisplayWidth.of(result) == DisplayWidth.of(input))
        #expect(!result.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
    }

    @Test("sanitize(String) keeps clean text unchanged", arguments: [
        "", "plain ASCII text", "中文 한국어 カタカナ", "cafe\u{301} 👨\u{200D}👩\u{200D}👧 🇫🇷", "\u{301}leading mark",
    ])
    func sanitizeCleanString(_ text: String) {
        #expect(CellText.sanitize(text) == text)
        #expect(!CellText.needsSanitizing(text))
    }

    @Test("cell pieces follow how ncursesw fills cells", arguments: [
        ("a", ["a"], [1]),
        ("中", ["中"], [2]),
        ("e\u{301}", ["e\u{301}"], [1]),
        ("\u{301}", ["\u{301}"], [0]),
        ("👍🏽", ["👍", "🏽"], [2, 2]),
        ("👨\u{200D}👩\u{200D}👧", ["👨\u{200D}", "👩\u{200D}", "👧"], [2, 2, 2]),
        ("🇫🇷", ["🇫🇷"], [2]),
        ("\u{1B}", ["\u{241B}"], [1]),
    ])
    func cellPieces(_ input: String, _ texts: [String], _ widths: [Int]) throws {
        let cluster = try #require(input.first)
        let pieces = CellText.cellPieces(of: cluster)
        #expect(pieces.map(\.text) == texts)
        #expect(pieces.map(\.width) == widths)
        #expect(pieces.reduce(0) { $0 + $1.width } == DisplayWidth.of(cluster))
    }
}
