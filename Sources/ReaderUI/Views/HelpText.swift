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
        Entry(keys: "", action: "Display"),
        Entry(keys: "+  -", action: "wider / narrower text"),
        Entry(keys: "=", action: "text width back to the start"),
        Entry(keys: "Ctrl-L", action: "redraw the screen"),
        Entry(keys: "", action: "Other"),
        Entry(keys: "h  F1", action: "this help (any key closes it)"),
        Entry(keys: "Ctrl-Z", action: "suspend to the shell (fg resumes)"),
        Entry(keys: "q  Ctrl-C", action: "quit"),
    ]

    /// The help text as lines: group titles flush left, keys in a column of their own.
    public static let lines: [String] = {
        let keyColumn = (entries.map { $0.keys.count }.max() ?? 0) + 2
        return entries.map { entry in
            if entry.keys.isEmpty && !entry.action.hasPrefix(" ") { return entry.action }
            let keys = entry.keys.padding(toLength: keyColumn)
            return "  " + keys + entry.action.trimmingLeadingSpaces
        }
    }()
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    fileprivate var trimmingLeadingSpaces: String {
        String(drop(while: { $0 == " " }))
    }
}
