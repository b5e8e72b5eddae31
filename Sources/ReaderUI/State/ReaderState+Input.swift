/// Turning input events into messages, with the count prefix kept in the state.
extension ReaderState {
    /// Handles one input event: digits build a count prefix (shown in the status line), Esc
    /// cancels it (else leaves a sidebar, else clears the selection), and every other key becomes a ``Message`` through ``Keymap`` with the count.
    /// Returns the effects of the resulting update.
    public mutating func handle(_ event: InputEvent) -> [Effect] {
        switch event {
        case .key(let key):
            if search.prompt != nil, !showingHelp {
                return handlePromptKey(key)
            }
            if isEditingQuotesFilter, focus == .quotes, !showingHelp {
                return handleQuotesFilterKey(key)
            }
            if focus == .quotes, key == .character("/") {
                isEditingQuotesFilter = true
                quotesFilter = quotesFilter ?? ""
                return []
            }
            if case .character(let c) = key, let digit = c.wholeNumberValue, c.isASCII,
               !showingHelp, digit > 0 || pendingCount != nil
            {
                let current = pendingCount ?? 0
                pendingCount = current > 99_999_999 ? current : current * 10 + digit
                return []
            }
            if key == .escape {
                let hadCount = pendingCount != nil
                pendingCount = nil
                if showingHelp { return update(.toggleHelp) }
                if hadCount { return [] }
                if focus != .article { return update(.leaveSidebar) }
                if selection != .none { return update(.clearSelection) }
                return []
            }
            let count = pendingCount
            pendingCount = nil
            // The help overlay scrolls with the article's keys whatever has the focus
            // (j in a sidebar would otherwise move its cursor and close the help).
            return update(Keymap.message(for: key, count: count, focus: showingHelp ? .article : focus))
        case .wheel(let direction):
            return update(.scrollLines(direction * 3))
        case .resize(let rows, let columns):
            return update(.resize(rows: rows, columns: columns))
        case .redraw(let rows, let columns):
            return update(.resize(rows: rows, columns: columns)) + [.repaintAll]
        case .terminate, .endOfInput:
            return [.quit]
        }
    }
}
