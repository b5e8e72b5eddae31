import ArticleModel

/// Moving between quotations: jumps, the sidebar's selection, and the speaker filter.
extension ReaderState {
    /// Index in `article.quotes` of the current quotation (the selected one), or `nil`.
    public var currentQuote: Int? { selection.quote }

    /// Indexes into `article.quotes` of the quotations the sidebar lists and jumps visit:
    /// all of them, or those of ``speakerFilterEntity`` (else ``speakerFilter``) that match
    /// ``quotesFilter``.
    public var visibleQuotes: [Int] {
        let needle = quotesFilter.flatMap { $0.isEmpty ? nil : $0.lowercased() }
        guard speakerFilter != nil || speakerFilterEntity != nil || needle != nil else {
            return Array(article.quotes.indices)
        }
        return article.quotes.indices.filter { index in
            let quote = article.quotes[index]
            if let speakerFilterEntity {
                if quote.speakerEntity != speakerFilterEntity { return false }
            } else if let speakerFilter, quote.speaker != speakerFilter {
                return false
            }
            if let needle {
                let haystack = [quote.speaker, quote.speakerMention, quote.text].compactMap { $0 }
                return haystack.contains { $0.lowercased().contains(needle) }
            }
            return true
        }
    }

    /// The quotes panel's cursor: a position in ``visibleQuotes``.
    var sidebarSelection: Int {
        get { cursor(of: .quotes) }
        set { setCursor(of: .quotes, to: newValue) }
    }

    /// The position of the current quotation in ``visibleQuotes`` (0-based), or `nil`.
    public var currentQuotePosition: Int? {
        guard let currentQuote else { return nil }
        return visibleQuotes.firstIndex(of: currentQuote)
    }

    /// Whether the quotes sidebar (docked or overlay) is on screen.
    public var showsQuotesSidebar: Bool { isShown(.quotes) }

    /// The lines of the layout a quotation occupies, first to last.
    public func lines(ofQuote index: Int) -> ClosedRange<Int>? {
        guard article.quotes.indices.contains(index) else { return nil }
        let quote = article.quotes[index]
        guard let first = quote.ranges.first, let last = quote.ranges.last else { return nil }
        let a = layout.lineIndex(for: first.lowerBound)
        let b = layout.lineIndex(for: TextPosition(block: last.block, offset: max(last.start, last.end - 1)))
        return a...max(a, b)
    }

    mutating func jumpQuote(by step: Int) {
        let list = visibleQuotes
        guard !list.isEmpty else {
            statusMessage = speakerFilter == nil ? "no quotes in this article" : "no quotes by \(speakerFilter ?? "")"
            return
        }
        let target: Int
        if let position = currentQuotePosition, isQuoteVisible(list[position]) {
            target = position + step
        } else {
            // Start from what is on screen: the first quote at or below the top line.
            let firstBelow = list.firstIndex { (lines(ofQuote: $0)?.lowerBound ?? 0) >= topLine }
            if step > 0 {
                target = (firstBelow ?? list.count) + step - 1
            } else {
                target = (firstBelow ?? list.count) + step
            }
        }
        guard target >= 0 else {
            statusMessage = "no earlier quote (first quote)"
            if currentQuotePosition == nil { select(quote: list[0]) }
            return
        }
        guard target < list.count else {
            statusMessage = "no more quotes (last quote)"
            return
        }
        select(quote: list[target])
    }

    /// Makes `index` the current quotation, selects it in the sidebar and scrolls it into view.
    mutating func select(quote index: Int) {
        selection = .quote(index)
        if let position = visibleQuotes.firstIndex(of: index) {
            sidebarSelection = position
        }
        keepSelectionVisible()
        reveal(quote: index)
    }

    /// Scrolls the quotes panel's list so that its selection is among the entries shown.
    mutating func keepSelectionVisible() {
        keepCursorVisible(.quotes)
    }

    /// Whether the current quotation starts inside the viewport.
    var isCurrentQuoteOnScreen: Bool {
        guard let currentQuote else { return false }
        return isQuoteVisible(currentQuote)
    }

    /// After a resize: a current quote that was on screen is brought back on screen.
    mutating func afterResize(currentQuoteWasOnScreen: Bool) {
        if currentQuoteWasOnScreen, let currentQuote, !isQuoteVisible(currentQuote) {
            reveal(quote: currentQuote)
        }
    }

    func isQuoteVisible(_ index: Int) -> Bool {
        guard let span = lines(ofQuote: index) else { return false }
        return span.lowerBound >= topLine && span.lowerBound < topLine + viewportHeight
    }

    /// Scrolls so the quotation is on screen: untouched when it already is whole; otherwise
    /// its first line goes two lines below the top (its start at the top when it is taller
    /// than the viewport).
    mutating func reveal(quote index: Int) {
        guard let span = lines(ofQuote: index) else { return }
        let bottom = topLine + viewportHeight - 1
        if span.lowerBound >= topLine && span.upperBound <= bottom { return }
        let height = span.upperBound - span.lowerBound + 1
        let context = height + 2 <= viewportHeight ? 2 : 0
        scroll(to: span.lowerBound - context)
    }

    mutating func activateSidebarSelection() {
        let list = visibleQuotes
        guard list.indices.contains(sidebarSelection) else { return }
        select(quote: list[sidebarSelection])
        if overlayPanel == .quotes { leaveSidebar() }
    }

    /// `s`: narrows the quotes to a speaker, or widens them again. With the entities
    /// sidebar focused, or an entity selected in the article, the speaker is that entity;
    /// otherwise the speaker of the selected quote (in the sidebar) or the current one (in
    /// the article).
    mutating func toggleSpeakerFilter() {
        if focus == .entities || (focus == .article && selection.entity != nil) {
            filterQuotesByEntity()
            return
        }
        if speakerFilter != nil || speakerFilterEntity != nil {
            clearSpeakerFilter()
            return
        }
        let list = visibleQuotes
        // In the sidebar the selection decides; in the article, the current quote.
        let chosen: Int
        if focus == .article, let currentQuote {
            chosen = currentQuote
        } else if list.indices.contains(sidebarSelection) {
            chosen = list[sidebarSelection]
        } else {
            return
        }
        let quote = article.quotes[chosen]
        if let entity = quote.speakerEntity, article.entities.indices.contains(entity) {
            setSpeakerFilter(entity: entity, keeping: chosen)
            return
        }
        guard let speaker = quote.speaker else {
            statusMessage = "this quote's speaker is unknown"
            return
        }
        speakerFilter = speaker
        speakerFilterEntity = nil
        panelStates[.quotes, default: PanelState(panel: .quotes)].viewport = ListViewport(cursor: visibleQuotes.firstIndex(of: chosen) ?? 0)
        keepSelectionVisible()
        statusMessage = "quotes by \(speaker)"
    }

    /// Removes the speaker filter, keeping the sidebar on the current quote.
    mutating func clearSpeakerFilter() {
        let keep = currentQuote
        speakerFilter = nil
        speakerFilterEntity = nil
        sidebarSelection = keep.flatMap { visibleQuotes.firstIndex(of: $0) } ?? 0
        keepSelectionVisible()
        statusMessage = "all speakers"
    }

    /// Narrows the quotes to `entity`'s and selects `quote` in the sidebar (or the first).
    mutating func setSpeakerFilter(entity: Int, keeping quote: Int?) {
        let name = article.entities[entity].name
        speakerFilterEntity = entity
        speakerFilter = name
        panelStates[.quotes, default: PanelState(panel: .quotes)].viewport = ListViewport(cursor: quote.flatMap { visibleQuotes.firstIndex(of: $0) } ?? 0)
        keepSelectionVisible()
        let count = visibleQuotes.count
        statusMessage = "\(count) \(count == 1 ? "quote" : "quotes") by \(name) (. , jump)"
    }
}
