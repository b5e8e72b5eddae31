import ArticleModel
@testable import ArticleAnalysis

/// Builders for the quotation extractor's tests: articles from a few fictional paragraphs.
enum QuoteExtractorFixture {
    /// An article with an optional headline, then one paragraph per string.
    static func article(_ paragraphs: [String], headline: String? = nil) -> Article {
        var blocks: [Block] = []
        if let headline { blocks.append(Block(kind: .headline, text: headline)) }
        blocks.append(contentsOf: paragraphs.map { Block(kind: .paragraph, text: $0) })
        return Article(metadata: ArticleMetadata(headline: headline), blocks: blocks)
    }

    /// The quotations of an article of `paragraphs`.
    static func quotes(_ paragraphs: String..., headline: String? = nil) -> [Quote] {
        QuoteExtractor().extract(from: article(paragraphs, headline: headline))
    }

    /// The text of `range` in `article`.
    static func text(of range: TextRange, in article: Article) -> String {
        let scalars = Array(article.blocks[range.block].text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return String(view)
    }

    /// The opening paragraph most attribution tests share: it introduces the people.
    static let cast = "Valmont Mayor Ana Ruiz and harbour engineer Tomas Bell met on Friday."
}
