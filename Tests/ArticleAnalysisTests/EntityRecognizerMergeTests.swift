import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Issue 13's merges on short fictional articles: singular and plural forms of an
/// organization's name ("Harbour Democrats", "Harbour Democrat"; "Tories", "Tory"), never
/// a person's.
@Suite("Entity recognizer: merges of forms (issue 13)")
struct EntityRecognizerMergeTests {
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
}
