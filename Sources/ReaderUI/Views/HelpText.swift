/// The keys of the reader, as the help overlay lists them. README's "Keys" section says the
/// same; ``Keymap`` is the implementation.
public enum HelpText {
    /// One entry: the keys and what they do.
    public struct Entry: Sendable, Equatable {
        /// The keys, as the user types them ("j  Down  Enter").
        public let keys: String
        /// What they do.
        public let action: String
    }

    /// Every key, grouped by purpose; a `keys` of `""` starts a group titled by `action`.
    public static let entries: [Entry] = [
        Entry(keys: "", action: "Moving"),
        Entry(keys: "j  Down  Enter  Ctrl-N", action: "down one line"),
        Entry(keys: "k  Up  y  Ctrl-P", action: "up one line"),
        Entry(keys: "Space  f  PgDn  Ctrl-F", action: "down one page"),
        Entry(keys: "b  PgUp  Ctrl-B", action: "up one page"),
        Entry(keys: "d  Ctrl-D", action: "down half a page"),
        Entry(keys: "u  Ctrl-U", action: "up half a page"),
        Entry(keys: "g  Home  <", action: "top of the article"),
        Entry(keys: "G  End  >", action: "end of the article"),
        Entry(keys: "5j  10G  50%", action: "a count before a key repeats it;"),
        Entry(keys: "", action: "  NG goes to line N, N% to N percent"),
        Entry(keys: "mouse wheel", action: "scrolls (with --mouse)"),
        Entry(keys: "", action: "Search"),
        Entry(keys: "/  ?", action: "search forward / backward"),
        Entry(keys: "n  N", action: "next / previous match"),
        Entry(keys: "M", action: "list every match (j/k, Enter jumps)"),
        Entry(keys: "c", action: "clear the search and selection highlights"),
        Entry(keys: "Ctrl-R  Ctrl-D", action: "in the prompt: regex / ignore accents"),
        Entry(keys: "", action: "Quotes and named entities"),
        Entry(keys: ".  ,", action: "next / previous quote"),
        Entry(keys: "]  [", action: "next / previous mention of the entity"),
        Entry(keys: "\"  E", action: "show or hide the quotes / entities sidebar"),
        Entry(keys: "Tab", action: "focus: article, quotes, entities, article"),
        Entry(keys: "j  k  g  G  Enter", action: "in a sidebar: select (an entity: its"),
        Entry(keys: "", action: "  mentions light up), jump to it"),
        Entry(keys: "s", action: "only this speaker's (entity's) quotes / all"),
        Entry(keys: "/ (quotes sidebar)", action: "filter the quotes by typing"),
        Entry(keys: "Esc", action: "back to the article; there: no selection"),
        Entry(keys: "", action: "Display"),
        Entry(keys: "+  -", action: "wider / narrower text"),
        Entry(keys: "=", action: "text width back to the start"),
        Entry(keys: "T", action: "next colour theme"),
        Entry(keys: "Ctrl-L", action: "redraw the screen"),
        Entry(keys: "", action: "Other"),
        Entry(keys: "h  F1", action: "this help (any key closes it)"),
        Entry(keys: "Ctrl-Z", action: "suspend to the shell (fg resumes)"),
        Entry(keys: "q  Q  Ctrl-C", action: "quit"),
    ]

    /// The help text as lines for a box `width` columns wide inside: group titles flush
    /// left and keys in a column of their own; when that does not fit, each entry takes two
    /// lines, the keys and then the action indented below them.
    public static func lines(width: Int = .max) -> [String] {
        let keyColumn = (entries.map { $0.keys.count }.max() ?? 0) + 2
        let actionWidth = entries.map { $0.action.count }.max() ?? 0
        let wide = 2 + keyColumn + actionWidth <= width
        return entries.flatMap { entry -> [String] in
            if entry.keys.isEmpty && !entry.action.hasPrefix(" ") { return [entry.action] }
            let action = entry.action.trimmingLeadingSpaces
            if wide {
                return ["  " + entry.keys.padding(toLength: keyColumn) + action]
            }
            return entry.keys.isEmpty ? ["      " + action] : ["  " + entry.keys, "      " + action]
        }
    }

    /// The help text at full width, as README's key table lists it.
    public static var lines: [String] { lines() }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    fileprivate var trimmingLeadingSpaces: String {
        String(drop(while: { $0 == " " }))
    }
}
