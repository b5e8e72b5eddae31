/// Several articles, as in less: `:n`, `:p` and `:x` move between the open articles, the
/// articles panel lists them and the history panel lists what was read before; Enter on
/// either opens the article. The reader only asks (``Effect/openArticle(_:)``): the
/// executable loads the article, keeps each one's state (its place, search and selection)
/// and hands the new list in with ``Message/openArticlesChanged(_:current:)``.
extension ReaderState {
    /// `:n`, `:p`, `:x`: asks to open the article `move` names, or says why there is none.
    mutating func switchArticle(_ move: ArticleMove) -> [Effect] {
        let count = openArticles.count
        guard count > 1 else {
            statusMessage = "only one article is open (byline a.txt b.txt … opens several)"
            return []
        }
        let target: Int
        switch move {
        case .next(let n):
            guard currentArticle + 1 < count else {
                statusMessage = "no next article (\(currentArticle + 1) of \(count))"
                return []
            }
            target = min(count - 1, currentArticle + max(1, n))
        case .previous(let n):
            guard currentArticle > 0 else {
                statusMessage = "no previous article (1 of \(count))"
                return []
            }
            target = max(0, currentArticle - max(1, n))
        case .first:
            target = 0
        }
        guard target != currentArticle else {
            statusMessage = "already at the first article"
            return []
        }
        return request(.open(target))
    }

    /// Asks the executable to open `request` (the loop ends this article's turn).
    mutating func request(_ request: ArticleRequest) -> [Effect] {
        openRequest = request
        return [.openArticle(request)]
    }

    /// `L`: hides the articles panel when it is on screen, else shows it with the focus on
    /// the article being read.
    mutating func toggleArticleList() {
        if isShown(.articles) || !hasPanel(.articles) {
            togglePanel(.articles)
        } else {
            focus(panel: .articles)
        }
    }

    /// `H`: hides the history panel when it is on screen, else asks for the history (shown,
    /// with the focus, when it arrives in ``Message/historyLoaded(_:)``).
    mutating func toggleHistory() -> [Effect] {
        if isShown(.history) {
            togglePanel(.history)
            return []
        }
        return [.loadHistory]
    }

    /// The history arrived: the panel shows it with the focus on its first entry; `nil`
    /// means there is no memory this run.
    mutating func showHistory(_ entries: [HistoryEntry]?) {
        guard let entries else {
            history = []
            statusMessage = "no history: nothing is remembered this run"
            return
        }
        history = entries
        guard !entries.isEmpty else {
            statusMessage = HistoryPanel.emptyMessage
            return
        }
        setCursor(of: .history, to: 0)
        focus(panel: .history)
    }

    /// The open articles changed, or this article is the current one again: the list is
    /// stored, a pending request is dropped and the focus leaves the articles and history
    /// panels (their Enter is what opened the article).
    mutating func setOpenArticles(_ articles: [OpenArticle], current: Int) {
        openArticles = articles
        currentArticle = articles.indices.contains(current) ? current : 0
        openRequest = nil
        if focus == SidebarPanel.articles.focus || focus == SidebarPanel.history.focus {
            leaveSidebar()
        }
        setCursor(of: .articles, to: currentArticle)
    }
}
