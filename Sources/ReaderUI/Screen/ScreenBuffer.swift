import TerminalText

/// A grid of ``Cell``s, `rows` x `columns`: the only render target of Byline's views and the
/// seam tests compare against. Every cell holds a printable grapheme cluster (sanitised with
/// ``CellText/sanitize(_:)``), so nothing written here can drive a terminal.
public struct ScreenBuffer: Sendable, Equatable {
    /// Height in rows.
    public let rows: Int
    /// Width in columns.
    public let columns: Int
    /// Row-major cells, `rows * columns` of them.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (row, column), or `nil` to hide it.
    public var cursor: (row: Int, column: Int)? {
        get { cursorStorage.map { ($0.row, $0.column) } }
        set { cursorStorage = newValue.map { CursorPosition(row: $0.row, column: $0.column) } }
    }
    private var cursorStorage: CursorPosition?

    private struct CursorPosition: Sendable, Equatable {
        var row: Int
        var column: Int
    }

    /// Creates a buffer of blank cells in `role`. Negative sizes are treated as 0.
    public init(rows: Int, columns: Int, fill role: StyleRole = .body) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        self.cells = Array(repeating: .blank(role), count: self.rows * self.columns)
    }

    /// The cell at (`row`, `column`); a blank body cell when out of bounds.
    public subscript(row: Int, column: Int) -> Cell {
        guard row >= 0, row < rows, column >= 0, column < columns else { return .blank() }
        return cells[row * columns + column]
    }

    /// Fills `width` columns of `row` starting at `column` with blanks in `role`, clipped to
    /// the buffer.
    public mutating func fill(row: Int, column: Int = 0, width: Int? = nil, role: StyleRole) {
        guard row >= 0, row < rows else { return }
        let start = max(0, column)
        let end = min(columns, column + (width ?? columns))
        guard start < end else { return }
        for c in start..<end { cells[row * columns + c] = .blank(role) }
        repairWideCells(row: row)
    }

    /// Writes `text` at (`row`, `column`) in `role`, one grapheme cluster per cell, and returns
    /// the column after the last cell written. Clusters are sanitised for the terminal (a
    /// soft hyphen is skipped: it is invisible inside a line); a
    /// cluster of width 0 is attached to the previous cluster written by this call (or dropped
    /// when there is none); a cluster of width `w > 1` takes a lead cell and `w - 1`
    /// continuation cells; one that would straddle `limit` (default: the right edge) is
    /// replaced by spaces up to it; nothing is written at or past `limit`. Widths are in
    /// columns as measured by ``DisplayWidth``.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, row: Int, column: Int, role: StyleRole, limit: Int? = nil
    ) -> Int {
        guard row >= 0, row < rows else { return column }
        let end = min(columns, limit ?? columns)
        var col = column
        var lastLead: Int? = nil
        for cluster in text {
            let safe = CellText.sanitize(cluster)
            if safe == CellText.softHyphen { continue }  // invisible; the terminal would advance
            let w = DisplayWidth.of(safe)
            if w == 0 {
                if let lead = lastLead {
                    cells[row * columns + lead].grapheme.append(contentsOf: String(safe))
                }
                continue
            }
            if col >= end { break }
            if col < 0 { col += w; continue }
            if col + w > end {
                // A wide cluster never straddles the edge: blank out what is left.
                for c in col..<end { cells[row * columns + c] = Cell(grapheme: " ", width: 1, role: role) }
                col = end
                break
            }
            cells[row * columns + col] = Cell(grapheme: String(safe), width: w, role: role)
            lastLead = col
            for c in (col + 1)..<(col + w) {
                cells[row * columns + c] = Cell(grapheme: "", width: 0, role: role)
            }
            col += w
        }
        repairWideCells(row: row)
        return col
    }

    /// Restores the invariant that every continuation cell follows a wide lead cell and every
    /// wide lead cell is followed by its continuation, replacing broken halves with blanks.
    private mutating func repairWideCells(row: Int) {
        let base = row * columns
        var c = 0
        while c < columns {
            let cell = cells[base + c]
            if cell.width > 1 {
                let tail = (c + 1)..<(c + cell.width)
                if tail.upperBound <= columns, tail.allSatisfy({ cells[base + $0].width == 0 }) {
                    c += cell.width
                    continue
                }
                cells[base + c] = .blank(cell.role)
            } else if cell.width == 0 {
                cells[base + c] = .blank(cell.role)
            }
            c += 1
        }
    }

    /// The buffer as plain text, one string per row, with trailing spaces kept so that every
    /// row is exactly `columns` columns wide. Continuation cells contribute nothing.
    public var textLines: [String] {
        (0..<rows).map { r in
            var line = ""
            for c in 0..<columns where !cells[r * columns + c].isContinuation {
                line += cells[r * columns + c].grapheme
            }
            return line
        }
    }

    /// The buffer as text with trailing spaces removed from each row: the form render tests
    /// compare against expected screens.
    public var trimmedText: String {
        textLines.map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }

    /// The roles of each row, one per cell (continuations included), for style assertions.
    public func roles(row: Int) -> [StyleRole] {
        guard row >= 0, row < rows else { return [] }
        return (0..<columns).map { cells[row * columns + $0].role }
    }
}
