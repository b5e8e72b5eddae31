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

    @Test("a caption with no text of its own shows only its credit line")
    func creditOnlyCaption() {
        let article = Article(blocks: [
            Block(kind: .paragraph, text: "Gulls on the quay."),
            Block(kind: .caption, text: "", credit: "Ruth Ilves"),
        ])
        let layout = ArticleLayout(article: article, width: 40)
        let captionLines = layout.lines.filter { $0.block == 1 }.map(\.printedText)
        #expect(captionLines == ["│ Photo: Ruth Ilves"])
    }
}
