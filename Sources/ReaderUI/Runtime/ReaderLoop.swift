/// The reader's main loop: the only place where state, rendering and a terminal meet.
///
/// Each turn takes one event from the backend, updates the state, renders the new state
/// into a ``ScreenBuffer`` and presents it. Effects (quit, suspend, repaint) are carried out
/// here. Returns the final state, so tests can inspect where the reader ended.
public enum ReaderLoop {
    /// Runs until a quit effect; the caller shuts the backend down afterwards.
    @discardableResult
    public static func run(
        state initial: ReaderState, backend: some TerminalBackend, theme: Theme = .standard
    ) -> ReaderState {
        var state = initial
        let size = backend.size
        _ = state.update(.resize(rows: size.rows, columns: size.columns))
        backend.present(ReaderView.render(state), theme: theme, force: true)
        while true {
            backend.setTextEntry(state.isEnteringText)
            let effects = state.handle(backend.nextEvent())
            var force = false
            for effect in effects {
                switch effect {
                case .quit:
                    return state
                case .repaintAll:
                    force = true
                case .suspend:
                    backend.suspend()
                    let now = backend.size
                    _ = state.update(.resize(rows: now.rows, columns: now.columns))
                    force = true
                }
            }
            backend.present(ReaderView.render(state), theme: theme, force: force)
        }
    }
}
