import ArticleModel
import Foundation
import Testing
@testable import ArticleAnalysis

/// Unit tests of the list of given names and the rules that use it or similar general
/// evidence, on short fictional articles: names that only look like people's, teams named
/// beside a score, an organization's site after a preposition of place, and common words
/// capitalised at the start of a sentence.
@Suite("Entity recognizer: given names and kind evidence")
struct EntityRecognizerNameListTests {
    static let listPath: String = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ArticleAnalysis/Entities/GivenNames/given-names.txt").path



    @Test("GivenNameData.swift is given-names.txt as embedded by embed-given-names.sh")
    func embeddedCopyIsCurrent() throws {
        let file = try String(contentsOfFile: Self.listPath, encoding: .utf8)
        #expect(GivenNameData.text + "\n" == file, "run Sources/ArticleAnalysis/Entities/GivenNames/embed-given-names.sh")
    }

    @Test("the list records its source and licence and knows given names, not common words")
    func list() {
        #expect(GivenNameData.text.contains("compiled by the Byline team from general knowledge"))
        #expect(GivenNameData.text.contains("Licence: MIT"))
        let names = GivenNames.shared
        #expect(names.count > 500)
        for name in ["Maria", "MARIA", "Ahmed", "Wojciech", "Giovanni", "Jean-Luc"] {
            #expect(names.contains(WordKey.of(name)), "\(name)")
        }
        for word in ["Operation", "National", "Better", "Said", "Image"] {
            #expect(!names.contains(WordKey.of(word)), "\(word)")
        }
    }

    @Test("a pair guessed a person's by its shape is not one when its words read as common words")
    func notPeople() {
        let list = entities([
            "Police said Operation Tidewing had ended. Operation Tidewing began in May.",
            "Fans praised Marvellous Kestrel, a game, for its sound. The sound was the best idea of the year.",
            "The firm called it Brightwater Idea, and the idea spread.",
            "A campaigner for the Trust for the Welfare of Harbourfolk spoke.",
        ])
        #expect(!list.contains { $0.kind == .person })
        #expect(entity("Operation Tidewing", in: list)?.kind != .person)
        #expect(entity("Marvellous Kestrel", in: list)?.kind != .person)
        #expect(entity("Brightwater Idea", in: list)?.kind != .person)
    }

    @Test("a pair whose first word is an adjective by its ending ('-ic' after five letters, '-tial', '-ental', '-ural') is no person")
    func adjectiveFirstWords() {
        let list = entities([
            "The grant came from the Dunmere Fund for Atmospheric Studies and Presidential Honours, officials said.",
            "A lecture on Environmental Tidewater drew 300 people. Organisers praised Volcanic Harbours as a textbook.",
            "Cedric Holloway, who chairs the panel, opened the lecture.",
        ])
        #expect(entity("Environmental Tidewater", in: list)?.kind != .person)
        #expect(entity("Volcanic Harbours", in: list)?.kind != .person)
        #expect(entity("Cedric Holloway", in: list)?.kind == .person)
    }

    @Test("a given name and a surname that is also an event's head ('Day') is a person with a role or a person's context")
    func givenNameAndEventHead() {
        let list = entities([
            "The singer Maria Day died on Monday at her home in Dunmere, aged 88.",
            "Day recorded 30 albums. Fans left flowers outside the Dunmere theatre where Day first sang.",
            "Harvest Day is a holiday in Dunmere.",
        ])
        let singer = entity("Maria Day", in: list)
        #expect(singer?.kind == .person)
        #expect(singer?.mentions.count == 3)
        #expect(entity("Harvest Day", in: list)?.kind != .person)
    }

    @Test("a word with an occupation's ending before a given name and a surname is no part of the name, inside a sentence too")
    func occupationBeforeGivenName() {
        let list = entities([
            "The concert was opened by the Dunmere Strings and Guitarist Maria Ostrowska on Friday.",
            "Maria Ostrowska said she had practised for a year.",
        ])
        #expect(entity("Maria Ostrowska", in: list)?.mentions.count == 2)
        #expect(!list.contains { $0.name.hasPrefix("Guitarist") })
    }

    @Test("a pair stays a person's with a given name, a speech cue, an age or its surname used alone")
    func stillPeople() {
        let list = entities([
            "Maria Idea opened the exhibition. The idea was hers.",
            "The board met on Monday, said Orwenna Dascalu. Nobody objected. Police said Operation Greyfell was over.",
            "Velimor Strand, 44, won the vote. Strand thanked his team.",
            "Operation Kestrel was the plan of Tavish Roncall. Roncall led it.",
        ])
        #expect(entity("Maria Idea", in: list)?.kind == .person)
        #expect(entity("Orwenna Dascalu", in: list)?.kind == .person)
        #expect(entity("Operation Greyfell", in: list)?.kind != .person)
        #expect(entity("Velimor Strand", in: list)?.kind == .person)
        #expect(entity("Tavish Roncall", in: list)?.kind == .person)
    }

    @Test("a place named beside a score is a team, an organization; without one it stays a place")
    func teams() {
        let sport = entities([
            "Group C — Norway 2 – 1 Chile",
            "Norway beat Chile in Lisbon on Sunday, and Chile lost to Peru 0-3 on Thursday.",
        ])
        #expect(entity("Norway", in: sport)?.kind == .organization)
        #expect(entity("Chile", in: sport)?.kind == .organization)
        #expect(entity("Peru", in: sport)?.kind == .organization)
        #expect(entity("Lisbon", in: sport)?.kind == .place)
        let trade = entities(["Norway sold 2 – 3 million tonnes of fish to Chile in 2019, up from 1 – 2 million."])
        #expect(entity("Chile", in: trade)?.kind == .place)
        let pages = entities(["Exports from Chile, pages 12-14, rose."])
        #expect(entity("Chile", in: pages)?.kind == .place)
    }

    @Test("a name after a preposition of place and before an organization's site is not a place")
    func organizationSites() {
        let list = entities([
            "Students visited Korvexa headquarters in Tallport on Monday.",
            "They also toured Korvexa's offices at the harbour.",
        ])
        #expect(entity("Korvexa", in: list)?.kind == .organization)
        #expect(entity("Tallport", in: list)?.kind == .place)
    }

    @Test("a lone word capitalised at a sentence start is not a name when the body writes it in lower case")
    func commonWordsAtSentenceStart() {
        let list = entities([
            "Farmers in Velmark use too little selenium, the Selenium Research Board said.",
            "Selenium deficiency can harm children. Selenium is found in nuts.",
            "Dorsan Keel led the board. Keel said keel boats were safe.",
        ])
        #expect(!list.contains { entity in entity.mentions.contains { $0.text == "Selenium" } })
        #expect(entity("Dorsan Keel", in: list)?.mentions.count == 2)
    }

    @Test("a portfolio or 'Shadow' before a title belongs to the title; a year's festival is not a place")
    func portfoliosBeforeTitles() {
        let list = entities([
            "Home Secretary Mara Holt met Health Minister Ivo Renn on Monday.",
            "The Undersecretary for Education Tavo Brenn was there.",
            "Ostrand Labour's Shadow Home Secretary Dita Varn said the plan was late.",
            "Crowds marked the Lunar New Year in Tallport.",
        ])
        #expect(entity("Mara Holt", in: list)?.kind == .person)
        #expect(entity("Ivo Renn", in: list)?.kind == .person)
        #expect(entity("Tavo Brenn", in: list)?.kind == .person)
        #expect(entity("Dita Varn", in: list)?.kind == .person)
        #expect(!list.contains { ["Home", "Health", "Shadow Home", "Shadow"].contains($0.name) })
        #expect(entity("New Year", in: list)?.kind != .place)
        #expect(entity("Lunar New Year", in: list)?.kind != .place)
    }
}
