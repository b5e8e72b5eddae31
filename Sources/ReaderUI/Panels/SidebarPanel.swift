/// The panels of the right-hand sidebar, in the order they are stacked (top first) and
/// visited by Tab. Each panel's behaviour lives in its own ``PanelContent`` type; the code
/// that shows, places, focuses and scrolls panels knows them only through it.
public enum SidebarPanel: Sendable, Hashable, CaseIterable {
    /// The quotations, two rows each (speaker, opening words).
    case quotes
    /// The named entities, grouped by kind, one row each.
    case entities
    /// The marks set with `m<letter>`, one row each (hidden until asked for).
    case marks
    /// The outline: headings, captions, speaker changes (hidden until asked for).
    case outline
    /// The open articles, when there are several (hidden until asked for).
    case articles
    /// The reading history (hidden until asked for).
    case history
    /// The link list: each numbered link target (hidden until asked for).
    case links
    /// The highlights kept with `*`, one row each (hidden until asked for).
    case highlights

    /// What the panel lists and how it reacts.
    var content: any PanelContent.Type {
        switch self {
        case .quotes: return QuotesPanel.self
        case .entities: return EntitiesPanel.self
        case .marks: return MarksPanel.self
        case .outline: return OutlinePanel.self
        case .articles: return ArticlesPanel.self
        case .history: return HistoryPanel.self
        case .links: return LinksPanel.self
        case .highlights: return HighlightsPanel.self
        }
    }

    /// The focus that belongs to the panel.
    public var focus: Focus { .panel(self) }
}

/// What one panel of the sidebar keeps between frames: whether the reader wants it docked,
/// and its list viewport (cursor and scroll).
public struct PanelState: Sendable, Equatable {
    /// Whether the reader wants the panel docked when it fits (the default), or hid it.
    public var wanted = true
    /// The cursor and the first row shown.
    public var viewport = ListViewport()

    /// A panel at its first entry, wanted unless `wanted` says otherwise.
    public init(wanted: Bool = true) {
        self.wanted = wanted
    }

    /// The state a panel starts with: wanted when it is shown by default.
    init(panel: SidebarPanel) {
        self.init(wanted: panel.content.shownByDefault)
    }
}
