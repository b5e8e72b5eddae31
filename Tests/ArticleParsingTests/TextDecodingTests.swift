@testable import ArticleParsing
import Testing

/// `TextDecoding.decode`: the table on `TextDecoding`, row by row, plus a randomised
/// comparison with a scalar-level reference built on the standard library's UTF-8 decoder.
struct TextDecodingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var expected: String
        var testDescription: String { name }
    }

    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let cases: [Case] = [
        Case(name: "empty", bytes: [], expected: ""),
        Case(name: "plain ASCII", bytes: utf8("Hello, world.\n"), expected: "Hello, world.\n"),
        Case(name: "BOM stripped", bytes: [0xEF, 0xBB, 0xBF] + utf8("Title\n"), expected: "Title\n"),
        Case(name: "BOM only", bytes: [0xEF, 0xBB, 0xBF], expected: ""),
        Case(name: "BOM inside kept", bytes: utf8("a\u{FEFF}b"), expected: "a\u{FEFF}b"),
        Case(name: "CRLF", bytes: utf8("a\r\nb\r\n"), expected: "a\nb\n"),
        Case(name: "bare CR", bytes: utf8("a\rb\rc"), expected: "a\nb\nc"),
        Case(name: "CR CR LF", bytes: utf8("a\r\r\nb"), expected: "a\n\nb"),
        Case(name: "LF CR", bytes: utf8("a\n\rb"), expected: "a\n\nb"),
        Case(name: "trailing CR", bytes: utf8("a\r"), expected: "a\n"),
        Case(name: "tab kept", bytes: utf8("a\tb"), expected: "a\tb"),
        Case(name: "NUL dropped", bytes: [0x61, 0x00, 0x62, 0x00], expected: "ab"),
        Case(name: "ESC sequence inert", bytes: utf8("\u{1B}[31mred\u{1B}[0m"), expected: "\u{241B}[31mred\u{241B}[0m"),
        Case(name: "OSC title sequence inert", bytes: utf8("\u{1B}]0;pwned\u{07}x"), expected: "\u{241B}]0;pwned\u{2407}x"),
        Case(name: "bell, backspace, form feed, VT", bytes: [0x07, 0x08, 0x0C, 0x0B], expected: "\u{2407}\u{2408}\u{240C}\u{240B}"),
        Case(name: "unit separator", bytes: [0x1F], expected: "\u{241F}"),
        Case(name: "DEL", bytes: [0x61, 0x7F], expected: "a\u{2421}"),
        Case(name: "C1 CSI", bytes: [0xC2, 0x9B, 0x33, 0x31, 0x6D], expected: "\u{FFFD}31m"),
        Case(name: "C1 NEL and first/last C1", bytes: [0xC2, 0x85, 0xC2, 0x80, 0xC2, 0x9F], expected: "\u{FFFD}\u{FFFD}\u{FFFD}"),
        Case(name: "U+00A0 is not C1", bytes: [0xC2, 0xA0], expected: "\u{00A0}"),
        Case(name: "line and paragraph separators", bytes: utf8("a\u{2028}b\u{2029}c"), expected: "a\nb\nc"),
        Case(name: "bidi override kept", bytes: utf8("a\u{202E}b\u{2066}c\u{2069}"), expected: "a\u{202E}b\u{2066}c\u{2069}"),
        Case(name: "invalid lone byte", bytes: [0x61, 0xFF, 0x62], expected: "a\u{FFFD}b"),
        Case(name: "lone continuation bytes", bytes: [0x80, 0xBF], expected: "\u{FFFD}\u{FFFD}"),
        Case(name: "truncated 3-byte sequence is one subpart", bytes: [0xE2, 0x82], expected: "\u{FFFD}"),
        Case(name: "truncated sequence before ASCII", bytes: [0xE2, 0x82, 0x41], expected: "\u{FFFD}A"),
        Case(name: "overlong encoding", bytes: [0xC0, 0xAF], expected: "\u{FFFD}\u{FFFD}"),
        Case(name: "encoded surrogate", bytes: [0xED, 0xA0, 0x80], expected: "\u{FFFD}\u{FFFD}\u{FFFD}"),
        Case(name: "above U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80], expected: "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        Case(name: "truncated 4-byte then text", bytes: [0xF0, 0x9F, 0x98, 0x78], expected: "\u{FFFD}x"),
        Case(name: "valid multi-byte kept", bytes: utf8("Gdańsk — 東京 👍🏽"), expected: "Gdańsk — 東京 👍🏽"),
        Case(name: "Latin-1 byte inside text", bytes: [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B], expected: "caf\u{FFFD} ok"),
    ]

    @Test(arguments: cases)
    func decodes(_ testCase: Case) {
        #expect(TextDecoding.decode(testCase.bytes) == testCase.expected)
    }

    @Test(arguments: cases)
    func isIdempotent(_ testCase: Case) {
        let once = TextDecoding.decode(testCase.bytes)
        #expect(TextDecoding.decode(Array(once.utf8)) == once)
        #expect(TextDecoding.sanitise(once) == once)
    }

    @Test func sanitiseAppliesTheSameRulesToStrings() {
        #expect(TextDecoding.sanitise("a\r\nb\u{1B}c\u{0}d\u{85}") == "a\nb\u{241B}cd\u{FFFD}")
    }

    /// The scalar-level reference: the standard library decodes (one U+FFFD per maximal
    /// subpart), then the table's rules apply to scalars.
    static func reference(_ bytes: [UInt8]) -> String {
        var input = bytes
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        let scalars = Array(String(decoding: input, as: UTF8.self).unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x00: break
            case 0x0D:
                output.append("\n")
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            case 0x09, 0x0A: output.append(scalar)
            case 0x01...0x1F: output.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
            case 0x7F: output.append("\u{2421}")
            case 0x80...0x9F: output.append("\u{FFFD}")
            case 0x2028, 0x2029: output.append("\n")
            default: output.append(scalar)
            }
            index += 1
        }
        return String(output)
    }

    @Test(arguments: 0..<40)
    func matchesReferenceOnRandomBytes(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed + 1))
        // Bias towards interesting bytes: controls, CR/LF, lead and continuation bytes.
        let palette: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x41, 0x20, 0x80, 0x9F, 0xBF,
                                0xC2, 0xC0, 0xE0, 0xE2, 0xED, 0xEF, 0xBB, 0xF0, 0xF4, 0xFF, 0xA0, 0xA8]
        let length = Int(generator.next() % 300)
        let bytes = (0..<length).map { _ in
            generator.next() % 3 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : palette[Int(generator.next() % UInt64(palette.count))]
        }
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded == Self.reference(bytes), "bytes: \(bytes)")
        #expect(!decoded.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
    }

    @Test func largeInputDecodesLinearly() {
        // 8 MiB of mixed text: must finish quickly even in a debug build.
        let chunk = Array("Kim said \"yes\" — 東京\r\n\u{1B}[0m\t".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 << 20)
        while bytes.count < 8 << 20 { bytes += chunk }
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.utf8.count > bytes.count - bytes.count / 8)
        #expect(!decoded.contains("\r"))
    }
}
