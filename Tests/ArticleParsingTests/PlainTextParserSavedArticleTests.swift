import ArticleModel
import Foundation
import Testing
@testable import ArticleParsing

/// Issue 11, part 5: the structure of saved articles in plain text — a repeated headline,
/// video and image captions, bylines with several authors, pull-quote credits. Every
/// fixture is fictional.
@Suite("Plain text: saved-article structure")
struct PlainTextParserSavedArticleTests {
    private func parse(_ text: String) -> Article { PlainTextParser().parse(text, source: "test") }

    @Test("the headline repeated at the top of the body is dropped with the share lines before it",
          arguments: [
            "Harbour Talks Collapse\n\nShare\nGift this article\nEditor's pick\n\nHarbour Talks Collapse\n\nBy Ana Cole\n\nThe talks ended on Friday without a deal, officials said.\n",
            "Harbour Talks Collapse\n\nBy Ana Cole\n\nShare this article\n\nHARBOUR TALKS COLLAPSE.\n\nThe talks ended on Friday without a deal, officials said.\n",
            "Harbour Talks Collapse\n\nHarbour Talks Collapse\n\nBy Ana Cole\nThe talks ended on Friday without a deal, officials said.\n",
          ])
    func repeatedHeadline(text: String) {
        let article = parse(text)
        #expect(article.metadata.headline?.lowercased() == "harbour talks collapse")
        #expect(article.metadata.byline == "Ana Cole")
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph])
        #expect(article.blocks.last?.text == "The talks ended on Friday without a deal, officials said.")
    }

    @Test("a first paragraph that only resembles the headline stays")
    func similarParagraphStays() {
        let article = parse("Harbour Talks Collapse\n\nHarbour talks collapse after a week of argument, officials said.\n\nMore followed.\n")
        #expect(article.blocks.count == 3)
        #expect(article.blocks[1].text.hasPrefix("Harbour talks collapse after"))
    }

    @Test("video and image caption lines become captions, with their credits", arguments: [
        ("Clip: Crowds gather at the quay as the ferry arrives. (Coastal Trust)", "Clip: Crowds gather at the quay as the ferry arrives.", "Coastal Trust"),
        ("Video: The harbour master speaks to reporters. Photo: Lea Park", "Video: The harbour master speaks to reporters.", "Lea Park"),
        ("Watch: \"We tried everything,\" the mayor says.", "Watch: \"We tried everything,\" the mayor says.", nil),
        ("Pictured: Tomas Reed at the harbour on Monday.", "Pictured: Tomas Reed at the harbour on Monday.", nil),
    ] as [(String, String, String?)])
    func captionLines(line: String, text: String, credit: String?) {
        let article = parse("Ferry Returns to Harbour\n\nThe ferry returned on Monday, officials said.\n\n\(line)\n\nCrowds cheered as it docked.\n")
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .caption, .paragraph])
        #expect(article.blocks[2].text == text)
        #expect(article.blocks[2].credit == credit)
    }

    @Test("a caption line is never a quotation")
    func captionIsNoQuote() {
        let article = parse("Ferry Returns\n\nThe ferry returned.\n\nWatch: \"We tried everything,\" the mayor says.\n")
        #expect(article.blocks.last?.kind == .caption)
    }

    @Test("a byline with several authors keeps all of them", arguments: [
        ("By Ana Cole and Tomas Reed", "Ana Cole and Tomas Reed", ["Ana Cole", "Tomas Reed"]),
        ("By Ana Cole, Tomas Reed and Lea Park", "Ana Cole, Tomas Reed and Lea Park", ["Ana Cole", "Tomas Reed", "Lea Park"]),
        ("By Ana Cole, Tomas Reed, and Lea Park", "Ana Cole, Tomas Reed, and Lea Park", ["Ana Cole", "Tomas Reed", "Lea Park"]),
        ("Ana Cole and Tomas Reed, staff writers", "Ana Cole and Tomas Reed, staff writers", ["Ana Cole", "Tomas Reed"]),
        ("By Ana Cole and Tomas Reed, Coastline Wire", "Ana Cole and Tomas Reed, Coastline Wire", ["Ana Cole", "Tomas Reed"]),
        ("By Ana Cole", "Ana Cole", ["Ana Cole"]),
    ] as [(String, String, [String])])
    func severalAuthors(line: String, byline: String, authors: [String]) {
        let article = parse("Ferry Returns to Harbour\n\n\(line)\n\nThe ferry returned on Monday, officials said.\n")
        #expect(article.metadata.byline == byline)
        #expect(article.metadata.authors == authors)
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph])
    }

    @Test("--json carries the authors beside the byline")
    func jsonAuthors() throws {
        let article = parse("Ferry Returns\n\nBy Ana Cole and Tomas Reed\n\nThe ferry returned.\n")
        let data = try JSONEncoder().encode(article)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["authors"] as? [String] == ["Ana Cole", "Tomas Reed"])
        #expect(object?["byline"] as? String == "Ana Cole and Tomas Reed")
    }

    @Test("a pull-quote credit belongs to its quotation")
    func pullQuoteCredit() {
        let article = parse("""
            Harbour Talks Collapse

            The talks ended on Friday without a deal.

            \u{201C}We tried everything we could.\u{201D}

            \u{2014}Lea Park on the failed talks

            Negotiators will meet again next month.
            """)
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .blockquote, .paragraph])
        #expect(article.blocks[2].text == "\u{201C}We tried everything we could.\u{201D}")
        #expect(article.blocks[2].credit == "Lea Park on the failed talks")
    }

    @Test("a credit line without a pull quote before it stays a paragraph as written")
    func orphanCredit() {
        let article = parse("""
            Harbour Talks Collapse

            The talks ended on Friday without a deal.

            \u{2014}Lea Park on the failed talks

            Negotiators will meet again next month.
            """)
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .paragraph, .paragraph])
        #expect(article.blocks[2].text == "\u{2014}Lea Park on the failed talks")
        #expect(article.blocks.allSatisfy { $0.credit == nil })
    }

    @Test("a credit line after a paragraph that quotes someone inside it stays a paragraph")
    func creditAfterOrdinaryQuotedParagraph() {
        let article = parse("""
            Harbour Talks Collapse

            \u{201C}We tried everything we could,\u{201D} said Lea Park, the union's negotiator.

            \u{2014}Tomas Grell on the new offer

            Negotiators will meet again next month.
            """)
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .paragraph, .paragraph])
        #expect(article.blocks[1].credit == nil)
        #expect(article.blocks[2].text == "\u{2014}Tomas Grell on the new offer")
    }

    @Test("a second credit line after a credited pull quote stays a paragraph")
    func secondCredit() {
        let article = parse("""
            Harbour Talks Collapse

            \u{201C}We tried everything we could.\u{201D}

            \u{2014}Lea Park on the failed talks

            \u{2014}Tomas Grell on the new offer
            """)
        #expect(article.blocks.map(\.kind) == [.headline, .blockquote, .paragraph])
        #expect(article.blocks[1].credit == "Lea Park on the failed talks")
        #expect(article.blocks[2].text == "\u{2014}Tomas Grell on the new offer")
    }

    @Test("a dash inside a paragraph or a list is no credit")
    func dashesElsewhere() {
        let article = parse("Harbour Talks\n\nThe talks \u{2014} long and bitter \u{2014} ended.\n\n\u{2014} and then nothing happened.\n")
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .paragraph])
    }
}
