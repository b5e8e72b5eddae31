/// Which part of the screen receives the keys that move a selection.
public enum Focus: Sendable, Hashable {
    /// The article pane: keys scroll the text.
    case article
    /// A sidebar panel (or its overlay on a narrow terminal): j/k move its cursor, Enter
    /// jumps to what is under it.
    case panel(SidebarPanel)
    /// The list of search matches (an overlay): j/k select, Enter jumps.
    case matches

    /// The quotes panel.
    public static let quotes = Focus.panel(.quotes)
    /// The entities panel.
    public static let entities = Focus.panel(.entities)

    /// The panel that has the focus, if one has.
    public var panel: SidebarPanel? {
        if case .panel(let panel) = self { return panel }
        return nil
    }
}
