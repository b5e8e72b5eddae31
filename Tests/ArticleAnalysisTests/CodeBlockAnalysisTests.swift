import ArticleAnalysis
import ArticleModel
import Testing

/// Code blocks (``ArticleModel/BlockKind/code``) are program text: neither the quotation
/// extractor nor the entity recogniser reads them, while the prose around them is analysed.
@Suite("Analysis skips code blocks")
struct CodeBlockAnalysisTests {
    static let article = Article(blocks: [
        Block(kind: .paragraph, text: "\"The harbour opens in May,\" said Mira Castell, the port director."),
        Block(kind: .code, text: "print(\"Nobody said this, said Otto Brenner in Valmont.\")\nlet owner = \"Harriet Quill\""),
        Block(kind: .paragraph, text: "Castell spoke in Valmont on Tuesday."),
    ])

    @Test("no quotation and no mention comes from a code block")
    func nothingFromCode() {
        let analysed = Self.article.analysed()
        #expect(analysed.quotes.count == 1)
        #expect(analysed.quotes.allSatisfy { quote in quote.ranges.allSatisfy { $0.block != 1 } })
        let mentions = analysed.entities.flatMap(\.mentions)
        #expect(!mentions.isEmpty)
        #expect(mentions.allSatisfy { $0.range.block != 1 })
        #expect(!analysed.entities.contains { $0.name.contains("Brenner") || $0.name.contains("Quill") })
    }
}
