/// Maps keys to ``Message``s, the way less and vim readers expect (see ``HelpText`` for the
/// list shown to users). A count typed before a command (`5j`) is passed in as `count`.
public enum Keymap {
    /// The message for `key` with an optional count prefix, or `nil` when the key is a digit
    /// that extends the count (handled by ``ReaderState/handle(_:)``).
    public static func message(for key: Key, count: Int?) -> Message {
        let n = max(1, count ?? 1)
        switch key {
        case .character("j"), .down, .enter, .control("n"), .control("e"):
            return .scrollLines(n)
        case .character("k"), .character("y"), .up, .control("p"), .control("y"):
            return .scrollLines(-n)
        case .character(" "), .character("f"), .pageDown, .control("f"), .control("v"):
            return .scrollPages(n)
        case .character("b"), .pageUp, .control("b"):
            return .scrollPages(-n)
        case .character("d"), .control("d"):
            return .scrollHalfPages(n)
        case .character("u"), .control("u"):
            return .scrollHalfPages(-n)
        case .character("g"), .character("<"), .home:
            return count.map { .line($0) } ?? .top
        case .character("G"), .character(">"), .end:
            return count.map { .line($0) } ?? .bottom
        case .character("%"):
            return .percent(count ?? 0)
        case .character("+"):
            return .adjustWidth(ReaderState.widthStep * n)
        case .character("-"):
            return .adjustWidth(-ReaderState.widthStep * n)
        case .character("="):
            return .resetWidth
        case .character("h"), .function(1):
            return .toggleHelp
        case .control("l"):
            return .redraw
        case .control("z"):
            return .suspend
        case .character("q"), .character("Q"), .control("c"):
            return .quit
        default:
            return .unbound(Self.name(of: key))
        }
    }

    /// A short human name for `key`, as the status line shows it ("Ctrl-X", "F5", "x").
    public static func name(of key: Key) -> String {
        switch key {
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
