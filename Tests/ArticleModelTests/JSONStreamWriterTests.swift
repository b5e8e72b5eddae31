import ArticleModel
import Foundation
import Testing

/// `JSONStreamWriter` (written by hand) against the reference: `JSONEncoder` with Byline's
/// settings encoding the whole article at once must give the same bytes, whatever the
/// article and the piece size.
struct JSONStreamWriterTests {
    /// One article to stream, named for the test report.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let article: Article
        var testDescription: String { name }
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The streamed document and the pieces it was handed over in.
    static func stream(_ article: Article, chunkSize: Int) throws -> (bytes: [UInt8], pieces: [Int]) {
        let writer = JSONStreamWriter(chunkSize: chunkSize)
        var bytes: [UInt8] = []
        var pieces: [Int] = []
        writer.write(article) { piece in
            bytes.append(contentsOf: piece)
            pieces.append(piece.count)
        }
        return (bytes, pieces)
    }

    /// Every string a JSON encoder escapes or must leave alone: C0 controls (NUL, tab, line
    /// breaks), DEL, C1 controls, bidi overrides and isolates, line and paragraph
    /// separators, a byte-order mark, emoji sequences, combining marks, quotes, backslashes
    /// and slashes, and a line break inside a string (escaped, so not to be re-indented).
    static let hostile = "Ctl \u{0}\u{1}\u{7}\u{8}\t\n\n\r\u{C}\u{1B}[31m\u{1F}\u{7F} C1 \u{85}\u{9B}"
        + " bidi \u{202E}evil\u{202C} \u{2066}iso\u{2069} \u{200F} sep \u{2028}\u{2029} bom \u{FEFF}"
        + " emoji 👩‍💻👍🏽🇳🇴 e\u{301} \u{10FFFF} \"quoted\" 'single' “curly” \\ back / slash </script>"

    /// Every C0 control on its own, then between letters, then all at once.
    static let controls: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        + (0..<0x20).map { "a" + String(UnicodeScalar(UInt8($0))) + "b" }
        + [String((0..<0x20).map { Character(UnicodeScalar(UInt8($0))) })]

    static let full: Article = {
        var article = Article(
            metadata: ArticleMetadata(
                headline: "Ferry line to Quillon Bay reopens", byline: "Lena Marsh / Tide Desk",
                date: "April 2, 2024", source: "notes/ferry \"spring\".txt", format: .markdown),
            blocks: [
                Block(kind: .headline, text: "Ferry line to Quillon Bay reopens"),
                Block(kind: .paragraph, text: "\"We are back,\" said Ivo Brandt, head of Bay Ferries."),
                Block(kind: .caption, text: "The ferry at dawn.", credit: "Bay Ferries"),
                Block(kind: .caption, text: "A caption without a credit."),
                Block(kind: .listItem, text: ""),
                Block(kind: .heading, text: "What comes next"),
                Block(kind: .blockquote, text: "Soon, all of it."),
                Block(kind: .blockquote, text: "\u{201C}We tried.\u{201D}", credit: "Lea Park on the talks"),
                Block(kind: .paragraph, text: "Stray credit.", credit: "Not written"),
                Block(kind: .heading, text: "Level two", level: 2),
                Block(kind: .listItem, text: "Nested", level: 3),
                Block(kind: .code, text: "let x = \"y\"\n\tindented\n"),
                Block(kind: .table, text: "Town\tVotes\nNorthvale\t1200"),
            ])
        article.metadata.authors = ["Lena Marsh", "Tide Desk"]
        article.metadata.tags = ["ferries", ""]
        article.metadata.published = "2024-04-02T08:00:00Z"
        article.metadata.url = "https://example.org/ferry?x=1&y=\"2\""
        article.metadata.siteName = "Tide Desk"
        article.metadata.description = "A ferry returns."
        article.links = [
            Link(range: TextRange(block: 1, start: 0, end: 5), url: "https://example.org/a/b"),
            Link(range: TextRange(block: 2, start: -1, end: Int.max), url: ""),
        ]
        article.quotes = [
            Quote(
                text: "We are back,", ranges: [TextRange(block: 1, start: 1, end: 13)], kind: .direct,
                cue: "said", speakerMention: "Ivo Brandt", speakerMentionRange: TextRange(block: 1, start: 20, end: 30),
                speaker: "Ivo Brandt", speakerEntity: 0),
            Quote(text: "all of it", ranges: [], kind: .partial),
            Quote(
                text: "two", ranges: [TextRange(block: 6, start: 0, end: 4), TextRange(block: 6, start: 6, end: 15)],
                kind: .scare, speakerEntity: -1),
            Quote(
                text: "big", ranges: [TextRange(block: Int.max, start: Int.min, end: 0)], kind: .direct,
                speakerMentionRange: TextRange(block: 0, start: 0, end: 0), speakerEntity: Int.min),
        ]
        article.entities = [
            Entity(
                name: "Ivo Brandt", kind: .person, aliases: ["Brandt", "Ivo"], role: "head of Bay Ferries",
                mentions: [Mention(range: TextRange(block: 1, start: 20, end: 30), text: "Ivo Brandt")]),
            Entity(name: "Bay Ferries", kind: .organization),
            Entity(name: "Quillon Bay", kind: .place, aliases: [], mentions: [
                Mention(range: TextRange(block: 0, start: 14, end: 25), text: "Quillon Bay"),
                Mention(range: TextRange(block: 0, start: 14, end: 25), text: ""),
            ]),
            Entity(name: "Spring Fair", kind: .other, role: ""),
        ]
        return article
    }()

    static let cases: [Case] = [
        Case(name: "empty article", article: Article()),
        Case(
            name: "metadata only",
            article: Article(metadata: ArticleMetadata(headline: "H", byline: "B", date: "D", source: "-", format: .html))),
        Case(name: "blocks without quotes or entities", article: Article(blocks: Array(full.blocks.prefix(3)))),
        Case(name: "quotes without blocks", article: Article(quotes: full.quotes)),
        Case(name: "entities only", article: Article(entities: full.entities)),
        Case(name: "full article", article: full),
        Case(
            name: "hostile strings everywhere",
            article: Article(
                metadata: ArticleMetadata(headline: hostile, byline: hostile, date: hostile, source: hostile),
                blocks: [Block(kind: .paragraph, text: hostile), Block(kind: .caption, text: hostile, credit: hostile)],
                quotes: [Quote(text: hostile, ranges: [], kind: .direct, cue: hostile, speakerMention: hostile, speaker: hostile)],
                entities: [Entity(name: hostile, kind: .other, aliases: [hostile, ""], role: hostile, mentions: [
                    Mention(range: TextRange(block: 0, start: 0, end: 1), text: hostile),
                ])])),
        Case(
            name: "every C0 control",
            article: Article(
                metadata: ArticleMetadata(authors: controls, tags: controls),
                blocks: controls.map { Block(kind: .caption, text: $0, credit: $0) },
                entities: [Entity(name: "x", kind: .place, aliases: controls)])),
        Case(
            name: "one block longer than a piece",
            article: Article(blocks: [
                Block(kind: .paragraph, text: String(repeating: "Tide \"in\"\n", count: 12_000)),
                Block(kind: .paragraph, text: "After."),
            ])),
    ]

    @Test(arguments: cases, [1, 7, 64, 1 << 16])
    func streamedBytesEqualTheEncodersOutput(testCase: Case, chunkSize: Int) throws {
        let expected = [UInt8](try Self.encoder().encode(testCase.article))
        let streamed = try Self.stream(testCase.article, chunkSize: chunkSize)
        if streamed.bytes != expected {
            // Show where they part, not two whole documents.
            let common = zip(streamed.bytes, expected).prefix { $0 == $1 }.count
            let context = { (bytes: [UInt8]) in
                String(decoding: bytes[max(0, common - 40)..<min(bytes.count, common + 40)], as: UTF8.self)
            }
            Issue.record("differs at byte \(common): streamed …\(context(streamed.bytes))… expected …\(context(expected))…")
        }
        #expect(streamed.bytes.count == expected.count)
    }

    @Test func outputIsHandedOverInBoundedPieces() throws {
        // Many short blocks: every piece stays under two pieces' worth, and there are many.
        let blocks = (0..<5_000).map { Block(kind: .paragraph, text: "Paragraph \($0) of the harbour report.") }
        let chunkSize = 4_096
        let streamed = try Self.stream(Article(blocks: blocks), chunkSize: chunkSize)
        #expect(streamed.pieces.count > 10)
        #expect(streamed.pieces.allSatisfy { $0 > 0 && $0 < 2 * chunkSize })
        #expect(streamed.bytes == [UInt8](try Self.encoder().encode(Article(blocks: blocks))))
    }

    struct Refused: Error, Equatable {}

    @Test func sinkErrorsStopTheWriter() {
        let writer = JSONStreamWriter(chunkSize: 16)
        var calls = 0
        #expect(throws: Refused.self) {
            try writer.write(Self.full) { _ in
                calls += 1
                throw Refused()
            }
        }
        #expect(calls == 1)
    }
}
