/// The link list: one row per numbered link target (`[n] URL`, as listed at the end of the
/// article). Hidden until `l` asks for it; Enter opens the page under the cursor in Byline
/// (``ReaderState/followSelectedLink()``), `Y` copies its URL.
enum LinksPanel: PanelContent {
    static let titleRows = 1
    static let rowsPerEntry = 1
    static let shownByDefault = false
    static var hints: String { "Enter open  Y copy URL  B back  Esc article" }
    static let emptyMessage = "no links in this article"

    static func hasEntries(_ state: ReaderState) -> Bool { !state.layout.links.urls.isEmpty }

    static func neededRows(_ state: ReaderState) -> Int { titleRows + state.layout.links.urls.count }

    static func entryCount(_ state: ReaderState) -> Int { state.layout.links.urls.count }

    static func listRows(_ state: ReaderState) -> Int { state.layout.links.urls.count }

    static func rows(ofEntry entry: Int, in state: ReaderState) -> Range<Int>? { entry..<(entry + 1) }

    static func followedEntry(_ state: ReaderState) -> Int? { nil }

    static func focused(_ state: inout ReaderState) {
        if let number = state.firstLinkOnScreen { state.setCursor(of: .links, to: number - 1) }
    }

    static func cursorMoved(_ state: inout ReaderState) {}

    /// Enter is handled by ``ReaderState/followSelectedLink()``, which asks the loop to open
    /// the page; nothing to do here.
    static func activate(_ state: inout ReaderState) {}

    static func render(_ state: ReaderState, rows: Range<Int>, into buffer: inout ScreenBuffer) {
        let urls = state.layout.links.urls
        PanelList.render(
            state, panel: .links, title: " Links (\(urls.count))", rows: rows,
            entries: urls.enumerated().map { index, url in
                (text: "[\(index + 1)] " + shortened(url), role: .sidebarItem)
            },
            into: &buffer)
    }

    /// `url` without its scheme and `www.`, which the narrow panel cannot spare.
    static func shortened(_ url: String) -> String {
        var text = Substring(url)
        for prefix in ["https://", "http://"] where text.lowercased().hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
        }
        if text.lowercased().hasPrefix("www.") { text = text.dropFirst(4) }
        return String(text)
    }
}
