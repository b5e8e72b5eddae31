import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Nested places: a place written inside a longer name ("Norway" in "Medical Institute of
/// Norway") is a mention of that place too, beside the outer mention. Fictional text.
@Suite("Entity recognizer: places nested in longer names")
struct EntityRecognizerNestedTests {


    /// Whether `inner` lies strictly inside `outer` (same block, fewer scalars).
    private func isInside(_ inner: Mention, _ outer: Mention) -> Bool {
        inner.range.block == outer.range.block && inner.range.start >= outer.range.start
            && inner.range.end <= outer.range.end && inner.range.end - inner.range.start < outer.range.end - outer.range.start
    }

    @Test("a city GeoNames knows, first in the name of a town's public body, is a nested mention of that city")
    func cityFirstInPublicBody() throws {
        let list = entities([
            "Officers of the Tampere Police Department searched the harbour on Friday.",
            "The Graz City Council voted to close the bridge. Tampere is 160 kilometres from the coast.",
        ])
        let police = try #require(entity("Tampere Police Department", in: list))
        #expect(police.kind == .organization)
        let tampere = try #require(entity("Tampere", in: list))
        #expect(tampere.kind == .place)
        #expect(tampere.mentions.count == 2)
        #expect(tampere.mentions.contains { isInside($0, police.mentions[0]) })
        let council = try #require(entity("Graz City Council", in: list))
        #expect(entity("Graz", in: list)?.mentions.contains { isInside($0, council.mentions[0]) } == true)
        // A firm named after a place without such a head stays flat.
        let firm = entities(["Tampere Textiles cut 40 jobs on Monday."])
        #expect(entity("Tampere", in: firm) == nil)
    }

    @Test("a gazetteer place after 'of' is a mention of that place, merged with its other mentions")
    func afterOf() throws {
        let list = entities([
            "Researchers at the Medical Institute of Norway said on Monday that the trial had ended early.",
            "Norway funds the institute, which employs 400 people.",
        ])
        let institute = try #require(entity("Medical Institute of Norway", in: list))
        #expect(institute.kind == .organization)
        #expect(institute.mentions.count == 1)
        let norway = try #require(entity("Norway", in: list))
        #expect(norway.kind == .place)
        #expect(norway.mentions.map(\.range.block) == [0, 1])
        #expect(norway.mentions.map(\.text) == ["Norway", "Norway"])
        #expect(isInside(norway.mentions[0], institute.mentions[0]))
    }

    @Test("a gazetteer place before an organization head is a mention of that place")
    func firstWords() throws {
        let list = entities([
            "A spokesperson for the Kenya Police said the road would reopen.",
        ])
        let police = try #require(entity("Kenya Police", in: list))
        let kenya = try #require(entity("Kenya", in: list))
        #expect(kenya.kind == .place)
        #expect(kenya.mentions.count == 1)
        #expect(isInside(kenya.mentions[0], police.mentions[0]))
    }

    @Test("a demonym inside an organization's name and a whole official name are not split")
    func noNesting() throws {
        let list = entities([
            "The Norwegian Foreign Ministry summoned the envoy on Tuesday.",
            "Talks with the Republic of Kenya resumed in the afternoon.",
        ])
        #expect(entity("Norwegian Foreign Ministry", in: list)?.mentions.count == 1)
        #expect(entity("Norway", in: list) == nil)
        #expect(!list.contains { $0.name == "Norwegian" })
        let kenya = try #require(entity("Republic of Kenya", in: list))
        #expect(kenya.mentions.map(\.text) == ["Republic of Kenya"])
    }

    @Test("a name after 'of' that the gazetteer does not know is a place only when the article names that place")
    func unknownPlaces() throws {
        let named = entities([
            "The University of Tarnholm published the survey on Friday.",
            "Fishing boats in Tarnholm stayed in port for a week.",
        ])
        let university = try #require(entity("University of Tarnholm", in: named))
        let town = try #require(entity("Tarnholm", in: named))
        #expect(town.kind == .place)
        #expect(town.mentions.count == 2)
        #expect(isInside(town.mentions[0], university.mentions[0]))
        let unnamed = entities(["The University of Tarnholm published the survey on Friday."])
        #expect(unnamed.map(\.name) == ["University of Tarnholm"])
        // "of" before a field, not a place: nothing nested.
        let field = entities([
            "The Academy of Music opened its doors.",
            "Music lessons there are free for children.",
        ])
        #expect(!field.contains { $0.name == "Music" && $0.kind == .place })
    }
}
