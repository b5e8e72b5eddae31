import ArticleModel
import Testing
@testable import ReaderUI

@Suite("Article layout")
struct ArticleLayoutTests {
    @Test("short article at 40 columns")
    func shortAt40() {
        let layout = ArticleLayout(article: TestArticles.short, width: 40)
        #expect(layout.plainLines == [
            "Lighthouse Keepers Return to Cape Morrow",
            "By Jonas Pike · Monday, May 4, 2026",
            "",
            "After forty years of automation, the",
            "coastal trust has hired two keepers to",
            "live at the light again, citing storms",
            "that cut the power for days.",
            "",
            "│ The Cape Morrow light at dusk.",
            "│ Photo: Elsa Brandt / Coast Trust",
            "",
            "\"It needs people,\" said trust director",
            "Hal Odum.",
            "",
            "• Keepers start in June.",
        ])
    }

    @Test("a code block keeps its lines and indentation and carries the code role")
    func codeBlockVerbatim() {
        let article = Article(blocks: [
            Block(kind: .paragraph, text: "Run this:"),
            Block(kind: .code, text: "if ready {\n    start()\n}"),
        ])
        let layout = ArticleLayout(article: article, width: 40)
        #expect(layout.plainLines == ["Run this:", "", "  if ready {", "      start()", "  }"])
        #expect(layout.lines[3].spans.map(\.role).contains(.code))
        #expect(!layout.lines[3].spans.map(\.role).contains(.body))
    }

    @Test("caption and credit lines carry caption and credit roles")
    func captionRoles() {
        let layout = ArticleLayout(article: TestArticles.short, width: 40)
        let caption = layout.lines[8]
        #expect(caption.spans.map(\.role) == [.border, .caption])
        #expect(layout.lines[9].spans.map(\.role) == [.border, .credit])
        #expect(layout.lines[0].spans.map(\.role) == [.headline])
        #expect(layout.lines[1].spans.map(\.role) == [.byline])
    }

    @Test("every position maps to the line that shows it", arguments: [20, 33, 40, 80])
    func positionRoundTrip(width: Int) {
        let layout = ArticleLayout(article: TestArticles.long(paragraphs: 5), width: width)
        for (index, line) in layout.lines.enumerated() where line.block != nil {
            let position = TextPosition(block: line.block ?? 0, offset: line.start)
            #expect(layout.lineIndex(for: position) == index)
            #expect(layout.position(ofLine: index) == position)
        }
    }

    @Test("a blank line's position is the start of the next block")
    func blankLinePosition() {
        let layout = ArticleLayout(article: TestArticles.short, width: 40)
        #expect(layout.lines[2].block == nil)
        #expect(layout.position(ofLine: 2) == TextPosition(block: 1, offset: 0))
    }

    @Test("an empty article lays out as one dim line")
    func emptyArticle() {
        let layout = ArticleLayout(article: Article(), width: 40)
        #expect(layout.plainLines == ["(this article is empty)"])
        #expect(layout.lineIndex(for: TextPosition(block: 3, offset: 9)) == 0)
    }

    @Test("tabs in a paragraph expand to 8-column stops")
    func tabs() {
        let article = Article(blocks: [Block(kind: .paragraph, text: "a\tb\tc")])
        #expect(ArticleLayout(article: article, width: 40).plainLines == ["a       b       c"])
    }
}
