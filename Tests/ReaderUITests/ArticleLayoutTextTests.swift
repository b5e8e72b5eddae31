import ArticleModel
import Testing
import TerminalText
@testable import ReaderUI

/// Layout lines refer to their block's text instead of holding copies: what they show must
/// still be exactly what word wrapping made, tabs, dropped indentation and all.
@Suite("Article layout: line text taken from the block")
struct ArticleLayoutTextTests {
    static let texts = [
        "Plain words that wrap over several lines at narrow widths, with no surprises at all.",
        "\tA tab opens this one, and\tanother sits in the middle of it.",
        "      Indentation that may not fit together with Averyveryverylongwordthatmustbreak.",
        "港の食堂は夜遅くまで営業している。 Mixed scripts: café, Ελληνικά, 👨‍👩‍👧 family.",
        "Line one\nline two after a break\n   indented line three",
        "",
    ]

    @Test("each paragraph line shows its wrapped line's text", arguments: [1, 3, 9, 20, 80])
    func linesShowWrappedText(width: Int) throws {
        let article = Article(blocks: Self.texts.map { Block(kind: .paragraph, text: $0) })
        let layout = ArticleLayout(article: article, width: width)
        for (index, text) in Self.texts.enumerated() {
            let shown = layout.lines.filter { $0.block == index && $0.textSpan != nil }
            let wrapped = WordWrap.wrap(text, width: width)
            #expect(shown.map(\.text) == wrapped.map(\.text), "block \(index) at width \(width)")
            #expect(shown.map(\.start) == wrapped.map(\.start))
            #expect(shown.map { $0.spans.map(\.text) } == wrapped.map { [$0.text] })
        }
    }

    @Test("captions and list items keep their bar and bullet spans")
    func decorations() {
        let article = Article(blocks: [
            Block(kind: .listItem, text: "First\titem that wraps onto a second line"),
            Block(kind: .caption, text: "The quay at dusk.", credit: "Ana Ilves"),
        ])
        let layout = ArticleLayout(article: article, width: 20)
        let spans = layout.lines.map { $0.spans.map(\.text) }
        #expect(spans.first == ["• ", "First   item that"])
        #expect(spans.contains(["│ ", "The quay at dusk."]))
        #expect(spans.contains(["│ ", "Photo: Ana Ilves"]))
        #expect(layout.lines.first { $0.spans.first?.text == "│ " }?.textSpan == 1)
        #expect(layout.lines.first { $0.spans.last?.text == "Photo: Ana Ilves" }?.textSpan == nil)
    }
}
