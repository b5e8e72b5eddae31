import ArticleModel
import Testing

/// Checks the gold itself, independent of any extractor: every annotation is found in its
/// article between quotation marks, the set is as large and varied as issue 3 asks, and the
/// fixture reader follows its documented rules.
@Suite("Quote gold fixtures")
struct QuoteGoldFixtureTests {
    @Test("every gold quote is located between quotation marks, in reading order")
    func goldLocates() throws {
        let names = try QuoteGoldFixture.names()
        #expect(names.count >= 12)
        for name in names {
            let fixture = try QuoteGoldFixture.load(name)
            let starts = fixture.gold.map { $0.ranges[0].lowerBound }
            #expect(starts == starts.sorted(), "\(name): gold not in reading order")
            for quote in fixture.gold {
                let text = quote.ranges.map { range in
                    String(String.UnicodeScalarView(Array(fixture.article.blocks[range.block].text.unicodeScalars)[range.start..<range.end]))
                }.joined(separator: " ")
                #expect(text == quote.text)
            }
        }
    }

    @Test("the gold has at least 100 required quotes and every kind and speaker case")
    func goldSize() throws {
        let gold = try QuoteGoldFixture.all().flatMap(\.gold).filter { !$0.isOptional }
        #expect(gold.count >= 100)
        for kind in QuoteKind.allCases { #expect(gold.contains { $0.kind == kind }) }
        #expect(gold.contains { $0.speaker == nil && $0.kind != .scare }, "a quote whose speaker is unknown")
        #expect(gold.contains { $0.ranges.count > 1 }, "a quotation over several paragraphs")
        #expect(gold.allSatisfy { $0.kind != .scare || $0.speaker == nil }, "scare quotes have no speaker")
    }

    @Test("gold scored against itself is perfect")
    func selfScore() throws {
        let scorer = QuoteScorer()
        for fixture in try QuoteGoldFixture.all() {
            let score = scorer.score(gold: fixture.gold, predicted: fixture.gold.filter { !$0.isOptional })
            #expect(score.detection.f1 == 1, "\(fixture.name)")
            #expect(score.speaker.f1 == 1, "\(fixture.name)")
            #expect(score.kindAccuracy == 1 && score.cueAccuracy == 1, "\(fixture.name)")
        }
    }

    @Test("fixtures contain headlines, captions with credits, and the non-English marks")
    func fixtureShapes() throws {
        let fixtures = try QuoteGoldFixture.all()
        #expect(fixtures.allSatisfy { $0.article.blocks.first?.kind == .headline })
        let captions = fixtures.flatMap(\.article.blocks).filter { $0.kind == .caption }
        #expect(captions.count >= 6)
        #expect(captions.allSatisfy { $0.credit != nil && !($0.text.contains("Photo:")) })
        let allText = fixtures.flatMap(\.article.blocks).map(\.text).joined(separator: "\n")
        for mark in ["«", "»", "„", "「", "』", "“", "\"", "‘"] { #expect(allText.contains(mark), "mark \(mark)") }
        let headlineQuotes = fixtures.flatMap { fixture in fixture.gold.filter { $0.ranges[0].block == 0 } }
        #expect(headlineQuotes.count >= 3)
    }

    @Test("reader: headline, byline and date, keyword line, caption credit, joined lines")
    func reader() {
        let text = """
            Mayor Opens 'New' Bridge

            By Ana Ruiz
            Monday, May 5, 2025

            First paragraph
            runs over two lines.

            Mayor, Ruiz, Opens, Bridge
            The mayor cuts the ribbon. “It’s done,” she said. Photo: Tom Bell/Coast Wire

            Last paragraph.
            """
        let article = GoldArticleReader.article(from: text, source: "t")
        #expect(article.metadata.headline == "Mayor Opens 'New' Bridge")
        #expect(article.metadata.byline == "Ana Ruiz")
        #expect(article.metadata.date == "Monday, May 5, 2025")
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .caption, .paragraph])
        #expect(article.blocks[1].text == "First paragraph runs over two lines.")
        #expect(article.blocks[2].text == "The mayor cuts the ribbon. “It’s done,” she said.")
        #expect(article.blocks[2].credit == "Photo: Tom Bell/Coast Wire")
        #expect(GoldArticleReader.isKeywordLine("President, Xi, Jinping, meets, Supreme, Leader, Kim"))
        #expect(!GoldArticleReader.isKeywordLine("Okafor said, on Tuesday, that it was done."))
    }

    @Test("locator: multi-paragraph quotes, marks required around the text, optional without closing mark")
    func locator() throws {
        let article = Article(blocks: [
            Block(kind: .headline, text: "A plan is a plan"),
            Block(kind: .paragraph, text: "She said the plan was a “plan” and then: “First part."),
            Block(kind: .paragraph, text: "“Second part,” she said. He called it “a plan"),
        ])
        func quote(_ text: String, optional: Bool = false) -> GoldQuote {
            GoldQuote(text: text, speaker: nil, kind: .direct, cue: nil, optional: optional)
        }
        let ranges = try GoldQuoteLocator.locate(
            [quote("plan"), quote("First part. Second part,"), quote("a plan", optional: true)], in: article)
        #expect(ranges[0] == [TextRange(block: 1, start: 25, end: 29)])
        #expect(ranges[1] == [TextRange(block: 1, start: 42, end: 53), TextRange(block: 2, start: 1, end: 13)])
        #expect(ranges[2] == [TextRange(block: 2, start: 39, end: 45)])
        #expect(throws: GoldQuoteLocator.NotFound.self) {
            try GoldQuoteLocator.locate([quote("a plan")], in: article)
        }
    }
}
