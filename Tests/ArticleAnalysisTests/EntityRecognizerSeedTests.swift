import ArticleModel
import ArticleParsing
import Foundation
import Testing
@testable import ArticleAnalysis

/// Issue 4's checks on the real seed article (`../shared/seeds/`, not part of the
/// repository; skipped without it), parsed with the real ``PlainTextParser``.
@Suite("Entity recognizer: seed article", .enabled(if: QuoteExtractorSeedTests.seedIsPresent, "needs ../shared/seeds"))
struct EntityRecognizerSeedTests {
    private func analysed() throws -> Article {
        let text = try String(contentsOfFile: QuoteExtractorSeedTests.seedPath, encoding: .utf8)
        return PlainTextParser().parse(text, source: "seed").analysed()
    }

    private func entity(_ name: String, _ article: Article) -> Entity? { article.entities.first { $0.name == name } }

    @Test("countries: every name, abbreviation and demonym of one country is one place")
    func countries() throws {
        let article = try analysed()
        let groups: [(String, Set<String>)] = [
            ("Democratic People's Republic of Korea", ["DPRK", "North Korea", "North Korean"]),
            ("Republic of Korea", ["ROK", "South Korea", "South Korean"]),
            ("People's Republic of China", ["PRC", "China", "Chinese"]),
        ]
        for (name, aliases) in groups {
            let place = try #require(entity(name, article))
            #expect(place.kind == .place)
            #expect(Set(place.aliases) == aliases)
        }
        #expect(entity("Beijing", article)?.kind == .place)
        #expect(entity("Pyongyang", article)?.kind == .place)
    }

    @Test("people: one entity each with the full name; the two people surnamed Kim stay two")
    func people() throws {
        let article = try analysed()
        let people = article.entities.filter { $0.kind == .person }.map(\.name)
        #expect(Set(people).isSuperset(of: [
            "Kim Jong Un", "Sung Kim", "Joe Biden", "Zhao Lijian", "Xi Jinping", "Moon Jae-in", "Donald Trump",
            "Jen Psaki", "Antony Blinken", "Yang Jiechi", "Liu Xiaoming", "Igor Morgulov", "Wang Yi", "Vladimir Putin",
            "Noh Kyu-duk", "Funakoshi Takehiro",
        ]))
        #expect(people.count == Set(people).count)
        #expect(!people.contains { $0.split(separator: " ").count == 1 }, "no person is left as a lone surname: \(people)")
        #expect(entity("Zhao Lijian", article)?.role == "Chinese Foreign Ministry spokesperson")
        #expect(entity("Kim Jong Un", article)?.mentions.first?.range.block == 0, "the headline's name is the body's person")
    }

    @Test("headline and title words are not entities; nothing comes from removed lines")
    func noise() throws {
        let article = try analysed()
        let names = Set(article.entities.flatMap { [$0.name] + $0.aliases })
        for word in ["Concerns", "Says", "Should", "Valued", "Supreme", "Supreme Leader", "Newsweek", "General Secretary"] {
            #expect(!names.contains(word), "\(word)")
        }
        let chineseMinistry = try #require(entity("Chinese Foreign Ministry", article))
        #expect(chineseMinistry.kind == .organization)
    }

    @Test("quote speakers are the entities' canonical names")
    func speakers() throws {
        let article = try analysed()
        let spokesperson = try #require(article.entities.firstIndex { $0.name == "Zhao Lijian" })
        #expect(article.quotes.filter { $0.speakerEntity == spokesperson }.count >= 4)
    }
}
