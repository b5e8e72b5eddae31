import ArticleModel
import ArticleParsing
import Testing

/// The parser on whole fixture articles, with the exact blocks and metadata expected.
struct PlainTextParserFixtureTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var fixture: String
        var headline: String?
        var byline: String? = nil
        var date: String? = nil
        var blocks: [Block]
        var testDescription: String { fixture }
    }

    static func headline(_ text: String) -> Block { Block(kind: .headline, text: text) }
    static func paragraph(_ text: String) -> Block { Block(kind: .paragraph, text: text) }

    static let expectations: [Expectation] = [
        Expectation(
            fixture: "full-article",
            headline: "Harbour Towns Agree on Shared Ferry Plan After 'Long Winter' of Talks",
            blocks: [
                headline("Harbour Towns Agree on Shared Ferry Plan After 'Long Winter' of Talks"),
                paragraph("The councils of Marlow Bay and Port Ellwyn agreed on Tuesday to run a joint ferry service across the Tessel Strait, ending a dispute that had left commuters without a winter timetable for two years."),
                paragraph("Under the plan, the two towns will split the cost of three new vessels and share a single ticketing system, according to a statement released by the Marlow Bay council after a late-night vote."),
                paragraph("\"This is the first time in a decade that both sides of the strait have sat at the same table and left it with a signed page,\" said Marlow Bay mayor Ines Okafor. \"Commuters have waited long enough.\""),
                paragraph("Port Ellwyn's deputy mayor, Tobias Renn, said the agreement was \"not perfect, but workable,\" and added that the first crossing could take place as early as March."),
                Block(kind: .caption, text: "Marlow Bay mayor Ines Okafor, right, signs the ferry accord with Port Ellwyn deputy mayor Tobias Renn at the Harbour Hall on Tuesday. The ceremony followed eleven rounds of talks.", credit: "Coastline Press Agency"),
                paragraph("The Tessel Strait ferry was suspended in 2019 after the previous operator, Grey Gull Lines, lost its licence. Since then, residents have relied on a coastal road that adds almost an hour to the journey."),
                paragraph("\"We heard from nurses, teachers and fishermen who were spending two hours a day in traffic,\" Okafor said. \"That was the argument nobody could answer.\""),
                paragraph("Opposition councillors in Port Ellwyn criticised the cost of the vessels, estimated at 41 million crowns, and called for an independent review before any contract is signed."),
                Block(kind: .caption, text: "A prototype hybrid ferry completes sea trials off the coast of Port Ellwyn in May. \"It handled the swell better than we expected,\" the shipyard's chief engineer said.", credit: "Dana Vole/Strait Herald"),
            ]
        ),
        Expectation(
            fixture: "byline-dateline",
            headline: "Rail Strike Halts Night Trains Across the Northern Valleys",
            byline: "Ana Ruiz and Tom Bell, Coastline Wire",
            date: "Updated 3:15 PM EDT, Jun 18, 2021",
            blocks: [
                headline("Rail Strike Halts Night Trains Across the Northern Valleys"),
                paragraph("Night trains across the northern valleys stopped running on Friday as signal workers began a three-day strike over pay and staffing."),
                paragraph("\"We did not want to be here,\" union spokesperson Lena Marsh told reporters outside the Vessing depot."),
            ]
        ),
        Expectation(
            fixture: "place-dateline",
            headline: "Lighthouse Keepers Return to Cape Aldine",
            date: "CAPE ALDINE, June 18 (Coastline Wire)",
            blocks: [
                headline("Lighthouse Keepers Return to Cape Aldine"),
                paragraph("CAPE ALDINE, June 18 (Coastline Wire) - Two keepers moved back into the Cape Aldine lighthouse on Thursday, the first time it has been staffed since 1994."),
                paragraph("The regional heritage trust said the keepers would run tours from July."),
            ]
        ),
        Expectation(
            fixture: "no-headline",
            headline: nil,
            blocks: [
                paragraph("The regional water board said on Monday that reservoir levels in the Hallam uplands had fallen to their lowest point in thirty years, and asked households to cut their use by a fifth until the autumn rains arrive."),
                paragraph("Board chair Petra Lindqvist said the restrictions would be reviewed every two weeks."),
            ]
        ),
        Expectation(
            fixture: "no-captions",
            headline: "City Library Reopens After Two-Year Restoration",
            date: "Saturday, March 5, 2022",
            blocks: [
                headline("City Library Reopens After Two-Year Restoration"),
                paragraph("The Dunmore City Library reopened its doors on Saturday after a restoration that replaced the roof, the wiring and most of the reading-room furniture."),
                paragraph("Hundreds of residents queued before opening time, and the first visitor, a retired teacher named Oskar Pelt, was handed a new library card by the head librarian."),
                Block(kind: .heading, text: "What changed"),
                paragraph("The main reading room now has natural light from a restored glass dome, and the children's section has moved to the ground floor. Other changes include:"),
                Block(kind: .listItem, text: "longer opening hours on weekdays"),
                Block(kind: .listItem, text: "a free repair café on Sundays"),
                Block(kind: .listItem, text: "study rooms that can be booked online"),
                paragraph("\"We wanted the building to feel like it belongs to everyone again,\" head librarian Mara Quint said."),
            ]
        ),
        Expectation(
            fixture: "caption-without-credit",
            headline: "Flooded Market Square Drains After Three Days",
            blocks: [
                headline("Flooded Market Square Drains After Three Days"),
                paragraph("Water finally drained from the Verrin market square on Wednesday, three days after the river broke its banks."),
                Block(kind: .caption, text: "Stallholders sweep mud from the cobbles of the market square in Verrin on Wednesday morning.", credit: nil),
                paragraph("Traders said they hoped to reopen by the weekend."),
            ]
        ),
        Expectation(
            fixture: "mid-boilerplate",
            headline: "Bakery Chain Expands to Six New Towns",
            blocks: [
                headline("Bakery Chain Expands to Six New Towns"),
                paragraph("The Fennick bakery chain will open six new shops in the eastern towns this summer, its owners said on Thursday."),
                paragraph("The chain, founded by siblings Rosa and Emil Fennick in 2011, began as a single market stall and now employs more than 300 people."),
                paragraph("Customers who hold a bread subscription will be able to collect their loaves at any of the new shops, the company said."),
                paragraph("The first of the new shops opens in Carrow on June 1."),
            ]
        ),
        Expectation(
            fixture: "single-newlines",
            headline: "Students Plant Two Thousand Trees on Ridge",
            date: "Tuesday, April 12, 2022",
            blocks: [
                headline("Students Plant Two Thousand Trees on Ridge"),
                paragraph("Pupils from four schools planted two thousand saplings on the Holloway ridge on Tuesday, a project organised by the county forestry office."),
                paragraph("The saplings, mostly oak and rowan, were grown from seed collected on the ridge last autumn."),
                paragraph("\"It is their forest now,\" forestry officer Jon Arkwright said."),
            ]
        ),
        Expectation(
            fixture: "crlf",
            headline: "Council Approves New Cycle Lanes",
            date: "Friday, May 6, 2022",
            blocks: [
                headline("Council Approves New Cycle Lanes"),
                paragraph("The Ashby council approved four kilometres of new cycle lanes on Friday."),
                paragraph("\"Safer streets are better streets,\" councillor Irene Dove said."),
            ]
        ),
        Expectation(
            fixture: "bom",
            headline: "Museum Lends Ancient Map to Coastal Exhibition",
            blocks: [
                headline("Museum Lends Ancient Map to Coastal Exhibition"),
                paragraph("The Tarrow museum will lend its oldest map to a touring exhibition about the coast."),
            ]
        ),
        Expectation(
            fixture: "hard-wrapped",
            headline: "Quarry Expansion Plan Withdrawn",
            blocks: [
                headline("Quarry Expansion Plan Withdrawn"),
                paragraph("The company behind the Belling quarry withdrew its expansion plan on Monday after more than four thousand residents signed a petition against it."),
                paragraph("A spokesperson for the company said it would \"listen carefully\" before submitting a new proposal."),
            ]
        ),
    ]

    @Test(arguments: expectations)
    func parsesFixture(_ expectation: Expectation) throws {
        let article = try Fixtures.article(expectation.fixture)
        #expect(article.metadata.headline == expectation.headline)
        #expect(article.metadata.byline == expectation.byline)
        #expect(article.metadata.date == expectation.date)
        #expect(article.metadata.source == expectation.fixture)
        #expect(article.metadata.format == .plainText)
        #expect(article.blocks.count == expectation.blocks.count)
        for (index, (actual, expected)) in zip(article.blocks, expectation.blocks).enumerated() {
            #expect(actual == expected, "block \(index)")
        }
    }

    @Test func crlfFixtureReallyHasCarriageReturns() throws {
        // Guards against the fixture being normalised on checkout, which would make the
        // CRLF case test nothing.
        let bytes = try Fixtures.bytes("crlf")
        #expect(bytes.contains(0x0D))
    }

    @Test func bomFixtureReallyStartsWithABOM() throws {
        #expect(try Fixtures.bytes("bom").starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func crlfAndBareCRParseLikeLF() throws {
        let lf = try Fixtures.article("hard-wrapped")
        let text = TextDecoding.decode(try Fixtures.bytes("hard-wrapped"))
        for lineEnd in ["\r\n", "\r"] {
            let converted = text.replacing("\n", with: lineEnd)
            let article = PlainTextParser().parse(TextDecoding.decode(Array(converted.utf8)), source: "hard-wrapped")
            #expect(article == lf)
            // The parser sanitises strings it is given directly, too.
            #expect(PlainTextParser().parse(converted, source: "hard-wrapped") == lf)
        }
    }

    @Test func promotionalLinesNeverReachBlocks() throws {
        let article = try Fixtures.article("full-article")
        for block in article.blocks {
            for promo in ["Editors' picks", "Harbor Weekly", "Unlimited digital access", "Ad-free", "podcasts"] {
                #expect(!block.text.contains(promo), "\(promo) leaked into \(block.kind)")
            }
            #expect(!block.text.contains("Mayor, Okafor, Signs"))
            #expect(!block.text.contains("Ferry, Prototype, Tessel"))
        }
    }

    @Test func jsonOfAParsedArticleHasCreditOnlyOnCaptions() throws {
        let article = try Fixtures.article("full-article")
        let captions = article.blocks.filter { $0.kind == .caption }
        #expect(captions.map(\.credit) == ["Coastline Press Agency", "Dana Vole/Strait Herald"])
        #expect(article.blocks.filter { $0.kind != .caption }.allSatisfy { $0.credit == nil })
    }
}
