/// One kind of sidebar panel: what it lists and what its keys do. The generic panel code
/// (``ReaderState`` placing, showing, focusing and scrolling panels, ``ReaderView`` drawing
/// them) calls only these; a new panel is a new conforming type and a case of
/// ``SidebarPanel``.
///
/// Rows are terminal rows; a panel's list rows are counted from 0 below its title rows.
protocol PanelContent {
    /// Whether the panel is docked until the reader hides it (`false`: only when asked for).
    static var shownByDefault: Bool { get }
    /// Rows above the list (title, spacing).
    static var titleRows: Int { get }
    /// Rows one entry takes; the list scrolls by whole entries.
    static var rowsPerEntry: Int { get }
    /// The key hints on the status line while the panel has the focus.
    static var hints: String { get }
    /// The status message when the panel is asked for but has nothing to list.
    static var emptyMessage: String { get }
    /// Whether the article gives the panel anything to list.
    static func hasEntries(_ state: ReaderState) -> Bool
    /// The rows the panel would take to show everything (title included), for placing it.
    static func neededRows(_ state: ReaderState) -> Int
    /// How many entries the cursor moves over.
    static func entryCount(_ state: ReaderState) -> Int
    /// How many list rows there are (entries and any group headers).
    static func listRows(_ state: ReaderState) -> Int
    /// The list rows to keep on screen for entry `entry` (its own rows, and a group header
    /// above it when it opens its group).
    static func rows(ofEntry entry: Int, in state: ReaderState) -> Range<Int>?
    /// The entry the panel follows while it does not have the focus (the current quotation,
    /// the selected entity), or `nil`.
    static func followedEntry(_ state: ReaderState) -> Int?
    /// Called when the panel takes the focus: puts the cursor on the current selection.
    static func focused(_ state: inout ReaderState)
    /// Called after the cursor moved (the entities panel selects the entity under it).
    static func cursorMoved(_ state: inout ReaderState)
    /// Enter on the panel: jump to what is under the cursor.
    static func activate(_ state: inout ReaderState)
    /// `e` on the panel: edit what is under the cursor (a highlight's note).
    static func editEntry(_ state: inout ReaderState)
    /// `x` or Delete on the panel: delete what is under the cursor (a highlight).
    static func deleteEntry(_ state: inout ReaderState)
    /// Draws the panel into `rows` of the sidebar's columns.
    static func render(_ state: ReaderState, rows: Range<Int>, into buffer: inout ScreenBuffer)
}

extension PanelContent {
    /// Most panels are shown until hidden.
    static var shownByDefault: Bool { true }

    /// Most panels list what the article says: nothing to edit.
    static func editEntry(_ state: inout ReaderState) {
        state.statusMessage = "nothing to edit here (e edits a highlight's note)"
    }

    /// Most panels list what the article says: nothing to delete.
    static func deleteEntry(_ state: inout ReaderState) {
        state.statusMessage = "nothing to delete here (x deletes a highlight)"
    }

    /// The list rows shown in a panel `panelRows` tall: whole entries, at least one.
    static func visibleRows(panelRows: Int) -> Int {
        rowsPerEntry * max(1, (panelRows - titleRows) / rowsPerEntry)
    }
}
