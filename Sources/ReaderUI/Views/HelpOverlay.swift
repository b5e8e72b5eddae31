import TerminalText

/// Paints the help overlay: a framed box, centred, listing every key from ``HelpText``,
/// scrolled by ``ReaderState/helpTopLine`` when it is taller than the screen.
public enum HelpOverlay {
    /// How many help lines fit on a screen of `screenRows` rows (frame, title and the
    /// status line excluded).
    public static func visibleRows(screenRows: Int) -> Int {
        max(1, screenRows - 1 - 2)
    }

    /// The help lines for a screen `screenColumns` wide: the box's inside is the screen less
    /// the frame and a column of padding on each side.
    public static func lines(screenColumns: Int) -> [String] {
        HelpText.lines(width: max(1, screenColumns - 4))
    }

    /// Paints the overlay over the article pane of `buffer`.
    public static func render(_ state: ReaderState, into buffer: inout ScreenBuffer) {
        let lines = lines(screenColumns: buffer.columns)
        let contentWidth = lines.map { DisplayWidth.of($0) }.max() ?? 0
        let boxWidth = min(buffer.columns, contentWidth + 4)
        let shown = min(lines.count, visibleRows(screenRows: buffer.rows))
        let boxHeight = min(max(0, buffer.rows - 1), shown + 2)
        guard boxWidth >= 4, boxHeight >= 3 else { return }
        let left = (buffer.columns - boxWidth) / 2
        let top = max(0, (buffer.rows - 1 - boxHeight) / 2)
        let right = left + boxWidth - 1
        let bottom = top + boxHeight - 1
        OverlayFrame.draw(into: &buffer, left: left, top: top, width: boxWidth, height: boxHeight, role: .help)
        let title = " Keys "
        buffer.write(title, row: top, column: left + 2, role: .sidebarTitle, limit: right)
        let footer = state.helpTopLine + shown < lines.count
            ? " j/k scroll · any other key closes " : " any key closes "
        let footerText = Truncation.truncate(footer, toWidth: boxWidth - 4)
        buffer.write(footerText, row: bottom, column: left + 2, role: .dim, limit: right)
        let first = min(state.helpTopLine, max(0, lines.count - shown))
        for i in 0..<min(shown, boxHeight - 2) {
            let text = lines[first + i]
            let isGroup = !text.hasPrefix(" ")
            buffer.write(
                text, row: top + 1 + i, column: left + 2, role: isGroup ? .sidebarTitle : .help,
                limit: right - 1)
        }
    }
}
