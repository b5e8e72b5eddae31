/// Maps keys to ``Message``s, the way less and vim readers expect (see ``HelpText`` for the
/// list shown to users). A count typed before a command (`5j`) is passed in as `count`.
public enum Keymap {
    /// The message for `key` with an optional count prefix in `focus`. In a sidebar panel
    /// (quotes or entities): j/k and the arrows move the selection, g/G go to its ends,
    /// Enter jumps (to the selected quotation, or to the selected entity's first mention),
    /// `s` narrows the quotes to the speaker (the quote's, or the entity), Tab moves the
    /// focus on (article, quotes, entities, article), Esc gives it back to the article;
    /// every other key acts as in the article.
    public static func message(for key: Key, count: Int?, focus: Focus) -> Message {
        if focus == .matches {
            let n = max(1, count ?? 1)
            switch key {
            case .character("j"), .down, .control("n"): return .matchListMove(n)
            case .character("k"), .up, .control("p"): return .matchListMove(-n)
            case .character(" "), .pageDown, .control("f"): return .matchListMove(10 * n)
            case .character("b"), .pageUp, .control("b"): return .matchListMove(-10 * n)
            case .character("g"), .home: return .matchListMove(-Int.max / 2)
            case .character("G"), .end: return .matchListMove(Int.max / 2)
            case .enter: return .matchListActivate
            case .escape, .tab, .character("M"): return .leaveSidebar
            case .character("q"), .control("c"): return .quit
            default: return .unbound(name(of: key))
            }
        }
        guard focus == .quotes || focus == .entities else { return message(for: key, count: count) }
        let n = max(1, count ?? 1)
        switch key {
        case .character("j"), .down, .control("n"): return .sidebarMove(n)
        case .character("k"), .up, .control("p"): return .sidebarMove(-n)
        case .character(" "), .pageDown, .control("f"): return .sidebarMove(10 * n)
        case .character("b"), .pageUp, .control("b"): return .sidebarMove(-10 * n)
        case .character("g"), .home: return .sidebarFirst
        case .character("G"), .end: return .sidebarLast
        case .enter: return .sidebarActivate
        case .character("s"): return .toggleSpeakerFilter
        case .tab: return .cycleFocus
        case .escape: return .leaveSidebar
        default: return message(for: key, count: count)
        }
    }

    /// The message for `key` with an optional count prefix, when the article has the focus.
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
        case .character("/"):
            return .openSearch(forward: true)
        case .character("?"):
            return .openSearch(forward: false)
        case .character("n"):
            return .repeatSearch(sameDirection: true, count: n)
        case .character("N"):
            return .repeatSearch(sameDirection: false, count: n)
        case .character("c"):
            return .clearSearch
        case .character("M"):
            return .openMatchList
        case .character("."):
            return .nextQuote(n)
        case .character(","):
            return .previousQuote(n)
        case .character("]"):
            return .nextMention(n)
        case .character("["):
            return .previousMention(n)
        case .character("\""):
            return .toggleQuotes
        case .character("E"):
            return .toggleEntities
        case .tab:
            return .cycleFocus
        case .character("s"):
            return .toggleSpeakerFilter
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
