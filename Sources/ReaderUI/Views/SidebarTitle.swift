import TerminalText

/// Draws a sidebar panel's title row: the title (truncated by display width) in the title
/// role; while the panel has the focus, the whole row in the selection role, so the focused
/// panel is visible at a glance (also without colour: the role is reversed in every theme).
enum SidebarTitle {
    /// Writes `text` at (`row`, `left`), truncated to `width` columns (the row's fill
    /// takes one column more, the marker column before the entries). With `rule`, the
    /// columns after the text are a horizontal line in the border role, which sets a lower
    /// panel apart from the one above it.
    static func draw(
        _ text: String, focused: Bool, row: Int, left: Int, width: Int, rule: Bool = false,
        into buffer: inout ScreenBuffer
    ) {
        let shown = Truncation.truncate(text, toWidth: width)
        if focused {
            buffer.fill(row: row, column: left, width: width + 1, role: .sidebarSelection)
        }
        let end = buffer.write(shown, row: row, column: left, role: focused ? .sidebarSelection : .sidebarTitle)
        let remaining = left + width + 1 - end
        if rule, !focused, remaining > 1 {
            buffer.write(" " + String(repeating: "─", count: remaining - 1), row: row, column: end, role: .border)
        }
    }
}
