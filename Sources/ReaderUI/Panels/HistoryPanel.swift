/// The history panel: what was read before (``ReaderState/history``, the list
/// `byline --history` prints), newest first, one row each with how far it was read and its
/// headline; Enter opens the one under the cursor (from its path or URL). Shown by `H`,
/// which asks the executable for the history each time.
enum HistoryPanel: PanelContent {
    static let titleRows = 1
    static let rowsPerEntry = 1
    static let shownByDefault = false
    static var hints: String { "Enter open  Esc back" }
    static let emptyMessage = "nothing read yet"

    static func hasEntries(_ state: ReaderState) -> Bool { !state.history.isEmpty }

    static func neededRows(_ state: ReaderState) -> Int { titleRows + state.history.count }

    static func entryCount(_ state: ReaderState) -> Int { state.history.count }

    static func listRows(_ state: ReaderState) -> Int { state.history.count }

    static func rows(ofEntry entry: Int, in state: ReaderState) -> Range<Int>? { entry..<(entry + 1) }

    static func followedEntry(_ state: ReaderState) -> Int? { nil }

    static func focused(_ state: inout ReaderState) {}

    static func cursorMoved(_ state: inout ReaderState) {}

    static func activate(_ state: inout ReaderState) {
        let cursor = state.cursor(of: .history)
        guard state.history.indices.contains(cursor) else { return }
        guard let location = state.history[cursor].location else {
            state.statusMessage = "read from standard input: it cannot be opened again"
            return
        }
        // A chooser: it closes once it has chosen.
        if state.isShown(.history) { state.togglePanel(.history) }
        state.leaveSidebar()
        state.openRequest = .location(location)
    }

    static func render(_ state: ReaderState, rows: Range<Int>, into buffer: inout ScreenBuffer) {
        let entries = state.history
        PanelList.render(
            state, panel: .history, title: " History (\(entries.count))", rows: rows,
            entries: entries.map { entry in
                let percent = String(min(100, max(0, entry.percent))) + "%"
                let padded = String(repeating: " ", count: max(0, 4 - percent.count)) + percent
                return (text: padded + "  " + title(of: entry), role: .sidebarItem)
            },
            into: &buffer)
    }

    /// The headline, else the last part of the path or URL.
    static func title(of entry: HistoryEntry) -> String {
        if let headline = entry.headline, !headline.isEmpty { return headline }
        if let location = entry.location {
            return location.split(separator: "/").last.map(String.init) ?? location
        }
        return "(standard input)"
    }
}
