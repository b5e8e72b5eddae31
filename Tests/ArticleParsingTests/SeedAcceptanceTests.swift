import ArticleModel
import ArticleParsing
import Foundation
import Testing

/// Acceptance on the project's real seed article, read from `../shared/seeds/` next to the
/// package. The file is not part of the repository; without it these tests are skipped.
struct SeedAcceptanceTests {
    static let seedPath: String = {
        // Tests/ArticleParsingTests/<this file> -> package root -> ../shared/seeds/...
        let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/seeds/000_869092543336c47f.txt").path
    }()

    static let seedIsPresent = FileManager.default.isReadableFile(atPath: seedPath)

    /// The seed's blank-line groups, trimmed, as written.
    static func groups() throws -> [String] {
        let text = try ArticleInput.load(seedPath).text
        return text.split(separator: "\n\n").map { $0.trimmed() }.filter { !$0.isEmpty }
    }

    static func article() throws -> Article {
        PlainTextParser().parse(try ArticleInput.load(seedPath).text, source: seedPath)
    }

    @Test(.enabled(if: seedIsPresent, "seed article not present"))
    func headline() throws {
        let article = try Self.article()
        let firstLine = try #require(try Self.groups().first)
        #expect(article.metadata.headline == firstLine)
        #expect(article.blocks.first == Block(kind: .headline, text: firstLine))
    }

    @Test(.enabled(if: seedIsPresent, "seed article not present"))
    func twoCaptionsWithTheAgencyCredit() throws {
        let article = try Self.article()
        let captions = article.blocks.filter { $0.kind == .caption }
        #expect(captions.count == 2)
        #expect(captions.map(\.credit) == ["Korean Central News Agency", "Korean Central News Agency"])
        // The caption text is the caption paragraph without the credit.
        let captionGroups = try Self.groups().filter { $0.contains("\n") && !$0.contains("\u{2022}") }
        #expect(captionGroups.count == 2)
        for (caption, group) in zip(captions, captionGroups) {
            let lines = group.split(separator: "\n")
            let written = try #require(lines.last).trimmed()
            #expect(written == caption.text + " Korean Central News Agency")
        }
    }

    @Test(.enabled(if: seedIsPresent, "seed article not present"))
    func noKeywordLineOrPromotionInAnyBlock() throws {
        let article = try Self.article()
        let forbidden = [
            "President, Xi, Jinping", "Kim, Jong, Un, 3rd", "Editor's pick", "Newsweek cover",
            "magazine delivered", "Unlimited access", "Ad free", "app access", "newsletters + podcasts",
        ]
        for block in article.blocks {
            for text in forbidden {
                #expect(!block.text.contains(text), "\(text) in \(block.kind) block")
            }
        }
        #expect(!article.blocks.contains { $0.kind == .listItem })
    }

    @Test(.enabled(if: seedIsPresent, "seed article not present"))
    func allBodyParagraphsInOrder() throws {
        let groups = try Self.groups()
        let promoStart = try #require(groups.firstIndex(of: "Editor's pick"))
        // Body paragraphs: one-line groups between the headline and the promotional block;
        // the two-line groups are keyword line + caption.
        let expected = groups[1..<promoStart].filter { !$0.contains("\n") }
        let article = try Self.article()
        #expect(article.blocks.filter { $0.kind == .paragraph }.map(\.text) == Array(expected))
        #expect(expected.count > 20)
        #expect(article.metadata.byline == nil)
        #expect(article.metadata.date == nil)
    }
}
