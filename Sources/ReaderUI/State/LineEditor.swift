/// One edit of a line being typed (the search prompt, a panel's filter), as a message
/// carries it (``Message/edit(_:)``): every prompt is edited by the same ``LineEditor``.
public enum LineEdit: Sendable, Equatable {
    /// Text typed or pasted, inserted at the cursor.
    case insert(String)
    /// Backspace: the character before the cursor.
    case deleteBackward
    /// Delete: the character under the cursor.
    case deleteForward
    /// Ctrl-U: everything before the cursor.
    case deleteToStart
    /// Ctrl-W: the word before the cursor (and the spaces after it).
    case deleteWordBackward
    /// Left, Ctrl-B.
    case moveLeft
    /// Right, Ctrl-F.
    case moveRight
    /// Home, Ctrl-A.
    case moveToStart
    /// End, Ctrl-E.
    case moveToEnd
    /// Up: the previous entry of the prompt's history.
    case historyPrevious
    /// Down: the next entry of the prompt's history (after the last, an empty line).
    case historyNext
}

/// A line of text being typed, with its cursor, edited only through ``apply(_:history:)``.
/// Positions are in characters (grapheme clusters).
public struct LineEditor: Sendable, Equatable {
    /// The text typed so far.
    public private(set) var text: [Character] = []
    /// Cursor position in ``text`` (0...text.count).
    public private(set) var cursor = 0
    /// Position in the history while browsing it with Up/Down, or `nil`.
    private var historyPosition: Int?

    /// An editor holding `initial`, the cursor at its end.
    public init(_ initial: String = "") {
        text = Array(initial)
        cursor = text.count
    }

    /// The text as a string.
    public var string: String { String(text) }

    /// Applies `edit`; `history` (oldest first) is what Up and Down browse.
    public mutating func apply(_ edit: LineEdit, history: [String] = []) {
        switch edit {
        case .insert(let typed):
            let inserted = Array(typed)
            text.insert(contentsOf: inserted, at: cursor)
            cursor += inserted.count
        case .deleteBackward:
            if cursor > 0 {
                text.remove(at: cursor - 1)
                cursor -= 1
            }
        case .deleteForward:
            if cursor < text.count { text.remove(at: cursor) }
        case .deleteToStart:
            text.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteWordBackward:
            var start = cursor
            while start > 0, text[start - 1] == " " { start -= 1 }
            while start > 0, text[start - 1] != " " { start -= 1 }
            text.removeSubrange(start..<cursor)
            cursor = start
        case .moveLeft: cursor = max(0, cursor - 1)
        case .moveRight: cursor = min(text.count, cursor + 1)
        case .moveToStart: cursor = 0
        case .moveToEnd: cursor = text.count
        case .historyPrevious, .historyNext:
            guard !history.isEmpty else { return }
            let last = history.count - 1
            var position = historyPosition ?? (last + 1)
            position = edit == .historyPrevious ? max(0, position - 1) : min(last + 1, position + 1)
            historyPosition = position
            text = position <= last ? Array(history[position]) : []
            cursor = text.count
        }
    }
}
