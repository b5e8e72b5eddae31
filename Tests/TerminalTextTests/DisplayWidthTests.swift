import Testing
@testable import TerminalText

/// A named text and the number of terminal columns glibc 2.36 `wcwidth` (C.UTF-8) gives it,
/// verified with a C program calling `wcwidth` for each scalar before being written down.
struct WidthCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let columns: Int
    var testDescription: String { name }
}

@Suite("DisplayWidth")
struct DisplayWidthTests {
    static let clusters: [WidthCase] = [
        WidthCase(name: "ASCII letter", text: "a", columns: 1),
        WidthCase(name: "ASCII space", text: " ", columns: 1),
        WidthCase(name: "ASCII tilde", text: "~", columns: 1),
        WidthCase(name: "Latin-1 é precomposed", text: "\u{E9}", columns: 1),
        WidthCase(name: "e + combining acute", text: "e\u{301}", columns: 1),
        WidthCase(name: "a + two combining marks", text: "a\u{300}\u{316}", columns: 1),
        WidthCase(name: "lone combining acute", text: "\u{301}", columns: 0),
        WidthCase(name: "zero-width space", text: "\u{200B}", columns: 0),
        WidthCase(name: "zero-width joiner alone", text: "\u{200D}", columns: 0),
        WidthCase(name: "zero-width non-joiner", text: "\u{200C}", columns: 0),
        WidthCase(name: "word joiner", text: "\u{2060}", columns: 0),
        WidthCase(name: "BOM / ZWNBSP", text: "\u{FEFF}", columns: 0),
        WidthCase(name: "CJK 中", text: "中", columns: 2),
        WidthCase(name: "Hangul syllable 한", text: "한", columns: 2),
        WidthCase(name: "Hangul jamo L V T", text: "\u{1100}\u{1161}\u{11A8}", columns: 2),
        WidthCase(name: "hiragana あ", text: "あ", columns: 2),
        WidthCase(name: "katakana カ", text: "カ", columns: 2),
        WidthCase(name: "halfwidth katakana ｶ", text: "\u{FF76}", columns: 1),
        WidthCase(name: "fullwidth Ａ", text: "\u{FF21}", columns: 2),
        WidthCase(name: "ideographic space", text: "\u{3000}", columns: 2),
        WidthCase(name: "Thai กิ (base + above vowel)", text: "\u{E01}\u{E34}", columns: 1),
        WidthCase(name: "Devanagari conjunct क्ष", text: "\u{915}\u{94D}\u{937}", columns: 2),
        WidthCase(name: "emoji 😀", text: "😀", columns: 2),
        WidthCase(name: "❤️ U+2764 U+FE0F (glibc: 1 + 0)", text: "\u{2764}\u{FE0F}", columns: 1),
        WidthCase(name: "⚠️ U+26A0 U+FE0F (glibc: 1 + 0)", text: "\u{26A0}\u{FE0F}", columns: 1),
        WidthCase(name: "☕ U+2615 (wide)", text: "\u{2615}", columns: 2),
        WidthCase(name: "👍🏽 thumbs up + skin tone (2 + 2)", text: "👍🏽", columns: 4),
        WidthCase(name: "👨‍👩‍👧 ZWJ family (2+0+2+0+2)", text: "👨\u{200D}👩\u{200D}👧", columns: 6),
        WidthCase(name: "🧑‍🤝‍🧑 people holding hands", text: "🧑\u{200D}🤝\u{200D}🧑", columns: 6),
        WidthCase(name: "🇫🇷 flag (regional indicators 1 + 1)", text: "🇫🇷", columns: 2),
        WidthCase(
            name: "🏴 Scotland tag sequence (2 + tags 0)",
            text: "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", columns: 2),
        WidthCase(name: "keycap #️⃣ (1 + 0 + 0)", text: "#\u{FE0F}\u{20E3}", columns: 1),
        WidthCase(name: "🛝 U+1F6DD Unicode 14 emoji (known to glibc 2.36)", text: "\u{1F6DD}", columns: 2),
        WidthCase(name: "🫨 U+1FAE8 Unicode 15 emoji (glibc -1: stand-in U+FFFD)", text: "\u{1FAE8}", columns: 1),
        WidthCase(name: "ZWJ sequence with unprintable part (stand-in)", text: "👨\u{200D}\u{1FAE8}", columns: 1),
        WidthCase(name: "tab (shown as one space)", text: "\t", columns: 1),
        WidthCase(name: "ESC (shown as ␛)", text: "\u{1B}", columns: 1),
        WidthCase(name: "NUL (shown as ␀)", text: "\u{0}", columns: 1),
        WidthCase(name: "LF (shown as ␊)", text: "\n", columns: 1),
        WidthCase(name: "CR LF cluster (shown as ␤)", text: "\r\n", columns: 1),
        WidthCase(name: "DEL (shown as ␡)", text: "\u{7F}", columns: 1),
        WidthCase(name: "C1 CSI U+009B (shown as U+FFFD)", text: "\u{9B}", columns: 1),
        WidthCase(name: "RLO bidi override (shown as ⇄)", text: "\u{202E}", columns: 1),
        WidthCase(name: "RLM (shown as ⇄)", text: "\u{200F}", columns: 1),
        WidthCase(name: "line separator U+2028 (shown as space)", text: "\u{2028}", columns: 1),
        // glibc says 1, but a soft hyphen is invisible and never drawn (issue 11).
        WidthCase(name: "soft hyphen (glibc: 1, never drawn)", text: "\u{AD}", columns: 0),
    ]

    @Test("width of one grapheme cluster", arguments: clusters)
    func clusterWidth(_ c: WidthCase) throws {
        #expect(c.text.count == 1, "test data: \(c.name) must be one grapheme cluster")
        let cluster = try #require(c.text.first)
        #expect(DisplayWidth.of(cluster) == c.columns)
        #expect(DisplayWidth.of(c.text) == c.columns)
        #expect(DisplayWidth.of(Substring(c.text)) == c.columns)
    }

    @Test("sanitising never changes a cluster's width", arguments: clusters)
    func sanitizePreservesWidth(_ c: WidthCase) throws {
        let cluster = try #require(c.text.first)
        #expect(DisplayWidth.of(CellText.sanitize(cluster)) == c.columns)
        #expect(DisplayWidth.of(CellText.sanitize(c.text)) == c.columns)
    }

    static let strings: [WidthCase] = [
        WidthCase(name: "empty", text: "", columns: 0),
        WidthCase(name: "ASCII sentence", text: "The quick brown fox", columns: 19),
        WidthCase(name: "中文", text: "中文", columns: 4),
        WidthCase(name: "한국어", text: "한국어", columns: 6),
        WidthCase(name: "ひらがなカタカナ", text: "ひらがなカタカナ", columns: 16),
        WidthCase(name: "halfwidth ｶﾀｶﾅ", text: "\u{FF76}\u{FF80}\u{FF76}\u{FF85}", columns: 4),
        WidthCase(name: "fullwidth ＡＢＣ！", text: "ＡＢＣ！", columns: 8),
        WidthCase(name: "mixed Latin CJK emoji", text: "Hi 中文 😀!", columns: 11),
        WidthCase(name: "café decomposed", text: "cafe\u{301}", columns: 4),
        WidthCase(name: "two flags", text: "🇫🇷🇩🇪", columns: 4),
        WidthCase(name: "family and thumbs", text: "👨\u{200D}👩\u{200D}👧👍🏽", columns: 10),
        WidthCase(name: "zero-width joiners and spaces", text: "a\u{200B}b\u{2060}c", columns: 3),
        WidthCase(name: "text with controls", text: "a\u{1B}[31mb\tc\n", columns: 10),
        WidthCase(name: "Arabic with RLM", text: "\u{627}\u{644}\u{200F}", columns: 3),
    ]

    @Test("width of a string is the sum over its clusters", arguments: strings)
    func stringWidth(_ c: WidthCase) {
        #expect(DisplayWidth.of(c.text) == c.columns)
        #expect(DisplayWidth.of(c.text) == c.text.reduce(0) { $0 + DisplayWidth.of($1) })
        #expect(DisplayWidth.of(CellText.sanitize(c.text)) == c.columns)
    }

    static let scalars: [(UInt32, Int)] = [
        (0x41, 1), (0x7E, 1), (0xA0, 1), (0xE9, 1), (0x2FF, 1), (0x301, 0), (0x4E2D, 2),
        (0xAC00, 2), (0xD7A3, 2), (0x3042, 2), (0xFF21, 2), (0xFF61, 1), (0x200B, 0),
        (0x200D, 0), (0xFE0F, 0), (0x1F600, 2), (0x2764, 1), (0x1F3FD, 2), (0x1F1EB, 1),
        (0x1F1F7, 1), (0x1B, 1), (0x00, 1), (0x09, 1), (0x7F, 1), (0x9B, 1), (0x202E, 1),
        (0x2066, 1), (0x61C, 1), (0x2028, 1), (0x1FAE8, 1), (0x10FFFF, 1), (0xE0001, 0),
    ]

    @Test("width of one scalar", arguments: scalars)
    func scalarWidth(_ value: UInt32, _ columns: Int) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(DisplayWidth.of(scalar) == columns)
    }

    static let libcValues: [(UInt32, Int)] = [
        (0x41, 1), (0x1B, -1), (0x09, -1), (0x00, 0), (0x7F, -1), (0x9B, -1), (0x4E2D, 2),
        (0x2764, 1), (0xFE0F, 0), (0x1F1EB, 1), (0x1F3FD, 2), (0x1FAE8, -1), (0x2028, -1),
        (0x202E, 0), (0xAD, 1),
    ]

    @Test("raw glibc wcwidth values behind the policy", arguments: libcValues)
    func rawLibcWidth(_ value: UInt32, _ raw: Int) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(DisplayWidth.libcWidth(scalar) == raw)
    }

    @Test("the locale guard leaves LC_CTYPE in a UTF-8 codeset")
    func localeGuard() {
        #expect(DisplayWidth.prepareLocale())
        #expect(DisplayWidth.prepareLocale())  // idempotent
        #expect(DisplayWidth.libcWidth("中") == 2)
    }

    /// Every scalar: the fast paths (ASCII, U+00A0–U+02FF) and the stand-in rules must agree
    /// with glibc's `wcwidth` wherever glibc says the scalar is printable, except the soft
    /// hyphen, which is never drawn.
    @Test("policy agrees with glibc wcwidth for every printable scalar")
    func sweepAllScalars() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let raw = DisplayWidth.libcWidth(scalar)
            let isControl = value < 0x20 || (value >= 0x7F && value < 0xA0)
            let isBidi: Bool
            switch value {
            case 0x61C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: isBidi = true
            default: isBidi = false
            }
            let expected: Int
            if value == 0xAD {
                expected = 0  // soft hyphen: never drawn, so it takes no column
            } else if isBidi {
                expected = 1  // shown as the one-column stand-in ⇄
            } else if isControl || value == 0x2028 || value == 0x2029 || raw < 0 {
                expected = 1
            } else {
                expected = raw
            }
            if DisplayWidth.of(scalar) != expected, mismatches.count < 20 {
                mismatches.append("U+\(String(value, radix: 16)): \(DisplayWidth.of(scalar)) vs \(expected)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
