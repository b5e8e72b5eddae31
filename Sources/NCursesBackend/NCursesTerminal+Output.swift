import CNCursesW
import Glibc
import ReaderUI

extension NCursesTerminal {
    /// The replacement character, drawn when a cell's grapheme cannot be shown in the
    /// columns the buffer gives it.
    static let replacement: wchar_t = 0xFFFD
    /// U+FE0F VARIATION SELECTOR-16 (emoji presentation).
    static let emojiPresentation: UInt32 = 0xFE0F
    /// U+200D ZERO WIDTH JOINER: dropped, because what it joins is dropped too.
    static let zeroWidthJoiner: UInt32 = 0x200D

    /// Shows `buffer`: every cell is written to `stdscr` and ncurses sends only what changed
    /// since the last frame (`wnoutrefresh` + `doupdate`). With `force` the whole screen is
    /// repainted. Cells outside the terminal are clipped; if the buffer is smaller than the
    /// terminal, the rest of the screen is blank. The cursor is shown at `buffer.cursor`, or
    /// hidden when it is `nil`.
    public func present(_ buffer: ScreenBuffer, theme: Theme, force: Bool) {
        guard isActive, let window = byline_stdscr() else { return }
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
    /// The cell becomes one `cchar_t`: its first scalar plus the zero-width scalars that
    /// follow it (up to `CCHARW_MAX`). ncurses itself stops at a second spacing scalar (emoji
    /// ZWJ sequences, flags, skin-tone modifiers), so those are dropped here, together with a
    /// joiner (U+200D) that would dangle. VS16 (U+FE0F) after a one-column scalar is dropped
    /// too: ncurses counts ❤️ as one column, but many terminals draw the emoji presentation
    /// two columns wide and would shift the rest of the row; without VS16 they draw the
    /// one-column text presentation.
    ///
    /// When the width `wcwidth` gives the first scalar differs from the cell's width (in
    /// columns), the cell is made to fit the buffer's columns exactly: too wide becomes
    /// U+FFFD, too narrow is padded with spaces.
    private func draw(
        _ cell: Cell, row: Int, column: Int, limit: Int, style: ColorPairCache.Resolved,
        window: UnsafeMutablePointer<WINDOW>, scratch wide: inout [wchar_t]
    ) -> Int {
        let cellWidth = max(1, min(cell.width, limit - column))
        wide.removeAll(keepingCapacity: true)
        var scalars = cell.grapheme.unicodeScalars.makeIterator()
        var baseWidth: Int32 = -1
        if let first = scalars.next() {
            let base = wchar_t(bitPattern: first.value)
            baseWidth = wcwidth(base)
            if baseWidth > 0, Int(baseWidth) <= cellWidth {
                wide.append(base)
                while wide.count < Int(CCHARW_MAX), let next = scalars.next() {
                    let mark = wchar_t(bitPattern: next.value)
                    let markWidth = wcwidth(mark)
                    if markWidth > 0 { break }
                    if markWidth < 0 || next.value == Self.zeroWidthJoiner { continue }
                    if next.value == Self.emojiPresentation && baseWidth == 1 { continue }
                    wide.append(mark)
                }
            }
        }
        if wide.isEmpty {
            wide.append(cell.grapheme.isEmpty ? 0x20 : Self.replacement)
            baseWidth = 1
        }
        wide.append(0)

        put(wide, row: row, column: column, style: style, window: window)
        var covered = Int(baseWidth)
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
