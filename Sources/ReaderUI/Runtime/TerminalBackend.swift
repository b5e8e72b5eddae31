/// What the reader's loop needs from a terminal. `NCursesTerminal` implements it on ncursesw;
/// `TestTerminal` (ReaderTestSupport) in memory for tests.
///
/// All calls happen on the thread that runs the loop.
public protocol TerminalBackend: AnyObject {
    /// Current size in rows and columns.
    var size: (rows: Int, columns: Int) { get }
    /// Blocks until the next event and returns it.
    func nextEvent() -> InputEvent
    /// Shows `buffer` on the terminal, changing only what differs from the last frame.
    /// When `force` is true the whole screen is repainted (Ctrl-L).
    func present(_ buffer: ScreenBuffer, theme: Theme, force: Bool)
    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); returns after the
    /// process is continued, with the terminal set up again. The next event is a `.redraw`.
    func suspend()
    /// Restores the terminal to how it was found. Idempotent.
    func shutdown()
    /// Told before each ``nextEvent()`` whether the reader is taking text (the search prompt,
    /// the sidebar filter): a backend that gives keys a meaning of its own (theme cycling,
    /// remapping) must pass them through unchanged then. The default does nothing.
    func setTextEntry(_ active: Bool)
    /// Whether more input is already waiting, so that ``nextEvent()`` would return at once:
    /// the loop then handles it before drawing (a paste or a held key costs one frame, not
    /// one per key). The default says no.
    var hasPendingInput: Bool { get }
    /// The event for a signal that has arrived (an ending signal, a stop request), if any,
    /// without reading input: the loop asks while it waits for work it started before the
    /// first key (the analysis), so that a signal never waits for that work and typed keys
    /// stay queued for after it. The default: none.
    func pendingSignalEvent() -> InputEvent?
    /// Puts `text` on the clipboard (an OSC 52 sequence, or a clipboard command), between
    /// frames, and says how. The default: not supported.
    func copyToClipboard(_ text: String) -> ClipboardOutcome
}

extension TerminalBackend {
    /// Does nothing: most backends give keys no meaning of their own.
    public func setTextEntry(_ active: Bool) {}
    /// No input is ever known to be waiting.
    public var hasPendingInput: Bool { false }
    /// No signal is ever reported apart from ``nextEvent()``.
    public func pendingSignalEvent() -> InputEvent? { nil }
    /// Copying is not supported.
    public func copyToClipboard(_ text: String) -> ClipboardOutcome { .failed("this terminal cannot copy") }
}
