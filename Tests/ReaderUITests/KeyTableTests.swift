import ArticleModel
import Foundation
import Testing
@testable import ReaderUI

/// The one key table: README, help and keymap agree with it.
@Suite("Key table")
struct KeyTableTests {
    static let readmePath = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md").path

    @Test("README's key table is KeyTable.readmeTable, between its markers")
    func readmeMatches() throws {
        let text = try String(contentsOfFile: Self.readmePath, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- keys:begin (generated from KeyTable; KeyTableTests checks it) -->\n"))
        let end = try #require(text.range(of: "\n<!-- keys:end -->"))
        let table = String(text[begin.upperBound..<end.lowerBound])
        if table != KeyTable.readmeTable { print("KEYTABLE-BEGIN\n" + KeyTable.readmeTable + "\nKEYTABLE-END") }
        #expect(table == KeyTable.readmeTable)
    }

    @Test("every binding's keys reach its message in each of its contexts, unless an earlier binding holds the key there")
    func keymapFollowsTable() {
        var seen: [KeyTable.Context: Set<Key>] = [:]
        for binding in KeyTable.bindings {
            for context in binding.contexts {
                for key in binding.allKeys {
                    defer { seen[context, default: []].insert(key) }
                    if seen[context]?.contains(key) == true { continue }
                    let expected = binding.message(3)
                    let got: Message
                    switch context {
                    case .article: got = Keymap.message(for: key, count: 3)
                    case .panel: got = Keymap.message(for: key, count: 3, focus: .quotes)
                    case .matches: got = Keymap.message(for: key, count: 3, focus: .matches)
                    case .prompt: got = Keymap.promptMessage(for: key)
                    case .passage:
                        // With a sentence selected in the article, after a count of 3.
                        var state = ReaderState(article: SentencedArticle.make(), rows: 20, columns: 70)
                        _ = state.handle(.key(.character("v")))
                        _ = state.handle(.key(.character("3")))
                        got = state.message(for: .key(key))
                    }
                    if context == .prompt {
                        #expect(got == binding.message(nil), "\(key) in \(context)")
                    } else {
                        #expect(got == expected, "\(key) in \(context)")
                    }
                }
            }
        }
        // Not in the table: unbound in the article, typed in a prompt, nothing in the list.
        #expect(Keymap.message(for: .character("x"), count: nil) == .unbound("x"))
        #expect(Keymap.promptMessage(for: .character("x")) == .edit(.insert("x")))
        #expect(Keymap.message(for: .character("x"), count: nil, focus: .matches) == .unbound("x"))
    }

    @Test("every remappable action has a built-in key bound to it in the article", arguments: KeyBindings.Action.allCases)
    func actionsHaveKeys(action: KeyBindings.Action) throws {
        let key = try #require(action.builtInKey)
        let binding = try #require(KeyTable.bindings.first { $0.action == action })
        #expect(Keymap.message(for: key, count: nil) == binding.message(nil))
    }

    @Test("help lists each entry's shown keys, and each help line comes from the table")
    func helpFromTable() {
        let entries = HelpText.entries
        #expect(entries.first == HelpText.Entry(keys: "", action: "Moving"))
        #expect(entries.contains(HelpText.Entry(keys: "j  Down  Enter  Ctrl-N", action: "down one line")))
        #expect(entries.contains(HelpText.Entry(keys: "j  k  g  G  Enter", action: "in a sidebar: select; Enter jumps to it")))
        let titles = entries.filter { $0.keys.isEmpty && !$0.action.hasPrefix(" ") }.map(\.action)
        #expect(titles == KeyTable.groups.map(\.title))
    }

    @Test("a SIGTSTP from outside becomes a suspend effect through the state, in a prompt too")
    func stopIsAnEffect() {
        var state = ReaderState(article: TestArticles.short, rows: 24, columns: 80)
        #expect(state.handle(.stopRequested) == [.suspend])
        _ = state.handle(.key(.character("/")))
        #expect(state.handle(.stopRequested) == [.suspend])
        #expect(state.search.prompt != nil)
        #expect(state.handle(.terminate) == [.quit])
    }
}

/// The one line editor of every prompt.
@Suite("Line editor")
struct LineEditorTests {
    @Test("insertions, deletions and moves, by characters")
    func edits() {
        var editor = LineEditor()
        editor.apply(.insert("harbour fe"))
        editor.apply(.insert("rry"))
        #expect(editor.string == "harbour ferry" && editor.cursor == 13)
        editor.apply(.deleteWordBackward)
        #expect(editor.string == "harbour " && editor.cursor == 8)
        editor.apply(.moveToStart)
        editor.apply(.insert("é"))
        editor.apply(.moveRight)
        editor.apply(.deleteBackward)
        #expect(editor.string == "éarbour " && editor.cursor == 1)
        editor.apply(.deleteForward)
        #expect(editor.string == "érbour ")
        editor.apply(.moveToEnd)
        editor.apply(.moveLeft)
        editor.apply(.deleteToStart)
        #expect(editor.string == " " && editor.cursor == 0)
    }

    @Test("Up and Down browse the history, past the newest to an empty line")
    func history() {
        var editor = LineEditor("draft")
        let history = ["one", "two"]
        editor.apply(.historyPrevious, history: history)
        #expect(editor.string == "two")
        editor.apply(.historyPrevious, history: history)
        editor.apply(.historyPrevious, history: history)
        #expect(editor.string == "one")
        editor.apply(.historyNext, history: history)
        editor.apply(.historyNext, history: history)
        #expect(editor.string == "" && editor.cursor == 0)
    }

    @Test("the quotes filter takes the same edits as the search prompt (Left, Ctrl-W)")
    func filterUsesEditor() {
        var state = ReaderState(article: QuotedArticle.make(), rows: 24, columns: 120)
        _ = state.handle(.key(.tab))
        _ = state.handle(.key(.character("/")))
        for c in "lind x" { _ = state.handle(.key(.character(c))) }
        _ = state.handle(.key(.control("w")))
        #expect(state.quotesFilter == "lind ")
        _ = state.handle(.key(.left))
        _ = state.handle(.key(.backspace))
        #expect(state.quotesFilter == "lin ")
        _ = state.handle(.key(.enter))
        #expect(!state.isEditingQuotesFilter && state.quotesFilter == "lin ")
    }
}

/// The one list viewport.
@Suite("List viewport")
struct ListViewportTests {
    @Test("scrolls just enough to show the wanted rows, never past the end",
          arguments: [(0, 0..<2, 6, 20, 0), (0, 10..<12, 6, 20, 6), (8, 4..<6, 6, 20, 4), (18, 0..<1, 6, 20, 0),
                      (15, 12..<13, 6, 20, 12), (0, 18..<20, 6, 4, 0)])
    func scrolledTop(top: Int, wanted: Range<Int>, visible: Int, total: Int, expected: Int) {
        #expect(ListViewport.scrolledTop(top: top, wanted: wanted, visible: visible, total: total) == expected)
    }
}

/// Marks: m<letter>, '<letter>, '' and the marks panel.
@Suite("Marks")
struct MarksTests {
    static func press(_ state: inout ReaderState, _ keys: String) {
        for c in keys { _ = state.handle(.key(.character(c))) }
    }

    @Test("ma sets, 'a jumps, '' returns and returns again; an unset mark says so")
    func setAndJump() {
        var state = ReaderState(article: TestArticles.long(), rows: 24, columns: 80)
        Self.press(&state, "40j")
        let marked = state.anchor
        Self.press(&state, "ma")
        #expect(state.marks["a"] == marked && state.statusMessage == "mark a set")
        Self.press(&state, "G")
        let end = state.anchor
        Self.press(&state, "'a")
        #expect(state.anchor == marked)
        Self.press(&state, "''")
        #expect(state.anchor == end)
        Self.press(&state, "''")
        #expect(state.anchor == marked)
        Self.press(&state, "'b")
        #expect(state.statusMessage == "mark b is not set (mb sets it)")
        Self.press(&state, "m")
        _ = state.handle(.key(.down))
        #expect(state.pendingMark == nil && state.marks.count == 1)
    }

    @Test("the marks panel is hidden until ` and lists the marks; Enter jumps; adding it changed no other panel's code")
    func panel() {
        var state = ReaderState(article: TestArticles.long(), rows: 30, columns: 120)
        #expect(!state.isShown(.marks))
        _ = state.handle(.key(.character("`")))
        #expect(state.statusMessage == "no marks yet (m then a letter sets one)")
        Self.press(&state, "20jmq")
        let marked = state.anchor
        Self.press(&state, "G`")
        #expect(state.isShown(.marks))
        #expect(state.focus == .panel(.marks))
        _ = state.handle(.key(.enter))
        #expect(state.anchor == marked)
        let screen = ReaderView.render(state).textLines.joined(separator: "\n")
        #expect(screen.contains("Marks (1)") && screen.contains("q  "))
    }
}

/// Time left on the status line.
@Suite("Time left")
struct TimeLeftTests {
    @Test("words below the viewport and minutes at the reading speed, none at the end")
    func timeLeft() {
        let article = TestArticles.long()
        var state = ReaderState(article: article, rows: 24, columns: 80)
        state.setReadingSpeed(blockWords: article.blocks.map { _ in 100 }, wordsPerMinute: 230)
        let total = article.blocks.count * 100
        #expect(state.wordsLeft > 0 && state.wordsLeft < total)
        #expect(state.minutesLeft == (state.wordsLeft + 229) / 230)
        let line = ReaderView.render(state).textLines[23]
        #expect(line.contains("\(state.wordsLeft) words · \(state.minutesLeft) min left"))
        _ = state.handle(.key(.character("G")))
        #expect(state.wordsLeft == 0 && !ReaderView.render(state).textLines[23].contains("min left"))
    }

    @Test("counted from the article with the one word count (WordCount)")
    func countedFromArticle() {
        let article = TestArticles.long()
        var state = ReaderState(article: article, rows: 24, columns: 80)
        state.setReadingSpeed(wordsPerMinute: 230)
        #expect(state.wordsFromBlock.first == WordCount.perBlock(article).reduce(0, +))
        #expect(state.wordsFromBlock.first ?? 0 > 0)
    }
}

/// The outline panel and section jumps.
@Suite("Outline")
struct OutlineTests {
    static func article() -> Article {
        var blocks = [Block(kind: .headline, text: "Ferry Plan Set Out")]
        for section in 1...4 {
            blocks.append(Block(kind: .heading, text: "Part \(section)", level: 2))
            for p in 1...6 { blocks.append(Block(kind: .paragraph, text: "Part \(section) paragraph \(p) with enough words to wrap a line or two on a narrow screen.")) }
        }
        return Article(blocks: blocks)
    }

    @Test("} and { go between headings; o shows the outline with the current section; Enter jumps")
    func sections() {
        var state = ReaderState(article: Self.article(), rows: 24, columns: 120)
        #expect(state.outline.entries.map(\.title) == ["Part 1", "Part 2", "Part 3", "Part 4"])
        _ = state.handle(.key(.character("}")))
        #expect(state.anchor.block == 1 && state.currentSection == 0)
        _ = state.handle(.key(.character("2")))
        _ = state.handle(.key(.character("}")))
        #expect(state.anchor.block == 15 && state.currentSection == 2)
        _ = state.handle(.key(.character("{")))
        #expect(state.anchor.block == 8)
        _ = state.handle(.key(.character("o")))
        #expect(state.isShown(.outline))
        #expect(state.focus == .panel(.outline) && state.cursor(of: .outline) == 1)
        _ = state.handle(.key(.character("j")))
        _ = state.handle(.key(.enter))
        #expect(state.anchor.block == 15)
        let screen = ReaderView.render(state).textLines.joined(separator: "\n")
        #expect(screen.contains("Outline (4)") && screen.contains("Part 3"))
    }
}
