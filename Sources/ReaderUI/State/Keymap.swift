/// Maps keys to ``Message``s through ``KeyTable``, the way less and vim readers expect. A
/// count typed before a command (`5j`) is passed in as `count`.
public enum Keymap {
    /// The message for `key` with an optional count prefix in `focus`. In a sidebar panel
    /// the panel's bindings come first (j/k move its cursor, Enter jumps, Esc leaves) and
    /// every other key acts as in the article; in the match list only its own keys act.
    public static func message(for key: Key, count: Int?, focus: Focus) -> Message {
        let context: KeyTable.Context
        switch focus {
        case .article: return message(for: key, count: count)
        case .panel: context = .panel
        case .matches: context = .matches
        }
        if let binding = KeyTable.binding(for: key, in: context) { return binding.message(count) }
        if context == .panel { return message(for: key, count: count) }
        return .unbound(name(of: key))
    }

    /// The message for `key` with an optional count prefix, when the article has the focus.
    public static func message(for key: Key, count: Int?) -> Message {
        KeyTable.binding(for: key, in: .article)?.message(count) ?? .unbound(name(of: key))
    }

    /// The message for `key` while a prompt takes text: the prompt's own keys (Enter, Esc,
    /// editing, Ctrl-R...), else a printable character is typed; anything else is ignored.
    public static func promptMessage(for key: Key) -> Message {
        if let binding = KeyTable.binding(for: key, in: .prompt) { return binding.message(nil) }
        if case .character(let c) = key { return .edit(.insert(String(c))) }
        return .ignore
    }

    /// A short human name for `key`, as the status line shows it ("Ctrl-X", "F5", "x").
    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        }
    }
}
