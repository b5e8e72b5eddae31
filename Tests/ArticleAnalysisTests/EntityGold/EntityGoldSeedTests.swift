import ArticleAnalysis
import ArticleModel
import ArticleParsing
import Foundation
import Testing

/// Issue 4's acceptance on the project's real seed article, read at run time from
/// `../shared/seeds/` next to the package (not part of the repository; skipped without it),
/// parsed with the real ``ArticleParsing/PlainTextParser`` and analysed with
/// ``ArticleModel/Article/analysed()``. The expected names below were checked by hand
/// against the seed.
@Suite("Entity gold: seed article")
struct EntityGoldSeedTests {
    /// The seed's path: `../shared/seeds/000_869092543336c47f.txt` beside the package root.
    static let seedPath: String = {
        // Tests/ArticleAnalysisTests/EntityGold/<this file> -> package root -> ../shared/seeds/...
        var folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_869092543336c47f.txt").path
    }()

    /// Whether the seed can be read (the suite's tests are skipped otherwise).
    static let seedIsPresent = FileManager.default.isReadableFile(atPath: seedPath)

    /// The seed's text as read by the reader.
    static func text() throws -> String { try ArticleInput.load(path: seedPath).text }

    /// The seed, parsed and analysed.
    static func analysed() throws -> Article {
        PlainTextParser().parse(try text(), source: seedPath).analysed()
    }

    /// Every person the seed names, with the full name the article gives.
    static let people = [
        "Kim Jong Un", "Joe Biden", "Zhao Lijian", "Xi Jinping", "Moon Jae-in", "Donald Trump", "Jen Psaki",
        "Antony Blinken", "Yang Jiechi", "Liu Xiaoming", "Igor Morgulov", "Wang Yi", "Vladimir Putin", "Sung Kim",
        "Noh Kyu-duk", "Funakoshi Takehiro",
    ]

    /// The entity holding each mention text (all entities that have a mention with it).
    static func holders(of text: String, in entities: [Entity]) -> [Int] {
        entities.indices.filter { index in entities[index].mentions.contains { $0.text == text } }
    }

    /// One line per entity (kind, name, mention count, aliases, role), printed for the report.
    static func table(_ entities: [Entity]) -> String {
        entities.map { entity in
            "\(entity.kind.rawValue): \(entity.name) ×\(entity.mentions.count) [\(entity.aliases.joined(separator: ", "))]"
                + (entity.role.map { " — \($0)" } ?? "")
        }.joined(separator: "\n")
    }

    @Test("every person is one entity with the full name; both people named Kim stay apart", .enabled(if: seedIsPresent, "seed article not present"))
    func people() throws {
        let entities = try Self.analysed().entities
        print("Entity gold: seed entities\n" + Self.table(entities))
        for name in Self.people {
            let matches = entities.indices.filter { entities[$0].name == name }
            #expect(matches.count == 1, "\(name): \(matches.count) entities")
            if let index = matches.first { #expect(entities[index].kind == .person, "\(name)") }
        }
        // A bare word of one person's name belongs to that person's entity. In the seed a bare
        // "Kim" is always Kim Jong Un (Sung Kim is only ever named in full).
        var owner: [String: String] = ["Kim": "Kim Jong Un"]
        let tokens = Self.people.flatMap { name in name.split(separator: " ").map { (String($0), name) } }
        for (token, name) in tokens where tokens.filter({ $0.0 == token }).count == 1 { owner[token] = name }
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions {
                guard let expected = owner[mention.text] else { continue }
                #expect(entity.name == expected, "“\(mention.text)” (block \(mention.range.block)) is in \(entity.name), entity \(index)")
            }
        }
        let kims = entities.filter { $0.kind == .person && $0.name.split(separator: " ").contains("Kim") }
        #expect(Set(kims.map(\.name)) == ["Kim Jong Un", "Sung Kim"])
        let sungKim = entities.first { $0.name == "Sung Kim" }
        #expect(sungKim?.mentions.allSatisfy { $0.text == "Sung Kim" } == true, "Sung Kim takes no bare Kim")
    }

    @Test("no person entity besides the people of the article", .enabled(if: seedIsPresent, "seed article not present"))
    func noOtherPeople() throws {
        let persons = try Self.analysed().entities.filter { $0.kind == .person }.map(\.name)
        #expect(Set(persons).subtracting(Self.people).isEmpty, "extra person entities: \(Set(persons).subtracting(Self.people).sorted())")
    }

    @Test(
        "North Korea, South Korea and China are one place each, with their official names, abbreviations and demonyms",
        .enabled(if: seedIsPresent, "seed article not present"),
        arguments: [
            (["DPRK", "North Korea", "Democratic People's Republic of Korea", "North Korean"], [String]()),
            (["Republic of Korea", "ROK", "South Korea"], ["South Korean"]),
            (["People's Republic of China", "PRC", "China", "Chinese"], [String]()),
        ])
    func countryAliases(required: [String], optional: [String]) throws {
        let entities = try Self.analysed().entities
        let holders = Set((required + optional).flatMap { Self.holders(of: $0, in: entities) })
        #expect(holders.count == 1, "\(required): held by \(holders.sorted().map { entities[$0].name })")
        guard holders.count == 1, let index = holders.first else { return }
        #expect(entities[index].kind == .place, "\(entities[index].name)")
        let texts = Set(entities[index].mentions.map(\.text))
        for form in required { #expect(texts.contains(form), "\(entities[index].name) lacks “\(form)”") }
    }

    @Test("a capital stays a place of its own", .enabled(if: seedIsPresent, "seed article not present"))
    func capitals() throws {
        let entities = try Self.analysed().entities
        for (capital, country) in [("Beijing", "China"), ("Pyongyang", "North Korea")] {
            let capitalHolders = Self.holders(of: capital, in: entities)
            #expect(capitalHolders.count == 1, "\(capital)")
            #expect(Set(capitalHolders).isDisjoint(with: Self.holders(of: country, in: entities)), "\(capital) merged into \(country)")
            #expect(capitalHolders.allSatisfy { entities[$0].kind == .place }, "\(capital)")
        }
    }

    @Test("no entity from headline words, keyword lines or promotional text", .enabled(if: seedIsPresent, "seed article not present"))
    func noJunk() throws {
        let text = try Self.text()
        let article = PlainTextParser().parse(text, source: Self.seedPath)
        let analysed = article.analysed()
        let mentions = analysed.entities.flatMap(\.mentions)
        // Every mention lies in a block and reads as written there.
        for mention in mentions {
            try #require(article.blocks.indices.contains(mention.range.block))
            let scalars = Array(article.blocks[mention.range.block].text.unicodeScalars)
            try #require(mention.range.start < mention.range.end && mention.range.end <= scalars.count, "\(mention.text)")
            #expect(String(String.UnicodeScalarView(scalars[mention.range.start..<mention.range.end])) == mention.text)
            #expect(!mention.text.hasSuffix("'s") && !mention.text.hasSuffix("’s"), "possessive kept: \(mention.text)")
        }
        func words(_ text: String) -> [String] {
            text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" && $0 != "-" }).map(String.init)
        }
        let mentionWords = mentions.map { Set(words($0.text)) }
        // Title-case headline words that are not names.
        for word in ["Says", "Concerns", "With", "Should", "Be", "Valued", "Supreme"] {
            #expect(!mentionWords.contains { $0.contains(word) }, "a mention contains the headline word “\(word)”")
        }
        // Lines the parser dropped (keyword lines, promotion): their words that appear in no
        // block must be in no mention; a keyword line's items must not be mentions on their
        // own unless they are part of a person's name.
        let blockText = article.blocks.map(\.text).joined(separator: "\n")
        let blockWords = Set(words(blockText))
        let dropped = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !blockText.contains($0) && $0 != article.metadata.byline && $0 != article.metadata.date }
        #expect(!dropped.isEmpty, "the parser dropped the keyword lines and the promotion")
        let droppedOnly = Set(dropped.flatMap(words)).subtracting(blockWords)
        for word in droppedOnly.sorted() {
            #expect(!mentionWords.contains { $0.contains(word) }, "a mention contains “\(word)” from a dropped line")
        }
        let nameWords = Set(Self.people.flatMap(words))
        let keywordItems = dropped.filter { $0.split(separator: ",").count >= 3 }
            .flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        for item in Set(keywordItems).subtracting(nameWords).sorted() {
            #expect(!mentions.contains { $0.text == item }, "keyword item “\(item)” is a mention")
        }
    }
}
