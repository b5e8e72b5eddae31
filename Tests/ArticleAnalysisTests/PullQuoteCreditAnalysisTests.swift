import ArticleAnalysis
import ArticleModel
import ArticleParsing
import Testing

/// A pull-quote credit line ("—Name on …") is never a quotation: after its pull quote it is
/// the block quote's credit, after an ordinary paragraph it stays a paragraph (issue 11), and
/// the extractor quotes neither.
@Suite("Pull-quote credits are not quotations")
struct PullQuoteCreditAnalysisTests {
    @Test("a credit line after an ordinary quoted paragraph yields no quotation of its own")
    func creditAfterOrdinaryParagraph() {
        let article = PlainTextParser().parse("""
            Harbour Talks Collapse

            \u{201C}We tried everything we could,\u{201D} said Lea Park, the union's negotiator.

            \u{2014}Tomas Grell on the new offer

            Negotiators will meet again next month.
            """, source: nil).analysed()
        #expect(article.blocks[2].kind == .paragraph)
        #expect(article.quotes.count == 1)
        #expect(article.quotes.first?.text == "We tried everything we could,")
        #expect(article.quotes.allSatisfy { quote in quote.ranges.allSatisfy { $0.block != 2 } })
    }
}
