import ArticleModel
import ArticleParsing
import Testing

/// The parser must stay linear on extreme shapes. The time limits are generous (debug
/// builds on a loaded machine); a quadratic step would blow through them by orders of
/// magnitude.
@Suite(.timeLimit(.minutes(2)))
struct PlainTextParserScaleTests {
    @Test func tenMegabyteParagraph() {
        let sentence = "The council said on Tuesday that the \"ferry\" plan, costed at 41 million crowns, would go ahead. "
        var text = "Ferry Plan Approved\n\n"
        text.reserveCapacity(10_100_000)
        while text.utf8.count < 10_000_000 { text += sentence }
        let article = PlainTextParser().parse(TextDecoding.decode(Array(text.utf8)), source: nil)
        #expect(article.blocks.count == 2)
        #expect(article.blocks.first?.kind == .headline)
        #expect(article.blocks.last?.kind == .paragraph)
        #expect((article.blocks.last?.text.utf8.count ?? 0) > 9_999_000)
    }

    @Test func twoHundredThousandOneWordParagraphs() {
        var text = "Headline\n\n"
        text.reserveCapacity(2_000_000)
        for index in 0..<200_000 { text += "word\(index % 7)\n\n" }
        let article = PlainTextParser().parse(text, source: nil)
        #expect(article.blocks.count == 200_001)
        #expect(article.blocks.dropFirst().allSatisfy { $0.kind == .paragraph })
        #expect(article.blocks.last?.text == "word\(199_999 % 7)")
    }

    @Test func tenMegabyteLineWithoutBreaksOrHeadline() {
        // One giant line: not a headline (too long), one paragraph.
        let text = String(repeating: "lorem ipsum, ", count: 800_000)
        let article = PlainTextParser().parse(text, source: nil)
        #expect(article.metadata.headline == nil)
        #expect(article.blocks.count == 1)
    }

    @Test func manyShortLinesWithoutBlankLines() {
        let text = (0..<100_000).map { "Line \($0) of the list." }.joined(separator: "\n")
        let article = PlainTextParser().parse(text, source: nil)
        #expect(article.blocks.count == 100_000)
    }
}
