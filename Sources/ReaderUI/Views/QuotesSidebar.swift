import ArticleModel
import TerminalText

/// Paints the quotes sidebar (the top panel of the sidebar when the entities panel shares
/// it): a title with the count (and the speaker filter), then one
/// entry of two lines per quotation, the speaker and the quote's opening words, truncated by
/// display width. The current quotation is drawn in the current-quote role; the selection, when
/// the sidebar has the focus, in the selection role.
public enum QuotesSidebar {
    /// Rows each entry takes.
    public static let rowsPerEntry = 2

    /// How many entries fit in a sidebar of `rows` rows (title and status line excluded).
    public static func visibleEntries(rows: Int) -> Int {
        QuotesPanel.visibleRows(panelRows: rows) / rowsPerEntry
    }

    /// Paints the quotes panel into its `rows` (``ReaderState/sidebarPanels``) of the
    /// sidebar's columns of `buffer`. The title is drawn in the selection role while the
    /// panel has the focus.
    public static func render(_ state: ReaderState, rows panel: Range<Int>, into buffer: inout ScreenBuffer) {
        let geometry = state.geometry
        guard let left = geometry.sidebarLeft else { return }
        let width = geometry.sidebarColumns
        let firstRow = panel.lowerBound
        let rows = min(panel.count, max(0, buffer.rows - 1 - firstRow))
        let textLeft = geometry.sidebarIsOverlay ? left + 2 : left + 1
        let textWidth = max(1, width - (textLeft - left) - 1)
        for row in panel.prefix(rows) {
            buffer.fill(row: row, column: left, width: width, role: .sidebarItem)
            buffer.write("│", row: row, column: geometry.sidebarIsOverlay ? left : left - 1, role: .border)
        }
        let list = state.visibleQuotes
        var title = " Quotes (\(list.count))"
        if let speaker = state.speakerFilter { title = " Quotes · \(speaker) (\(list.count))" }
        if let filter = state.quotesFilter, state.isEditingQuotesFilter || !filter.isEmpty {
            title = " /\(filter)" + (state.isEditingQuotesFilter ? "▏" : "") + " (\(list.count))"
        }
        SidebarTitle.draw(
            title, focused: state.focus == .quotes, row: firstRow, left: textLeft - 1,
            width: textWidth, into: &buffer)
        let visible = visibleEntries(rows: rows)
        let top = state.shownTop(of: .quotes, panelRows: rows) / rowsPerEntry
        for slot in 0..<visible {
            let position = top + slot
            guard position < list.count else { break }
            let index = list[position]
            let quote = state.article.quotes[index]
            let row = firstRow + 2 + slot * rowsPerEntry
            guard row + 1 < firstRow + rows else { break }
            let isSelected = state.focus == .quotes && position == state.sidebarSelection
            let isCurrent = index == state.currentQuote
            let lineRole: StyleRole = isSelected ? .sidebarSelection : (isCurrent ? .currentQuote : .sidebarItem)
            let speaker = quote.speaker ?? quote.speakerMention.map { "\($0)?" } ?? "unknown"
            let head = "\(position + 1). \(speaker)"
            let words = "“" + quote.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "”"
            if isSelected || isCurrent {
                buffer.fill(row: row, column: textLeft, width: textWidth, role: lineRole)
                buffer.fill(row: row + 1, column: textLeft, width: textWidth, role: lineRole)
            }
            if isSelected {
                // The selection also gets a marker, so it stays apart from the current quote
                // when both are drawn reversed.
                buffer.write("▶", row: row, column: textLeft - 1, role: .sidebarSelection)
            }
            buffer.write(
                Truncation.truncate(head, toWidth: textWidth), row: row, column: textLeft,
                role: isSelected || isCurrent ? lineRole : .speaker, limit: textLeft + textWidth)
            buffer.write(
                Truncation.truncate("  " + words, toWidth: textWidth), row: row + 1, column: textLeft,
                role: lineRole, limit: textLeft + textWidth)
        }
    }
}
