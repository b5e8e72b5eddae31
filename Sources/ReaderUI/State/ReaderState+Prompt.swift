/// The prompts: the search prompt (`/`, `?`) and the quotes panel's filter (`/` there). Both
/// are one ``LineEditor`` driven by messages (``Message/edit(_:)``, ``Message/submitPrompt``,
/// ``Message/cancelPrompt``); what differs is what the text does as it changes.
extension ReaderState {
    /// The prompt that takes the keys as text, when one is open.
    public enum Prompt: Sendable, Equatable {
        /// The search prompt.
        case search
        /// The quotes panel's filter line.
        case quotesFilter
        /// The note of a highlight.
        case note
    }

    /// The prompt that takes keys as text now, or `nil`.
    public var activePrompt: Prompt? {
        if noteEditor != nil { return .note }
        if search.prompt != nil { return .search }
        if filterEditor != nil, focus == .quotes { return .quotesFilter }
        return nil
    }

    /// Whether keys are being taken as text (the search prompt or the sidebar filter).
    public var isEnteringText: Bool { activePrompt != nil }

    /// Whether the quotes panel's filter line is being edited.
    public var isEditingQuotesFilter: Bool { filterEditor != nil }

    /// `/` in the quotes panel: starts editing its filter (keeping the text there is).
    mutating func openQuotesFilter() {
        filterEditor = LineEditor(quotesFilter ?? "")
        quotesFilter = quotesFilter ?? ""
    }

    /// Applies `edit` to the open prompt and lets it act on the new text: the search
    /// searches as you type; the filter narrows the quotes. Backspace on an empty line
    /// closes the prompt as Esc does; in the filter, Up and Down keep the filter.
    mutating func applyEdit(_ edit: LineEdit) -> [Effect] {
        switch activePrompt {
        case .search:
            guard var prompt = search.prompt else { return [] }
            if edit == .deleteBackward, prompt.text.isEmpty { return cancelPrompt() }
            prompt.editor.apply(edit, history: search.history)
            search.prompt = prompt
            incrementalSearch()
        case .quotesFilter:
            guard var editor = filterEditor else { return [] }
            if edit == .deleteBackward, editor.text.isEmpty {
                quotesFilter = nil
                filterEditor = nil
                return []
            }
            if edit == .historyPrevious || edit == .historyNext { return submitPrompt() }
            editor.apply(edit)
            filterEditor = editor
            quotesFilter = editor.string
            panelStates[.quotes, default: PanelState(panel: .quotes)].viewport = ListViewport()
        case .note:
            guard var editing = noteEditor else { return [] }
            if edit == .historyPrevious || edit == .historyNext { return [] }
            editing.editor.apply(edit)
            noteEditor = editing
        case nil:
            break
        }
        return []
    }

    /// Enter (and Tab): the search is kept (every match counted); the filter is kept and the
    /// keys go back to moving the selection.
    mutating func submitPrompt() -> [Effect] {
        switch activePrompt {
        case .search:
            commitSearch()
        case .quotesFilter:
            filterEditor = nil
            if quotesFilter?.isEmpty ?? true { quotesFilter = nil }
        case .note:
            submitNote()
        case nil:
            break
        }
        return []
    }

    /// Esc, Ctrl-C, Ctrl-G: the search prompt closes and the view goes back to where it
    /// opened; the filter is removed.
    mutating func cancelPrompt() -> [Effect] {
        switch activePrompt {
        case .search:
            cancelSearchPrompt()
        case .quotesFilter:
            quotesFilter = nil
            filterEditor = nil
            sidebarSelection = 0
            keepSelectionVisible()
        case .note:
            cancelNote()
        case nil:
            break
        }
        return []
    }

    /// Ctrl-R and Ctrl-D in the search prompt: regular-expression mode, ignoring accents.
    mutating func toggleSearchMode(regex: Bool) {
        guard var prompt = search.prompt else { return }
        if regex { prompt.isRegex.toggle() } else { prompt.ignoresDiacritics.toggle() }
        search.prompt = prompt
        incrementalSearch()
    }
}
