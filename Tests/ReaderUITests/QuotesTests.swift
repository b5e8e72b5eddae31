import ArticleModel
import Testing
@testable import ReaderUI

/// An article with quotations built by hand (the extractor is tested elsewhere).
enum QuotedArticle {
    static let paragraphs = [
        "Harbour Board Approves the Night Ferry",
        "\"We will run the boats all night,\" said board chair Ines Varga on Monday.",
        "Critics were unconvinced. \"The numbers do not add up,\" said councillor Bo Lind.",
    ] + (1...12).map { "Filler paragraph \($0) about tides, timetables and the harbour office, long enough to wrap over a line or two." } + [
        "Varga answered that the plan was \"fully costed\" and added: \"Every crossing pays.\"",
        "\"We will see,\" Lind said.",
    ]

    static func make() -> Article {
        var blocks = [Block(kind: .headline, text: paragraphs[0])]
        blocks += paragraphs.dropFirst().map { Block(kind: .paragraph, text: $0) }
        func quote(_ text: String, block: Int, speaker: String?) -> Quote {
            let scalars = Array(blocks[block].text.unicodeScalars)
            let needle = Array(text.unicodeScalars)
            var start = 0
            while start + needle.count <= scalars.count, Array(scalars[start..<(start + needle.count)]) != needle { start += 1 }
            return Quote(text: text, ranges: [TextRange(block: block, start: start, end: start + needle.count)],
                         kind: .direct, cue: "said", speakerMention: speaker, speaker: speaker)
        }
        let last = blocks.count - 1
        return Article(metadata: ArticleMetadata(headline: paragraphs[0]), blocks: blocks, quotes: [
            quote("We will run the boats all night,", block: 1, speaker: "Ines Varga"),
            quote("The numbers do not add up,", block: 2, speaker: "Bo Lind"),
            quote("fully costed", block: last - 1, speaker: "Ines Varga"),
            quote("Every crossing pays.", block: last - 1, speaker: "Ines Varga"),
            quote("We will see,", block: last, speaker: "Bo Lind"),
        ])
    }
}

@Suite("Quotations in the reader")
struct QuotesTests {
    private func press(_ state: inout ReaderState, _ keys: String) {
        for c in keys { _ = state.handle(.key(.character(c))) }
    }

    @Test(". and , visit every quote once in order, forwards and backwards, each on screen")
    func jumping() throws {
        var state = ReaderState(article: QuotedArticle.make(), rows: 12, columns: 80)
        var visited: [Int] = []
        for _ in 0..<7 {
            press(&state, ".")
            if let current = state.currentQuote, visited.last != current { visited.append(current) }
            let lines = try #require(state.lines(ofQuote: state.currentQuote ?? 0))
            #expect(lines.lowerBound >= state.topLine && lines.upperBound < state.topLine + state.viewportHeight)
        }
        #expect(visited == [0, 1, 2, 3, 4])
        #expect(state.statusMessage == "no more quotes (last quote)")
        var back: [Int] = []
        for _ in 0..<7 {
            press(&state, ",")
            if let current = state.currentQuote, back.last != current { back.append(current) }
        }
        #expect(back == [3, 2, 1, 0])
        #expect(state.statusMessage == "no earlier quote (first quote)")
        press(&state, "3.")
        #expect(state.currentQuote == 3)
    }

    @Test("the status line counts quotes; the sidebar is docked on a wide screen")
    func wideScreen() {
        var state = ReaderState(article: QuotedArticle.make(), rows: 20, columns: 120)
        press(&state, "..")
        let buffer = ReaderView.render(state)
        let lines = buffer.textLines
        #expect(lines[19].contains("quote 2/5"))
        #expect(state.geometry.sidebarLeft == 120 - 39)
        #expect(lines[0].contains("│ Quotes (5)"))
        #expect(lines[2].contains("1. Ines Varga"))
        #expect(lines[3].contains("“We will run the boats all night,”"))
        #expect(lines[4].contains("2. Bo Lind"))
        // The current quote is highlighted in the sidebar and in the article.
        let sidebarLeft = 120 - 39
        #expect(buffer[4, sidebarLeft + 2].role == .currentQuote)
        let articleRoles = (0..<19).flatMap { row in (0..<sidebarLeft).map { buffer[row, $0].role } }
        #expect(articleRoles.contains(.currentQuote))
        #expect(articleRoles.contains(.quote))
        #expect(state.measure == 80)
    }

    @Test("the highlight covers exactly the quoted words")
    func exactHighlight() {
        var state = ReaderState(article: QuotedArticle.make(), rows: 20, columns: 120)
        press(&state, ".")
        let buffer = ReaderView.render(state)
        let row = (0..<20).first { buffer.textLines[$0].contains("We will run the boats") } ?? -1
        let text = Array(buffer.textLines[row])
        let articleColumns = state.geometry.articleColumns
        let highlighted = String((0..<articleColumns).filter { buffer[row, $0].role == .currentQuote }.map { text[$0] })
        #expect(highlighted == "We will run the boats all night,")
    }

    @Test("on a narrow screen the sidebar collapses; \" shows it as an overlay with the focus")
    func narrowScreen() {
        var state = ReaderState(article: QuotedArticle.make(), rows: 24, columns: 80)
        #expect(state.geometry.sidebarLeft == nil)
        #expect(state.measure == 80)
        press(&state, "\"")
        #expect(state.geometry.sidebarIsOverlay)
        #expect(state.focus == .quotes)
        let text = ReaderView.render(state).textLines
        #expect(text[0].contains("Quotes (5)"))
        _ = state.handle(.key(.down))
        _ = state.handle(.key(.down))
        _ = state.handle(.key(.enter))
        #expect(state.currentQuote == 2)
        #expect(state.focus == .article)
        #expect(state.geometry.sidebarLeft == nil)
        #expect(state.measure == 80)
    }

    @Test("Tab focuses the docked sidebar; j/k select, Enter jumps, Esc returns")
    func sidebarFocus() {
        var state = ReaderState(article: QuotedArticle.make(), rows: 20, columns: 120)
        _ = state.handle(.key(.tab))
        #expect(state.focus == .quotes)
        press(&state, "jjj")
        #expect(state.cursor(of: .quotes) == 3)
        press(&state, "k")
        _ = state.handle(.key(.enter))
        #expect(state.currentQuote == 2)
        #expect(state.focus == .quotes)
        press(&state, "G")
        #expect(state.cursor(of: .quotes) == 4)
        _ = state.handle(.key(.escape))
        #expect(state.focus == .article)
        press(&state, "j")
        #expect(state.topLine > 0)
    }

    @Test("s narrows the quotes to one speaker and back")
    func speakerFilter() {
        var state = ReaderState(article: QuotedArticle.make(), rows: 20, columns: 120)
        press(&state, ".")
        press(&state, "s")
        #expect(state.speakerFilter == "Ines Varga")
        #expect(state.visibleQuotes == [0, 2, 3])
        press(&state, ".")
        #expect(state.currentQuote == 2)
        #expect(ReaderView.render(state).textLines[19].contains("quote 2/3"))
        #expect(ReaderView.render(state).textLines[0].contains("Ines Varga (3)"))
        press(&state, "s")
        #expect(state.speakerFilter == nil)
        #expect(state.visibleQuotes.count == 5)
    }

    @Test("an article without quotes has no sidebar and says so")
    func noQuotes() {
        var state = ReaderState(article: TestArticles.short, rows: 24, columns: 120)
        #expect(state.geometry.sidebarLeft == nil)
        press(&state, ".")
        #expect(state.statusMessage == "no quotes in this article")
        press(&state, "\"")
        #expect(state.statusMessage == "no quotes in this article")
    }

    @Test("a resize between docked and collapsed keeps the current quote on screen")
    func resizeAcrossBreakpoint() throws {
        var state = ReaderState(article: QuotedArticle.make(), rows: 14, columns: 120)
        press(&state, "....")
        _ = state.handle(.resize(rows: 14, columns: 70))
        #expect(state.geometry.sidebarLeft == nil)
        let lines = try #require(state.lines(ofQuote: 3))
        #expect(lines.lowerBound >= state.topLine && lines.lowerBound < state.topLine + state.viewportHeight)
    }
}

@Suite("Quotations in the reader: regressions")
struct QuotesRegressionTests {
    private func press(_ state: inout ReaderState, _ keys: String) {
        for c in keys { _ = state.handle(.key(.character(c))) }
    }

    @Test("every quote on screen is highlighted at every scroll position (bottom row blank or not)", arguments: [(12, 80), (24, 80), (20, 130)])
    func highlightAtEveryScrollPosition(rows: Int, columns: Int) {
        var state = ReaderState(article: QuotedArticle.make(), rows: rows, columns: columns)
        press(&state, ".")
        let articleColumns = state.geometry.articleColumns
        for _ in 0...state.maxTopLine {
            let buffer = ReaderView.render(state)
            let onScreen = state.article.quotes.indices.filter { index in
                guard let lines = state.lines(ofQuote: index) else { return false }
                return lines.upperBound >= state.topLine && lines.lowerBound < state.topLine + state.viewportHeight
            }
            let highlighted = (0..<state.viewportHeight).contains { row in
                (0..<articleColumns).contains { [.quote, .currentQuote].contains(buffer[row, $0].role) }
            }
            #expect(highlighted == !onScreen.isEmpty, "top line \(state.topLine): quotes on screen \(onScreen)")
            press(&state, "j")
        }
    }

    @Test("s with the article focused narrows to the current quote's speaker, not a stale selection")
    func speakerFilterUsesCurrentQuote() {
        var state = ReaderState(article: QuotedArticle.make(), rows: 20, columns: 120)
        _ = state.handle(.key(.tab))
        press(&state, "j")
        _ = state.handle(.key(.enter))      // current quote 1: Bo Lind
        press(&state, "g")                  // selection back on quote 0 (Ines Varga)
        _ = state.handle(.key(.escape))
        press(&state, "s")
        #expect(state.speakerFilter == "Bo Lind")
    }

    @Test("a focused docked sidebar that no longer fits becomes the overlay, still focused")
    func focusedSidebarCollapses() {
        var state = ReaderState(article: QuotedArticle.make(), rows: 40, columns: 130)
        _ = state.handle(.key(.tab))
        _ = state.handle(.resize(rows: 20, columns: 60))
        #expect(state.focus == .quotes)
        #expect(state.geometry.sidebarIsOverlay)
        press(&state, "j")
        #expect(ReaderView.render(state).textLines.contains { $0.contains("▶") })
    }

    @Test("a resize keeps the current quote on screen")
    func resizeKeepsCurrentQuote() throws {
        var state = ReaderState(article: QuotedArticle.make(), rows: 40, columns: 130)
        press(&state, "...")
        #expect(state.isCurrentQuoteOnScreen)
        for (rows, columns) in [(24, 80), (20, 60), (12, 45), (40, 130)] {
            _ = state.handle(.resize(rows: rows, columns: columns))
            #expect(state.isCurrentQuoteOnScreen, "\(columns)x\(rows)")
        }
    }

    @Test("the sidebar list scrolls back when the window grows")
    func sidebarRescrollsOnGrow() {
        var article = QuotedArticle.make()
        article.quotes = Array(repeating: article.quotes, count: 6).flatMap { $0 }  // 30 entries
        var state = ReaderState(article: article, rows: 24, columns: 80)
        _ = state.handle(.key(.tab))
        press(&state, "G")
        #expect(state.top(of: .quotes) > 0)
        _ = state.handle(.resize(rows: 70, columns: 130))
        #expect(state.top(of: .quotes) == 0)
    }
}

@Suite("Quotes sidebar filter")
struct QuotesFilterTests {
    @Test("/ in the focused sidebar filters by typing; Enter keeps it, Esc removes it")
    func filterByTyping() {
        var state = ReaderState(article: QuotedArticle.make(), rows: 20, columns: 120)
        _ = state.handle(.key(.tab))
        for c in "/lind" { _ = state.handle(.key(.character(c))) }
        #expect(state.isEditingQuotesFilter)
        #expect(state.visibleQuotes == [1, 4])
        #expect(ReaderView.render(state).textLines[0].contains("/lind▏ (2)"))
        _ = state.handle(.key(.backspace))
        _ = state.handle(.key(.backspace))
        _ = state.handle(.key(.backspace))
        _ = state.handle(.key(.backspace))
        for c in "costed" { _ = state.handle(.key(.character(c))) }
        #expect(state.visibleQuotes == [2])
        _ = state.handle(.key(.enter))
        #expect(!state.isEditingQuotesFilter)
        _ = state.handle(.key(.enter))      // jumps to the only listed quote
        #expect(state.currentQuote == 2)
        _ = state.handle(.key(.character("/")))
        _ = state.handle(.key(.escape))
        #expect(state.quotesFilter == nil)
        #expect(state.visibleQuotes.count == 5)
        #expect(state.focus == .quotes)
    }
}
