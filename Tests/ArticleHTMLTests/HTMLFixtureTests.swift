import ArticleHTML
import ArticleModel
import ArticleParsing
import Foundation
import Testing

/// The fixture pages in `Fixtures/` (written for these tests by `make-fixtures.py`;
/// fictional sites and people), each with the text a reader should get: headline on the
/// first line, then the article's blocks.
enum HTMLFixtures {
    static var directory: URL? {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)
    }

    static var names: [String] {
        guard let directory, let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return files.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func article(_ name: String) throws -> Article {
        let url = try #require(directory?.appendingPathComponent("\(name).html"))
        return try ArticleParsers([HTMLArticleParser()]).parse(ArticleInput.load(url.path), choice: .auto)
    }

    static func expected(_ name: String) throws -> (headline: String, body: String) {
        let url = try #require(directory?.appendingPathComponent("\(name).expected.txt"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return (String(lines.first ?? ""), lines.dropFirst(2).joined(separator: "\n"))
    }
}

@Suite("HTML fixture pages")
struct HTMLFixtureTests {
    @Test("there are at least 15 fixture pages")
    func enoughFixtures() {
        #expect(HTMLFixtures.names.count >= 15)
    }

    @Test("each page keeps its headline", arguments: HTMLFixtures.names)
    func headline(name: String) throws {
        let article = try HTMLFixtures.article(name)
        #expect(article.headline == (try HTMLFixtures.expected(name).headline))
        #expect(article.blocks.first?.kind == .headline)
        #expect(article.metadata.format == .html)
    }

    @Test("token precision, recall and F1 over all pages (printed; F1 ≥ 0.98)")
    func tokenF1() throws {
        var total = TokenScore()
        for name in HTMLFixtures.names {
            let article = try HTMLFixtures.article(name)
            let score = TokenScore.score(extracted: article.bodyText, expected: try HTMLFixtures.expected(name).body)
            print(String(format: "html fixture %-22@ P %.3f R %.3f F1 %.3f", name as NSString, score.precision, score.recall, score.f1))
            total = total + score
        }
        print(String(format: "html fixtures: token P %.4f R %.4f F1 %.4f", total.precision, total.recall, total.f1))
        #expect(total.f1 >= 0.98)
    }

    @Test func captionKeepsItsCreditApart() throws {
        let article = try HTMLFixtures.article("news-basic")
        let caption = try #require(article.blocks.first { $0.kind == .caption })
        #expect(caption.text == "The ferry Saint Brannoc leaving Brill harbour at dawn.")
        #expect(caption.credit == "Lewin Tasker / Estuary Herald")
        #expect(article.metadata.authors == ["Odile Marchetti"])
        #expect(article.metadata.published == "2024-02-13T08:30:00+00:00")
        #expect(article.metadata.siteName == "Estuary Herald")
    }

    @Test func severalJSONLDAuthorsAndBody() throws {
        let article = try HTMLFixtures.article("jsonld-body")
        #expect(article.metadata.authors == ["Hedda Crane", "Joost Pellin"])
        #expect(article.metadata.byline == "Hedda Crane and Joost Pellin")
        #expect(article.metadata.published == "2024-05-10T18:00:00+02:00")
        #expect(article.metadata.date == "May 10, 2024")
    }

    @Test func headingsListsQuotesAndTablesKeepTheirKinds() throws {
        let article = try HTMLFixtures.article("explainer")
        let kinds = article.blocks.map(\.kind)
        #expect(kinds.filter { $0 == .heading }.count == 2)
        #expect(article.blocks.first { $0.kind == .heading }?.level == 2)
        #expect(kinds.filter { $0 == .listItem }.count == 3)
        #expect(kinds.contains(.blockquote))
        let table = try #require(article.blocks.first { $0.kind == .table })
        #expect(table.text == "Bin | Collection\nBlue | Every two weeks\nGreen | Every four weeks\nGrey | Weekly")
    }

    @Test func datelineStaysInTheBody() throws {
        let article = try HTMLFixtures.article("ads-paywall-dateline")
        #expect(article.blocks.dropFirst().first?.text.hasPrefix("HARBOURTON, June 18 (Coastline Wire)") == true)
    }

    @Test func characterReferencesNeverGiveControlCharacters() throws {
        let article = try HTMLFixtures.article("character-references")
        for block in article.blocks {
            for scalar in block.text.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) || scalar.value == 0x0A)
            }
        }
        #expect(article.bodyText.contains("three\u{2013}month"))
    }
}
