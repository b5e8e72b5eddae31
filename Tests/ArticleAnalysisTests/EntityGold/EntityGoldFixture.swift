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

    /// The folder holding the entity fixtures inside the test bundle.
    /// - Throws: `CocoaError(.fileNoSuchFile)` when the bundle has no `Fixtures/entities`.
    static func directory() throws -> URL {
        guard let url = Bundle.module.url(forResource: "entities", withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/entities"])
        }
        return url
    }

    /// The fixture names (files ending in `.txt`), sorted.
    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory().path)
            .filter { $0.hasSuffix(".txt") }
            .map { String($0.dropLast(4)) }
            .sorted()
    }

    /// Loads the fixture `name`.
    /// - Throws: when a file is missing or malformed, or a gold span is not in the text
    ///   (``EntityGoldLocator/NotFound``).
    static func load(_ name: String) throws -> EntityGoldFixture {
        let folder = try directory()
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let json = try Data(contentsOf: folder.appendingPathComponent("\(name).gold.json"))
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
        try names().map(load)
    }
}
