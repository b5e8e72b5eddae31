/// A key or other input, as the backend reports it. The reader's keymap turns these into
/// ``Message``s; nothing here knows about terminals.
public enum Key: Sendable, Hashable {
    /// A printable character (after the terminal's own decoding).
    case character(Character)
    /// A control chord: `.control("f")` is Ctrl-F (byte 0x06). Letters are lower case.
    case control(Character)
    /// Enter / Return.
    case enter
    /// Escape, alone.
    case escape
    /// Backspace (either ^H or ^?).
    case backspace
    /// Tab.
    case tab
    /// Arrow keys.
    case up, down, left, right
    /// Page keys.
    case pageUp, pageDown
    /// Home and End.
    case home, end
    /// Delete (the key, not Backspace).
    case delete
    /// A function key: F1 is `.function(1)`.
    case function(Int)
}

/// One input event from a ``TerminalBackend``.
public enum InputEvent: Sendable, Hashable {
    /// A key press.
    case key(Key)
    /// The mouse wheel turned: `-1` away from the user (scroll up), `+1` towards (scroll down).
    case wheel(Int)
    /// The terminal now has this size, in rows and columns.
    case resize(rows: Int, columns: Int)
    /// The terminal must be redrawn from scratch (for example after resuming from a
    /// suspension); the size is reported too because it may have changed meanwhile.
    case redraw(rows: Int, columns: Int)
    /// Text pasted into the terminal (bracketed paste), as it was pasted: line breaks, tabs
    /// and all. Pasted text is never taken as keys.
    case paste(String)
    /// The process was asked to end (SIGTERM, SIGHUP): quit cleanly.
    case terminate
    /// The process was asked to stop (SIGTSTP from outside): the reader answers with a
    /// suspend effect, as for Ctrl-Z; the backend never stops on its own.
    case stopRequested
    /// Input is exhausted (the terminal went away): quit cleanly.
    case endOfInput
}
