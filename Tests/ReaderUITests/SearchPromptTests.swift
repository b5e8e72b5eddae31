import ArticleModel
import ReaderTestSupport
import Testing
@testable import ReaderUI

/// The search prompt and n/N driven by keys through the reader state.
@Suite("Search in the reader")
struct SearchPromptTests {
    private func type(_ state: inout ReaderState, _ keys: String) {
        for c in keys { _ = state.handle(.key(.character(c))) }
    }

    private static func article() -> Article {
        var blocks = [Block(kind: .headline, text: "Tide Report: Kim Visits the Harbour")]
        for n in 1...30 {
            blocks.append(Block(kind: .paragraph, text: n % 7 == 0
                ? "Paragraph \(n): harbour master KIM and kim's deputy met at São Paulo pier (DPRK) today."
                : "Paragraph \(n) is filler about tides, ropes and the weather over the northern bays."))
        }
        blocks.append(Block(kind: .caption, text: "Kim on the pier at dawn.", credit: "Ada Lund"))
        return Article(metadata: ArticleMetadata(headline: blocks[0].text), blocks: blocks)
    }

    @Test("/ searches as you type; Enter keeps it; n visits every match once, in order, then wraps")
    func forwardSearch() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        type(&state, "/kim")
        #expect(state.search.prompt?.pattern == "kim")
        // While typing, only the matches on screen are found (bounded work per key).
        #expect(!state.search.isComplete)
        #expect(state.search.current != nil)
        _ = state.handle(.key(.enter))
        #expect(state.search.prompt == nil)
        // smart case: lower-case ignores case; headline, body (x2 per matching paragraph) and caption
        #expect(state.search.isComplete)
        #expect(state.search.matches.count == 1 + 4 * 2 + 1)
        var visited = [state.search.current ?? -1]
        for _ in 1..<state.search.matches.count {
            type(&state, "n")
            visited.append(state.search.current ?? -1)
            let line = state.line(of: state.search.matches[state.search.current ?? 0])
            #expect(line >= state.topLine && line < state.topLine + state.viewportHeight)
        }
        #expect(visited == Array(0..<state.search.matches.count))
        type(&state, "n")
        #expect(state.search.current == 0)
        #expect(state.statusMessage == "search wrapped to top")
        type(&state, "N")
        #expect(state.search.current == state.search.matches.count - 1)
        #expect(state.statusMessage == "search wrapped to bottom")
        #expect(ReaderView.render(state).textLines[11].contains("match 10/10"))
    }

    @Test("a capital makes the search exact; (DPRK) is literal text")
    func smartCaseAndLiteral() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        func search(_ pattern: String, accents: Bool = false) -> Int {
            type(&state, "/")
            if accents { _ = state.handle(.key(.control("d"))) }
            type(&state, pattern)
            _ = state.handle(.key(.enter))
            return state.search.matches.count
        }
        #expect(search("Kim") == 2)  // headline and caption
        #expect(search("(DPRK)") == 4)
        #expect(search("sao paulo") == 0)
        #expect(state.statusMessage == "pattern not found: sao paulo")
        #expect(search("sao paulo", accents: true) == 4)
    }

    @Test("Esc cancels and returns to where you were; no match leaves the view and says so")
    func escapeRestores() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        type(&state, "3j")
        let top = state.topLine
        type(&state, "/kim's")
        #expect(state.topLine != top)
        _ = state.handle(.key(.escape))
        #expect(state.topLine == top)
        #expect(state.search.prompt == nil)
        #expect(state.search.matches.isEmpty)
        type(&state, "/zzzz")
        #expect(state.topLine == top)
        #expect(state.statusMessage == "pattern not found: zzzz")
    }

    @Test("an empty pattern repeats the last search; Up recalls history; ? goes backward")
    func historyAndRepeat() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        type(&state, "/harbour")
        _ = state.handle(.key(.enter))
        let count = state.search.matches.count
        type(&state, "c")
        #expect(state.search.matches.isEmpty)
        type(&state, "/")
        _ = state.handle(.key(.enter))
        #expect(state.search.matches.count == count)
        type(&state, "?")
        _ = state.handle(.key(.up))
        #expect(state.search.prompt?.pattern == "harbour")
        _ = state.handle(.key(.enter))
        #expect(state.search.forward == false)
    }

    @Test("an invalid regex is a message, never a crash")
    func invalidRegex() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        type(&state, "/")
        _ = state.handle(.key(.control("r")))
        type(&state, "ki(m")
        #expect(state.search.matches.isEmpty)
        #expect(state.statusMessage?.hasPrefix("invalid regex") == true)
        #expect(ReaderView.render(state).textLines[11].hasPrefix("/(regex) ki(m"))
        _ = state.handle(.key(.backspace))
        type(&state, "m)")  // ki(m) is a valid regex
        #expect(state.search.prompt?.pattern == "ki(m)")
        _ = state.handle(.key(.enter))
        #expect(state.search.matches.count == 10)
    }

    @Test("matches are painted exactly, the current one in its own role")
    func highlights() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        type(&state, "/Kim")
        let buffer = ReaderView.render(state)
        let text = Array(buffer.textLines[0])
        let current = (0..<80).filter { buffer[0, $0].role == .currentMatch }.map { text[$0] }
        #expect(String(current) == "Kim")
        #expect(buffer.cursor?.row == 11)
    }

    @Test("Backspace on an empty prompt closes it")
    func backspaceCloses() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        type(&state, "/")
        _ = state.handle(.key(.backspace))
        #expect(state.search.prompt == nil)
        type(&state, "j")
        #expect(state.topLine == 1)
    }

    @Test("M lists every match with its context; j/k select, Enter jumps and closes, Esc closes")
    func matchList() throws {
        var state = ReaderState(article: Self.article(), rows: 16, columns: 80)
        type(&state, "M")
        #expect(state.statusMessage == "no matches to list (/ searches)")
        type(&state, "/kim")
        _ = state.handle(.key(.enter))
        type(&state, "M")
        #expect(state.focus == .matches)
        let screen = ReaderView.render(state).textLines
        #expect(screen.contains { $0.contains("10 matches for “kim”") })
        #expect(screen.contains { $0.contains("harbour master KIM and kim's deputy") })
        type(&state, "jjj")
        #expect(state.search.listSelection == 3)
        _ = state.handle(.key(.enter))
        #expect(state.search.current == 3)
        #expect(state.focus == .article)
        #expect(!state.search.listOpen)
        let line = state.line(of: state.search.matches[3])
        #expect(line >= state.topLine && line < state.topLine + state.viewportHeight)
        type(&state, "MG")
        #expect(state.search.listSelection == 9)
        _ = state.handle(.key(.escape))
        #expect(!state.search.listOpen)
        #expect(state.search.current == 3)
        type(&state, "j")
        #expect(state.focus == .article)
    }

    @Test("a match deep in one very long paragraph is scrolled into view")
    func deepMatch() {
        let words = Array(repeating: "tide", count: 20_000).joined(separator: " ") + " lighthouse " + "rope rope"
        let article = Article(blocks: [Block(kind: .headline, text: "Long"), Block(kind: .paragraph, text: words)])
        var state = ReaderState(article: article, rows: 12, columns: 60)
        type(&state, "/lighthouse")
        _ = state.handle(.key(.enter))
        let buffer = ReaderView.render(state)
        #expect(buffer.textLines.contains { $0.contains("lighthouse") })
        #expect(buffer.cells.contains { $0.role == .currentMatch })
    }

    @Test("the search survives a resize: the current match is still highlighted at the new width")
    func survivesResize() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        type(&state, "/deputy")
        _ = state.handle(.key(.enter))
        type(&state, "n")
        let current = state.search.current
        for (rows, columns) in [(20, 40), (8, 120), (12, 80)] {
            _ = state.handle(.resize(rows: rows, columns: columns))
            #expect(state.search.current == current)
            let buffer = ReaderView.render(state)
            let highlighted = String(buffer.cells.filter { $0.role == .currentMatch }.map(\.grapheme).joined())
            #expect(highlighted == "deputy", "\(columns)x\(rows)")
        }
    }

    @Test("--regex starts the prompt in regex mode")
    func regexDefault() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        state.searchesUseRegex = true
        type(&state, "/k.m")
        #expect(state.search.prompt?.isRegex == true)
        _ = state.handle(.key(.enter))
        #expect(state.search.matches.count == 10)
    }

    @Test("a match of wide characters is highlighted on exactly its cells")
    func wideMatch() {
        let article = Article(blocks: [Block(kind: .paragraph, text: "港口的渡轮今天晚点了。The ferry was late.")])
        var state = ReaderState(article: article, rows: 6, columns: 40)
        type(&state, "/渡轮")
        let buffer = ReaderView.render(state)
        let cells = (0..<40).filter { buffer[0, $0].role == .currentMatch }
        #expect(cells == [6, 7, 8, 9])
        #expect(buffer[0, 6].grapheme == "渡" && buffer[0, 8].grapheme == "轮")
    }

    @Test("every printable key goes into the prompt, even T (the theme key) and remapped keys")
    func themeKeyInPrompt() {
        let terminal = TestTerminal(rows: 12, columns: 80, script:
            KeyScript.typing("/kiT") + [.key(.backspace), .key(.enter)] + KeyScript.typing("T") + [.key(.tab)] + KeyScript.typing("q"))
        var start = ReaderState(article: Self.article(), rows: 12, columns: 80)
        start.setThemes([.standard, Theme(name: "other", styles: [:])])
        let final = ReaderLoop.run(state: start, backend: terminal)
        #expect(final.search.history == ["ki"])
        #expect(final.themeIndex == 1)  // the T typed outside the prompt still cycles
    }

    @Test("an empty pattern repeats the last search from the current match, like n")
    func emptyPatternMovesOn() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        type(&state, "/kim")
        _ = state.handle(.key(.enter))
        let first = state.search.current ?? -1
        type(&state, "/")
        _ = state.handle(.key(.enter))
        #expect(state.search.current == first + 1)
        type(&state, "/")
        _ = state.handle(.key(.enter))
        #expect(state.search.current == first + 2)
    }

    @Test("Enter on an invalid regex keeps the invalid-regex message")
    func invalidRegexOnEnter() {
        var state = ReaderState(article: Self.article(), rows: 12, columns: 80)
        type(&state, "/")
        _ = state.handle(.key(.control("r")))
        type(&state, "(")
        _ = state.handle(.key(.enter))
        #expect(state.statusMessage?.hasPrefix("invalid regex") == true)
    }
}
