import ArticleAnalysis
import ArticleModel
import ArticleParsing
import Foundation
import Testing

/// The hand-written `JSONStreamWriter` against `JSONEncoder` (Byline's settings, the whole
/// article at once) on every analysed fixture article: blocks, quotations with speakers and
/// ranges, entities with aliases and mentions, byte for byte.
@Suite("JSON writer equals JSONEncoder on the fixture articles")
struct JSONWriterFixtureTests {
    @Test(arguments: ["quotes", "entities", "entities-news"])
    func sameBytesAsTheEncoder(folderName: String) throws {
        let folder = FixtureFolder(name: folderName)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let names = try folder.names()
        #expect(!names.isEmpty)
        for name in names {
            let text = try folder.files(name).text
            let article = PlainTextParser().parse(text, source: "fixtures/\(name).txt").analysed()
            var written: [UInt8] = []
            JSONStreamWriter(chunkSize: 997).write(article) { written.append(contentsOf: $0) }
            let expected = [UInt8](try encoder.encode(article))
            #expect(written == expected, "\(name): \(written.count) bytes written, \(expected.count) expected")
        }
    }
}
