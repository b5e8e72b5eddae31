import ArticleMarkdown
import ArticleModel
import ArticleParsing
import Foundation
import Testing

/// Loads the fixture posts in `Fixtures/` (written for these tests; fictional people and
/// places) through the path the CLI uses: load the bytes, parse them as Markdown.
enum MarkdownFixtures {
    static func path(_ name: String) throws -> String {
        let url = Bundle.module.url(forResource: name, withExtension: "md", subdirectory: "Fixtures")
        return try #require(url, "missing fixture \(name).md").path
    }

    static func article(_ name: String) throws -> Article {
        try MarkdownParser().parse(ArticleInput.load(path(name)))
    }

    /// Parses Markdown written in a test.
    static func parse(_ markdown: String, source: String = "post.md") -> Article {
        MarkdownParser().parse(bytes: Array(markdown.utf8), source: source)
    }

    /// The blocks as (kind, text) pairs, for compact expectations.
    static func shape(_ article: Article) -> [String] {
        article.blocks.map { block in
            var line = block.kind.rawValue
            if let level = block.level { line += "\(level)" }
            line += ": " + block.text
            if let credit = block.credit { line += " [" + credit + "]" }
            return line
        }
    }

    /// Whether `text` holds a control character other than tab and line feed.
    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }
}
