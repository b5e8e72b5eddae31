import ArticleModel
import ArticleParsing
import Foundation
import Testing

/// Loads the fixture articles in `Fixtures/` (written for these tests; fictional people,
/// places and agencies) through the same path the CLI uses: load, decode, parse.
enum Fixtures {
    static func path(_ name: String) throws -> String {
        let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures")
        return try #require(url, "missing fixture \(name).txt").path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        try ArticleInput.load(path(name)).bytes
    }

    static func article(_ name: String) throws -> Article {
        let input = try ArticleInput.load(path(name))
        return PlainTextParser().parse(input.text, source: name)
    }
}
