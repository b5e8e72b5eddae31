import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Unit tests of datelines ("Corvanne, Estmark — …" at the start of a paragraph names
/// places) and of lone words that are both a place and the first word of an organization's
/// name, on short fictional articles.
@Suite("Entity recognizer: datelines and place words")
struct EntityRecognizerDatelineTests {


    @Test("both parts of a dateline are places, and the first word of an organization there stays the place")
    func datelineWithOrganization() throws {
        let list = entities([
            "Corvanne, Estmark — The Estmark Rail Authority said on Tuesday that night trains would return.",
            "The Estmark Rail Authority expects the first train in May, a spokesperson said.",
        ])
        let town = try #require(entity("Corvanne", in: list))
        #expect(town.kind == .place)
        #expect(town.mentions.map(\.range) == [TextRange(block: 0, start: 0, end: 8)])
        let country = try #require(entity("Estmark", in: list))
        #expect(country.kind == .place)
        #expect(country.mentions.map(\.range) == [TextRange(block: 0, start: 10, end: 17)])
        let authority = try #require(entity("Estmark Rail Authority", in: list))
        #expect(authority.kind == .organization)
        #expect(!authority.aliases.contains("Estmark"))
        #expect(authority.mentions.count == 2)
    }

    @Test("a dateline of one part, with an en dash, a spaced hyphen or a colon")
    func datelineMarks() {
        for (opening, place) in [
            ("Lisvik – Ferries stopped running on Monday.", "Lisvik"),
            ("Port Tamsin - Ferries stopped running on Monday.", "Port Tamsin"),
            ("Harrowgate, Norvia: Ferries stopped running on Monday.", "Harrowgate"),
        ] {
            let list = entities([opening])
            #expect(entity(place, in: list)?.kind == .place, "\(opening)")
            #expect(entity("Ferries", in: list) == nil, "\(opening)")
        }
    }

    @Test("a lone name before a colon is an interview's speaker label, not a dateline")
    func speakerLabelIsNoDateline() {
        let list = entities(["Ana Ruiz spoke to us in March.", "Ruiz: Ferries stopped running on Monday."])
        #expect(entity("Ruiz", in: list)?.kind != .place)
        #expect(entity("Ana Ruiz", in: list)?.kind == .person)
    }

    @Test("no dateline mid-paragraph, after a function word, with an unspaced dash, or outside paragraphs")
    func notDatelines() {
        // A word capitalised only at a sentence's start names nothing; a dateline would make
        // it a place.
        let list = entities([
            "The Orvik Group - a shipping firm - said it would hire more crews.",
            "Crews were idle. Tarvo – a crane maker – lost orders.",
            "Lindqvar\u{2014}a crane maker\u{2014}lost orders.",
        ])
        #expect(entity("The", in: list) == nil)
        #expect(entity("Orvik Group", in: list)?.kind == .organization)
        #expect(entity("Tarvo", in: list) == nil)
        #expect(entity("Lindqvar", in: list) == nil)
        var blocks = [Block(kind: .paragraph, text: "Work went on at the yard.")]
        blocks.append(Block(kind: .listItem, text: "Tarvo: a new crane for the yard"))
        let listed = EntityRecognizer().recognize(in: Article(metadata: ArticleMetadata(headline: nil), blocks: blocks))
        #expect(listed.first { $0.name == "Tarvo" }?.kind != .place)
    }

    @Test("a lone word used as a place after 'in' is not the alias of the organization it begins")
    func placeWordAfterPreposition() throws {
        let list = entities([
            "The Quillon Water Board raised prices on Friday.",
            "Households in Quillon will pay more, and Quillon officials said the rise was fair.",
        ])
        let board = try #require(entity("Quillon Water Board", in: list))
        #expect(board.aliases.isEmpty)
        let place = try #require(entity("Quillon", in: list))
        #expect(place.kind == .place)
        #expect(place.mentions.count == 2)
    }

    @Test("a lone first word never used as a place still joins its organization")
    func loneWordWithoutPlaceUse() throws {
        let list = entities([
            "The Brevik Shipping Company posted a loss on Friday.",
            "Shares in the firm fell after Brevik warned of weaker orders.",
        ])
        let company = try #require(entity("Brevik Shipping Company", in: list))
        #expect(company.aliases == ["Brevik"])
        #expect(entity("Brevik", in: list) == nil)
    }
}
