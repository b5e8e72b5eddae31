import ArticleModel
import Testing
@testable import ArticleParsing

/// Issue 11, part 4, in the plain-text parser: tab-separated tables keep their rows, and
/// emoji sequences stay whole in the headline, the byline and the body.
@Suite("Plain text: tables and emoji sequences")
struct PlainTextParserUnusualTextTests {
    private func parse(_ text: String) -> Article { PlainTextParser().parse(text, source: "test") }

    @Test("a tab-separated table is one block whose rows stay lines, between paragraphs")
    func tableRows() {
        let article = parse("""
            Harbour votes counted

            The results were as follows.
            City\tVotes\tShare
            Northvale\t12000\t45%
            東京都\t900\t3%
            That was all, officials said.

            Turnout was high.
            """)
        #expect(article.blocks.map(\.text) == [
            "Harbour votes counted",
            "The results were as follows.",
            "City\tVotes\tShare\nNorthvale\t12000\t45%\n東京都\t900\t3%",
            "That was all, officials said.",
            "Turnout was high.",
        ])
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .table, .paragraph, .paragraph])
    }

    @Test("a table in a text without blank lines is still one block")
    func tableWithoutBlankLines() {
        let article = parse("Harbour votes counted\nCity\tVotes\nNorthvale\t12000\nTurnout was high.")
        #expect(article.blocks.map(\.text) == [
            "Harbour votes counted", "City\tVotes\nNorthvale\t12000", "Turnout was high.",
        ])
    }

    @Test("a single line with a tab is not a table")
    func singleTabLine() {
        let article = parse("Harbour votes counted\n\nThe vote\twas close, officials said.\n")
        #expect(article.blocks.last?.text == "The vote\twas close, officials said.")
    }

    @Test("emoji sequences stay whole in the headline, the byline and the body")
    func emojiFields() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        let flag = "\u{1F1EB}\u{1F1F7}"
        let tone = "\u{1F44D}\u{1F3FD}"
        let keycap = "1\u{FE0F}\u{20E3}"
        let tagFlag = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        let article = parse("""
            Family \(family) Day at the \(keycap) harbour \(tagFlag)

            By Ana Cole \(flag) and Tomas Reed \(tone)

            The \(family) family waved \(flag) flags, \(tone) and \(keycap) too.
            """)
        #expect(article.metadata.headline == "Family \(family) Day at the \(keycap) harbour \(tagFlag)")
        #expect(article.blocks.first?.text == article.metadata.headline)
        #expect(article.metadata.byline == "Ana Cole \(flag) and Tomas Reed \(tone)")
        #expect(article.blocks.last?.text == "The \(family) family waved \(flag) flags, \(tone) and \(keycap) too.")
        #expect(article.blocks.count == 2)
    }
}
