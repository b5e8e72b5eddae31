import ArticleModel
import Foundation
import ReaderTestSupport
import Testing
@testable import ReaderUI

/// Several articles: `:n`, `:p`, `:x`, the articles panel (`L`) and the history panel (`H`).
/// The reader only asks for another article; the executable opens it.
@Suite("Several articles")
struct ArticlesTests {
    static let three = [
        OpenArticle(title: "First Report", location: "/reports/first.txt"),
        OpenArticle(title: "Second Report", location: "/reports/second.txt"),
        OpenArticle(title: "Third Report", location: "https://example.org/third"),
    ]

    static func state(current: Int = 0, articles: [OpenArticle] = three) -> ReaderState {
        var state = ReaderState(article: TestArticles.long(), rows: 24, columns: 120)
        _ = state.update(.openArticlesChanged(articles, current: current))
        return state
    }

    static func type(_ keys: String, into state: inout ReaderState) -> [Effect] {
        var effects: [Effect] = []
        for c in keys { effects += state.handle(.key(.character(c))) }
        return effects
    }

    @Test(":n and :p ask for the next and previous article; a count skips; :x the first")
    func moves() {
        var state = Self.state(current: 1)
        #expect(Self.type(":n", into: &state) == [.openArticle(.open(2))])
        #expect(state.openRequest == .open(2))
        state = Self.state(current: 1)
        #expect(Self.type(":p", into: &state) == [.openArticle(.open(0))])
        state = Self.state(current: 0)
        #expect(Self.type("2:n", into: &state) == [.openArticle(.open(2))])
        state = Self.state(current: 2)
        #expect(Self.type("9:p", into: &state) == [.openArticle(.open(0))])
        state = Self.state(current: 2)
        #expect(Self.type(":x", into: &state) == [.openArticle(.open(0))])
    }

    @Test("at the ends, and with one article, nothing is asked and the status line says why")
    func ends() {
        var state = Self.state(current: 2)
        #expect(Self.type(":n", into: &state).isEmpty)
        #expect(state.statusMessage == "no next article (3 of 3)" && state.openRequest == nil)
        state = Self.state(current: 0)
        #expect(Self.type(":p", into: &state).isEmpty)
        #expect(state.statusMessage == "no previous article (1 of 3)")
        #expect(Self.type(":x", into: &state).isEmpty)
        state = Self.state(articles: [Self.three[0]])
        #expect(Self.type(":n", into: &state).isEmpty)
        #expect(state.statusMessage?.hasPrefix("only one article") == true)
    }

    @Test(": then another key is not a command, and the key after it acts again")
    func otherKey() {
        var state = Self.state()
        _ = Self.type(":", into: &state)
        #expect(state.statusMessage?.contains(":n next") == true)
        _ = Self.type("j", into: &state)
        #expect(state.statusMessage == ":j is not a key here (h: help)" && state.topLine == 0)
        _ = Self.type("j", into: &state)
        #expect(state.topLine == 1)
    }

    @Test("the status line says which article this is when several are open")
    func statusLine() {
        let state = Self.state(current: 1)
        #expect(ReaderView.render(state).textLines[23].contains("article 2/3"))
        #expect(!ReaderView.render(Self.state(articles: [Self.three[0]])).textLines[23].contains("article 1/1"))
    }

    @Test("L lists the open articles with the focus on this one; Enter on another asks for it")
    func articleList() {
        var state = Self.state(current: 1)
        _ = Self.type("L", into: &state)
        #expect(state.focus == .panel(.articles) && state.cursor(of: .articles) == 1)
        let screen = ReaderView.render(state).textLines.joined(separator: "\n")
        #expect(screen.contains("Articles (3)") && screen.contains("3  Third Report"), "\(screen)")
        _ = Self.type("j", into: &state)
        #expect(state.handle(.key(.enter)) == [.openArticle(.open(2))])
        #expect(!state.isShown(.articles), "the list closes once it has chosen")
        // Handed back as the current article, the focus is back in the article.
        _ = state.update(.openArticlesChanged(Self.three, current: 1))
        #expect(state.focus == .article && state.openRequest == nil)
        // Enter on the article being read only closes the list.
        _ = Self.type("L", into: &state)
        #expect(state.handle(.key(.enter)).isEmpty && state.focus == .article)
    }

    @Test("H asks for the history; it is listed with the focus; Enter opens an entry by location")
    func historyList() {
        var state = Self.state()
        #expect(Self.type("H", into: &state) == [.loadHistory])
        let entries = [
            HistoryEntry(headline: "Older Story", location: "/reports/older.txt", percent: 40, lastRead: Date(timeIntervalSince1970: 0)),
            HistoryEntry(headline: nil, location: nil, percent: 100, lastRead: Date(timeIntervalSince1970: 0)),
        ]
        _ = state.update(.historyLoaded(entries))
        #expect(state.focus == .panel(.history))
        let screen = ReaderView.render(state).textLines.joined(separator: "\n")
        #expect(screen.contains("History (2)") && screen.contains("40%  Older Story") && screen.contains("(standard input)"), "\(screen)")
        #expect(state.handle(.key(.enter)) == [.openArticle(.location("/reports/older.txt"))])
        #expect(!state.isShown(.history) && state.focus == .article)
        // Standard input cannot be read again.
        var again = Self.state()
        _ = Self.type("H", into: &again)
        _ = again.update(.historyLoaded(entries))
        _ = Self.type("j", into: &again)
        #expect(again.handle(.key(.enter)).isEmpty)
        #expect(again.statusMessage?.contains("standard input") == true && again.openRequest == nil)
    }

    @Test("without memory, H says so; with an empty history, that nothing was read")
    func noHistory() {
        var state = Self.state()
        _ = state.update(.historyLoaded(nil))
        #expect(state.statusMessage?.hasPrefix("no history") == true && state.focus == .article)
        _ = state.update(.historyLoaded([]))
        #expect(state.statusMessage == "nothing read yet")
    }

    @Test("the loop ends on :n with the request, and reads the history when H asks")
    func loop() {
        var asked = 0
        let terminal = TestTerminal(rows: 24, columns: 100, script: KeyScript.typing("5jH:n"))
        let final = ReaderLoop.run(state: Self.state(), backend: terminal, history: {
            asked += 1
            return [HistoryEntry(headline: "Older Story", location: "/x", percent: 5, lastRead: Date())]
        })
        #expect(asked == 1 && final.openRequest == .open(1) && final.anchor.block > 0)
        #expect(final.focus == .panel(.history))
    }
}
