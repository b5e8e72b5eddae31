import ArticleModel

/// Links: following one (Enter in the link list), going back (`B`), copying a URL (`Y`).
///
/// Nothing is fetched unless the reader asks: following a link returns an
/// ``Effect/openPage(_:)`` that the loop carries out with the page opener the executable
/// gave it; only `http` and `https` URLs are followed. The page being read is kept whole on
/// ``ReaderState/backPages`` (place, marks, panels), so going back finds it as it was left.
extension ReaderState {
    /// The most pages kept to go back to; past it the oldest after the first page is
    /// dropped (the first page is the one whose place is remembered).
    public static let backPagesLimit = 50

    /// The reference number (1-based) of the first link whose marker (or entry in the list
    /// at the end of the article) is on screen, or `nil`.
    public var firstLinkOnScreen: Int? {
        let links = layout.links
        guard !links.numbers.isEmpty else { return nil }
        let visible = topLine..<(topLine + viewportHeight)
        if let first = layout.linkEntryLines.first, first < visible.upperBound {
            // The list is on screen: markers above it may be too.
            let entry = layout.linkEntryLines.firstIndex { visible.contains($0) }
            return markerOnScreen(visible) ?? entry.map { $0 + 1 }
        }
        return markerOnScreen(visible)
    }

    /// The reference number of the first link whose marker is in `visible` lines.
    private func markerOnScreen(_ visible: Range<Int>) -> Int? {
        let links = layout.links
        for (index, link) in article.links.enumerated() where index < links.numbers.count {
            let line = layout.lineIndex(for: TextPosition(block: link.range.block, offset: link.range.end))
            if line >= visible.upperBound { break }
            if visible.contains(line) { return links.numbers[index] }
        }
        return nil
    }

    /// The link `Y` copies and the link list starts at: the list's cursor while it has the
    /// focus, else the first link on screen; a reference number (1-based), or `nil`.
    public var selectedLink: Int? {
        let count = layout.links.urls.count
        if focus == .panel(.links), count > 0 { return min(cursor(of: .links), count - 1) + 1 }
        return firstLinkOnScreen
    }

    /// Whether `url` may be followed: an absolute `http` or `https` URL with a host.
    public static func isFollowable(_ url: String) -> Bool {
        let lower = url.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            return lower.count > scheme.count
        }
        return false
    }

    /// `l`: shows the link list and gives it the focus, or hides it when it has the focus.
    mutating func toggleLinkList() {
        toggleFocusedPanel(.links)
    }

    /// Enter in the link list: asks the loop to open the link under the cursor (the status
    /// line says so while it loads), or says why not.
    mutating func followSelectedLink() -> [Effect] {
        let urls = layout.links.urls
        guard !urls.isEmpty else {
            statusMessage = LinksPanel.emptyMessage
            return []
        }
        let number = min(cursor(of: .links), urls.count - 1) + 1
        let url = urls[number - 1]
        guard Self.isFollowable(url) else {
            statusMessage = "[\(number)] is not an http or https link"
            return []
        }
        statusMessage = "opening [\(number)] \(url)\u{2026} (Esc cancels)"
        return [.openPage(PageRequest(url: url, number: number))]
    }

    /// Reads `page` in place of the article, which goes on the back stack as it is; the
    /// settings (themes, keys, width, search mode, citation template, reading speed) carry over.
    mutating func openPage(_ page: OpenedPage) {
        var next = ReaderState(article: page.article, rows: rows, columns: columns, width: defaultWidth)
        next.carrySettings(from: self)
        next.setReadingSpeed(wordsPerMinute: wordsPerMinute)
        if next.preferredWidth != preferredWidth {
            next.preferredWidth = preferredWidth
            next.relayout()
        }
        var previous = self
        previous.backPages = []
        previous.statusMessage = nil
        previous.notice = nil
        next.backPages = backPages + [previous]
        if next.backPages.count > Self.backPagesLimit { next.backPages.remove(at: 1) }
        let name = page.article.metadata.headline ?? page.article.metadata.url ?? "the page"
        next.statusMessage = "\(name) (B: back)"
        self = next
    }

    /// `B`: back to the page read before the last followed link, at the place it was left.
    mutating func goBack() -> [Effect] {
        guard var previous = backPages.last else {
            statusMessage = "no page to go back to"
            return []
        }
        previous.backPages = Array(backPages.dropLast())
        previous.carrySettings(from: self)
        _ = previous.update(.resize(rows: rows, columns: columns))
        previous.statusMessage = "back to " + (previous.article.metadata.headline ?? "the previous page")
        self = previous
        return [.repaintAll]
    }

    /// The settings that belong to the reader, not to a page.
    private mutating func carrySettings(from other: ReaderState) {
        searchesUseRegex = other.searchesUseRegex
        bindings = other.bindings
        citationTemplate = other.citationTemplate
        setThemes(other.themes, current: other.themeIndex)
        wordsPerMinute = other.wordsPerMinute
    }

    /// `Y`: asks the loop to copy ``selectedLink``'s URL, or says why not.
    mutating func copyLink() -> [Effect] {
        guard let number = selectedLink, layout.links.urls.indices.contains(number - 1) else {
            statusMessage = layout.links.urls.isEmpty
                ? LinksPanel.emptyMessage : "no link on screen (l lists them)"
            return []
        }
        let url = layout.links.urls[number - 1]
        return [.copyToClipboard(ClipboardCopy(text: url, summary: "link [\(number)]"))]
    }

    /// The first page read (the one opened from the command line), as it was left: where
    /// reading stopped and its marks are what the executable remembers.
    public var firstPage: ReaderState { backPages.first ?? self }
}
