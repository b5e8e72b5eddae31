import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Speakers whose phrase is not the nearest name: prepositional and participial phrases,
/// possessive-led roles, documents, long opening phrases, an attribution right after the
/// quotation, and a title opening the sentence (issue 13, item 4). Fictional sentences.
@Suite("Quote extractor: speaker phrases beyond the nearest name")
struct QuoteSpeakerPhraseTests {
    typealias Fixture = QuoteExtractorFixture

    struct Case: Sendable, CustomTestStringConvertible {
        var paragraphs: [String]
        var cue: String?
        var mention: String?
        var speaker: String?
        var testDescription: String { paragraphs.joined(separator: " / ") }
    }

    @Test("the speaker's phrase", arguments: [
        // A noun phrase after a preposition is its object, not the cue's subject.
        Case(paragraphs: [#"Dock workers marching through the old town chanted "No more cuts!" until noon."#],
             cue: "chanted", mention: "Dock workers", speaker: nil),
        Case(paragraphs: [#""Everyone pays," a narrator in the council video asks."#],
             cue: "asks", mention: "a narrator", speaker: nil),
        // A possessive name works like a determiner before a role.
        Case(paragraphs: [Fixture.cast, #""The deck is dry," Ruiz's former chief engineer said in an interview."#],
             cue: "said", mention: "Ruiz's former chief engineer", speaker: nil),
        // What a document says.
        Case(paragraphs: [#""We need more buses," the letter reads."#], cue: "reads", mention: "the letter", speaker: nil),
        // An opening phrase with commas of its own before the subject.
        Case(paragraphs: [#"Following a long, late-night meeting, the Harbour Council issued a statement calling the vote "a clear mistake" of the past."#],
             cue: "calling", mention: "Harbour Council", speaker: "Harbour Council"),
        Case(paragraphs: ["On July 6, 2015, Ilka Brenner made the following comment:", #""We will never sell the harbour to anyone at all.""#],
             cue: nil, mention: "Ilka Brenner", speaker: "Ilka Brenner"),
        // A cue and speaker right after the quotation beat a cue earlier in the sentence.
        Case(paragraphs: [#"The four "fees" he listed are "the parking fee, the dock fee and the ferry fee," the Valmont Courier reported."#],
             cue: "reported", mention: "Valmont Courier", speaker: "Valmont Courier"),
        // The owner of a noun of saying with a "that" clause.
        Case(paragraphs: [#"Critics pounced on Anselm Kord's claim that the ferry carries "more people than the bridge" every day."#],
             cue: "claim", mention: "Anselm Kord", speaker: "Anselm Kord"),
        // "as X put it", after the quotation (the phrase bounded by "put it") and before it.
        Case(paragraphs: [#"The fee is a "lawful source of harbour income," as a Valmont Council memo put it."#],
             cue: "put it", mention: "a Valmont Council memo", speaker: "Valmont Council"),
        Case(paragraphs: [#"As the Valmont Courier put it in a long review, "the operator.""#],
             cue: "put it", mention: "Valmont Courier", speaker: "Valmont Courier"),
        // The subject of a clause joined to the cue by "and".
        Case(paragraphs: [#"Once in my early twenties, when my aunt mentioned the ferry to me, I laughed and said, "I never take the ferry.""#],
             cue: "said", mention: "I", speaker: nil),
        Case(paragraphs: ["Reporters met the ferry captain, Ilka Brenner, at noon.", #"Brenner stood up and said, "The ferry stays.""#],
             cue: "said", mention: "Brenner", speaker: "Ilka Brenner"),
        // A comma after "as" in a characterization.
        Case(paragraphs: ["Reporters met the ferry captain, Ilka Brenner, at noon.",
                          #"However, she characterized the harbour board as, "a little slow and always late to every meeting.""#],
             cue: "characterized", mention: "she", speaker: "Ilka Brenner"),
        // "chants of" is a noun, not a cue.
        Case(paragraphs: [#"Pressure is building on the board, which was greeted with chants of "Ferry!" at the meeting."#],
             cue: nil, mention: nil, speaker: nil),
        // A participle in the opening phrase takes the main clause's subject after it.
        Case(paragraphs: ["Reporters met the ferry captain, Ilka Brenner, at noon.",
                          #"After saying the ferry was "too slow for anyone at all," she was taken back to the harbour office."#],
             cue: "saying", mention: "she", speaker: "Ilka Brenner"),
        // A date after the opening preposition, no comma, then the subject.
        Case(paragraphs: [#"On September 27 the board published its review by announcing that the ferry was "safe.""#],
             cue: "announcing", mention: "the board", speaker: nil),
    ])
    func phrase(_ testCase: Case) throws {
        let quotes = QuoteExtractor().extract(from: Fixture.article(testCase.paragraphs))
        let quote = try #require(quotes.last)
        #expect(quote.cue == testCase.cue)
        #expect(quote.speakerMention == testCase.mention)
        #expect(quote.speaker == testCase.speaker)
    }

    @Test("'she said' right after the quotation is its attribution; the next sentence continues her turn")
    func adjacentAfterAttribution() {
        let quotes = Fixture.quotes(
            #"Talia Ross said she backed the plan because "nobody else will," she said. "We have waited long enough.""#)
        #expect(quotes.map(\.speakerMention) == ["she", "she"])
        #expect(quotes.map(\.speaker) == ["Talia Ross", "Talia Ross"])
    }

    @Test("a title opening the sentence gives its role: two mayors leave 'the mayor' to no one, one mayor is the mayor")
    func titleAtSentenceStart() {
        let two = Fixture.quotes(
            "Mayor Ilse Brandt of Valmont and Mayor Oskar Lind of Port Aurelia met on Friday to discuss the river bridge.",
            #""We need the bridge by 2030," the mayor said after the meeting."#)
        #expect(two.count == 1)
        #expect(two.first?.speaker == nil)
        let one = Fixture.quotes(
            "Mayor Ilse Brandt of Valmont opened the river bridge on Friday.",
            #""We needed it by 2030," the mayor said after the ceremony."#)
        #expect(one.first?.speaker == "Ilse Brandt")
    }

    @Test("a closing-style mark opening a paragraph opens its quotation")
    func closingMarkOpensBlock() throws {
        let quotes = Fixture.quotes(
            "Reporters met the ferry captain at noon.",
            "\u{201D} \u{2026} what I learned from the crossing is that nobody listens,\u{201D} Ilka Brenner wrote.")
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(quote.text == "\u{2026} what I learned from the crossing is that nobody listens,")
        #expect(quote.speaker == "Ilka Brenner")
        #expect(quote.cue == "wrote")
    }

    @Test("a transcript's speaker label opening a quotation is its speaker; a label naming no one is not")
    func transcriptLabels() {
        let quotes = Fixture.quotes(
            "On Sunday, presenter Dana Holm spoke to Governor Ilka Brenner. A partial transcript follows:",
            #""HOLM: Let us start with the ferry. Will it run next year?""#,
            #""BRENNER: It will run, and it will run on time.""#,
            #""UPDATE: The ferry ran on Monday.""#)
        #expect(quotes.map(\.speakerMention) == ["HOLM", "BRENNER", nil])
        #expect(quotes.prefix(2).map(\.speaker) == ["Dana Holm", "Ilka Brenner"])
    }

    @Test("quoted sentences in title case opening a sentence are no title: the speaker's turn goes on")
    func titleCaseSentences() {
        let quotes = Fixture.quotes(
            "Reporters met the ferry captain, Ilka Brenner, at noon.",
            #""Here comes the ferry," she said, waving. "The Ferry. Right On Time.""#)
        #expect(quotes.map(\.kind) == [.direct, .direct])
        #expect(quotes.map(\.speaker) == ["Ilka Brenner", "Ilka Brenner"])
    }
}
