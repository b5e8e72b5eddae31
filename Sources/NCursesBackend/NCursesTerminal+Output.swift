import CNCursesW
import Glibc
import ReaderUI

extension NCursesTerminal {
    /// The replacement character, drawn when a cell's grapheme cannot be shown in the
    /// columns the buffer gives it (U+FFFD, one column).
    static let replacement: wchar_t = 0xFFFD
    /// U+FE0F VARIATION SELECTOR-16 (emoji presentation).
    static let emojiPresentation: UInt32 = 0xFE0F
    /// U+200D ZERO WIDTH JOINER: dropped, so pieces of a cluster never join across cells.
    static let zeroWidthJoiner: UInt32 = 0x200D

    /// Shows `buffer`: every cell is written to `stdscr` and ncurses sends only what changed
    /// since the last frame (`wnoutrefresh` + `doupdate`). With `force` the whole screen is
    /// repainted. Cells outside the terminal are clipped; if the buffer is smaller than the
    /// terminal, the rest of the screen is blank. The cursor is shown at `buffer.cursor`, or
    /// hidden when it is `nil`.
    public func present(_ buffer: ScreenBuffer, theme: Theme, force: Bool) {
        guard isActive, let window = byline_stdscr() else { return }
        // Given back to the shell and continued in the background (about to end): drawing
        // would re-enter curses mode and stop the process with SIGTTOU.
        if isendwin() && !isForeground { return }
        let rows = min(buffer.rows, Int(getmaxy(window)))
        let columns = min(buffer.columns, Int(getmaxx(window)))
        if colors.makeRoom(for: StyleRole.allCases.count) { repaintPending = true }
        if buffer.rows != Int(getmaxy(window)) || buffer.columns != Int(getmaxx(window)) {
            werase(window)
        }

        var resolved: [StyleRole: ColorPairCache.Resolved] = [:]
        for role in StyleRole.allCases {
            resolved[role] = colors.resolve(theme.style(for: role))
        }

        var wide: [wchar_t] = []
        wide.reserveCapacity(8)
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let cell = buffer[row, column]
                if cell.isContinuation {
                    column += 1
                    continue
                }
                let style = resolved[cell.role] ?? ColorPairCache.Resolved(attributes: 0, pair: 0)
                let drawn = draw(cell, row: row, column: column, limit: columns, style: style,
                                 window: window, scratch: &wide)
                column += max(1, drawn)
            }
        }

        if force || repaintPending {
            clearok(byline_curscr(), true)
            repaintPending = false
        }
        placeCursor(buffer.cursor, rows: rows, columns: columns, window: window)
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes one lead cell at (`row`, `column`) and returns how many columns it covers.
    ///
    /// ncurses stores one spacing scalar per screen cell, with the zero-width scalars after it
    /// (up to `CCHARW_MAX`), and advances by each spacing scalar's `wcwidth`. So the cell's
    /// grapheme is split into such pieces (👍🏽 -> 👍, 🏽; 👩‍💻 -> 👩, 💻; 🇫🇷 -> 🇫, 🇷) and
    /// the pieces are written one after another while they fit in the cell's width (in
    /// columns); the rest of the cell is padded with spaces. Two scalars are dropped: the
    /// joiner U+200D (it would join across cells, and some terminals would then draw fewer
    /// columns than ncurses counts), and VS16 U+FE0F after a one-column scalar (ncurses counts
    /// ❤️ as one column, but many terminals draw the emoji presentation two columns wide and
    /// would shift the rest of the row; without VS16 they draw the text presentation). A
    /// grapheme whose first piece does not fit, or that has no printable scalar, becomes
    /// U+FFFD.
    private func draw(
        _ cell: Cell, row: Int, column: Int, limit: Int, style: ColorPairCache.Resolved,
        window: UnsafeMutablePointer<WINDOW>, scratch piece: inout [wchar_t]
    ) -> Int {
        let cellWidth = max(1, min(cell.width, limit - column))
        var covered = 0
        var pieceWidth = 0
        piece.removeAll(keepingCapacity: true)

        /// Writes the piece collected so far if it fits; returns false once one does not.
        func flush() -> Bool {
            guard !piece.isEmpty else { return true }
            defer {
                piece.removeAll(keepingCapacity: true)
                pieceWidth = 0
            }
            guard covered + pieceWidth <= cellWidth else { return false }
            piece.append(0)
            put(piece, row: row, column: column + covered, style: style, window: window)
            covered += pieceWidth
            return true
        }

        for scalar in cell.grapheme.unicodeScalars {
            let character = wchar_t(bitPattern: scalar.value)
            let width = Int(wcwidth(character))
            if width > 0 {
                guard flush() else { break }
                piece.append(character)
                pieceWidth = width
            } else if width == 0, !piece.isEmpty, piece.count < Int(CCHARW_MAX) {
                if scalar.value == Self.zeroWidthJoiner { continue }
                if scalar.value == Self.emojiPresentation && pieceWidth == 1 { continue }
                piece.append(character)
            }
        }
        _ = flush()

        if covered == 0 {
            put([Self.replacement, 0], row: row, column: column, style: style, window: window)
            covered = 1
        }
        while covered < cellWidth {
            put([0x20, 0], row: row, column: column + covered, style: style, window: window)
            covered += 1
        }
        return covered
    }

    /// Writes the NUL-terminated `characters` as one `cchar_t` at (`row`, `column`). An `ERR`
    /// is expected (and ignored) for the bottom-right cell, where ncurses writes the
    /// character but cannot advance the cursor.
    private func put(
        _ characters: [wchar_t], row: Int, column: Int, style: ColorPairCache.Resolved,
        window: UnsafeMutablePointer<WINDOW>
    ) {
        var cell = cchar_t()
        var pair = style.pair
        let status = characters.withUnsafeBufferPointer { chars in
            withUnsafePointer(to: &pair) { pairPointer in
                // The pair goes through `opts` (ncurses extension) so pairs above 32767 work.
                setcchar(&cell, chars.baseAddress, style.attributes, 0, UnsafeRawPointer(pairPointer))
            }
        }
        guard status == OK else { return }
        _ = mvwadd_wch(window, Int32(row), Int32(column), &cell)
    }

    /// Shows the cursor at `cursor` (clipped to the screen) or hides it when `nil`.
    private func placeCursor(
        _ cursor: (row: Int, column: Int)?, rows: Int, columns: Int,
        window: UnsafeMutablePointer<WINDOW>
    ) {
        guard let cursor, rows > 0, columns > 0 else {
            if cursorShown {
                curs_set(0)
                cursorShown = false
            }
            return
        }
        let row = min(max(0, cursor.row), rows - 1)
        let column = min(max(0, cursor.column), columns - 1)
        wmove(window, Int32(row), Int32(column))
        if !cursorShown {
            curs_set(1)
            cursorShown = true
        }
    }
}
