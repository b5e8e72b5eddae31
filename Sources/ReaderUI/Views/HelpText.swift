/// The keys of the reader, as the help overlay lists them: made from ``KeyTable``, like
/// the keymap and README's key table.
public enum HelpText {
    /// One entry: the keys and what they do.
    public struct Entry: Sendable, Equatable {
        /// The keys, as the user types them ("j  Down  Enter").
        public let keys: String
        /// What they do.
        public let action: String
    }

    /// Every key, grouped by purpose; a `keys` of `""` starts a group titled by `action`
    /// (or, when `action` starts with spaces, continues the entry above).
    public static let entries: [Entry] = KeyTable.groups.flatMap { group -> [Entry] in
        [Entry(keys: "", action: group.title)] + group.entries.flatMap { entry -> [Entry] in
            guard let first = entry.help.first else { return [] }
            return [Entry(keys: entry.helpKeys, action: first)]
                + entry.help.dropFirst().map { Entry(keys: "", action: $0) }
        }
    }

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
