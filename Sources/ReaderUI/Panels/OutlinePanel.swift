/// The outline panel: one row per ``Outline`` entry (headings indented by level, captions,
/// the paragraphs where the speaker changes), the section being read set apart; Enter jumps.
/// Hidden until `o` asks for it.
enum OutlinePanel: PanelContent {
    static let titleRows = 1
    static let rowsPerEntry = 1
    static let shownByDefault = false
    static var hints: String { "Enter jump  Esc back" }
    static let emptyMessage = "no headings, captions or quotations to outline"

    static func hasEntries(_ state: ReaderState) -> Bool { !state.outline.entries.isEmpty }

    static func neededRows(_ state: ReaderState) -> Int { titleRows + state.outline.entries.count }

    static func entryCount(_ state: ReaderState) -> Int { state.outline.entries.count }

    static func listRows(_ state: ReaderState) -> Int { state.outline.entries.count }

    static func rows(ofEntry entry: Int, in state: ReaderState) -> Range<Int>? { entry..<(entry + 1) }

    static func followedEntry(_ state: ReaderState) -> Int? { state.currentSection }

    static func focused(_ state: inout ReaderState) {
        if let section = state.currentSection { state.setCursor(of: .outline, to: section) }
    }

    static func cursorMoved(_ state: inout ReaderState) {}

    static func activate(_ state: inout ReaderState) {
        let entries = state.outline.entries
        let cursor = state.cursor(of: .outline)
        guard entries.indices.contains(cursor) else { return }
        state.goToSection(cursor)
        if state.overlayPanel == .outline { state.leaveSidebar() }
    }

    static func render(_ state: ReaderState, rows: Range<Int>, into buffer: inout ScreenBuffer) {
        let entries = state.outline.entries
        PanelList.render(
            state, panel: .outline, title: " Outline (\(entries.count))", rows: rows,
            entries: entries.map { entry in
                let indent = String(repeating: " ", count: 2 * max(0, entry.level - 1))
                let role: StyleRole = entry.kind == .heading ? .sidebarItem : (entry.kind == .caption ? .caption : .speaker)
                return (text: indent + entry.title, role: role)
            },
            current: state.currentSection, into: &buffer)
    }
}
