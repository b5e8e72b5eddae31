import ArticleModel
import Testing
@testable import ReaderUI

/// `LayoutLine.printedText`: what `byline --dump` writes for a line.
@Suite("Layout line: printed text")
struct PrintedTextTests {
    @Test("controls become visible stand-ins, bidi controls ⇄, trailing spaces go, the indent stays")
    func printedText() throws {
        let article = Article(blocks: [
            Block(kind: .paragraph, text: "a\u{1B}[2J b\u{202E}c"),
            Block(kind: .listItem, text: "item"),
        ])
        let layout = ArticleLayout(article: article, width: 40)
        let printed = layout.lines.map(\.printedText)
        #expect(printed.contains("a\u{241B}[2J b\u{21C4}c"))
        let item = try #require(layout.lines.first { $0.plainText.contains("item") })
        #expect(item.printedText == item.plainText.replacingOccurrences(of: " +$", with: "", options: .regularExpression))
        #expect(printed.allSatisfy { $0.last != " " })
    }
}
