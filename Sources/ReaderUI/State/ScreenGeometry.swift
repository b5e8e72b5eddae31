/// Where the article pane and the quotes sidebar go on a screen of a given size.
///
/// The sidebar is docked on the right when the article pane keeps at least
/// ``minimumArticleColumns`` beside it; otherwise it is collapsed and shows only as an
/// overlay on request. Widths are in columns.
public struct ScreenGeometry: Sendable, Equatable {
    /// The narrowest article pane that may sit beside a docked sidebar.
    public static let minimumArticleColumns = 60
    /// The sidebar's width bounds.
    public static let sidebarWidths = 28...40

    /// First column of the article pane.
    public var articleLeft: Int
    /// Width of the article pane (the measure is clamped to it).
    public var articleColumns: Int
    /// First column of the sidebar (docked or overlay), when one is shown.
    public var sidebarLeft: Int?
    /// Width of the sidebar when one is shown.
    public var sidebarColumns: Int
    /// Whether the sidebar is drawn over the article (narrow terminal) rather than beside it.
    public var sidebarIsOverlay: Bool

    /// The sidebar width for a terminal `columns` wide: a third of it, within
    /// ``sidebarWidths``.
    public static func sidebarWidth(columns: Int) -> Int {
        min(sidebarWidths.upperBound, max(sidebarWidths.lowerBound, (columns - 1) / 3))
    }

    /// Whether a docked sidebar fits beside the article on a terminal `columns` wide.
    public static func sidebarFits(columns: Int) -> Bool {
        columns - sidebarWidth(columns: columns) - 1 >= minimumArticleColumns
    }

    /// The geometry for `columns` when the sidebar is wanted docked (`docked`) or as an
    /// overlay (`overlay`); an overlay is only used when docking does not fit.
    public static func make(columns: Int, docked: Bool, overlay: Bool) -> ScreenGeometry {
        let width = sidebarWidth(columns: columns)
        if docked && sidebarFits(columns: columns) {
            return ScreenGeometry(
                articleLeft: 0, articleColumns: columns - width - 1,
                sidebarLeft: columns - width, sidebarColumns: width, sidebarIsOverlay: false)
        }
        if overlay {
            let overlayWidth = min(columns, max(width, min(columns, 40)))
            return ScreenGeometry(
                articleLeft: 0, articleColumns: columns, sidebarLeft: columns - overlayWidth,
                sidebarColumns: overlayWidth, sidebarIsOverlay: true)
        }
        return ScreenGeometry(
            articleLeft: 0, articleColumns: columns, sidebarLeft: nil, sidebarColumns: 0,
            sidebarIsOverlay: false)
    }
}
