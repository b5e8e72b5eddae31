/// The articles panel: the open articles (``ReaderState/openArticles``), one row each with
/// its number and title, the one being read set apart; Enter opens the one under the
/// cursor. Hidden until `L` asks for it; it has entries only when more than one article is
/// open.
enum ArticlesPanel: PanelContent {
    static let titleRows = 1
    static let rowsPerEntry = 1
    static let shownByDefault = false
    static var hints: String { "Enter open  Esc back" }
    static let emptyMessage = "only one article is open (byline a.txt b.txt … opens several)"

    static func hasEntries(_ state: ReaderState) -> Bool { state.openArticles.count > 1 }

    static func neededRows(_ state: ReaderState) -> Int { titleRows + state.openArticles.count }

    static func entryCount(_ state: ReaderState) -> Int { state.openArticles.count }

    static func listRows(_ state: ReaderState) -> Int { state.openArticles.count }

    static func rows(ofEntry entry: Int, in state: ReaderState) -> Range<Int>? { entry..<(entry + 1) }

    static func followedEntry(_ state: ReaderState) -> Int? { state.currentArticle }

    static func focused(_ state: inout ReaderState) {
        state.setCursor(of: .articles, to: state.currentArticle)
    }

    static func cursorMoved(_ state: inout ReaderState) {}

    static func activate(_ state: inout ReaderState) {
        let cursor = state.cursor(of: .articles)
        guard state.openArticles.indices.contains(cursor) else { return }
        // A chooser: it closes once it has chosen.
        if state.isShown(.articles) { state.togglePanel(.articles) }
        state.leaveSidebar()
        if cursor != state.currentArticle { state.openRequest = .open(cursor) }
    }

    static func render(_ state: ReaderState, rows: Range<Int>, into buffer: inout ScreenBuffer) {
        let articles = state.openArticles
        PanelList.render(
            state, panel: .articles, title: " Articles (\(articles.count))", rows: rows,
            entries: articles.enumerated().map { index, article in
                (text: "\(index + 1)  " + article.title, role: .sidebarItem)
            },
            current: state.currentArticle, into: &buffer)
    }
}
