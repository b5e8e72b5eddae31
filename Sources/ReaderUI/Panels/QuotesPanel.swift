/// The quotes panel: one entry of ``QuotesSidebar/rowsPerEntry`` rows per quotation the
/// reader may visit (``ReaderState/visibleQuotes``), under a title and a blank row.
enum QuotesPanel: PanelContent {
    static let titleRows = 2
    static var rowsPerEntry: Int { QuotesSidebar.rowsPerEntry }
    static var hints: String { StatusLine.sidebarHints }
    static let emptyMessage = "no quotes in this article"

    static func hasEntries(_ state: ReaderState) -> Bool { !state.article.quotes.isEmpty }

    static func neededRows(_ state: ReaderState) -> Int {
        titleRows + rowsPerEntry * state.article.quotes.count
    }

    static func entryCount(_ state: ReaderState) -> Int { state.visibleQuotes.count }

    static func listRows(_ state: ReaderState) -> Int { rowsPerEntry * state.visibleQuotes.count }

    static func rows(ofEntry entry: Int, in state: ReaderState) -> Range<Int>? {
        entry * rowsPerEntry..<(entry + 1) * rowsPerEntry
    }

    static func followedEntry(_ state: ReaderState) -> Int? { state.currentQuotePosition ?? 0 }

    static func focused(_ state: inout ReaderState) {
        if let position = state.currentQuotePosition { state.sidebarSelection = position }
    }

    static func cursorMoved(_ state: inout ReaderState) {}

    static func activate(_ state: inout ReaderState) { state.activateSidebarSelection() }

    static func render(_ state: ReaderState, rows: Range<Int>, into buffer: inout ScreenBuffer) {
        QuotesSidebar.render(state, rows: rows, into: &buffer)
    }
}
