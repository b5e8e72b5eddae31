import TerminalText

/// Draws a panel whose entries are one row each (the marks, the outline): its part of the
/// sidebar's background and border, the title (a rule when it sits below another panel), and
/// the entries from the panel's shown top, each truncated by display width; the cursor, while
/// the panel has the focus, in the selection role with a marker, and `current` (an entry to
/// set apart when not focused) in the current-quote role.
enum PanelList {
    static func render(
        _ state: ReaderState, panel: SidebarPanel, title: String, rows: Range<Int>,
        entries: [(text: String, role: StyleRole)], current: Int? = nil, into buffer: inout ScreenBuffer
    ) {
        let geometry = state.geometry
        guard let left = geometry.sidebarLeft else { return }
        let width = geometry.sidebarColumns
        let firstRow = rows.lowerBound
        let count = min(rows.count, max(0, buffer.rows - 1 - firstRow))
        guard count > 0 else { return }
        let textLeft = geometry.sidebarIsOverlay ? left + 2 : left + 1
        let textWidth = max(1, width - (textLeft - left) - 1)
        for row in firstRow..<(firstRow + count) {
            buffer.fill(row: row, column: left, width: width, role: .sidebarItem)
            buffer.write("│", row: row, column: geometry.sidebarIsOverlay ? left : left - 1, role: .border)
        }
        let focused = state.focus == panel.focus
        SidebarTitle.draw(
            title, focused: focused, row: firstRow, left: textLeft - 1, width: textWidth,
            rule: firstRow > 0, into: &buffer)
        let visible = count - 1
        guard visible > 0 else { return }
        let top = state.shownTop(of: panel, panelRows: count)
        for slot in 0..<visible {
            let index = top + slot
            guard entries.indices.contains(index) else { break }
            let row = firstRow + 1 + slot
            let isCursor = focused && index == state.cursor(of: panel)
            let isCurrent = !focused && index == current
            let role: StyleRole = isCursor ? .sidebarSelection : (isCurrent ? .currentQuote : entries[index].role)
            if isCursor || isCurrent { buffer.fill(row: row, column: textLeft, width: textWidth, role: role) }
            if isCursor { buffer.write("▶", row: row, column: textLeft - 1, role: .sidebarSelection) }
            let text = entries[index].text
            buffer.write(Truncation.truncate(text, toWidth: textWidth - 1), row: row, column: textLeft + 1, role: role,
                         limit: textLeft + textWidth)
        }
    }
}
