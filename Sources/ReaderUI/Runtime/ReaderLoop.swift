/// The reader's main loop: the only place where state, rendering and a terminal meet.
///
/// Each turn takes one event from the backend, updates the state, renders the new state
/// into a ``ScreenBuffer`` and presents it in the state's theme. Effects (quit, suspend,
/// repaint, copy to the clipboard, read the history, open another article, open a linked
/// page) are carried out here: the backend only presents and reports. Returns the final
/// state, so tests can inspect where the reader ended.
///
/// Opening: the first frame is drawn from the state as given, before anything else; then a
/// ``DeferredMessage`` (the article's analysis) is waited for, applied and drawn, and only
/// then is the first key read. Signals are acted on while it is waited for.
public enum ReaderLoop {
    /// The most input events handled before a frame is drawn.
    public static let maxBatchedEvents = 256
    /// How often, in seconds, the loop looks for a signal while it waits for the deferred
    /// message (the analysis) before the first key.
    public static let signalPollInterval = 0.05

    /// Fetches, parses and analyses a linked page the reader asked for, on a thread of its
    /// own; answers ``Message/pageOpened(_:)`` or ``Message/pageFailed(_:)``. It must not
    /// touch the terminal. Given by the executable (which owns fetching and parsing).
    public typealias PageOpener = @Sendable (PageRequest) -> Message

    /// Runs until a quit effect; the caller shuts the backend down afterwards.
    ///
    /// - Parameter deferred: a message whose work was started before the loop (the article's
    ///   analysis); it is applied after the first frame is presented, and the frame is drawn
    ///   again. A quit effect from it ends the loop at once.
    ///   - history: reads the reading history when `H` asks for it (`nil` result: no memory
    ///   this run); `nil` when there is none to read.
    ///   - openPage: opens the pages of followed links; without it, following a link says it
    ///   cannot be done here.
    ///
    /// An ``Effect/openArticle(_:)`` also ends the loop: the returned state's
    /// ``ReaderState/openRequest`` says which article to open.
    @discardableResult
    public static func run(
        state initial: ReaderState, backend: some TerminalBackend, deferred: DeferredMessage? = nil,
        history: (() -> [HistoryEntry]?)? = nil, openPage: PageOpener? = nil
    ) -> ReaderState {
        var state = initial
        let size = backend.size
        _ = state.update(.resize(rows: size.rows, columns: size.columns))
        backend.present(ReaderView.render(state), theme: state.theme, force: true)
        if let deferred {
            // Waits in slices, so that a signal (SIGTERM, SIGHUP, Ctrl-Z from outside) is acted
            // on while the work runs; keys stay queued for after it.
            while true {
                if let message = deferred.wait(seconds: Self.signalPollInterval) {
                    let effects = state.update(message)
                    if effects.contains(.quit) { return state }
                    backend.present(ReaderView.render(state), theme: state.theme, force: effects.contains(.repaintAll))
                    break
                }
                guard let event = backend.pendingSignalEvent() else { continue }
                let effects = state.handle(event)
                if !carryOut(effects, state: &state, backend: backend, history: history, openPage: openPage) { return state }
            }
        }
        while true {
            backend.setTextEntry(state.isEnteringText)
            var effects = state.handle(backend.nextEvent())
            // Input that is already waiting (a paste, a held key) is handled before drawing,
            // up to a bound so the screen still keeps up.
            var batched = 1
            while batched < Self.maxBatchedEvents, backend.hasPendingInput,
                  !effects.contains(.quit), !effects.contains(.suspend), !effects.contains(where: \.waitsForPage)
            {
                backend.setTextEntry(state.isEnteringText)
                effects += state.handle(backend.nextEvent())
                batched += 1
            }
            if !carryOut(effects, state: &state, backend: backend, history: history, openPage: openPage) { return state }
        }
    }

    /// Carries out `effects` and draws the new frame; returns false on a quit effect (the
    /// loop ends, nothing more is drawn).
    private static func carryOut(
        _ effects: [Effect], state: inout ReaderState, backend: some TerminalBackend,
        history: (() -> [HistoryEntry]?)?, openPage: PageOpener?
    ) -> Bool {
        var force = false
        for effect in effects {
            switch effect {
            case .quit, .openArticle:
                return false
            case .loadHistory:
                _ = state.update(.historyLoaded(history?()))
            case .repaintAll:
                force = true
            case .suspend:
                backend.suspend()
                let now = backend.size
                _ = state.update(.resize(rows: now.rows, columns: now.columns))
                force = true
            case .copyToClipboard(let copy):
                let outcome = backend.copyToClipboard(copy.text)
                _ = state.update(.copied(copy, outcome))
            case .openPage(let request):
                guard let openPage else {
                    _ = state.update(.pageFailed("links cannot be followed here"))
                    continue
                }
                // The "opening…" line first, then wait for the page.
                backend.present(ReaderView.render(state), theme: state.theme, force: force)
                force = false
                switch waitForPage(request, opener: openPage, state: &state, backend: backend) {
                case .arrived(let message):
                    if state.update(message).contains(.repaintAll) { force = true }
                case .cancelled:
                    _ = state.update(.pageFailed("not opened: cancelled"))
                case .ended(let event):
                    if state.handle(event).contains(.quit) { return false }
                }
            }
        }
        backend.present(ReaderView.render(state), theme: state.theme, force: force)
        return true
    }

    /// How waiting for a linked page ended.
    ///
    /// (Keys typed after the one that opens a page are not batched with it: Esc must reach
    /// the wait, and other keys must not act on the page being left.)
    private enum PageWait {
        /// The opener answered.
        case arrived(Message)
        /// The reader pressed Esc (or q, Ctrl-C, Ctrl-G): the page is dropped when it comes.
        case cancelled
        /// A signal or the end of input: handled as usual by the caller.
        case ended(InputEvent)
    }

    /// Runs `opener` on a thread of its own and waits for it, in slices: a signal is acted on
    /// at once, Esc (q, Ctrl-C, Ctrl-G) gives up on the page, a resize is applied to `state`,
    /// other keys are dropped.
    private static func waitForPage(
        _ request: PageRequest, opener: @escaping PageOpener, state: inout ReaderState,
        backend: some TerminalBackend
    ) -> PageWait {
        let work = DeferredMessage { opener(request) }
        while true {
            if let message = work.wait(seconds: Self.signalPollInterval) { return .arrived(message) }
            if let event = backend.pendingSignalEvent() { return .ended(event) }
            while backend.hasPendingInput {
                switch backend.nextEvent() {
                case .key(.escape), .key(.character("q")), .key(.control("c")), .key(.control("g")):
                    return .cancelled
                case .terminate: return .ended(.terminate)
                case .endOfInput: return .ended(.endOfInput)
                case .resize(let rows, let columns):
                    let status = state.statusMessage
                    _ = state.update(.resize(rows: rows, columns: columns))
                    state.statusMessage = status
                    backend.present(ReaderView.render(state), theme: state.theme, force: false)
                default: continue
                }
            }
        }
    }
}

extension Effect {
    /// Whether the loop waits for a page after this effect.
    var waitsForPage: Bool {
        if case .openPage = self { return true }
        return false
    }
}
