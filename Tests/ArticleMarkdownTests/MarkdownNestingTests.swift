import ArticleMarkdown
import ArticleModel
import Testing

/// Deeply nested posts parse without exhausting the stack and keep their text: the tree is
/// walked with cmark-gfm's iterator, raw HTML with counters, not recursion.
@Suite("Markdown deep nesting")
struct MarkdownNestingTests {
    @Test("10,000 nested block quotes")
    func quotes() {
        let article = MarkdownFixtures.parse(String(repeating: ">", count: 10_000) + " Deep words.\n")
        #expect(article.blocks.map(\.text).contains { $0.contains("Deep words.") })
    }

    @Test("2,000 nested list items")
    func lists() {
        var markdown = ""
        for depth in 0..<2_000 { markdown += String(repeating: "  ", count: depth) + "- item \(depth)\n" }
        let article = MarkdownFixtures.parse(markdown)
        #expect(article.blocks.first?.text.hasPrefix("item 0") == true)
        #expect(article.blocks.contains { $0.text.contains("item 1999") })
    }

    @Test("50,000 nested HTML elements and emphasis and link brackets")
    func inlineAndHTML() {
        let html = String(repeating: "<div>", count: 50_000) + "Inner text." + String(repeating: "</div>", count: 50_000)
        #expect(MarkdownFixtures.parse(html + "\n").blocks.map(\.text) == ["Inner text."])
        let emphasis = String(repeating: "*", count: 20_000) + "word" + String(repeating: "*", count: 20_000)
        #expect(MarkdownFixtures.parse(emphasis + "\n").blocks.map(\.text).joined().contains("word"))
        let brackets = String(repeating: "[", count: 20_000) + "x" + String(repeating: "](https://a.example)", count: 20_000)
        let article = MarkdownFixtures.parse(brackets + "\n")
        #expect(article.blocks.allSatisfy { !MarkdownFixtures.hasControls($0.text) })
        for link in article.links {
            #expect(link.range.block < article.blocks.count)
            #expect(link.range.end <= article.blocks[link.range.block].scalarCount)
        }
    }

    @Test("many template tags and unclosed tags stay linear")
    func manyTags() {
        let tags = String(repeating: "{% x %}{{ y }}{{< z >}}", count: 20_000)
        #expect(MarkdownFixtures.parse("A" + tags + "B\n").blocks.map(\.text) == ["AB"])
        let unclosed = String(repeating: "{% ", count: 20_000)
        #expect(!MarkdownFixtures.parse(unclosed).blocks.isEmpty)
    }
}
