/// The reader's main loop: the only place where state, rendering and a terminal meet.
///
/// Each turn takes one event from the backend, updates the state, renders the new state
/// into a ``ScreenBuffer`` and presents it in the state's theme. Effects (quit, suspend,
/// repaint, copy to the clipboard, read the history, open another article) are carried out here: the backend only presents and reports. Returns the final state, so tests can inspect where the reader ended.
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

    /// Runs until a quit effect; the caller shuts the backend down afterwards.
    ///
    /// - Parameter deferred: a message whose work was started before the loop (the article's
    ///   analysis); it is applied after the first frame is presented, and the frame is drawn
    ///   again. A quit effect from it ends the loop at once.
    ///   - history: reads the reading history when `H` asks for it (`nil` result: no memory
    ///   this run); `nil` when there is none to read.
    ///
    /// An ``Effect/openArticle(_:)`` also ends the loop: the returned state's
    /// ``ReaderState/openRequest`` says which article to open.
    @discardableResult
    public static func run(
        state initial: ReaderState, backend: some TerminalBackend, deferred: DeferredMessage? = nil,
        history: (() -> [HistoryEntry]?)? = nil
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
                if !carryOut(effects, state: &state, backend: backend, history: history) { return state }
            }
        }
        while true {
            backend.setTextEntry(state.isEnteringText)
            var effects = state.handle(backend.nextEvent())
            // Input that is already waiting (a paste, a held key) is handled before drawing,
            // up to a bound so the screen still keeps up.
            var batched = 1
            while batched < Self.maxBatchedEvents, backend.hasPendingInput,
                  !effects.contains(.quit), !effects.contains(.suspend)
            {
                backend.setTextEntry(state.isEnteringText)
                effects += state.handle(backend.nextEvent())
                batched += 1
            }
            if !carryOut(effects, state: &state, backend: backend, history: history) { return state }
        }
    }

    /// Carries out `effects` and draws the new frame; returns false on a quit effect (the
    /// loop ends, nothing more is drawn).
    private static func carryOut(
        _ effects: [Effect], state: inout ReaderState, backend: some TerminalBackend,
        history: (() -> [HistoryEntry]?)?
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
            }
        }
        backend.present(ReaderView.render(state), theme: state.theme, force: force)
        return true
    }
}
