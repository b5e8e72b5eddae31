import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Where one run of capitalised words holds two names, or a name's end is not where the
/// capitals end: institutions joined by "and", "for the" inside an organization's name, a
/// sentence-initial title with its portfolio, a person speaking for an organization, a
/// trailing connector, model names with digits, and "Town, Country" after "in". Also checks
/// that mention texts are rebuilt from the block text exactly (the candidates keep no
/// strings). Fictional text.
@Suite("Entity recognizer: splitting runs and name ends")
struct EntityRecognizerSplitTests {


    @Test("'and' before another institution's own name ends the first name")
    func institutionsJoinedByAnd() throws {
        let list = entities([
            "A team from the Kessler Institute of Technology and Dunmore State University published the survey.",
            "The Bramford Department of Roads and Harbour Works approved it.",
        ])
        let institute = try #require(entity("Kessler Institute of Technology", in: list))
        #expect(institute.kind == .organization)
        let university = try #require(entity("Dunmore State University", in: list))
        #expect(university.kind == .organization)
        // Words after "and" that are not an institution's name stay inside.
        #expect(entity("Bramford Department of Roads and Harbour Works", in: list) != nil)
    }

    @Test("'for the' after an organization's head continues its name")
    func forTheInsideName() throws {
        let list = entities([
            "The Tallis Council for the Protection of Rivers and campaigner Ana Ruiz filed the claim.",
        ])
        let council = try #require(entity("Tallis Council for the Protection of Rivers", in: list))
        #expect(council.kind == .organization)
        #expect(entity("Protection of Rivers", in: list) == nil)
        #expect(entity("Ana Ruiz", in: list)?.kind == .person)
    }

    @Test("a title with its portfolio at the start of a sentence is left out of the name")
    func sentenceInitialTitleWithPortfolio() throws {
        let list = entities([
            "Minister of Education Stefania Vallory said the schools would reopen.",
            "Vallory added that teachers had been told.",
        ])
        let minister = try #require(entity("Stefania Vallory", in: list))
        #expect(minister.kind == .person)
        #expect(minister.role == "Minister of Education")
        #expect(minister.mentions.map(\.text) == ["Stefania Vallory", "Vallory"])
        #expect(!list.contains { $0.name.hasPrefix("Education") })
    }

    @Test("a title at the start of a sentence before 'of' and one organization keeps the organization")
    func sentenceInitialTitleBeforeOrganization() throws {
        let list = entities([
            "Ana Ruiz met the chair of Brightwell on Monday.",
            "Co-founder of Brightwell, Tomas Bell, joined them.",
        ])
        let firm = try #require(entity("Brightwell", in: list))
        #expect(firm.mentions.count == 2)
    }

    @Test("a given name and surname before 'for' or 'of' and an organization are two names")
    func personForOrganization() throws {
        let list = entities([
            "Anna Brannock for Harbour Foods Ltd said the recall was voluntary.",
            "The statement came from Peter Lindqvist of Valmont University on Friday.",
        ])
        #expect(entity("Anna Brannock", in: list)?.kind == .person)
        #expect(entity("Harbour Foods Ltd", in: list)?.kind == .organization)
        #expect(entity("Peter Lindqvist", in: list)?.kind == .person)
        #expect(entity("Valmont University", in: list)?.kind == .organization)
        #expect(!list.contains { $0.name.contains(" for ") })
    }

    @Test("a name before a title never ends in a connector")
    func trailingConnectorTrimmed() {
        let list = entities([
            "Undersecretary for Trade Mr. Okafor says the tariffs will stay.",
        ])
        #expect(!list.contains { $0.name.hasSuffix(" for") || $0.name.hasSuffix(" of") })
        #expect(entity("Okafor", in: list)?.kind == .person)
    }

    @Test("a word of capitals and digits names a model, not an organization")
    func modelNames() throws {
        let list = entities([
            "The KV7 tablet replaces the KV5, which Brightwell Labs stopped selling in March.",
        ])
        #expect(try #require(entity("KV7", in: list)).kind == .other)
        #expect(try #require(entity("KV5", in: list)).kind == .other)
        #expect(entity("Brightwell Labs", in: list)?.kind == .organization)
        // An acronym of letters only keeps its guess.
        let acronyms = entities(["Officials at the KMA said the port was closed."])
        #expect(entity("KMA", in: acronyms)?.kind == .organization)
    }

    @Test("a two-word name after 'in' and before a comma and a gazetteer place is a place")
    func townCommaCountry() throws {
        let list = entities([
            "The plant is located in Harlow Bend, Canada, near the border.",
            "Ana Ruiz, Canada's envoy, visited the plant.",
        ])
        #expect(try #require(entity("Harlow Bend", in: list)).kind == .place)
        #expect(try #require(entity("Ana Ruiz", in: list)).kind == .person)
    }

    @Test("mention texts are the block's scalars of their ranges, headline included")
    func mentionTextsFromScalars() throws {
        let article = QuoteExtractorFixture.article(
            [
                "Zoë Łukasik of the Société Générale de Rivière met Ana Ruiz in Kraków on Monday.",
                "Łukasik said the talks in Kraków went well, and Ruiz agreed.",
            ],
            headline: "Łukasik and Ruiz Meet in Kraków")
        let list = EntityRecognizer().recognize(in: article)
        #expect(list.count >= 3)
        var headlineMentions = 0
        for entity in list {
            for mention in entity.mentions {
                #expect(QuoteExtractorFixture.text(of: mention.range, in: article) == mention.text)
                if mention.range.block == 0 { headlineMentions += 1 }
            }
        }
        #expect(headlineMentions >= 2)
        let person = try #require(list.first { $0.mentions.contains { $0.text == "Zoë Łukasik" } })
        #expect(person.name == "Zoë Łukasik")
        #expect(person.mentions.map(\.text).contains("Łukasik"))
    }

    @Test("a candidate mention is stored in at most 64 bytes, without strings")
    func compactCandidates() {
        // An article of 10 MB has over a hundred thousand candidates, all alive until the
        // entities are built.
        #expect(MemoryLayout<EntityCandidate>.stride <= 64)
        #expect(_isPOD(EntityCandidate.self))
    }

    @Test("two words shaped like a name before 'for' and a longer name are a person speaking for it, given name listed or not")
    func personForUnlistedGivenName() throws {
        let list = entities([
            "Lida Okonkwo for Harbour Standards Westholm says they are looking at new rules.",
            "The Campaign for Clean Rivers wrote to Minister for Harbour Affairs Ines Varga.",
        ])
        #expect(entity("Lida Okonkwo", in: list)?.kind == .person)
        #expect(!list.contains { $0.name.hasPrefix("Lida Okonkwo for") })
        #expect(entity("Campaign for Clean Rivers", in: list)?.kind == .organization)
        #expect(entity("Ines Varga", in: list)?.kind == .person)
    }
}

