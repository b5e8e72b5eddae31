import ArticleModel
import ReaderTestSupport
import TerminalText
import Testing
@testable import ReaderUI

/// The entities sidebar and the selected entity's mentions rendered into a ``ScreenBuffer``.
@Suite("Named entities in the reader: rendered screens")
struct EntitiesRenderTests {
    typealias I = EntityArticle.Index

    private func press(_ state: inout ReaderState, _ keys: String) {
        for c in keys { _ = state.handle(.key(.character(c))) }
    }

    /// The sidebar's part of each row (from its border on), trailing spaces removed.
    private func sidebar(_ buffer: ScreenBuffer, from column: Int, rows: Range<Int>) -> [String] {
        rows.map { row in
            var line = ""
            for c in column..<buffer.columns where !buffer[row, c].isContinuation { line += buffer[row, c].grapheme }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Columns of the first occurrence of `text` in `row` of `buffer` (cells, not characters).
    private func columns(of text: String, row: Int, in buffer: ScreenBuffer, after start: Int = 0) -> Range<Int>? {
        let graphemes = Array(text).map(String.init)
        for c in start..<buffer.columns {
            var cc = c
            var ok = true
            for g in graphemes {
                guard cc < buffer.columns, buffer[row, cc].grapheme == g else { ok = false; break }
                cc += max(1, buffer[row, cc].width)
            }
            if ok { return c..<cc }
        }
        return nil
    }

    private func row(containing text: String, in buffer: ScreenBuffer) -> Int? {
        buffer.textLines.firstIndex { $0.contains(text) }
    }

    @Test("120x40: quotes on top, entities below, grouped, ordered, counts right-aligned")
    func wide120x40() throws {
        let state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        #expect(state.sidebarPanels == SidebarPanels([.quotes: 0..<12, .entities: 12..<39]))
        let buffer = ReaderView.render(state)
        let left = 120 - 39
        #expect(sidebar(buffer, from: left - 1, rows: 0..<24) == [
            "│ Quotes (5)",
            "│",
            "│ 1. Ines Varga",
            "│   “We will run the boats all night,”",
            "│ 2. Bo Lind",
            "│   “The numbers do not add up,”",
            "│ 3. Ines Varga",
            "│   “fully costed”",
            "│ 4. Ines Varga",
            "│   “Every crossing pays.”",
            "│ 5. Bo Lind",
            "│   “We will see,”",
            "│ Entities (7) ────────────────────────",
            "│ People",
            "│  Bo Lind                            3",
            "│  Ines Varga                         2",
            "│  Mara Quill                         1",
            "│ Organizations",
            "│  Harbour Board                     14",
            "│ Places",
            "│  Port Calder                        2",
            "│  Norland                            2",
            "│ Other",
            "│  Night Ferry Act                    1",
        ])
        // Kind roles on names and counts, header and title roles, the rule in the border role.
        #expect(buffer[14, left + 2].role == .person && buffer[14, left + 2].grapheme == "B")
        #expect(buffer[14, 118].role == .person && buffer[14, 118].grapheme == "3")
        #expect(buffer[18, left + 2].role == .organization)
        #expect(buffer[18, 117].grapheme == "1" && buffer[18, 118].grapheme == "4")
        #expect(buffer[20, left + 2].role == .place)
        #expect(buffer[23, left + 2].role == .otherEntity)
        #expect(buffer[13, left + 1].role == .sidebarTitle && buffer[13, left + 1].grapheme == "P")
        #expect(buffer[12, left].role == .sidebarTitle)
        #expect(buffer[12, 118].role == .border)
        #expect(state.measure == 80)
    }

    @Test("the focused panel's title is drawn in the selection role, the cursor with a marker")
    func focusMark() {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        let left = 120 - 39
        _ = state.handle(.key(.tab))
        var buffer = ReaderView.render(state)
        #expect(buffer[0, left].role == .sidebarSelection)
        #expect(buffer[12, left].role == .sidebarTitle)
        _ = state.handle(.key(.tab))
        press(&state, "j")
        buffer = ReaderView.render(state)
        #expect(buffer[0, left].role == .sidebarTitle)
        #expect((left..<119).allSatisfy { buffer[12, $0].role == .sidebarSelection })
        #expect(buffer[15, left].grapheme == "▶")
        #expect(buffer[15, left + 1].role == .sidebarSelection)
        #expect(buffer[14, left + 2].role == .person)
        #expect(buffer.textLines[39].contains("2 mentions · Ines Varga"))
        #expect(buffer.textLines[39].contains("Enter jump  s quotes  Esc back"))
        // Back in the article the selected entity's row keeps the selected-mention role.
        _ = state.handle(.key(.escape))
        buffer = ReaderView.render(state)
        #expect(buffer[15, left + 1].role == .selectedMention)
        #expect(!buffer.textLines.contains { $0.contains("▶") })
    }

    @Test("every mention on screen is highlighted, the current one in its own role, on exactly its cells")
    func mentionHighlights() throws {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        state.selection = .entity(I.lind, mention: nil)
        press(&state, "]")
        #expect(state.selection == .entity(I.lind, mention: 0))
        let buffer = ReaderView.render(state)
        let articleColumns = state.geometry.articleColumns
        let first = try #require(row(containing: "councillor Bo Lind", in: buffer))
        let cells = try #require(columns(of: "Bo Lind", row: first, in: buffer))
        #expect(cells.allSatisfy { buffer[first, $0].role == .currentMatch })
        #expect(buffer[first, cells.lowerBound - 1].role == .body)
        #expect(buffer[first, cells.upperBound].role == .body)
        let second = try #require(row(containing: "Lind agreed", in: buffer))
        let alias = try #require(columns(of: "Lind agreed", row: second, in: buffer))
        #expect((alias.lowerBound..<(alias.lowerBound + 4)).allSatisfy { buffer[second, $0].role == .selectedMention })
        #expect(buffer[second, alias.lowerBound + 4].role == .body)
        // No other cell of the article pane is in a mention role.
        let marked = (0..<39).flatMap { r in (0..<articleColumns).filter { [.currentMatch, .selectedMention].contains(buffer[r, $0].role) } }
        #expect(marked.count == 7 + 4 + (buffer.textLines.contains { $0.contains("\"We will see,\" Lind said") } ? 4 : 0))
        #expect(buffer.textLines[39].contains("mention 1/3 · Bo Lind"))
        // The search's matches are painted over mentions.
        for c in "/Bo L" { _ = state.handle(.key(.character(c))) }
        _ = state.handle(.key(.enter))
        let searched = ReaderView.render(state)
        #expect(searched[first, cells.lowerBound].role == .currentMatch)
        #expect(searched[first, cells.upperBound - 1].role == .currentMatch)
        #expect(searched[first, cells.upperBound - 2].role == .currentMatch)
    }

    @Test("a quote selection is drawn as before; selecting an entity removes the current-quote role")
    func quoteThenEntity() {
        var state = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        press(&state, ".")
        var roles = Set((0..<39).flatMap { ReaderView.render(state).roles(row: $0) })
        #expect(roles.contains(.currentQuote))
        state.selection = .entity(I.varga, mention: nil)
        press(&state, "]")
        roles = Set((0..<39).flatMap { ReaderView.render(state).roles(row: $0) })
        #expect(!roles.contains(.currentQuote))
        #expect(roles.contains(.selectedMention) || roles.contains(.currentMatch))
    }

    @Test("100x30: both panels docked in a 33-column sidebar; the quotes title names the entity filter")
    func medium100x30() {
        var state = ReaderState(article: EntityArticle.make(), rows: 30, columns: 100)
        #expect(state.geometry.sidebarColumns == 33)
        #expect(state.sidebarPanels == SidebarPanels([.quotes: 0..<12, .entities: 12..<29]))
        state.selection = .entity(I.lind, mention: nil)
        press(&state, "s")
        let buffer = ReaderView.render(state)
        let left = 100 - 33
        #expect(sidebar(buffer, from: left - 1, rows: 0..<6) == [
            "│ Quotes · Bo Lind (2)",
            "│",
            "│ 1. Bo Lind",
            "│   “The numbers do not add up,”",
            "│ 2. Bo Lind",
            "│   “We will see,”",
        ])
        #expect(sidebar(buffer, from: left - 1, rows: 12..<15) == [
            "│ Entities (7) ──────────────────",
            "│ People",
            "│  Bo Lind                      3",
        ])
        #expect(buffer[14, left + 1].role == .selectedMention)
    }

    @Test("80x24: no sidebar until E; the overlay lists the groups; \" switches to the quotes")
    func narrow80x24() {
        var state = ReaderState(article: EntityArticle.make(), rows: 24, columns: 80)
        var buffer = ReaderView.render(state)
        #expect(!buffer.textLines.contains { $0.contains("│ Entities") })
        press(&state, "E")
        buffer = ReaderView.render(state)
        let left = 80 - 40
        #expect(sidebar(buffer, from: left, rows: 0..<5) == [
            "│ Entities (7)",
            "│ People",
            "│▶ Bo Lind                            3",
            "│  Ines Varga                         2",
            "│  Mara Quill                         1",
        ])
        // The article underneath keeps its full measure.
        #expect(buffer.textLines[0].hasPrefix("Harbour Board Approves"))
        press(&state, "\"")
        buffer = ReaderView.render(state)
        #expect(buffer.textLines[0].contains("│ Quotes (5)"))
        #expect(state.focus == .quotes)
    }

    @Test("tiny terminals: the overlay fits, truncates, and never writes past its box",
          arguments: [(5, 20), (6, 24), (8, 30)])
    func tiny(rows: Int, columns: Int) {
        var state = ReaderState(article: EntityArticle.make(), rows: rows, columns: columns)
        press(&state, "E")
        press(&state, "jjj")
        let buffer = ReaderView.render(state)
        let lines = buffer.textLines
        #expect(lines.count == rows)
        #expect(lines.allSatisfy { DisplayWidth.of($0) == columns })
        #expect(lines[0].contains("Entities"))
        // The cursor's row (Harbour Board) is on screen with its count at the right edge.
        let cursorRow = lines.firstIndex { $0.contains("▶") }
        #expect(cursorRow != nil)
        if let cursorRow {
            #expect(buffer[cursorRow, columns - 3].grapheme == "1" && buffer[cursorRow, columns - 2].grapheme == "4")
        }
        #expect(lines[rows - 1].contains("Harbour Board") || columns < 30)
    }

    @Test("wide names are truncated by display width and keep the count in its column")
    func wideNames() throws {
        var state = ReaderState(article: EntityArticle.wideNames(), rows: 12, columns: 30)
        press(&state, "E")
        let buffer = ReaderView.render(state)
        // Overlay 30 columns: border, marker, 27 columns of text; names get 27 - 1 - 1 - 2.
        let textLeft = 2
        let nameRoom = 23
        var seen: [String] = []
        for row in 1..<11 {
            guard buffer[row, 28].grapheme == "1" else { continue }
            var name = ""
            var width = 0
            for c in (textLeft + 1)..<28 where !buffer[row, c].isContinuation {
                name += buffer[row, c].grapheme
                width += buffer[row, c].width
            }
            while name.last == " " { name.removeLast() }
            #expect(DisplayWidth.of(name) <= nameRoom, "\(name)")
            seen.append(name)
        }
        #expect(seen == [
            "Wilhelmina Esperanza C…",
            "李明",
            "東京湾岸フェリー運航管…",
            "🚢⚓ Ferry Friends of…",
        ])
        // No wide cluster is cut: every lead cell is followed by its continuation.
        for row in 0..<12 {
            for c in 0..<30 where buffer[row, c].width == 2 {
                #expect(buffer[row, c + 1].isContinuation)
            }
        }
    }

    @Test("a theme switch (T) keeps the focus, the selection and the current mention")
    func themeSwitchKeepsState() throws {
        let terminal = TestTerminal(rows: 40, columns: 120, script:
            [.key(.tab), .key(.tab)] + KeyScript.typing("j") + [.key(.enter)] + KeyScript.typing("]T") + KeyScript.typing("q"))
        var start = ReaderState(article: EntityArticle.make(), rows: 40, columns: 120)
        start.setThemes([.standard, Theme(name: "other", styles: [:])])
        let final = ReaderLoop.run(state: start, backend: terminal)
        #expect(final.themeIndex == 1)
        #expect(final.focus == .entities)
        #expect(final.selection == .entity(I.varga, mention: 1))
        // The last frame is the final state's (the status line carries the theme's name).
        let last = try #require(terminal.lastFrame)
        #expect(Array(last.textLines.dropLast()) == Array(ReaderView.render(final).textLines.dropLast()))
        #expect(last.textLines[39].contains("other"))
    }
}
