import ArticleModel
import TerminalText

/// Paints the entities sidebar (the lower panel of the sidebar when the quotes panel shares
/// it): a title with the number of entities, then the groups of ``EntityList`` (People,
/// Organizations, Places, Other), each under its header, one row per entity: the canonical
/// name, truncated by display width, and its number of mentions right-aligned, in the
/// kind's style role. The cursor, while the panel has the focus, is drawn in the selection
/// role with a marker; the selected entity, otherwise, in the selected-mention role.
public enum EntitiesSidebar {
    /// Columns between a name and its count, at least.
    public static let gap = 2

    /// The style role of entities of `kind` (their sidebar rows).
    public static func role(for kind: EntityKind) -> StyleRole {
        switch kind {
        case .person: return .person
        case .organization: return .organization
        case .place: return .place
        case .other: return .otherEntity
        }
    }

    /// Paints the panel into its `rows` (``ReaderState/sidebarPanels``) of the sidebar's
    /// columns of `buffer`.
    public static func render(_ state: ReaderState, rows panel: Range<Int>, into buffer: inout ScreenBuffer) {
        let geometry = state.geometry
        guard let left = geometry.sidebarLeft else { return }
        let width = geometry.sidebarColumns
        let firstRow = panel.lowerBound
        let rows = min(panel.count, max(0, buffer.rows - 1 - firstRow))
        guard rows > 0 else { return }
        let textLeft = geometry.sidebarIsOverlay ? left + 2 : left + 1
        let textWidth = max(1, width - (textLeft - left) - 1)
        for row in firstRow..<(firstRow + rows) {
            buffer.fill(row: row, column: left, width: width, role: .sidebarItem)
            buffer.write("│", row: row, column: geometry.sidebarIsOverlay ? left : left - 1, role: .border)
        }
        let list = state.entityList
        let focused = state.focus == .entities
        SidebarTitle.draw(
            " Entities (\(list.order.count))", focused: focused, row: firstRow, left: textLeft - 1,
            width: textWidth, rule: firstRow > 0, into: &buffer)
        let visible = rows - 1
        guard visible > 0 else { return }
        let top = state.shownTop(of: .entities, panelRows: rows)
        for slot in 0..<visible {
            let index = top + slot
            guard index < list.rows.count else { break }
            let row = firstRow + 1 + slot
            switch list.rows[index] {
            case .header(let kind):
                buffer.write(
                    Truncation.truncate(EntityList.title(of: kind), toWidth: textWidth), row: row,
                    column: textLeft, role: .sidebarTitle)
            case .entity(let position):
                let entityIndex = list.order[position]
                let entity = state.article.entities[entityIndex]
                let isCursor = focused && position == state.entityCursor
                let isSelected = state.selection.entity == entityIndex
                let rowRole: StyleRole = isCursor
                    ? .sidebarSelection : (isSelected ? .selectedMention : role(for: entity.kind))
                if isCursor || isSelected {
                    buffer.fill(row: row, column: textLeft, width: textWidth, role: rowRole)
                }
                if isCursor {
                    buffer.write("▶", row: row, column: textLeft - 1, role: .sidebarSelection)
                }
                drawEntry(
                    name: entity.name, count: entity.mentions.count, row: row, left: textLeft,
                    width: textWidth, role: rowRole, into: &buffer)
            }
        }
    }

    /// One entry: the name from one column in, the count flush right, at least ``gap``
    /// columns between them (the name truncated by display width to keep them).
    static func drawEntry(
        name: String, count: Int, row: Int, left: Int, width: Int, role: StyleRole,
        into buffer: inout ScreenBuffer
    ) {
        let number = String(count)
        let numberWidth = DisplayWidth.of(number)
        let nameRoom = width - 1 - numberWidth - gap
        let end = left + width
        if nameRoom > 0 {
            let flat = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            buffer.write(Truncation.truncate(flat, toWidth: nameRoom), row: row, column: left + 1, role: role, limit: end)
        }
        buffer.write(number, row: row, column: max(left, end - numberWidth), role: role, limit: end)
    }
}
