/// Which rows of the sidebar's columns each panel takes: the quotes panel on top, the
/// entities panel below it, when both are shown and each gets at least ``minimumRows``;
/// otherwise one panel takes every row (the focused one, else the one last shown). Rows are
/// screen rows above the status line.
public struct SidebarPanels: Sendable, Equatable {
    /// The fewest rows a panel gets when the sidebar is split.
    public static let minimumRows = 5

    /// The rows of the quotes panel, when it is shown.
    public var quotes: Range<Int>?
    /// The rows of the entities panel, when it is shown.
    public var entities: Range<Int>?

    /// Creates a placement.
    public init(quotes: Range<Int>? = nil, entities: Range<Int>? = nil) {
        self.quotes = quotes
        self.entities = entities
    }

    /// The rows of `panel`, when it is shown.
    public func rows(of panel: SidebarPanel) -> Range<Int>? {
        panel == .quotes ? quotes : entities
    }

    /// Places the panels in a sidebar `height` rows tall.
    ///
    /// - Parameters:
    ///   - quotes: the rows the quotes panel would use to show every entry, or `nil` when
    ///     it is not shown.
    ///   - entities: the same for the entities panel.
    ///   - solo: the panel shown alone when both are wanted but the sidebar is too short to
    ///     split.
    /// - Returns: a split where each panel has at least ``minimumRows``: a panel that needs
    ///   less than half keeps only what it needs and the other gets the rest; otherwise
    ///   halves (the quotes panel the smaller one when `height` is odd).
    public static func make(height: Int, quotes: Int?, entities: Int?, solo: SidebarPanel) -> SidebarPanels {
        let all = 0..<max(0, height)
        switch (quotes, entities) {
        case (nil, nil): return SidebarPanels()
        case (.some, nil): return SidebarPanels(quotes: all)
        case (nil, .some): return SidebarPanels(entities: all)
        case (let q?, let e?):
            guard height >= 2 * minimumRows else {
                return solo == .quotes ? SidebarPanels(quotes: all) : SidebarPanels(entities: all)
            }
            let half = height / 2
            var top: Int
            if q + e <= height || q <= half {
                top = q
            } else if e <= height - half {
                top = height - e
            } else {
                top = half
            }
            top = min(height - minimumRows, max(minimumRows, top))
            return SidebarPanels(quotes: 0..<top, entities: top..<height)
        }
    }
}
