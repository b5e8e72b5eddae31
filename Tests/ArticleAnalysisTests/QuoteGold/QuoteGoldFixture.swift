import ArticleModel
import Foundation

/// One quote fixture: an article of our own in `Fixtures/quotes/NAME.txt` (fictional
/// people, places and organisations) and its gold annotation `NAME.gold.json`, read by
/// ``GoldArticleReader`` and located by ``GoldQuoteLocator``.
struct QuoteGoldFixture: Sendable {
    /// The file name without `.txt`.
    var name: String
    /// The article, built without the parser.
    var article: Article
    /// The gold quotes in reading order, at their located ranges.
    var gold: [ScoredQuote]

    /// The folder of these fixtures in the test bundle.
    static let folder = FixtureFolder(name: "quotes")

    /// The fixture names, sorted.
    static func names() throws -> [String] { try folder.names() }

    /// Loads the fixture `name`.
    /// - Throws: when a file is missing or malformed, or a gold quote is not in the text
    ///   (``GoldQuoteLocator/NotFound``).
    static func load(_ name: String) throws -> QuoteGoldFixture {
        let (text, json) = try folder.files(name)
        let annotation = try JSONDecoder().decode(GoldAnnotation.self, from: json)
        let article = GoldArticleReader.article(from: text, source: name)
        let ranges = try GoldQuoteLocator.locate(annotation.quotes, in: article)
        let gold = zip(annotation.quotes, ranges).map { ScoredQuote(gold: $0, ranges: $1) }
        return QuoteGoldFixture(name: name, article: article, gold: gold)
    }

    /// Every fixture, sorted by name.
    static func all() throws -> [QuoteGoldFixture] {
        try names().map(load)
    }
}
