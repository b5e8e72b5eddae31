import ArticleModel
import TerminalText

/// The highlights panel: one row per highlight in reading order (its first words, cut to 18
/// columns when it has a note, then the note after "—"), under a one-row title; `Enter` jumps, `e` edits the note, `x` deletes,
/// `y` copies it as a citation. Hidden until asked for (`i`).
enum HighlightsPanel: PanelContent {
    static let titleRows = 1
    static let rowsPerEntry = 1
    static let shownByDefault = false
    static var hints: String { "Enter jump  e note  x delete  y copy" }
    static let emptyMessage = "no highlights yet (v selects, * keeps)"

    static func hasEntries(_ state: ReaderState) -> Bool { !state.highlights.isEmpty }

    static func neededRows(_ state: ReaderState) -> Int { titleRows + state.highlights.count }

    static func entryCount(_ state: ReaderState) -> Int { state.highlights.count }

    static func listRows(_ state: ReaderState) -> Int { state.highlights.count }

    static func rows(ofEntry entry: Int, in state: ReaderState) -> Range<Int>? { entry..<(entry + 1) }

    static func followedEntry(_ state: ReaderState) -> Int? { nil }

    static func focused(_ state: inout ReaderState) {}

    static func cursorMoved(_ state: inout ReaderState) {}

    static func activate(_ state: inout ReaderState) {
        let cursor = state.cursor(of: .highlights)
        guard state.highlights.indices.contains(cursor) else { return }
        state.jump(to: state.highlights[cursor].span.start)
        if state.overlayPanel == .highlights { state.leaveSidebar() }
    }

    static func editEntry(_ state: inout ReaderState) { state.editHighlightNote() }

    static func deleteEntry(_ state: inout ReaderState) { state.deleteHighlight() }

    static func render(_ state: ReaderState, rows: Range<Int>, into buffer: inout ScreenBuffer) {
        let highlights = state.highlights
        PanelList.render(
            state, panel: .highlights, title: " Highlights (\(highlights.count))", rows: rows,
            entries: highlights.map { highlight in
                let words = MarksPanel.snippet(state.article, at: highlight.span.start)
                // With a note, the words give way to it after 18 columns.
                let text = highlight.note.map { Truncation.truncate(words, toWidth: 18) + " — " + $0 } ?? words
                return (text: text, role: .sidebarItem)
            },
            into: &buffer)
    }
}
