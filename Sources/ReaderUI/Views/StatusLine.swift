import TerminalText

/// Paints the status line on the last row: the headline (truncated by display width) on the
/// left; on the right the pending count or a message, the position in percent and key hints.
public enum StatusLine {
    /// The key hints shown at the right end when there is room.
    public static let hints = "h help  q quit"
    /// The hints while the quotes sidebar has the focus.
    public static let sidebarHints = "Enter jump  Esc back"
    /// The hints while the entities sidebar has the focus.
    public static let entitiesHints = "Enter jump  s quotes  Esc back"

    /// Paints the last row of `buffer`.
    public static func render(_ state: ReaderState, into buffer: inout ScreenBuffer) {
        let row = buffer.rows - 1
        guard row >= 0 else { return }
        buffer.fill(row: row, role: .statusLine)
        if let editing = state.noteEditor {
            renderLine(
                lead: "note: ", text: editing.editor.text,
                cursor: editing.editor.cursor, message: state.statusMessage, row: row, into: &buffer)
            return
        }
        if let prompt = state.search.prompt {
            var lead = prompt.forward ? "/" : "?"
            if prompt.isRegex { lead += "(regex) " }
            if prompt.ignoresDiacritics { lead += "(~) " }
            renderLine(lead: lead, text: prompt.text, cursor: prompt.cursor, message: state.statusMessage, row: row, into: &buffer)
            return
        }
        let position = state.layout.lines.count <= state.viewportHeight
            ? "all" : "\(state.percentRead)%"
        var right = position
        let wordsLeft = state.wordsLeft
        if wordsLeft > 0 {
            right = "\(wordsLeft) words · \(state.minutesLeft) min left  " + right
        }
        if state.openArticles.count > 1 {
            right = "article \(state.currentArticle + 1)/\(state.openArticles.count)  " + right
        }
        if let current = state.search.current, state.search.query != nil, state.search.isComplete {
            right = "match \(current + 1)/\(state.search.matches.count)  " + right
        }
        // The selection's count ("quote 3/17", "mention 2/9 · Name") describes what the
        // article's keys and the quotes and entities panels act on; another panel with the
        // focus (highlights, marks, outline, links, articles, history) has its own line.
        let focusedPanel = state.focus.panel
        let describesSelection = focusedPanel == nil || focusedPanel == .quotes || focusedPanel == .entities
        if describesSelection, let current = state.currentQuotePosition {
            right = "quote \(current + 1)/\(state.visibleQuotes.count)  " + right
        }
        if describesSelection, let entity = state.selection.entity, state.article.entities.indices.contains(entity) {
            let selected = state.article.entities[entity]
            let count = selected.mentions.count
            let where_ = state.selection.mention.map { "mention \($0 + 1)/\(count)" }
                ?? "\(count) \(count == 1 ? "mention" : "mentions")"
            right = "\(where_) · \(selected.name)  " + right
        }
        if let passage = state.passage, state.statusMessage == nil {
            right = "selected: \(state.passageDescription(passage))  " + right
        }
        if let count = state.pendingCount {
            right = ":\(count)  " + right
        }
        if let message = state.statusMessage {
            right = message + "  " + right
        }
        let focusHints = state.focus.panel?.content.hints ?? hints
        let withHints = right + "  " + focusHints
        // A notice (a warning at start, the theme's name) takes the headline's place.
        let title = state.notice ?? state.article.headline ?? state.article.metadata.source ?? "Byline"
        let width = buffer.columns
        // Prefer hints; drop them before squeezing the headline below a third of the line,
        // and while a notice is shown.
        let rightText = state.notice == nil && DisplayWidth.of(withHints) + 2 <= width * 2 / 3 ? withHints : right
        let rightWidth = min(width, DisplayWidth.of(rightText))
        let shownRight = Truncation.truncate(rightText, toWidth: width - 1)
        let leftRoom = width - rightWidth - 3
        if leftRoom > 0 {
            buffer.write(
                Truncation.truncate(title, toWidth: leftRoom), row: row, column: 1,
                role: .statusLine)
        }
        let start = max(0, width - DisplayWidth.of(shownRight) - 1)
        buffer.write(shownRight, row: row, column: start, role: .statusLine)
    }

    /// A prompt: its lead (the search prompt's `/` or `?` and mode flags, the note prompt's
    /// label), the line being typed (scrolled so the cursor stays visible) and, on the right,
    /// a message such as "pattern not found".
    private static func renderLine(
        lead: String, text: [Character], cursor: Int, message: String?, row: Int, into buffer: inout ScreenBuffer
    ) {
        let width = buffer.columns
        let note = message.map { "  " + $0 + " " } ?? ""
        let noteWidth = min(DisplayWidth.of(note), max(0, width / 2))
        let leadWidth = DisplayWidth.of(lead)
        let room = max(1, width - leadWidth - noteWidth - 1)
        // Show the part of the pattern that keeps the cursor on screen.
        var start = 0
        while DisplayWidth.of(String(text[start..<cursor])) >= room, start < cursor { start += 1 }
        var shown = ""
        var used = 0
        for c in text[start...] {
            let w = DisplayWidth.of(c)
            if used + w > room { break }
            shown.append(c)
            used += w
        }
        var column = buffer.write(lead, row: row, column: 0, role: .prompt)
        column = buffer.write(shown, row: row, column: column, role: .prompt)
        buffer.fill(row: row, column: column, width: width - column, role: .prompt)
        let cursorColumn = leadWidth + DisplayWidth.of(String(text[start..<cursor]))
        buffer.cursor = (row, min(width - 1, cursorColumn))
        if !note.isEmpty {
            let text = Truncation.truncate(note, toWidth: noteWidth)
            buffer.write(text, row: row, column: max(column, width - DisplayWidth.of(text)), role: .prompt)
        }
    }
}
