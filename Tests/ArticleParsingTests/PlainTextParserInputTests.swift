import ArticleModel
import Testing
@testable import ArticleParsing

/// Parsing a loaded input directly (dropping its raw bytes early) gives exactly what
/// decoding it to text and parsing that gives.
@Suite("Plain-text parser: from loaded bytes")
struct PlainTextParserInputTests {
    static let inputs: [[UInt8]] = [
        Array("Harbour Bridge Opens\n\nBy Ana Ruiz\n\nThe bridge opened on Friday.\r\nIt \u{1B}[31mwas late.\n".utf8),
        [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("Two byte order marks\n\nBody text.\n".utf8),
        [0xEF, 0xBB, 0xBF] + Array("One mark\n\n\u{FEFF}kept inside\n".utf8),
        [0x41, 0xFF, 0xC2, 0x85, 0x00, 0x0A, 0x0A, 0x42],
        [],
    ]

    @Test("same article as parsing the decoded text", arguments: inputs)
    func sameArticle(bytes: [UInt8]) {
        let input = ArticleInput(name: "notes/a.txt", bytes: bytes)
        let expected = PlainTextParser().parse(input.text, source: "notes/a.txt")
        #expect(PlainTextParser().parse(input) == expected)
    }
}
