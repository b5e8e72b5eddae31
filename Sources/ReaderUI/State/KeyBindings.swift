/// User key remapping (the config file's `[keys]` table): action names bound to single keys,
/// on top of the built-in ``Keymap``, which keeps all its own keys.
///
/// A remapped key is translated into the action's built-in key before the keymap sees it,
/// so it works in every focus (in the quotes sidebar `scroll-down` moves the selection, as
/// `j` does). The reader's state applies them (``ReaderState/bindings``), never while a
/// prompt takes text.
public struct KeyBindings: Sendable, Equatable {
    /// The actions that can be bound, by their config-file names.
    public enum Action: String, Sendable, CaseIterable {
        case scrollDown = "scroll-down", scrollUp = "scroll-up"
        case pageDown = "page-down", pageUp = "page-up"
        case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
        case top, bottom
        case wider, narrower
        case resetWidth = "reset-width"
        case nextQuote = "next-quote", previousQuote = "previous-quote"
        case nextMention = "next-mention", previousMention = "previous-mention"
        case toggleQuotes = "toggle-quotes", toggleEntities = "toggle-entities"
        case cycleFocus = "cycle-focus"
        case speakerFilter = "speaker-filter"
        case help, redraw, suspend, quit
        case cycleTheme = "cycle-theme"
        case copyCitation = "copy-citation"

        /// The built-in key of the action (its first key in ``KeyTable``), which
        /// ``Keymap`` maps to it.
        public var builtInKey: Key? {
            KeyTable.bindings.first { $0.action == self }?.allKeys.first
        }
    }

    /// What a key press becomes after the bindings.
    public enum Resolution: Sendable, Equatable {
        /// Pass this key on to the keymap.
        case key(Key)
        /// The key means nothing: it was the built-in key of theme cycling, which the user
        /// moved to another key.
        case unbound
    }

    /// Keys bound by the user, by key.
    public private(set) var actions: [Key: Action]

    /// No remapping: every key is ``KeyTable``'s.
    public static let standard = KeyBindings(actions: [:])

    /// Creates bindings from a key-to-action table.
    public init(actions: [Key: Action]) {
        self.actions = actions
    }

    /// Binds `key` to `action`. Binding `cycle-theme` moves it off its built-in key (`T`).
    public mutating func bind(_ key: Key, to action: Action) {
        if action == .cycleTheme {
            actions = actions.filter { $0.value != .cycleTheme }
        }
        actions[key] = action
    }

    /// The key the user pressed, translated through the bindings.
    public func resolve(_ key: Key) -> Resolution {
        if let action = actions[key], let builtIn = action.builtInKey { return .key(builtIn) }
        if key == Action.cycleTheme.builtInKey, actions.values.contains(.cycleTheme) { return .unbound }
        return .key(key)
    }

    /// The key that cycles themes, for messages ("T").
    public var cycleThemeKey: Key? {
        actions.first(where: { $0.value == .cycleTheme })?.key ?? Action.cycleTheme.builtInKey
    }

    /// Parses a key as the config file writes it: one character (`"n"`, `"T"`, `" "`), or a
    /// name: `Space`, `Tab`, `Enter`, `Esc`, `Backspace`, `Up`, `Down`, `Left`, `Right`,
    /// `PgUp`, `PgDn`, `Home`, `End`, `Delete`, `F1`-`F12`, `Ctrl-X`. Names ignore case.
    /// Returns `nil` for anything else.
    public static func key(named text: String) -> Key? {
        if text.count == 1, let c = text.first { return .character(c) }
        let lower = text.lowercased()
        let named: [String: Key] = [
            "space": .character(" "), "tab": .tab, "enter": .enter, "return": .enter,
            "esc": .escape, "escape": .escape, "backspace": .backspace, "up": .up,
            "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
            "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
            "delete": .delete,
        ]
        if let key = named[lower] { return key }
        if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter, c.isASCII {
            return .control(c)
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            return .function(n)
        }
        return nil
    }
}
