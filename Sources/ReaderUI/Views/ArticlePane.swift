import TerminalText

/// Paints the visible part of the article into the top ``ReaderState/viewportHeight`` rows,
/// centred at the state's measure. Only the lines in the viewport are touched, so the cost of
/// a frame does not grow with the article.
public enum ArticlePane {
    /// Paints rows `0..<state.viewportHeight` of `buffer`.
    public static func render(_ state: ReaderState, into buffer: inout ScreenBuffer) {
        let layout = state.layout
        let margin = max(0, (state.columns - layout.width) / 2)
        let limit = margin + layout.width
        for row in 0..<min(state.viewportHeight, buffer.rows) {
            let index = state.topLine + row
            guard index < layout.lines.count else {
                buffer.write("~", row: row, column: margin, role: .dim, limit: limit)
                continue
            }
            let line = layout.lines[index]
            var column = margin + line.indent
            for span in line.spans {
                column = buffer.write(span.text, row: row, column: column, role: span.role, limit: limit)
            }
        }
    }
}
