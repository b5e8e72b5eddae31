import ArticleModel

/// The marks panel: one row per mark, its letter and the first words at its place, under a
/// one-row title; Enter jumps to the mark. Hidden until asked for (`` ` ``).
enum MarksPanel: PanelContent {
    static let titleRows = 1
    static let rowsPerEntry = 1
    static let shownByDefault = false
    static var hints: String { "Enter jump  Esc back" }
    static let emptyMessage = "no marks yet (m then a letter sets one)"

    static func hasEntries(_ state: ReaderState) -> Bool { !state.marks.isEmpty }

    static func neededRows(_ state: ReaderState) -> Int { titleRows + state.marks.count }

    static func entryCount(_ state: ReaderState) -> Int { state.marks.count }

    static func listRows(_ state: ReaderState) -> Int { state.marks.count }

    static func rows(ofEntry entry: Int, in state: ReaderState) -> Range<Int>? { entry..<(entry + 1) }

    static func followedEntry(_ state: ReaderState) -> Int? { nil }

    static func focused(_ state: inout ReaderState) {}

    static func cursorMoved(_ state: inout ReaderState) {}

    static func activate(_ state: inout ReaderState) {
        let marks = state.sortedMarks
        let cursor = state.cursor(of: .marks)
        guard marks.indices.contains(cursor) else { return }
        state.jumpToMark(marks[cursor].name)
        if state.overlayPanel == .marks { state.leaveSidebar() }
    }

    static func render(_ state: ReaderState, rows: Range<Int>, into buffer: inout ScreenBuffer) {
        let marks = state.sortedMarks
        PanelList.render(
            state, panel: .marks, title: " Marks (\(marks.count))", rows: rows,
            entries: marks.map { mark in
                (text: "\(mark.name)  " + snippet(state.article, at: mark.position), role: .sidebarItem)
            },
            into: &buffer)
    }

    /// The words at `position`, on one line.
    static func snippet(_ article: Article, at position: TextPosition) -> String {
        guard article.blocks.indices.contains(position.block) else { return "" }
        let scalars = article.blocks[position.block].text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: min(max(0, position.offset), scalars.count))
        let text = String(scalars[start...].prefix(120))
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
