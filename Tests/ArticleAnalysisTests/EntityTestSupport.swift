import ArticleModel
@testable import ArticleAnalysis

/// The entities ``EntityRecognizer`` finds in an article of `paragraphs` (and a headline),
/// built as the quote tests build theirs (``QuoteExtractorFixture/article(_:headline:)``).
func entities(_ paragraphs: [String], headline: String? = nil) -> [Entity] {
    EntityRecognizer().recognize(in: QuoteExtractorFixture.article(paragraphs, headline: headline))
}

/// The entity whose canonical name is `name`, if any.
func entity(_ name: String, in list: [Entity]) -> Entity? { list.first { $0.name == name } }
