import ArticleModel
import ReaderTestSupport
import Testing
@testable import ReaderUI

/// Bugs found by a tester, each fixed with a test: the help overlay and the entities panel's
/// first selection.
@Suite("Entities panel: focus and help")
struct EntityFocusFixTests {
    @Test("entering the entities panel selects the entity drawn under the cursor")
    func enteringSelectsCursorEntity() throws {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        _ = state.handle(.key(.tab))
        _ = state.handle(.key(.tab))
        #expect(state.focus == .entities)
        let first = try #require(state.entityList.order.first)
        #expect(state.selection.entity == first)
        // ] now starts from that entity's mentions.
        _ = state.handle(.key(.character("]")))
        #expect(state.selection.entity == first)
        #expect(state.selection.mention == 0)
        #expect(ReaderView.render(state).textLines.last?.contains("mention 1/") == true)
    }

    @Test("another panel with the focus (outline, marks): the status line drops the selected entity's count, and shows it again back in the article")
    func otherPanelDropsEntityHint() throws {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        _ = state.handle(.key(.tab))
        _ = state.handle(.key(.tab))
        #expect(state.focus == .entities)
        let entity = try #require(state.selection.entity)
        let name = state.article.entities[entity].name
        #expect(ReaderView.render(state).textLines.last?.contains("· \(name)") == true)
        // A mark, so that the marks panel has an entry; both panels shown, then Tab on to each.
        _ = state.handle(.key(.escape))
        for key in "ma`o" { _ = state.handle(.key(.character(key))) }
        for panel in [SidebarPanel.marks, .outline] {
            for _ in 0..<10 where state.focus != .entities { _ = state.handle(.key(.tab)) }
            for _ in 0..<10 where state.focus != .panel(panel) { _ = state.handle(.key(.tab)) }
            #expect(state.focus == .panel(panel))
            let status = try #require(ReaderView.render(state).textLines.last)
            #expect(!status.contains(name), "\(panel): \(status)")
            #expect(!status.contains("mention"), "\(panel): \(status)")
            // The entity is still selected (its mentions stay painted).
            #expect(state.selection.entity == entity)
        }
        _ = state.handle(.key(.escape))
        #expect(state.focus == .article)
        #expect(ReaderView.render(state).textLines.last?.contains("· \(name)") == true)
    }

    @Test("j scrolls a cut-off help overlay even when a sidebar has the focus, and leaves the cursor")
    func helpScrollsWithSidebarFocus() {
        var state = ReaderState(article: EntityArticle.make(), rows: 12, columns: 120)
        _ = state.handle(.key(.tab))
        _ = state.handle(.key(.tab))
        #expect(state.focus == .entities)
        let cursor = state.cursor(of: .entities)
        _ = state.handle(.key(.character("h")))
        _ = state.handle(.key(.character("j")))
        #expect(state.showingHelp)
        #expect(state.helpTopLine == 1)
        #expect(state.cursor(of: .entities) == cursor)
    }
}

/// Ctrl-Z used to be ignored while the search prompt was open (found by a tester).
@Suite("Search prompt: suspend")
struct SearchPromptSuspendTests {
    @Test("Ctrl-Z in the search prompt suspends and keeps the prompt and its text")
    func suspendFromPrompt() throws {
        var state = ReaderState(article: TestArticles.long(), rows: 24, columns: 80)
        _ = state.handle(.key(.character("/")))
        for c in "Kor" { _ = state.handle(.key(.character(c))) }
        let effects = state.handle(.key(.control("z")))
        #expect(effects == [.suspend])
        let prompt = try #require(state.search.prompt)
        #expect(String(prompt.text) == "Kor")
    }
}
