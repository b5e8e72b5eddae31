import ArticleModel
import ReaderTestSupport
import TerminalText
import Testing
@testable import ReaderUI

/// Issue 11, part 4, in the reader: soft hyphens, no-break spaces, tab-separated tables,
/// very narrow measures and terminals, emoji sequences in search, and pasted text.
@Suite("Reader: unusual text and pasted text")
struct UnusualTextTests {
    private static func article(_ paragraphs: [String]) -> Article {
        let blocks = [Block(kind: .headline, text: "Harbour notes")]
            + paragraphs.map { Block(kind: .paragraph, text: $0) }
        return Article(metadata: ArticleMetadata(headline: "Harbour notes", byline: "Ana Cole"), blocks: blocks)
    }

    private func search(_ text: [String], _ pattern: String) -> [TextRange] {
        (try? SearchIndex(article: Self.article(text)).matches(SearchQuery(pattern: pattern))) ?? []
    }

    @Test("search finds a word typed without its soft hyphens")
    func softHyphenSearch() {
        let matches = search(["The extra\u{AD}ordinary meeting."], "extraordinary")
        #expect(matches == [TextRange(block: 1, start: 4, end: 18)])
    }

    @Test("a search typed with a space matches across no-break spaces, and the count agrees",
          arguments: ["\u{A0}", "\u{202F}", "\u{2007}"])
    func noBreakSpaceSearch(space: String) {
        let text = ["Mr.\(space)Seo met Mr. Seo; Mr.\(space)Seo left."]
        let matches = search(text, "Mr. Seo")
        #expect(matches.map(\.start) == [0, 12, 21])
        var state = ReaderState(article: Self.article(text), rows: 10, columns: 60)
        for c in "/Mr. Seo" { _ = state.handle(.key(.character(c))) }
        _ = state.handle(.key(.enter))
        #expect(state.search.matches.count == 3)
        let screen = ReaderView.render(state).trimmedText
        #expect(screen.contains("1/3"), "\(screen)")
    }

    @Test("emoji sequences stay whole in search")
    func emojiSearch() {
        let text = ["A 👨‍👩‍👧 family, 👍🏽 and 🇫🇷🇯🇵 flags, 1️⃣ first."]
        // The whole family is found; one member alone does not cut it.
        #expect(search(text, "👨‍👩‍👧") == [TextRange(block: 1, start: 2, end: 7)])
        #expect(search(text, "👩").isEmpty)
        // A thumbs-up finds the thumbs-up with its skin tone, whole.
        #expect(search(text, "👍") == [TextRange(block: 1, start: 16, end: 18)])
        // Flags: one flag is found, never the two halves of neighbouring flags.
        #expect(search(text, "🇯🇵") == [TextRange(block: 1, start: 25, end: 27)])
        #expect(search(text, "🇷🇯").isEmpty)
        // A keycap is found whole.
        #expect(search(text, "1️⃣") == [TextRange(block: 1, start: 35, end: 38)])
    }

    @Test("tab-separated table columns are aligned in the layout, with CJK cells too")
    func tableAlignment() {
        let table = "City\tVotes\tShare\nNorthvale\t12000\t45%\n東京都\t900\t3%\nSouthport on Sea\t15\t1%"
        let layout = ArticleLayout(article: Self.article([table]), width: 60)
        let rows = layout.lines.filter { $0.block == 1 }.map(\.printedText)
        #expect(rows == [
            "City              Votes  Share",
            "Northvale         12000  45%",
            "東京都            900    3%",
            "Southport on Sea  15     1%",
        ])
    }

    @Test("no laid-out line is wider than a measure of 1 or 2 columns", arguments: [1, 2])
    func narrowLayout(width: Int) {
        var article = Self.article(["東京 👨‍👩‍👧 wide", "• 東"])
        article.blocks.append(Block(kind: .caption, text: "東京 at dawn", credit: "Ana Cole"))
        article.blocks.append(Block(kind: .blockquote, text: "東京"))
        article.blocks.append(Block(kind: .listItem, text: "東京"))
        let layout = ArticleLayout(article: article, width: width)
        for line in layout.lines {
            #expect(DisplayWidth.of(line.printedText) <= width, "\(line.printedText.debugDescription)")
        }
        #expect(layout.lines.contains { $0.printedText.contains(width == 1 ? "\u{FFFD}" : "東") })
    }

    @Test("1- and 2-column terminals: every row is the terminal's width", arguments: [1, 2])
    func narrowScreens(columns: Int) {
        let state = ReaderState(article: Self.article(["東京 👨‍👩‍👧 wide"]), rows: 6, columns: columns)
        let buffer = ReaderView.render(state)
        for row in buffer.textLines {
            #expect(DisplayWidth.of(row) == columns, "\(row.debugDescription)")
        }
    }

    @Test("pasted text goes into the search prompt as text: a newline does not submit, q does not quit")
    func pasteIntoPrompt() {
        var state = ReaderState(article: Self.article(["Mr. Seo met the harbour board."]), rows: 10, columns: 60)
        _ = state.handle(.key(.character("/")))
        let effects = state.handle(.paste("Mr. Seo\nq\r\n"))
        #expect(effects.isEmpty)
        #expect(state.search.prompt?.pattern == "Mr. Seo q")
        let more = state.handle(.paste("\t"))
        #expect(more.isEmpty)
        #expect(state.search.prompt?.pattern == "Mr. Seo q")
    }

    @Test("pasted text goes into the quotes filter as text; elsewhere it is ignored")
    func pasteElsewhere() {
        var article = Self.article(["\"We sail at dawn,\" said Ana Cole."])
        article.quotes = [Quote(text: "We sail at dawn,", ranges: [TextRange(block: 1, start: 1, end: 17)], kind: .direct)]
        var state = ReaderState(article: article, rows: 20, columns: 120)
        let effects = state.handle(.paste("q"))
        #expect(effects.isEmpty)
        #expect(state.search.prompt == nil)
        #expect(state.notice?.contains("Paste ignored") == true)
        _ = state.handle(.key(.tab))
        #expect(state.focus == .quotes)
        _ = state.handle(.key(.character("/")))
        #expect(state.isEditingQuotesFilter)
        #expect(state.handle(.paste("Seo\nq")).isEmpty)
        #expect(state.quotesFilter == "Seo q")
        #expect(state.isEditingQuotesFilter)
    }
}

/// Issue 11, part 5, in the layout: a pull quote's credit is shown under it.
@Suite("Layout: pull-quote credits")
struct PullQuoteLayoutTests {
    @Test("a block quote's credit follows it on a line of its own, after a dash")
    func creditLine() {
        let article = Article(
            metadata: ArticleMetadata(headline: "Harbour Talks"),
            blocks: [
                Block(kind: .headline, text: "Harbour Talks"),
                Block(kind: .blockquote, text: "\u{201C}We tried everything.\u{201D}", credit: "Lea Park on the talks"),
            ])
        let lines = ArticleLayout(article: article, width: 40).lines.map(\.printedText)
        #expect(lines == ["Harbour Talks", "", "    \u{201C}We tried everything.\u{201D}", "    \u{2014} Lea Park on the talks"])
    }
}
