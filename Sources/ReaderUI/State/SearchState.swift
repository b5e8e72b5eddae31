import ArticleModel

/// The search prompt while the reader types a pattern after `/` or `?`.
public struct SearchPrompt: Sendable, Equatable {
    /// The pattern being typed, edited by ``Message/edit(_:)``.
    public internal(set) var editor = LineEditor()
    /// The pattern typed so far.
    public var text: [Character] { editor.text }
    /// Cursor position in ``text``, in characters (0...text.count).
    public var cursor: Int { editor.cursor }
    /// `true` for `/` (forward), `false` for `?` (backward).
    public var forward: Bool
    /// Regular-expression mode (Ctrl-R in the prompt toggles it).
    public var isRegex: Bool
    /// Diacritic-insensitive matching (Ctrl-D in the prompt toggles it).
    public var ignoresDiacritics: Bool
    /// Where the view was when the prompt opened, restored by Esc.
    var originTopLine: Int
    var originAnchor: TextPosition

    /// The pattern as a string.
    public var pattern: String { String(text) }
}

/// Everything about searching: the prompt, the active query and its matches.
public struct SearchState: Sendable {
    /// The prompt, while it is open.
    public internal(set) var prompt: SearchPrompt?
    /// The query whose matches are highlighted, or `nil`.
    public internal(set) var query: SearchQuery?
    /// Matches of ``query`` in reading order (scalar ranges inside blocks): every match once
    /// the search is kept (``isComplete``); while the prompt is open, only those in the
    /// blocks on screen, so that each keystroke costs time bounded by the screen, not the
    /// article.
    public internal(set) var matches: [TextRange] = []
    /// Whether ``matches`` holds every match of the article (after Enter, `n`, `N`).
    public internal(set) var isComplete = true
    /// Index in ``matches`` of the current match, or `nil`.
    public internal(set) var current: Int?
    /// The direction of the last search: `n` repeats it, `N` goes the other way.
    public internal(set) var forward = true
    /// Patterns searched before, oldest first (Up/Down in the prompt).
    public internal(set) var history: [String] = []
    /// The prepared text of the article, built on the first search.
    var index: SearchIndex?
    /// Whether the match list overlay is open.
    public internal(set) var listOpen = false
    /// The match list's cursor (an index into ``matches``) and first entry shown.
    public internal(set) var list = ListViewport()
    /// The selected entry of the match list (an index into ``matches``).
    public var listSelection: Int { list.cursor }
    /// The first entry shown in the match list.
    public var listTop: Int { list.top }

    /// Creates an empty search state.
    public init() {}
}
