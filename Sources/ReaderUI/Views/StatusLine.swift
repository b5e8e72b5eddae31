import TerminalText

/// Paints the status line on the last row: the headline (truncated by display width) on the
/// left; on the right the pending count or a message, the position in percent and key hints.
public enum StatusLine {
    /// The key hints shown at the right end when there is room.
    public static let hints = "h help  q quit"
    /// The hints while the quotes sidebar has the focus.
    public static let sidebarHints = "Enter jump  Esc back"

    /// Paints the last row of `buffer`.
    public static func render(_ state: ReaderState, into buffer: inout ScreenBuffer) {
        let row = buffer.rows - 1
        guard row >= 0 else { return }
        buffer.fill(row: row, role: .statusLine)
        let position = state.layout.lines.count <= state.viewportHeight
            ? "all" : "\(state.percentRead)%"
        var right = position
        if let current = state.currentQuotePosition {
            right = "quote \(current + 1)/\(state.visibleQuotes.count)  " + right
        }
        if let count = state.pendingCount {
            right = ":\(count)  " + right
        }
        if let message = state.statusMessage {
            right = message + "  " + right
        }
        let withHints = right + "  " + (state.focus == .quotes ? sidebarHints : hints)
        let title = state.article.headline ?? state.article.metadata.source ?? "Byline"
        let width = buffer.columns
        // Prefer hints; drop them before squeezing the headline below a third of the line.
        let rightText = DisplayWidth.of(withHints) + 2 <= width * 2 / 3 ? withHints : right
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
}
