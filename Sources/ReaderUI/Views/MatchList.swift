import ArticleModel
import TerminalText

/// Paints the list of search matches: a framed overlay with one line per match, the
/// match's line number in the layout and its context (the words around it, the match in
/// its own role), the selection reversed.
public enum MatchList {
    /// How many entries fit on a screen of `screenRows` rows (frame and status line excluded).
    public static func visibleEntries(screenRows: Int) -> Int {
        max(1, screenRows - 1 - 2)
    }

    /// Paints the overlay over the article pane of `buffer`.
    public static func render(_ state: ReaderState, into buffer: inout ScreenBuffer) {
        let matches = state.search.matches
        let width = min(buffer.columns, max(20, min(100, buffer.columns - 4)))
        let shown = min(matches.count, visibleEntries(screenRows: buffer.rows))
        let height = min(max(0, buffer.rows - 1), shown + 2)
        guard width >= 10, height >= 3 else { return }
        let left = (buffer.columns - width) / 2
        let top = max(0, (buffer.rows - 1 - height) / 2)
        let right = left + width - 1
        let bottom = top + height - 1
        OverlayFrame.draw(into: &buffer, left: left, top: top, width: width, height: height, role: .sidebarItem)
        let title = " \(matches.count) matches for “\(state.search.query?.pattern ?? "")” "
        buffer.write(Truncation.truncate(title, toWidth: width - 4), row: top, column: left + 2, role: .sidebarTitle)
        buffer.write(" j/k Enter jump  Esc close ", row: bottom, column: left + 2, role: .dim, limit: right)
        let inner = width - 4
        for slot in 0..<min(shown, height - 2) {
            let index = state.search.listTop + slot
            guard index < matches.count else { break }
            let match = matches[index]
            let row = top + 1 + slot
            let selected = index == state.search.listSelection
            let base: StyleRole = selected ? .sidebarSelection : .sidebarItem
            if selected { buffer.fill(row: row, column: left + 1, width: width - 2, role: base) }
            let number = "\(state.line(of: match) + 1)"
            var column = buffer.write(number.padding(to: 6), row: row, column: left + 2, role: selected ? base : .dim)
            let (before, hit, after) = context(of: match, in: state.article, room: inner - 6)
            column = buffer.write(before, row: row, column: column, role: base, limit: right - 1)
            column = buffer.write(hit, row: row, column: column, role: selected ? base : .searchMatch, limit: right - 1)
            buffer.write(after, row: row, column: column, role: base, limit: right - 1)
        }
    }

    /// The words before the match (up to a third of `room` columns), the match and what
    /// follows, on one line (line breaks and tabs as spaces).
    static func context(of match: TextRange, in article: Article, room: Int) -> (String, String, String) {
        guard article.blocks.indices.contains(match.block) else { return ("", "", "") }
        let scalars = Array(article.blocks[match.block].text.unicodeScalars)
        let start = min(max(0, match.start), scalars.count)
        let end = min(max(start, match.end), scalars.count)
        func flat(_ range: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            for scalar in scalars[range] { s.append(scalar == "\n" || scalar == "\t" ? " " : scalar) }
            return String(s)
        }
        let leadRoom = max(4, room / 3)
        var beforeStart = max(0, start - leadRoom)
        while beforeStart > 0, beforeStart < start, scalars[beforeStart - 1] != " " { beforeStart += 1 }
        let before = (beforeStart > 0 ? "…" : "") + flat(beforeStart..<start)
        let hit = flat(start..<end)
        let after = flat(end..<min(scalars.count, end + room))
        return (before, hit, after)
    }
}

extension String {
    fileprivate func padding(to length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
