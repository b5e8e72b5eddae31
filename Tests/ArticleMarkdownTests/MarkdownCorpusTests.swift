import ArticleMarkdown
import ArticleModel
import ArticleParsing
import Foundation
import Testing

/// The real blog posts of `../shared/dev-corpus/markdown-18f` (not part of the repository;
/// skipped when absent) open as articles: a headline, authors, an ISO 8601 date, a figure for
/// each post that has images, and no raw markup, front matter or template tag in any block.
/// The checks are general: nothing here is specific to one post.
@Suite("Markdown corpus posts")
struct MarkdownCorpusTests {
    static let folder: String = {
        let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/dev-corpus/markdown-18f").path
    }()

    static let posts: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { folder + "/" + $0 }
    }()

    /// HTML tags of elements, Markdown link and image syntax, template delimiters, front
    /// matter lines, emphasis markers and undecoded character references.
    static let rawMarkupPattern = (
        #"</?(a|img|div|p|span|figure|figcaption|aside|blockquote|br|iframe|script|style|em|strong|ul|ol|li|h[1-6]|table|td|tr|section)\b[^>]*>|\]\(|!\[|\{%|%\}|\{\{|\}\}|^\s*(title|layout|authors?|tags|date|excerpt|description|image):\s|^---$|\*\*|__\w|&[a-zA-Z]+;|&#[0-9]"#
    )
    static let isoDatePattern = #"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?$"#

    @Test("every post opens with headline, authors, date, figures and no raw markup", .enabled(if: !posts.isEmpty, "dev corpus not present"))
    func openAsArticles() throws {
        let rawMarkup = try Regex(Self.rawMarkupPattern).anchorsMatchLineEndings()
        let isoDate = try Regex(Self.isoDatePattern)
        #expect(Self.posts.count >= 20)
        var figures = 0
        for path in Self.posts {
            let input = try ArticleInput.load(path)
            let source = String(decoding: input.bytes, as: UTF8.self)
            let article = try MarkdownParser().parse(input)
            let name = (path as NSString).lastPathComponent
            #expect(article.metadata.format == .markdown)
            #expect(article.headline?.isEmpty == false, "\(name): no headline")
            #expect(article.blocks.first?.kind == .headline, "\(name)")
            #expect(!article.metadata.authors.isEmpty, "\(name): no authors")
            let published = article.metadata.published ?? ""
            #expect(published.wholeMatch(of: isoDate) != nil, "\(name): date \(published)")
            let hasImages = source.contains("![") || source.contains("<img") || source.contains("{% image")
            let captions = article.blocks.filter { $0.kind == .caption }.count
            figures += captions
            if hasImages { #expect(captions > 0, "\(name): images but no figure") }
            for block in article.blocks where block.kind != .code {
                #expect(block.text.firstMatch(of: rawMarkup) == nil, "\(name): raw markup in \(block.kind): \(block.text.prefix(120))")
                #expect(!MarkdownFixtures.hasControls(block.text), "\(name)")
            }
            for link in article.links {
                #expect(link.url.hasPrefix("http://") || link.url.hasPrefix("https://"))
                #expect(link.range.end <= article.blocks[link.range.block].scalarCount)
            }
        }
        print("markdown-18f: \(Self.posts.count) posts, \(figures) figures")
    }
}
