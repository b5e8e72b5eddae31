import ArticleModel
import Testing
@testable import ReaderUI

/// The entities sidebar's state: order, the shared selection, mention jumps, quotes by
/// entity, focus and overlays, resizes.
@Suite("Named entities in the reader: state")
struct EntitiesStateTests {
    typealias I = EntityArticle.Index

    private func press(_ state: inout ReaderState, _ keys: String) {
        for c in keys { _ = state.handle(.key(.character(c))) }
    }

    private func mentionLine(_ state: ReaderState) throws -> Int {
        let entity = try #require(state.selection.entity)
        let mention = try #require(state.selection.mention)
        return state.line(of: state.article.entities[entity].mentions[mention])
    }

    private func onScreen(_ line: Int, _ state: ReaderState) -> Bool {
        line >= state.topLine && line < state.topLine + state.viewportHeight
    }

    @Test("the list is grouped by kind, by mention count then first position inside a group")
    func order() {
        let list = EntityList(entities: EntityArticle.make().entities)
        #expect(list.order == [I.lind, I.varga, I.quill, I.harbourBoard, I.portCalder, I.norland, I.nightFerryAct])
        #expect(list.rows == [
            .header(.person), .entity(position: 0), .entity(position: 1), .entity(position: 2),
            .header(.organization), .entity(position: 3),
            .header(.place), .entity(position: 4), .entity(position: 5),
            .header(.other), .entity(position: 6),
        ])
        #expect(list.rowOfPosition == [1, 2, 3, 5, 7, 8, 10])
    }

    @Test("empty groups and entities without mentions are left out")
    func emptyGroups() {
        let entities = [
            Entity(name: "Quay", kind: .place, mentions: [Mention(range: TextRange(block: 0, start: 0, end: 4), text: "Quay")]),
            Entity(name: "Ghost", kind: .person),
        ]
        let list = EntityList(entities: entities)
        #expect(list.order == [0])
        #expect(list.rows == [.header(.place), .entity(position: 0)])
    }

    @Test("Tab cycles article → quotes → entities → article; a quotes-only article skips entities")
    func tabCycle() {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        var seen: [Focus] = []
        for _ in 0..<4 {
            _ = state.handle(.key(.tab))
            seen.append(state.focus)
        }
        #expect(seen == [.quotes, .entities, .article, .quotes])
        var quotesOnly = ReaderState(article: QuotedArticle.make(), rows: 40, columns: 120)
        _ = quotesOnly.handle(.key(.tab))
        _ = quotesOnly.handle(.key(.tab))
        #expect(quotesOnly.focus == .article)
    }

    @Test("moving in the entities sidebar selects the entity; Enter jumps to its first mention")
    func selectAndEnter() throws {
        var state = ReaderState(article: EntityArticle.make(), rows: 24, columns: 120)
        _ = state.handle(.key(.tab))
        _ = state.handle(.key(.tab))
        // Entering the panel selects the entity under its cursor (the row drawn selected).
        #expect(state.selection == .entity(I.lind, mention: nil))
        press(&state, "j")
        #expect(state.selection == .entity(I.varga, mention: nil))
        press(&state, "k")
        #expect(state.selection == .entity(I.lind, mention: nil))
        _ = state.handle(.key(.enter))
        #expect(state.selection == .entity(I.lind, mention: 0))
        #expect(state.focus == .entities)
        #expect(onScreen(try mentionLine(state), state))
        press(&state, "G")
        #expect(state.selection.entity == I.nightFerryAct)
        press(&state, "g")
        #expect(state.selection.entity == I.lind)
    }

    @Test("] and [ step through the mentions with counts, and say so at the ends")
    func mentionJumps() throws {
        var state = ReaderState(article: EntityArticle.make(), rows: 12, columns: 80)
        press(&state, "]")
        #expect(state.statusMessage == "no entity selected (Tab or E: entities)")
        state.selection = .entity(I.harbourBoard, mention: nil)
        press(&state, "]")
        #expect(state.selection == .entity(I.harbourBoard, mention: 0))
        press(&state, "3]")
        #expect(state.selection.mention == 3)
        #expect(onScreen(try mentionLine(state), state))
        press(&state, "2[")
        #expect(state.selection.mention == 1)
        press(&state, "20]")
        #expect(state.selection.mention == 1)
        #expect(state.statusMessage == "no more mentions (last mention)")
        // The headline, the first paragraph and the twelve filler paragraphs name the board.
        #expect(state.article.entities[I.harbourBoard].mentions.count == 14)
        press(&state, "12]")
        #expect(state.selection.mention == 13)
        #expect(onScreen(try mentionLine(state), state))
        press(&state, "]")
        #expect(state.statusMessage == "no more mentions (last mention)")
        press(&state, "g")
        press(&state, "[")
        #expect(state.statusMessage == "no earlier mention (first mention)")
    }

    @Test("after scrolling away, ] starts from the first mention below the top of the viewport")
    func jumpFromScreen() {
        var state = ReaderState(article: EntityArticle.make(), rows: 12, columns: 80)
        state.selection = .entity(I.harbourBoard, mention: 0)
        press(&state, "G")
        press(&state, "[")
        // From the end: the last mention before the viewport's top, or the last one on it.
        let mention = state.selection.mention ?? -1
        #expect(mention > 0)
        #expect(state.line(of: state.article.entities[I.harbourBoard].mentions[mention]) < state.topLine + state.viewportHeight)
    }

    @Test("selecting a quote clears the entity selection and the other way round")
    func sharedSelection() {
        var state = ReaderState(article: EntityArticle.make(), rows: 24, columns: 120)
        press(&state, ".")
        #expect(state.selection == .quote(0))
        state.selection = .entity(I.varga, mention: nil)
        press(&state, "]")
        #expect(state.currentQuote == nil)
        #expect(state.selection.entity == I.varga)
        press(&state, ".")
        #expect(state.selection.quote != nil)
        #expect(state.selection.entity == nil)
    }

    @Test("Esc in the article clears the selection; c clears it and the search highlights, n still repeats")
    func clearing() {
        var state = ReaderState(article: EntityArticle.make(), rows: 24, columns: 120)
        state.selection = .entity(I.lind, mention: nil)
        press(&state, "]")
        _ = state.handle(.key(.escape))
        #expect(state.selection == .none)
        for c in "/tides" { _ = state.handle(.key(.character(c))) }
        _ = state.handle(.key(.enter))
        #expect(!state.search.matches.isEmpty)
        state.selection = .entity(I.lind, mention: nil)
        press(&state, "c")
        #expect(state.selection == .none)
        #expect(state.search.matches.isEmpty)
        press(&state, "n")
        #expect(!state.search.matches.isEmpty)
    }

    @Test("s in the entities sidebar narrows the quotes to that person; . and , visit only theirs")
    func quotesOfAnEntity() {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        _ = state.handle(.key(.tab))
        _ = state.handle(.key(.tab))
        press(&state, "j")          // Ines Varga
        press(&state, "s")
        #expect(state.speakerFilterEntity == I.varga)
        #expect(state.visibleQuotes == [0, 2, 3])
        #expect(state.statusMessage == "3 quotes by Ines Varga (. , jump)")
        #expect(state.focus == .entities)  // both panels are on screen: the focus stays
        _ = state.handle(.key(.escape))
        press(&state, "...")
        #expect(state.currentQuote == 3)
        press(&state, ".")
        #expect(state.statusMessage == "no more quotes (last quote)")
        _ = state.handle(.key(.tab))
        _ = state.handle(.key(.tab))
        press(&state, "k")          // Bo Lind
        press(&state, "s")
        #expect(state.speakerFilterEntity == I.lind)
        #expect(state.visibleQuotes == [1, 4])
        press(&state, "s")
        #expect(state.speakerFilterEntity == nil)
        #expect(state.visibleQuotes.count == 5)
        #expect(state.statusMessage == "all speakers")
    }

    @Test("an entity without quotes says so and leaves the quotes as they were")
    func entityWithoutQuotes() {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        _ = state.handle(.key(.tab))
        _ = state.handle(.key(.tab))
        press(&state, "jj")         // Mara Quill
        press(&state, "s")
        #expect(state.statusMessage == "no quotes by Mara Quill")
        #expect(state.speakerFilterEntity == nil)
        #expect(state.visibleQuotes.count == 5)
    }

    @Test("s in the article uses the selected entity, else the current quote's speaker entity")
    func speakerFilterFromArticle() {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        state.selection = .entity(I.lind, mention: nil)
        press(&state, "s")
        #expect(state.speakerFilterEntity == I.lind)
        press(&state, "s")
        #expect(state.speakerFilterEntity == nil)
        press(&state, ".")          // quote 0, by Ines Varga (entity 2)
        press(&state, "s")
        #expect(state.speakerFilterEntity == I.varga)
        #expect(state.speakerFilter == "Ines Varga")
    }

    @Test("on a narrow terminal E opens the entities overlay with the focus; Enter jumps and closes it")
    func narrowOverlay() throws {
        var state = ReaderState(article: EntityArticle.make(), rows: 24, columns: 80)
        #expect(state.geometry.sidebarLeft == nil)
        press(&state, "E")
        #expect(state.overlayPanel == .entities)
        #expect(state.focus == .entities)
        #expect(state.geometry.sidebarIsOverlay)
        #expect(state.measure == 80)
        press(&state, "jjj")        // Harbour Board
        _ = state.handle(.key(.enter))
        #expect(state.selection == .entity(I.harbourBoard, mention: 0))
        #expect(state.focus == .article)
        #expect(state.overlayPanel == nil)
        #expect(state.geometry.sidebarLeft == nil)
        press(&state, "E")
        press(&state, "E")
        #expect(state.overlayPanel == nil && state.focus == .article)
    }

    @Test("on a narrow terminal Tab goes quotes overlay → entities overlay → article")
    func narrowTab() {
        var state = ReaderState(article: EntityArticle.make(), rows: 24, columns: 80)
        _ = state.handle(.key(.tab))
        #expect(state.overlayPanel == .quotes && state.focus == .quotes)
        _ = state.handle(.key(.tab))
        #expect(state.overlayPanel == .entities && state.focus == .entities)
        _ = state.handle(.key(.tab))
        #expect(state.overlayPanel == nil && state.focus == .article)
    }

    @Test("s in the entities overlay shows that person's quotes in the quotes overlay")
    func narrowQuotesOfAnEntity() {
        var state = ReaderState(article: EntityArticle.make(), rows: 24, columns: 80)
        press(&state, "E")
        press(&state, "s")          // Bo Lind, under the cursor
        #expect(state.overlayPanel == .quotes)
        #expect(state.focus == .quotes)
        #expect(state.visibleQuotes == [1, 4])
        #expect(ReaderView.render(state).textLines[0].contains("Quotes · Bo Lind (2)"))
    }

    @Test("a short docked sidebar shows one panel at a time: Tab and E bring entities in front")
    func shortSidebar() {
        var state = ReaderState(article: EntityArticle.make(), rows: 10, columns: 120)
        #expect(state.sidebarPanels == SidebarPanels([.quotes: 0..<9]))
        press(&state, "E")
        #expect(state.sidebarPanels == SidebarPanels([.entities: 0..<9]))
        #expect(state.focus == .article)
        press(&state, "\"")
        #expect(state.sidebarPanels == SidebarPanels([.quotes: 0..<9]))
        _ = state.handle(.key(.tab))
        _ = state.handle(.key(.tab))
        #expect(state.focus == .entities)
        #expect(state.sidebarPanels == SidebarPanels([.entities: 0..<9]))
        press(&state, "E")          // hides the entities panel: the quotes take the sidebar
        #expect(state.focus == .article)
        #expect(state.sidebarPanels == SidebarPanels([.quotes: 0..<9]))
    }

    @Test("the split gives each panel what it needs when both fit, and at least 5 rows")
    func split() {
        #expect(SidebarPanels.make(height: 39, needs: [(.quotes, 12), (.entities, 12)], solo: .quotes)
            == SidebarPanels([.quotes: 0..<12, .entities: 12..<39]))
        #expect(SidebarPanels.make(height: 29, needs: [(.quotes, 62), (.entities, 12)], solo: .quotes)
            == SidebarPanels([.quotes: 0..<17, .entities: 17..<29]))
        #expect(SidebarPanels.make(height: 29, needs: [(.quotes, 8), (.entities, 40)], solo: .quotes)
            == SidebarPanels([.quotes: 0..<8, .entities: 8..<29]))
        #expect(SidebarPanels.make(height: 29, needs: [(.quotes, 40), (.entities, 40)], solo: .quotes)
            == SidebarPanels([.quotes: 0..<14, .entities: 14..<29]))
        #expect(SidebarPanels.make(height: 12, needs: [(.quotes, 2), (.entities, 40)], solo: .quotes)
            == SidebarPanels([.quotes: 0..<5, .entities: 5..<12]))
        #expect(SidebarPanels.make(height: 9, needs: [(.quotes, 4), (.entities, 4)], solo: .entities)
            == SidebarPanels([.entities: 0..<9]))
        #expect(SidebarPanels.make(height: 9, needs: [(.entities, 4)], solo: .quotes)
            == SidebarPanels([.entities: 0..<9]))
    }

    @Test("resizes keep the selection and the current mention on screen",
          arguments: [(24, 80), (20, 60), (12, 45), (6, 30), (40, 130), (30, 100)])
    func resizeKeepsMention(rows: Int, columns: Int) throws {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 130)
        state.selection = .entity(I.harbourBoard, mention: nil)
        press(&state, "9]")
        #expect(state.selection.mention == 8)
        _ = state.handle(.resize(rows: rows, columns: columns))
        #expect(state.selection == .entity(I.harbourBoard, mention: 8))
        #expect(onScreen(try mentionLine(state), state), "\(columns)x\(rows)")
    }

    @Test("a focused entities panel that no longer fits becomes the overlay, still focused")
    func focusedEntitiesCollapse() {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 130)
        _ = state.handle(.key(.tab))
        _ = state.handle(.key(.tab))
        press(&state, "jj")
        _ = state.handle(.resize(rows: 20, columns: 60))
        #expect(state.focus == .entities)
        #expect(state.overlayPanel == .entities)
        #expect(state.cursor(of: .entities) == 2)
        _ = state.handle(.resize(rows: 40, columns: 130))
        #expect(state.geometry.sidebarIsOverlay == false)
        #expect(state.isShown(.entities) && state.isShown(.quotes))
    }

    @Test("the entities list scrolls to keep the cursor (and its group header) in view")
    func listScrolls() {
        var state = ReaderState(article: EntityArticle.make(), rows: 8, columns: 80)
        press(&state, "E")
        // 7 rows above the status line: the title and 6 list rows.
        press(&state, "G")
        #expect(state.cursor(of: .entities) == 6)
        #expect(state.top(of: .entities) == 11 - 6)
        press(&state, "g")
        #expect(state.top(of: .entities) == 0)
        press(&state, "jjj")        // Harbour Board: row 5, under its header at row 4
        #expect(state.top(of: .entities) == 0)
        press(&state, "jj")         // Norland: row 8
        #expect(state.top(of: .entities) == 3)
        press(&state, "kk")         // Harbour Board again: its header (row 4) comes back
        #expect(state.top(of: .entities) == 3)
        press(&state, "k")          // Mara Quill: row 3
        #expect(state.top(of: .entities) == 3)
        press(&state, "k")
        #expect(state.top(of: .entities) == 2)
    }

    @Test("an article without entities: E, ] and Tab say so; no sidebar is docked for nothing")
    func noEntities() {
        var state = ReaderState(article: TestArticles.short, rows: 24, columns: 120)
        #expect(state.geometry.sidebarLeft == nil)
        press(&state, "E")
        #expect(state.statusMessage == "no named entities in this article")
        press(&state, "]")
        #expect(state.statusMessage == "no named entities in this article")
        _ = state.handle(.key(.tab))
        #expect(state.statusMessage == "no quotes or named entities in this article")
    }
}
