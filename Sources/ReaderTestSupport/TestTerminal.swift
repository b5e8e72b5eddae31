import ReaderUI

/// An in-memory ``TerminalBackend`` for runtime tests: it replays a script of input events
/// and records every frame presented, so a test can drive the real loop and look at what a
/// reader would have seen.
public final class TestTerminal: TerminalBackend {
    /// The current size in rows and columns; `.resize` and `.redraw` events change it as
    /// they are delivered, as a real terminal would.
    public private(set) var size: (rows: Int, columns: Int)
    /// Every frame presented, oldest first.
    public private(set) var frames: [ScreenBuffer] = []
    /// How many frames were presented with a full repaint.
    public private(set) var forcedFrames = 0
    /// How many times the loop suspended.
    public private(set) var suspensions = 0
    /// Whether ``shutdown()`` was called.
    public private(set) var isShutDown = false
    private var script: [InputEvent]
    /// When true, the whole script counts as already waiting (like a paste), so the loop may
    /// handle several events per frame.
    public let deliversAtOnce: Bool

    /// Creates a terminal of `rows` x `columns` that will deliver `script` in order, then
    /// ``InputEvent/endOfInput``; with `deliversAtOnce`, it reports the rest of the script
    /// as pending input.
    public init(rows: Int, columns: Int, script: [InputEvent], deliversAtOnce: Bool = false) {
        self.size = (rows, columns)
        self.script = script.reversed()
        self.deliversAtOnce = deliversAtOnce
    }

    /// Signal events (``InputEvent/terminate``, ``InputEvent/stopRequested``) that have
    /// "arrived": ``pendingSignalEvent()`` hands them out first to last, apart from the script.
    public var arrivedSignals: [InputEvent] = []

    /// The first of ``arrivedSignals``, removed from it; `nil` when none is left.
    public func pendingSignalEvent() -> InputEvent? {
        arrivedSignals.isEmpty ? nil : arrivedSignals.removeFirst()
    }

    /// Whether scripted events are waiting (only with `deliversAtOnce`).
    public var hasPendingInput: Bool { deliversAtOnce && !script.isEmpty }

    /// The most recent frame, or `nil` before the first.
    public var lastFrame: ScreenBuffer? { frames.last }

    /// Delivers the next scripted event; applies a scripted size change first.
    public func nextEvent() -> InputEvent {
        guard let event = script.popLast() else { return .endOfInput }
        switch event {
        case .resize(let rows, let columns), .redraw(let rows, let columns):
            size = (rows, columns)
        default:
            break
        }
        return event
    }

    /// Records the frame.
    public func present(_ buffer: ScreenBuffer, theme: Theme, force: Bool) {
        frames.append(buffer)
        if force { forcedFrames += 1 }
    }

    /// Counts the suspension and returns at once.
    public func suspend() { suspensions += 1 }

    /// Marks the terminal as shut down.
    public func shutdown() { isShutDown = true }

    /// The texts copied to the clipboard, in order.
    public private(set) var copies: [String] = []
    /// What ``copyToClipboard(_:)`` answers.
    public var copyOutcome: ClipboardOutcome = .osc52

    /// Records the text and answers ``copyOutcome``.
    public func copyToClipboard(_ text: String) -> ClipboardOutcome {
        copies.append(text)
        return copyOutcome
    }
}

/// Builds scripts of input events from compact key strings.
public enum KeyScript {
    /// One `.key(.character(c))` event per character of `text`.
    public static func typing(_ text: String) -> [InputEvent] {
        text.map { InputEvent.key(.character($0)) }
    }
}
