import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Issue 13's merges on short fictional articles: singular and plural forms of an
/// organization's name ("Harbour Democrats", "Harbour Democrat"; "Tories", "Tory"), never
/// a person's.
@Suite("Entity recognizer: merges of forms (issue 13)")
struct EntityRecognizerMergeTests {
    @Test("the first of two surnames and the surname before 'Jr.' stand for the person")
    func innerWordOfLongName() throws {
        let list = entities([
            "Governor Marisol Quintero Albarrán announced her resignation on Tuesday in Puerto Valdez.",
            "Quintero said the inquiry would continue. Aides to Quintero declined to comment.",
            "The actor Lionel Prewitt Jr. spoke at the memorial. Prewitt said he had known her since 1990.",
        ])
        let governor = try #require(entity("Marisol Quintero Albarrán", in: list))
        #expect(governor.kind == .person)
        #expect(governor.mentions.count == 3)
        #expect(list.first { $0.name == "Quintero" } == nil)
        let actor = try #require(list.first { $0.name.hasPrefix("Lionel Prewitt") })
        #expect(actor.kind == .person)
        #expect(actor.mentions.count == 2)
        // Two people share the inner word: the lone word joins neither.
        let two = entities([
            "Ana Ruiz Prado and Tomás Ruiz Ocampo met in Corvalle on Monday.",
            "Ruiz said the talks went well.",
        ])
        #expect(entity("Ana Ruiz Prado", in: two)?.mentions.count == 1)
        #expect(entity("Tomás Ruiz Ocampo", in: two)?.mentions.count == 1)
    }

    @Test("a place's or venue's name of three words has no person's inner word")
    func innerWordOfPlaceName() {
        let list = entities([
            "The ferry crossed Kellan Island Sound on Friday. Residents of the Island said the crossing was rough.",
            "Crowds gathered at Harlow Square Garden. Square tickets sold out.",
        ])
        #expect(entity("Kellan Island Sound", in: list)?.kind == .place)
        #expect(entity("Kellan Island Sound", in: list)?.mentions.count == 1)
        #expect(entity("Harlow Square Garden", in: list)?.kind == .place)
        #expect(entity("Harlow Square Garden", in: list)?.mentions.count == 1)
        #expect(!list.contains { $0.kind == .person })
    }

    @Test("a month's name that is also a given name, inside a person's name, is a middle name")
    func monthAsMiddleName() throws {
        let list = entities([
            "Critic Anna May Tolland reviewed the play at the Orrin Theatre on Friday. Tolland said the cast was strong.",
            "The run ends in May. Visitors in June Harlow Park saw the set.",
        ])
        let critic = try #require(entity("Anna May Tolland", in: list))
        #expect(critic.kind == .person)
        #expect(critic.mentions.count == 2)
        #expect(!list.contains { $0.name == "Anna" || $0.name == "Tolland" })
        #expect(!list.contains { $0.name.hasPrefix("May") || $0.name.hasPrefix("June") })
    }

    @Test("a former holder of an office is not 'the' holder; a name in apposition to the title is")
    func formerHolderIsNotTheHolder() throws {
        let former = entities([
            "Former Home Secretary Edwin Marsh met officials in Amman. The Home Secretary said in London that talks were close.",
        ])
        #expect(entity("Edwin Marsh", in: former)?.mentions.count == 1)
        #expect(entity("Edwin Marsh", in: former)?.role == "Former Home Secretary")
        let hyphen = entities(["The ex-Home Secretary Edwin Marsh met officials. The Home Secretary stayed in London."])
        #expect(entity("Edwin Marsh", in: hyphen)?.mentions.count == 1)
        #expect(!hyphen.contains { $0.name.hasPrefix("ex-") })
        let apposition = entities([
            "Former Home Secretary Edwin Marsh met officials in Amman. The Home Secretary, Nadia Okoro, was not at the talks.",
            "The Home Secretary said in London that talks were close.",
        ])
        let okoro = try #require(entity("Nadia Okoro", in: apposition))
        #expect(okoro.mentions.count == 3)
        #expect(entity("Edwin Marsh", in: apposition)?.mentions.count == 1)
    }

    @Test("a title alone after 'the' is a mention of the one person given that role, else of no one")
    func titleAloneJoinsItsHolder() throws {
        let list = entities([
            "Norland Home Secretary Ines Varga announced the new rules on Monday. Vice President Tomas Ruiz was abroad.",
            "The Home Secretary said the rules would take effect in June. Critics said the Home Secretary had not consulted anyone.",
            "The Treasurer declined to comment.",
        ])
        let varga = try #require(entity("Ines Varga", in: list))
        #expect(varga.kind == .person)
        #expect(varga.mentions.count == 3)
        #expect(varga.role == "Norland Home Secretary")
        // No one has the role: no entity ("The Treasurer" is no junk person).
        #expect(!list.contains { $0.name == "Treasurer" || $0.aliases.contains("Treasurer") })
        // "the President" does not go to a vice president.
        let vice = entities([
            "Vice President Tomas Ruiz met farmers in Dunmere. The President was abroad, the President's office said.",
        ])
        #expect(entity("Tomas Ruiz", in: vice)?.mentions.count == 1)
        #expect(!vice.contains { $0.name == "President" })
        // A title alone refers back: not to a holder named only after it.
        let later = entities([
            "The court said the Prime Minister had acted unlawfully.",
            "Former prime minister Karl Lindqvist welcomed the ruling.",
        ])
        #expect(entity("Karl Lindqvist", in: later)?.mentions.count == 1)
    }

    @Test("a party's name in the singular and the plural is one entity")
    func singularAndPlural() throws {
        let list = entities([
            "The Harbour Democrats won the seat. A Harbour Democrat has held it since 1997.",
            "Harbour Democrats said the result was a warning to the Civic Unionists.",
        ])
        let party = try #require(list.first { $0.aliases.contains("Harbour Democrats") || $0.name == "Harbour Democrats" })
        #expect(party.mentions.count == 3)
        #expect(party.kind != .person)
    }

    @Test("'-ies' pairs with '-y', and people are never joined by their plural")
    func iesAndPeople() throws {
        let list = entities([
            "The Brackwell Tories lost two seats. Brackwell Tory leaders asked for a recount.",
            "Ines Varga and the Vargas family were at the count.",
        ])
        let tories = try #require(list.first { $0.name.hasPrefix("Brackwell Tor") })
        #expect(tories.mentions.count == 2)
        #expect(tories.kind == .organization)
        #expect(list.first { $0.name == "Ines Varga" }?.mentions.count == 1)
    }

    @Test("a clipped name joins the organization it shortens: 'Soc Dems', 'Soc Dem' and 'Social Democrats'")
    func clippedName() throws {
        let list = entities([
            "The Social Democrats chose a new leader in Norland on Sunday.",
            "Soc Dems in the north voted against her. One Soc Dem councillor in Tolverton resigned.",
        ])
        let party = try #require(list.first { $0.name == "Social Democrats" })
        #expect(party.mentions.count == 3)
        #expect(party.kind == .organization)
        #expect(list.first { $0.name.hasPrefix("Soc Dem") } == nil)
    }

    @Test("a party's nickname joins the party when the article names it: 'Tory', 'Tories', 'Conservatives'")
    func partyNickname() throws {
        let list = entities([
            "The Conservatives held the Dunmere seat with a smaller majority.",
            "Party workers said Tory activists blamed the weather. The Tories have held Dunmere since 1992.",
        ])
        let party = try #require(list.first { $0.name == "Conservatives" })
        #expect(party.mentions.count == 3)
        #expect(party.kind == .organization)
        // No party named: the nickname stays an entity of its own.
        let alone = entities(["Party workers said Tory activists blamed the weather in Dunmere."])
        #expect(alone.contains { $0.name == "Tory" })
    }

    @Test("an acronym joins a gazetteer organization or a product whose initials it spells")
    func acronymOfGazetteerOrganizationAndProduct() throws {
        let list = entities([
            "The European Commission fined Tamsin Electronics on Monday. The EC said the fine was final.",
            "Tamsin said its Quill Notebook, a cheap notebook for schools, would stay on sale. The QN sold well last year.",
        ])
        let commission = try #require(list.first { $0.name == "European Commission" })
        #expect(commission.aliases.contains("EC"))
        let product = try #require(list.first { $0.name == "Quill Notebook" })
        #expect(product.aliases.contains("QN"))
        #expect(product.kind == .other)
    }
}
