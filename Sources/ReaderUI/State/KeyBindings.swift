/// User key remapping (the config file's `[keys]` table): action names bound to single keys,
/// on top of the built-in ``Keymap``, which keeps all its own keys.
///
/// A remapped key is translated into the action's built-in key before the keymap sees it,
/// so it works in every focus (in the quotes sidebar `scroll-down` moves the selection, as
/// `j` does). The one action the keymap does not know, ``Action/cycleTheme``, is handled by
/// the runtime (``ThemeSwitchingBackend``).
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

        /// The built-in key of the action, which ``Keymap`` maps to it; `nil` for
        /// ``cycleTheme``, which the keymap does not handle.
        public var builtInKey: Key? {
            switch self {
            case .scrollDown: return .character("j")
            case .scrollUp: return .character("k")
            case .pageDown: return .character(" ")
            case .pageUp: return .character("b")
            case .halfPageDown: return .character("d")
            case .halfPageUp: return .character("u")
            case .top: return .character("g")
            case .bottom: return .character("G")
            case .wider: return .character("+")
            case .narrower: return .character("-")
            case .resetWidth: return .character("=")
            case .nextQuote: return .character(".")
            case .previousQuote: return .character(",")
            case .nextMention: return .character("]")
            case .previousMention: return .character("[")
            case .toggleQuotes: return .character("\"")
            case .toggleEntities: return .character("E")
            case .cycleFocus: return .tab
            case .speakerFilter: return .character("s")
            case .help: return .character("h")
            case .redraw: return .control("l")
            case .suspend: return .control("z")
            case .quit: return .character("q")
            case .cycleTheme: return nil
            }
        }
    }

    /// What a key press becomes after the bindings.
    public enum Resolution: Sendable, Equatable {
        /// Pass this key on to the keymap.
        case key(Key)
        /// Switch to the next theme.
        case cycleTheme
    }

    /// Keys bound by the user (or by default, `T` to cycle themes), by key.
    public private(set) var actions: [Key: Action]

    /// The built-in bindings: only `T` for ``Action/cycleTheme`` (every other key is
    /// ``Keymap``'s).
    public static let standard = KeyBindings(actions: [.character("T"): .cycleTheme])

    /// Creates bindings from a key-to-action table.
    public init(actions: [Key: Action]) {
        self.actions = actions
    }

    /// Binds `key` to `action`. Binding `cycle-theme` moves it off `T`.
    public mutating func bind(_ key: Key, to action: Action) {
        if action == .cycleTheme {
            actions = actions.filter { $0.value != .cycleTheme }
        }
        actions[key] = action
    }

    /// The key the user pressed, translated through the bindings.
    public func resolve(_ key: Key) -> Resolution {
        guard let action = actions[key] else { return .key(key) }
        guard let builtIn = action.builtInKey else { return .cycleTheme }
        return .key(builtIn)
    }

    /// The key that cycles themes, for messages ("T").
    public var cycleThemeKey: Key? {
        actions.first(where: { $0.value == .cycleTheme })?.key
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
