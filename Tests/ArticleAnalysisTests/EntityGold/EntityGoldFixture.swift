import ArticleModel
import ArticleParsing
import Foundation

/// One entity fixture: an article of our own in `Fixtures/entities/NAME.txt` (fictional
/// people and companies; real countries, capitals and international organizations), parsed
/// with the real ``ArticleParsing/PlainTextParser`` (as the reader parses it), and its gold
/// `NAME.gold.json` (``EntityGoldAnnotation``) located by ``EntityGoldLocator``.
struct EntityGoldFixture: Sendable {
    /// The file name without `.txt`.
    var name: String
    /// The parsed article (no entities).
    var article: Article
    /// The gold mentions at their located ranges; `referent` is the gold cluster.
    var gold: [ScoredMention]
    /// The located `ignore` spans.
    var ignore: [TextRange]

    /// The folder of these fixtures in the test bundle.
    static let folder = FixtureFolder(name: "entities")
    /// The folder of issue 13's news-style fixtures, annotated the same way.
    static let newsFolder = FixtureFolder(name: "entities-news")

    /// The fixture names, sorted.
    static func names() throws -> [String] { try folder.names() }

    /// Loads the fixture `name`.
    /// - Throws: when a file is missing or malformed, or a gold span is not in the text
    ///   (``EntityGoldLocator/NotFound``).
    static func load(_ name: String, from folder: FixtureFolder = folder) throws -> EntityGoldFixture {
        let (text, json) = try folder.files(name)
        let annotation = try JSONDecoder().decode(EntityGoldAnnotation.self, from: json)
        let article = PlainTextParser().parse(text, source: name)
        let gold = try annotation.mentions.map { mention in
            ScoredMention(
                range: try EntityGoldLocator.locate(mention.span, in: article), text: mention.span.text,
                kind: mention.kind, referent: mention.cluster)
        }
        let ignore = try annotation.ignore.map { try EntityGoldLocator.locate($0, in: article) }
        return EntityGoldFixture(name: name, article: article, gold: gold, ignore: ignore)
    }

    /// Every fixture, sorted by name.
    static func all() throws -> [EntityGoldFixture] {
        try names().map { try load($0) }
    }

    /// Every fixture of `folder`, sorted by name.
    static func all(in folder: FixtureFolder) throws -> [EntityGoldFixture] {
        try folder.names().map { try load($0, from: folder) }
    }
}
