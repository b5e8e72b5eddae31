import ArticleModel

/// The named entities in the order the entities sidebar lists them: grouped by kind
/// (people, organizations, places, other; empty groups left out), and inside a group by
/// salience: more mentions first, then the earlier first mention, then the name.
public struct EntityList: Sendable, Equatable {
    /// One row of the sidebar's list.
    public enum Row: Sendable, Equatable {
        /// A group header for a kind.
        case header(EntityKind)
        /// An entity, by its position in ``order``.
        case entity(position: Int)
    }

    /// The kinds in the order their groups are listed.
    public static let kindOrder: [EntityKind] = [.person, .organization, .place, .other]

    /// Indexes into `article.entities` in sidebar order (entities without mentions are left
    /// out: there is nothing to show or jump to).
    public let order: [Int]
    /// The rows of the list: each group's header followed by its entities.
    public let rows: [Row]
    /// For each position in ``order``, its row in ``rows``.
    public let rowOfPosition: [Int]

    /// Orders `entities` (an article's, indexes kept).
    public init(entities: [Entity]) {
        var order: [Int] = []
        var rows: [Row] = []
        var rowOfPosition: [Int] = []
        for kind in Self.kindOrder {
            let group = entities.indices
                .filter { entities[$0].kind == kind && !entities[$0].mentions.isEmpty }
                .sorted { a, b in
                    let x = entities[a], y = entities[b]
                    if x.mentions.count != y.mentions.count { return x.mentions.count > y.mentions.count }
                    if x.firstPosition != y.firstPosition { return x.firstPosition < y.firstPosition }
                    if x.name != y.name { return x.name < y.name }
                    return a < b
                }
            guard !group.isEmpty else { continue }
            rows.append(.header(kind))
            for index in group {
                rowOfPosition.append(rows.count)
                rows.append(.entity(position: order.count))
                order.append(index)
            }
        }
        self.order = order
        self.rows = rows
        self.rowOfPosition = rowOfPosition
    }

    /// The group title of a kind, as the sidebar shows it ("People").
    public static func title(of kind: EntityKind) -> String {
        switch kind {
        case .person: return "People"
        case .organization: return "Organizations"
        case .place: return "Places"
        case .other: return "Other"
        }
    }
}
