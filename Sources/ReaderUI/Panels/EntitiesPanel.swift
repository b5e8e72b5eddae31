/// The entities panel: ``EntityList``'s rows (group headers and one row per entity) under a
/// one-row title; the cursor moves over the entities and selects the one it is on.
enum EntitiesPanel: PanelContent {
    static let titleRows = 1
    static let rowsPerEntry = 1
    static var hints: String { StatusLine.entitiesHints }
    static let emptyMessage = "no named entities in this article"

    static func hasEntries(_ state: ReaderState) -> Bool { !state.entityList.order.isEmpty }

    static func neededRows(_ state: ReaderState) -> Int { titleRows + state.entityList.rows.count }

    static func entryCount(_ state: ReaderState) -> Int { state.entityList.order.count }

    static func listRows(_ state: ReaderState) -> Int { state.entityList.rows.count }

    static func rows(ofEntry entry: Int, in state: ReaderState) -> Range<Int>? {
        let list = state.entityList
        guard list.rowOfPosition.indices.contains(entry) else { return nil }
        let row = list.rowOfPosition[entry]
        if row > 0, case .header = list.rows[row - 1] { return (row - 1)..<(row + 1) }
        return row..<(row + 1)
    }

    static func followedEntry(_ state: ReaderState) -> Int? {
        state.selection.entity.flatMap { state.entityList.order.firstIndex(of: $0) }
    }

    static func focused(_ state: inout ReaderState) {
        if let entity = state.selection.entity, let position = state.entityList.order.firstIndex(of: entity) {
            state.entityCursor = position
        } else if let entity = state.entityAtCursor {
            // The row under the cursor is drawn selected: make it the selection, so its
            // mentions are highlighted and ] / [ start from it.
            state.select(entity: entity)
        }
    }

    static func cursorMoved(_ state: inout ReaderState) {
        if let entity = state.entityAtCursor { state.select(entity: entity) }
    }

    static func activate(_ state: inout ReaderState) { state.activateEntityCursor() }

    static func render(_ state: ReaderState, rows: Range<Int>, into buffer: inout ScreenBuffer) {
        EntitiesSidebar.render(state, rows: rows, into: &buffer)
    }
}
