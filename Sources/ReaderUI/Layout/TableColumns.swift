import TerminalText

/// Column alignment for tab-separated tables inside a block's text.
///
/// A block is a table when at least two of its lines (separated by LF) contain a tab; each
/// line is a row and each tab ends a cell. Every column is as wide as its widest cell in
/// display columns (``TerminalText/DisplayWidth``, so a CJK cell counts 2 columns a
/// character) plus a gap of ``gap`` columns, and the tab stops are the columns where the
/// cells start, so every row's cells start at the same column however wide their
/// characters. (Terminals' fixed stops every 8 columns misalign any cell of 8 or more
/// columns.)
enum TableColumns {
    /// Blank columns between the widest cell of a column and the next column.
    static let gap = 2

    /// The tab stops (ascending columns from the line's start) that align the table in
    /// `text`, or `[]` when `text` is not a table (then tabs keep the 8-column stops).
    /// Linear in the text's length.
    static func tabStops(of text: String) -> [Int] {
        var tabbed = 0
        var hasNewline = false
        for byte in text.utf8 {
            if byte == 0x09 { tabbed += 1 } else if byte == 0x0A { hasNewline = true }
        }
        guard hasNewline, tabbed > 0 else { return [] }
        var widths: [Int] = []
        var rowsWithTabs = 0
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count > 1 else { continue }
            rowsWithTabs += 1
            // The last cell ends the row: it needs no stop after it.
            for (column, cell) in cells.dropLast().enumerated() {
                let width = DisplayWidth.of(cell)
                if column < widths.count {
                    widths[column] = max(widths[column], width)
                } else {
                    widths.append(width)
                }
            }
        }
        guard rowsWithTabs >= 2 else { return [] }
        var stops: [Int] = []
        var column = 0
        for width in widths {
            column += width + gap
            stops.append(column)
        }
        return stops
    }
}
