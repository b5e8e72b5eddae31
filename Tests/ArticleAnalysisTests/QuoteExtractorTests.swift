import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Quotation marks, apostrophes, unbalanced marks, multi-paragraph quotations and kinds, on
/// fictional sentences.
@Suite("Quote extractor: marks and kinds")
struct QuoteExtractorTests {
    typealias Fixture = QuoteExtractorFixture

    @Test("every mark style pairs", arguments: [
        (#""We will build the bridge," Mayor Ana Ruiz said."#, ["We will build the bridge,"]),
        ("“We will build the bridge,” Ruiz said.", ["We will build the bridge,"]),
        ("« Nous construirons le pont », a déclaré Ana Ruiz.", ["Nous construirons le pont"]),
        ("»Wir bauen die Brücke«, sagte Ana Ruiz.", ["Wir bauen die Brücke"]),
        ("„Wir bauen die Brücke“, sagte Ana Ruiz.", ["Wir bauen die Brücke"]),
        ("„Zbudujemy most”, powiedziała Ana Ruiz.", ["Zbudujemy most"]),
        ("「橋を建設する」と市長は述べた。", ["橋を建設する"]),
        ("市長は『港の橋』について話した。", ["港の橋"]),
        ("”Vi bygger bron”, sa Ana Ruiz.", ["Vi bygger bron"]),
        ("‘We will build the bridge,’ Ruiz said.", ["We will build the bridge,"]),
        ("'We will build the bridge,' Ruiz said.", ["We will build the bridge,"]),
        (#"Ruiz said "yes" and Bell said "no.""#, ["yes", "no."]),
        ("Nothing quoted here at all.", []),
    ])
    func markStyles(text: String, expected: [String]) {
        #expect(Fixture.quotes(text).map(\.text) == expected)
    }

    @Test("nested quotations belong to the outer one", arguments: [
        (#""Ruiz told me 'the bridge is ready' last week," the engineer said."#,
         "Ruiz told me 'the bridge is ready' last week,"),
        ("“She called it ‘a bridge to nowhere’ in public,” Tomas Bell said.",
         "She called it ‘a bridge to nowhere’ in public,"),
        (#""He said “the bridge is safe” on Monday," Bell said."#, "He said “the bridge is safe” on Monday,"),
        ("“He said \"the bridge is safe\" on Monday,” Bell said.", "He said \"the bridge is safe\" on Monday,"),
        ("« Il a dit “le pont est prêt” hier », a déclaré Bell.", "Il a dit “le pont est prêt” hier"),
        ("「彼は『橋は安全だ』と言った」と技師は述べた。", "彼は『橋は安全だ』と言った"),
    ])
    func nested(text: String, expected: String) {
        #expect(Fixture.quotes(text).map(\.text) == [expected])
    }

    @Test("apostrophes and elisions never pair", arguments: [
        ("The Workers' Party said the harbour’s future was bright.", []),
        ("The ’90s band played rock ’n’ roll at O’Neill’s bar, and can’t stop.", []),
        ("Ruiz's crew and the players' union can't agree on the '08 plan.", []),
        ("‘The ’90s were kind to rock ’n’ roll,’ said Ana Ruiz.", ["The ’90s were kind to rock ’n’ roll,"]),
        ("‘O’Neill can’t come to the harbour,’ Ruiz said.", ["O’Neill can’t come to the harbour,"]),
        ("‘We visited the Smiths’ farm and the Joneses’ barn,’ Ruiz said.", ["We visited the Smiths’ farm and the Joneses’ barn,"]),
        ("Ruiz called it ‘the workers’ choice’ on Friday.", ["the workers’ choice"]),
        ("It is the players' 'big day', the coach said.", ["big day"]),
        (#"The crew's "new bridge" opened in the '20s."#, ["new bridge"]),
    ])
    func apostrophes(text: String, expected: [String]) {
        #expect(Fixture.quotes(text).map(\.text) == expected)
    }

    @Test("single quotes are the headline's quotation marks")
    func headlineSingleQuotes() throws {
        let quotes = Fixture.quotes(
            #""The council meets on Monday," Ruiz said."#,
            headline: "Valmont Says Harbour's Plan 'Must Be Reviewed' by Council")
        #expect(quotes.map(\.text) == ["Must Be Reviewed", "The council meets on Monday,"])
        let headline = try #require(quotes.first)
        #expect(headline.ranges == [TextRange(block: 0, start: 29, end: 45)])
        #expect(headline.kind == .partial)
        #expect(headline.cue == "says")
        #expect(headline.speaker == "Valmont")
    }

    @Test("an article in British style uses single marks throughout")
    func britishStyle() {
        let quotes = Fixture.quotes(
            "‘The bridge is ready,’ said Mayor Ana Ruiz. ‘We open it on Monday.’",
            "Tomas Bell disagreed: ‘The “safety review” is not done.’",
            "The harbour’s workers’ union was not consulted.")
        #expect(quotes.map(\.text) == [
            "The bridge is ready,", "We open it on Monday.", "The “safety review” is not done.",
        ])
        #expect(quotes.map(\.speaker) == ["Ana Ruiz", "Ana Ruiz", "Tomas Bell"])
    }

    @Test("ranges cover the words inside the marks")
    func ranges() throws {
        let article = Fixture.article([#"Bell said: "  The bridge is ready.  " Then he left."#])
        let quote = try #require(QuoteExtractor().extract(from: article).first)
        #expect(quote.ranges.count == 1)
        let range = try #require(quote.ranges.first)
        #expect(Fixture.text(of: range, in: article) == "The bridge is ready.")
        #expect(quote.text == "The bridge is ready.")
    }

    @Test("offsets count Unicode scalars")
    func scalarOffsets() throws {
        let article = Fixture.article(["Ruiz 👩🏽‍🔧 said: “Café é ready.”"])
        let quote = try #require(QuoteExtractor().extract(from: article).first)
        let range = try #require(quote.ranges.first)
        #expect(Fixture.text(of: range, in: article) == "Café é ready.")
        let prefix = Array(article.blocks[0].text.unicodeScalars)[..<range.start]
        #expect(String(String.UnicodeScalarView(prefix)).hasSuffix("“"))
    }

    // MARK: - Multi-paragraph quotations

    @Test("a quotation over paragraphs is one quotation with one range per paragraph")
    func multiParagraph() throws {
        let article = Fixture.article([
            Fixture.cast,
            "“The bridge will open in May. It will carry trams and bicycles.",
            "“The ferry will stay for the night crossings.",
            "“The harbour comes next,” Ruiz said.",
            "Bell did not comment.",
        ])
        let quotes = QuoteExtractor().extract(from: article)
        #expect(quotes.count == 1)
        let quote = try #require(quotes.first)
        #expect(quote.ranges.map(\.block) == [1, 2, 3])
        #expect(quote.text == "The bridge will open in May. It will carry trams and bicycles. The ferry will stay for the night crossings. The harbour comes next,")
        #expect(quote.speaker == "Ana Ruiz")
        #expect(quote.cue == "said")
        #expect(quote.kind == .direct)
        for range in quote.ranges {
            #expect(!Fixture.text(of: range, in: article).hasPrefix("“"))
        }
    }

    @Test("a multi-paragraph quotation attributed before it")
    func multiParagraphLeadIn() throws {
        let quotes = Fixture.quotes(
            Fixture.cast,
            #"Bell said: "The cables are new. The deck is new."#,
            #""Only the paint is old.""#)
        #expect(quotes.map(\.text) == ["The cables are new. The deck is new. Only the paint is old."])
        #expect(quotes.first?.speaker == "Tomas Bell")
    }

    @Test("a paragraph that starts with a mark after a complete quotation is a new quotation")
    func notAContinuation() {
        let quotes = Fixture.quotes(#""The bridge is open," Ruiz said."#, #""The trams run tomorrow.""#)
        #expect(quotes.map(\.text) == ["The bridge is open,", "The trams run tomorrow."])
    }

    // MARK: - Unbalanced marks

    @Test("an unbalanced mark costs at most its own quotation", arguments: [
        // Missing closing mark in the first paragraph.
        ([#"Ruiz said the "harbour plan was late."#, #""The trams are on time," Bell said."#, #""The budget holds," Bell added."#],
         ["The trams are on time,", "The budget holds,"]),
        // Missing opening mark.
        ([#"The bridge opened," Ruiz said. "The harbour is next," Bell added."#, #""Good," Ruiz said."#],
         ["The harbour is next,", "Good,"]),
        // An inch mark.
        ([#"He measured the 12" pipe and said "it fits," then left. "Fine," Bell said."#], ["it fits,", "Fine,"]),
        // A stray opening mark inside the paragraph.
        ([#"Ruiz said "the bridge was late and then "we will fix it," Bell said. "Soon," he added."#],
         ["we will fix it,", "Soon,"]),
        // A stray typographic mark, then a correct paragraph.
        (["Ruiz spoke of “the harbour.", "“The bridge is fine,” Bell said.", "Ruiz left."], ["The bridge is fine,"]),
    ])
    func unbalanced(paragraphs: [String], expected: [String]) {
        let quotes = QuoteExtractor().extract(from: Fixture.article(paragraphs))
        for text in expected {
            #expect(quotes.contains { $0.text == text }, "missing \(text)")
        }
        #expect(quotes.count <= expected.count + 1)
    }

    @Test("an unclosed quoted sentence at the end of a paragraph is kept")
    func unclosedSentence() {
        let quotes = Fixture.quotes(#"Ruiz said: "The bridge is ready for the trams."#, "Bell left early.")
        #expect(quotes.map(\.text) == ["The bridge is ready for the trams."])
    }

    @Test("one bad mark in every fourth paragraph leaves the others intact")
    func quarterUnbalanced() {
        var paragraphs: [String] = [Fixture.cast]
        for index in 0..<40 {
            if index % 4 == 0 {
                paragraphs.append(#"Ruiz mentioned the "harbour plan in passing \#(index)."#)
            } else {
                paragraphs.append(#""Item \#(index) is done," Bell said."#)
            }
        }
        let quotes = QuoteExtractor().extract(from: Fixture.article(paragraphs))
        #expect(quotes.count == 30)
        #expect(quotes.allSatisfy { $0.speaker == "Tomas Bell" })
    }

    @Test("markup and numbers in marks are not quotations")
    func notText() {
        #expect(Fixture.quotes(#"The embed had author="valmontdaily" and id="12345678" in it."#).isEmpty)
        #expect(Fixture.quotes(#"The post ended with "12345678" and "pic.example.com/xyz"."#).isEmpty)
    }

    // MARK: - Kinds

    @Test("kinds", arguments: [
        (#""We will build it," Ruiz said."#, QuoteKind.direct),
        (#"Ruiz said: "we are ready.""#, .direct),
        (#"Ruiz said that "The bridge is finished.""#, .direct),
        (#""Never again.""#, .direct),
        (#"Ruiz said the plan was "ready for the council" and left."#, .partial),
        (#"Ruiz said the plan was "ready," then left."#, .partial),
        (#"The so-called "harbour tax" was dropped, Ruiz said."#, .scare),
        (#"The council dropped its "harbour tax" in June."#, .scare),
        (#"He watched "Morning Harbour Hour" on Sunday."#, .scare),
        (#"Bell described the old ferry as "a floating museum.""#, .partial),
    ])
    func kinds(text: String, expected: QuoteKind) {
        #expect(Fixture.quotes(text).map(\.kind) == [expected])
    }

    @Test("empty and quote-free articles")
    func empty() {
        #expect(QuoteExtractor().extract(from: Article()).isEmpty)
        #expect(Fixture.quotes("").isEmpty)
        #expect(Fixture.quotes("   ", headline: "A Headline").isEmpty)
        #expect(Fixture.quotes(#""""#, "“ ”").isEmpty)
    }

    @Test("withQuotes fills the article's quotes")
    func withQuotes() {
        let article = Fixture.article([#""Yes," Ruiz said."#])
        let analysed = article.withQuotes()
        #expect(analysed.quotes == QuoteExtractor().extract(from: article))
        #expect(analysed.blocks == article.blocks)
        #expect(analysed.quotes.count == 1)
    }

    @Test("quotes come in reading order across block kinds")
    func readingOrder() {
        let article = Article(blocks: [
            Block(kind: .headline, text: "Ruiz: 'The Bridge Is Ready'"),
            Block(kind: .paragraph, text: #""It opens on Monday," Ruiz said."#),
            Block(kind: .caption, text: #"The bridge at dawn. "A fine sight," Bell said."#, credit: "Valmont Daily"),
            Block(kind: .listItem, text: #""Trams first," the plan says."#),
            Block(kind: .blockquote, text: "We built it together. — Ana Ruiz"),
        ])
        let quotes = QuoteExtractor().extract(from: article)
        #expect(quotes.map(\.text) == ["The Bridge Is Ready", "It opens on Monday,", "A fine sight,", "Trams first,", "We built it together."])
        #expect(quotes.map { $0.ranges.first?.block } == [0, 1, 2, 3, 4])
        #expect(quotes.last?.speaker == "Ana Ruiz")
        #expect(quotes[2].speaker == "Bell")
    }
}
