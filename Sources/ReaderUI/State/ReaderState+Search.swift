import ArticleModel

/// Searching like less: `/` and `?` open a prompt that searches as you type, Enter keeps
/// the search, Esc goes back to where you were, `n`/`N` repeat it.
extension ReaderState {
    /// The line of the layout where a range starts.
    func line(of range: TextRange) -> Int {
        layout.lineIndex(for: range.lowerBound)
    }

    mutating func openSearchPrompt(forward: Bool) {
        search.prompt = SearchPrompt(
            forward: forward, isRegex: search.query?.isRegex ?? searchesUseRegex,
            ignoresDiacritics: search.query?.diacriticInsensitive ?? false,
            originTopLine: topLine, originAnchor: anchor)
        if search.index == nil { search.index = SearchIndex(article: article) }
    }

    /// Searches for the prompt's pattern from where the prompt opened, highlighting every
    /// match and moving the view to the first one; no match leaves the view where it was.
    mutating func incrementalSearch() {
        guard let prompt = search.prompt else { return }
        restoreOrigin(of: prompt)
        guard !prompt.text.isEmpty else {
            search.query = nil
            search.matches = []
            search.current = nil
            return
        }
        let query = SearchQuery(pattern: prompt.pattern, isRegex: prompt.isRegex, diacriticInsensitive: prompt.ignoresDiacritics)
        guard let index = search.index else { return }
        search.forward = prompt.forward
        // Bounded work per keystroke: the first match from where the prompt opened, then the
        // matches in the blocks on screen. Every match is counted when the search is kept.
        let found: (range: TextRange, wrapped: Bool)?
        do {
            found = try index.firstMatch(query, from: prompt.originAnchor, forward: prompt.forward)
        } catch {
            clearSearchHighlights()
            statusMessage = error.description
            return
        }
        search.query = query
        guard let found else {
            search.matches = []
            search.current = nil
            search.isComplete = true
            statusMessage = "pattern not found: \(query.pattern)"
            return
        }
        reveal(line: line(of: found.range))
        let blocks = blocksOnScreen()
        search.matches = (try? index.matches(query, inBlocks: blocks.lowerBound...max(blocks.lowerBound, blocks.upperBound, found.range.block))) ?? [found.range]
        search.current = search.matches.firstIndex(of: found.range)
        search.isComplete = false
    }

    /// The blocks shown by the viewport's lines (the nearest block when none is).
    private func blocksOnScreen() -> ClosedRange<Int> {
        let lines = layout.lines
        guard !lines.isEmpty else { return 0...0 }
        let first = min(topLine, lines.count - 1)
        let last = min(lines.count - 1, topLine + viewportHeight - 1)
        let blocks = lines[first...last].compactMap(\.block)
        let low = blocks.min() ?? layout.position(ofLine: first).block
        return low...(blocks.max() ?? low)
    }

    /// Replaces a partial match list with every match of the active query, keeping the
    /// current match.
    private mutating func completeMatches() {
        guard !search.isComplete, let query = search.query, let index = search.index else { return }
        let current = search.current.map { search.matches[$0] }
        search.matches = (try? index.matches(query)) ?? []
        search.current = current.flatMap { search.matches.firstIndex(of: $0) }
        search.isComplete = true
    }

    private mutating func restoreOrigin(of prompt: SearchPrompt) {
        topLine = min(maxTopLine, prompt.originTopLine)
        anchor = prompt.originAnchor
    }

    mutating func cancelSearchPrompt() {
        guard let prompt = search.prompt else { return }
        restoreOrigin(of: prompt)
        search.prompt = nil
        search.query = nil
        search.matches = []
        search.current = nil
    }

    mutating func commitSearch() {
        guard let prompt = search.prompt else { return }
        search.prompt = nil
        if prompt.text.isEmpty {
            // An empty pattern repeats the last search.
            guard let last = search.history.last else {
                restoreOrigin(of: prompt)
                statusMessage = "no previous search"
                return
            }
            if search.query?.pattern == last, search.current != nil {
                // Like `n`: on from the current match, in the prompt's direction.
                search.forward = prompt.forward
                repeatSearch(sameDirection: true, count: 1)
                return
            }
            restoreOrigin(of: prompt)
            let query = SearchQuery(pattern: last, isRegex: prompt.isRegex, diacriticInsensitive: prompt.ignoresDiacritics)
            run(query, forward: prompt.forward, from: prompt.originAnchor, quietWrap: false)
            return
        }
        if search.history.last != prompt.pattern { search.history.append(prompt.pattern) }
        // Count every match now, from where the prompt opened (an invalid regex says so).
        restoreOrigin(of: prompt)
        let query = SearchQuery(pattern: prompt.pattern, isRegex: prompt.isRegex, diacriticInsensitive: prompt.ignoresDiacritics)
        run(query, forward: prompt.forward, from: prompt.originAnchor, quietWrap: false)
    }

    /// Runs `query`, keeps every match for highlighting and makes the first one from
    /// `origin` in `forward` direction current.
    private mutating func run(_ query: SearchQuery, forward: Bool, from origin: TextPosition, quietWrap: Bool) {
        guard let index = search.index else { return }
        search.forward = forward
        do {
            search.matches = try index.matches(query)
        } catch {
            clearSearchHighlights()
            statusMessage = error.description
            return
        }
        search.query = query
        search.isComplete = true
        guard !search.matches.isEmpty else {
            search.current = nil
            statusMessage = "pattern not found: \(query.pattern)"
            return
        }
        let (position, wrapped) = firstMatch(from: origin, forward: forward)
        search.current = position
        reveal(line: line(of: search.matches[position]))
        if wrapped && !quietWrap {
            statusMessage = forward ? "search wrapped to top" : "search wrapped to bottom"
        }
    }

    /// The first match at or after `origin` (forward) or before it (backward), wrapping.
    private func firstMatch(from origin: TextPosition, forward: Bool) -> (Int, Bool) {
        let matches = search.matches
        // Index of the first match starting at or after origin.
        var low = 0, high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].lowerBound < origin { low = mid + 1 } else { high = mid }
        }
        if forward {
            return low < matches.count ? (low, false) : (0, true)
        }
        return low > 0 ? (low - 1, false) : (matches.count - 1, true)
    }

    /// `n` (`sameDirection`) or `N`: the next match in the last search's direction or the
    /// other, wrapping at the ends with a message.
    mutating func repeatSearch(sameDirection: Bool, count: Int) {
        if search.query == nil, let last = search.history.last {
            if search.index == nil { search.index = SearchIndex(article: article) }
            run(SearchQuery(pattern: last), forward: search.forward, from: anchor, quietWrap: false)
            return
        }
        guard search.query != nil else {
            statusMessage = "no previous search (/ searches)"
            return
        }
        completeMatches()
        guard !search.matches.isEmpty else {
            statusMessage = "pattern not found: \(search.query?.pattern ?? "")"
            return
        }
        let forward = sameDirection ? search.forward : !search.forward
        var position = search.current ?? firstMatch(from: anchor, forward: forward).0
        var wrapped = false
        for _ in 0..<max(1, count) {
            if forward {
                position += 1
                if position >= search.matches.count { position = 0; wrapped = true }
            } else {
                position -= 1
                if position < 0 { position = search.matches.count - 1; wrapped = true }
            }
        }
        search.current = position
        reveal(line: line(of: search.matches[position]))
        if wrapped {
            statusMessage = forward ? "search wrapped to top" : "search wrapped to bottom"
        }
    }

    /// Removes the highlights (the search can still be repeated with `n`).
    mutating func clearSearchHighlights() {
        search.query = nil
        search.matches = []
        search.current = nil
    }

    /// Scrolls so `line` is on screen: untouched when it already is, otherwise a third of
    /// the way down the viewport.
    mutating func reveal(line: Int) {
        if line >= topLine && line < topLine + viewportHeight { return }
        scroll(to: line - viewportHeight / 3)
    }

    /// Opens the match list on the current match (or the first one), with the focus.
    mutating func openMatchList() {
        completeMatches()
        guard search.query != nil, !search.matches.isEmpty else {
            statusMessage = "no matches to list (/ searches)"
            return
        }
        search.listOpen = true
        focus = .matches
        search.list.cursor = search.current ?? 0
        keepMatchListSelectionVisible()
    }

    mutating func moveMatchListSelection(by step: Int) {
        search.list.move(by: step, count: search.matches.count)
        keepMatchListSelectionVisible()
    }

    mutating func activateMatchListSelection() {
        guard search.matches.indices.contains(search.listSelection) else { return }
        search.current = search.listSelection
        reveal(line: line(of: search.matches[search.listSelection]))
        search.listOpen = false
        focus = .article
    }

    private mutating func keepMatchListSelectionVisible() {
        let cursor = search.list.cursor
        search.list.reveal(
            cursor..<(cursor + 1), visible: MatchList.visibleEntries(screenRows: rows),
            total: search.matches.count)
    }
}
