import ArticleMarkdown
import ArticleModel
import ArticleFixtures
import Testing

/// The generated posts the Markdown benchmark reads parse into what they were made of, so the
/// benchmark's figure is for real work: every construct present, no markup left.
@Suite("Generated Markdown posts")
struct MarkdownGeneratorTests {
    @Test("a generated post of 100 KB has every construct and no markup")
    func constructs() {
        let markdown = ArticleGenerator.markdownPost(bytes: 100_000)
        #expect(markdown.utf8.count >= 100_000)
        let article = MarkdownFixtures.parse(markdown)
        #expect(article.headline == "Harbour Board Approves the Night Ferry")
        #expect(article.metadata.authors == ["Mira Castellanos", "Tomasz Ilves"])
        #expect(article.metadata.published == "2026-03-12T09:30:00+01:00")
        var kinds: [BlockKind: Int] = [:]
        for block in article.blocks { kinds[block.kind, default: 0] += 1 }
        for kind in BlockKind.allCases { #expect(kinds[kind, default: 0] > 0, "no \(kind) block") }
        #expect(article.blocks.contains { $0.kind == .caption && $0.credit == "Lena Brandvold" })
        #expect(article.links.count > 100)
        for block in article.blocks where block.kind != .code {
            for marker in ["](", "**", "<fig", "{%", "[^"] { #expect(!block.text.contains(marker), "\(marker) in \(block.text)") }
        }
    }
}
