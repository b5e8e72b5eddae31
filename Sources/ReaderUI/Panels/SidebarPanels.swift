/// Which rows of the sidebar's columns each shown panel takes: the panels stacked in
/// ``SidebarPanel`` order, each given at least ``minimumRows``; a panel that needs less than
/// its share keeps only what it needs and the others share the rest (the last panel takes
/// what nobody needs). When the sidebar is too short for every wanted panel, one panel takes
/// every row (the focused one, else the one last asked for). Rows are screen rows above the
/// status line.
public struct SidebarPanels: Sendable, Equatable {
    /// The fewest rows a panel gets when the sidebar is split.
    public static let minimumRows = 5

    /// The rows of each shown panel.
    public var placements: [SidebarPanel: Range<Int>]

    /// Creates a placement.
    public init(_ placements: [SidebarPanel: Range<Int>] = [:]) {
        self.placements = placements
    }

    /// The rows of `panel`, when it is shown.
    public func rows(of panel: SidebarPanel) -> Range<Int>? {
        placements[panel]
    }

    /// The shown panels with their rows, top first.
    public var ordered: [(panel: SidebarPanel, rows: Range<Int>)] {
        SidebarPanel.allCases.compactMap { panel in placements[panel].map { (panel, $0) } }
    }

    /// Places the panels in a sidebar `height` rows tall.
    ///
    /// - Parameters:
    ///   - needs: each wanted panel, in stacking order, with the rows it would use to show
    ///     every entry.
    ///   - solo: the panel shown alone when the sidebar is too short to give each wanted
    ///     panel ``minimumRows`` (the first wanted one when `solo` is not wanted).
    public static func make(height: Int, needs: [(panel: SidebarPanel, rows: Int)], solo: SidebarPanel) -> SidebarPanels {
        let all = 0..<max(0, height)
        guard let first = needs.first else { return SidebarPanels() }
        guard needs.count > 1 else { return SidebarPanels([first.panel: all]) }
        guard height >= needs.count * minimumRows else {
            let shown = needs.contains { $0.panel == solo } ? solo : first.panel
            return SidebarPanels([shown: all])
        }
        var given = [Int?](repeating: nil, count: needs.count)
        var remaining = height
        var open = Array(needs.indices)
        // Panels needing no more than an even share keep what they need, until none does.
        while !open.isEmpty {
            let share = remaining / open.count
            let small = open.filter { needs[$0].rows <= share }
            guard !small.isEmpty else { break }
            for i in small {
                given[i] = needs[i].rows
                remaining -= needs[i].rows
            }
            open.removeAll { small.contains($0) }
        }
        if open.isEmpty {
            given[needs.count - 1] = (given[needs.count - 1] ?? 0) + remaining
        } else {
            // The rest in even shares, the odd rows to the lower panels.
            let base = remaining / open.count
            let extra = remaining % open.count
            for (n, i) in open.enumerated() { given[i] = base + (n >= open.count - extra ? 1 : 0) }
        }
        var rows = given.map { $0 ?? 0 }
        for i in rows.indices where rows[i] < minimumRows {
            var missing = minimumRows - rows[i]
            rows[i] = minimumRows
            while missing > 0, let donor = rows.indices.filter({ $0 != i && rows[$0] > minimumRows }).max(by: { rows[$0] < rows[$1] }) {
                let take = min(missing, rows[donor] - minimumRows)
                rows[donor] -= take
                missing -= take
            }
        }
        var placements: [SidebarPanel: Range<Int>] = [:]
        var top = 0
        for (i, need) in needs.enumerated() {
            placements[need.panel] = top..<(top + rows[i])
            top += rows[i]
        }
        return SidebarPanels(placements)
    }
}
