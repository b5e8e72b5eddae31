/// The two lists that share the right-hand sidebar.
public enum SidebarPanel: Sendable, Equatable, CaseIterable {
    /// The quotations, two rows each (speaker, opening words).
    case quotes
    /// The named entities, grouped by kind, one row each.
    case entities

    /// The focus that belongs to the panel.
    public var focus: Focus {
        switch self {
        case .quotes: return .quotes
        case .entities: return .entities
        }
    }
}
