import TerminalText

/// Renders the whole screen for a state: a pure function from ``ReaderState`` to
/// ``ScreenBuffer``, the only thing the runtime shows.
public enum ReaderView {
    /// The message shown when the terminal is below ``ReaderState/minimumSize``.
    public static let tooSmallMessage = "Terminal too small"

    /// Renders `state` into a new buffer of the state's size.
    public static func render(_ state: ReaderState) -> ScreenBuffer {
        var buffer = ScreenBuffer(rows: state.rows, columns: state.columns)
        guard buffer.rows > 0, buffer.columns > 0 else { return buffer }
        if state.isTooSmall {
            renderTooSmall(state, into: &buffer)
            return buffer
        }
        ArticlePane.render(state, into: &buffer)
        for (panel, rows) in state.sidebarPanels.ordered {
            panel.content.render(state, rows: rows, into: &buffer)
        }
        StatusLine.render(state, into: &buffer)
        if state.search.listOpen {
            MatchList.render(state, into: &buffer)
        }
        if state.showingHelp {
            HelpOverlay.render(state, into: &buffer)
        }
        return buffer
    }

    private static func renderTooSmall(_ state: ReaderState, into buffer: inout ScreenBuffer) {
        let lines = [
            tooSmallMessage,
            "\(state.columns)x\(state.rows), need \(ReaderState.minimumSize.columns)x\(ReaderState.minimumSize.rows)",
            "q quits",
        ]
        let top = max(0, (buffer.rows - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < buffer.rows {
            let text = Truncation.truncate(line, toWidth: buffer.columns)
            let column = max(0, (buffer.columns - DisplayWidth.of(text)) / 2)
            buffer.write(text, row: top + i, column: column, role: i == 0 ? .headline : .dim)
        }
    }
}
