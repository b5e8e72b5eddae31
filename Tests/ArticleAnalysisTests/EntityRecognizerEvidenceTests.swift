import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Issue 13: kinds of error a new user met on real news after the earlier rules (a head word
/// alone, an occupation word before a name, a newspaper's or a hotel's name read as a person's,
/// a demonym alone, one name with and without diacritics, a sentence starting after an
/// editorial mark), each shown fixed on a short fictional article.
@Suite("Entity recognizer: evidence of kinds on news prose (issue 13, s23d)")
struct EntityRecognizerEvidenceTests {
    @Test("the head word of a place's or venue's name written alone is no entity ('the Island', 'Square tickets')")
    func headWordsAlone() {
        let list = entities([
            "Ferries to Marrow Island were cancelled on Monday. Residents of the Island said the harbour was closed.",
            "The concert at Kelby Square drew 4,000 people. Square tickets sold out in an hour, organisers said.",
        ])
        #expect(entity("Island", in: list) == nil)
        #expect(entity("Square", in: list) == nil)
        #expect(entity("Marrow Island", in: list)?.kind == .place)
        #expect(entity("Kelby Square", in: list)?.kind == .place)
    }

    @Test("an occupation word before a person's name is a role, not part of the name ('Goalkeeper Emil Sandvik')")
    func occupationBeforeName() {
        let list = entities([
            "Goalkeeper Emil Sandvik saved two penalties as Harwick Rovers won the cup.",
            "Striker Tobiah Marrens scored twice, and Sandvik said the team had earned it.",
        ])
        #expect(entity("Emil Sandvik", in: list)?.kind == .person)
        #expect(entity("Emil Sandvik", in: list)?.mentions.count == 2)
        #expect(entity("Tobiah Marrens", in: list)?.kind == .person)
        #expect(!list.contains { $0.name.hasPrefix("Goalkeeper") || $0.name.hasPrefix("Striker") })
    }

    @Test("a newspaper's name is an organization and a hotel's a place, never a person's")
    func newspapersAndHotels() {
        let list = entities([
            "The Financial Chronicle reported on Tuesday that the talks had failed.",
            "Delegates stayed at the Grand Hyatt in Valmont, where Ana Ruiz met them.",
        ])
        #expect(entity("Financial Chronicle", in: list)?.kind == .organization)
        #expect(entity("Grand Hyatt", in: list).map { $0.kind != .person } ?? true)
        #expect(entity("Ana Ruiz", in: list)?.kind == .person)
    }

    @Test("a demonym of a place the article does not name is no entity of its own ('Valmontese officials')")
    func demonymsAlone() {
        let list = entities([
            "Valmontese officials said the border would reopen. Two Ostravian ministers and a Kelbish envoy agreed.",
            "The talks were chaired by Ian Kessler, and Christian Moldavi said they went well.",
        ])
        for name in ["Valmontese", "Ostravian", "Kelbish"] {
            #expect(entity(name, in: list) == nil, "\(name)")
        }
        #expect(entity("Ian Kessler", in: list)?.kind == .person)
        #expect(entity("Christian Moldavi", in: list)?.kind == .person)
    }

    @Test("one name with and without diacritics is one entity ('Aydoğan' and 'Aydogan')")
    func diacriticVariants() {
        let list = entities([
            "President Kemal Aydoğan said on Monday that the bridge would be finished by spring.",
            "Aydogan spoke in Valmont, where Aydoğan's party has its offices. Critics of Mr Aydogan disagreed.",
        ])
        let people = list.filter { $0.name.contains("Aydo") }
        #expect(people.count == 1)
        #expect(people.first?.name == "Kemal Aydoğan")
        #expect(people.first?.mentions.count == 4)
    }

    @Test("a sentence starting after an editorial mark ('[...]', '((WN))') starts with a common word")
    func sentenceAfterEditorialMark() {
        let list = entities([
            "((Interviewer)) Initially, how did the club react?",
            "[...] Unfortunately the plan failed, said Ana Ruiz. (...) Meanwhile the council met.",
        ])
        for name in ["Initially", "Unfortunately", "Meanwhile"] {
            #expect(entity(name, in: list) == nil, "\(name)")
        }
        #expect(entity("Ana Ruiz", in: list)?.kind == .person)
    }

    @Test("a centre named for what happens in it is a venue, a place; a research centre stays an organization")
    func venueCentres() {
        let list = entities([
            "The fair opened at the Harbourside Convention Centre, and a vigil was held at the Kelby Community Center.",
            "Scientists at the Marrow Research Centre said the results were clear.",
        ])
        #expect(entity("Harbourside Convention Centre", in: list)?.kind == .place)
        #expect(entity("Kelby Community Center", in: list)?.kind == .place)
        #expect(entity("Marrow Research Centre", in: list)?.kind == .organization)
    }

    @Test("a lone name written once with nothing to say what it is is 'other'; one the article repeats stays an organization")
    func loneNamesWithThinEvidence() {
        let list = entities([
            "Shares in Harvel rose on Monday, and analysts expect Harvel to hire 200 people.",
            "The report thanked Tovrenko for the photographs.",
        ])
        #expect(entity("Harvel", in: list)?.kind == .organization)
        #expect(entity("Tovrenko", in: list)?.kind == .other)
    }

    @Test("a name with a word in camel case is a product's, not a person's; Mc-, Mac- and De- names stay people")
    func camelCaseProducts() {
        let list = entities([
            "Reviewers compared Norvane GameDeck with Tamsin PowerSlate on Monday.",
            "Ewan MacArthur and Lena DeSantis said both were too expensive.",
        ])
        #expect(entity("Norvane GameDeck", in: list).map { $0.kind != .person } ?? true)
        #expect(entity("Tamsin PowerSlate", in: list).map { $0.kind != .person } ?? true)
        #expect(entity("Ewan MacArthur", in: list)?.kind == .person)
        #expect(entity("Lena DeSantis", in: list)?.kind == .person)
    }

    @Test("counties of a country whose first level is its constituent countries are places ('Somerset', 'Dorset')")
    func secondLevelCounties() {
        let list = entities([
            "Flooding closed roads across Somerset, and Dorset councillors asked for help.",
        ])
        #expect(entity("Somerset", in: list)?.kind == .place)
        #expect(entity("Dorset", in: list)?.kind == .place)
    }

    @Test("no entity from a name joined to a lower-case word, a form of address, a time zone or 'Former'; 'Platform' heads a party")
    func adjectivesAndAddressForms() {
        let list = entities([
            "Kestrel-like drones and Valmont-made parts were shown. Her Majesty opened the hall at 10 a.m. ET on Monday.",
            "Former Norland ambassador Ilse Varga said Civic Platform would win, and Lee Jae-yong agreed.",
        ])
        for name in ["Kestrel-like", "Valmont-made", "Majesty", "ET"] {
            #expect(entity(name, in: list) == nil, "\(name)")
        }
        #expect(!list.contains { $0.name.hasPrefix("Former") })
        #expect(entity("Norland", in: list) != nil)
        #expect(entity("Ilse Varga", in: list)?.kind == .person)
        #expect(entity("Civic Platform", in: list)?.kind == .organization)
        #expect(entity("Lee Jae-yong", in: list)?.kind == .person)
    }

    @Test("a name starting with a word no given name is ('Star', 'World', 'Grand') is no person's without a title or person's context")
    func thingFirstWords() {
        let list = entities([
            "Fans queued for Star Voyagers and World Racing, and some stayed at Grand Meridian.",
            "Grand Meridian was full. Star Voyagers sold 40,000 copies. Dr. Royal Tenby said so.",
        ])
        #expect(entity("Star Voyagers", in: list).map { $0.kind != .person } ?? true)
        #expect(entity("World Racing", in: list).map { $0.kind != .person } ?? true)
        #expect(entity("Grand Meridian", in: list).map { $0.kind != .person } ?? true)
        #expect(entity("Royal Tenby", in: list)?.kind == .person)
    }
}
