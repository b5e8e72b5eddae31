import CSignals

/// The process signals the backend turns into events, as reported by the C handler of the
/// `CSignals` target.
struct PendingSignals: OptionSet, Sendable {
    let rawValue: Int32

    static let term = PendingSignals(rawValue: BYLINE_SIG_TERM)
    static let hangUp = PendingSignals(rawValue: BYLINE_SIG_HUP)
    static let interrupt = PendingSignals(rawValue: BYLINE_SIG_INT)
    static let quit = PendingSignals(rawValue: BYLINE_SIG_QUIT)
    static let terminalStop = PendingSignals(rawValue: BYLINE_SIG_TSTP)
    static let resumed = PendingSignals(rawValue: BYLINE_SIG_CONT)

    /// Signals that ask the process to end.
    static let ending: PendingSignals = [.term, .hangUp, .interrupt, .quit]
}

/// The backend's view of the `byline_sig_*` functions of the `CSignals` target.
///
/// Their state (the pending flag, the saved dispositions) is defined once, in
/// `Sources/CSignals/signals.c`, so the handler that is installed and the flag that is read
/// are the same object in every build mode; any file may call these.
///
/// The handler only ORs a bit into a `volatile sig_atomic_t`. It is installed without
/// `SA_RESTART`, so a blocked `read` in `wget_wch` returns early; the 250 ms input timeout
/// covers the gap between checking the flag and entering the read.
enum Signals {
    /// Remembers the current dispositions of SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP and
    /// SIGCONT. Call before `newterm`, which installs ncurses's own handlers.
    static func save() { byline_sig_save() }

    /// Installs the flag-setting handler for those signals (leaving ignored ones ignored).
    /// Call after `newterm`, so it replaces ncurses's handlers (which would `exit` on
    /// SIGINT/SIGTERM without running Swift cleanup). SIGWINCH stays with ncurses.
    static func install() { byline_sig_install() }

    /// Restores the dispositions remembered by ``save()``.
    static func restore() { byline_sig_restore() }

    /// The signals received and not yet cleared.
    static var pending: PendingSignals { PendingSignals(rawValue: byline_sig_peek()) }

    /// Forgets `signals`.
    static func clear(_ signals: PendingSignals) { byline_sig_clear(signals.rawValue) }

    /// Whether SIGTSTP was ignored at start-up: there is no job control, so stopping the
    /// process would leave it stopped for good.
    static var stopIsIgnored: Bool { byline_sig_tstp_was_ignored() != 0 }

    /// Stops the process with SIGTSTP in its default disposition, as Ctrl-Z in a shell would;
    /// returns once the process is continued, with the handler back in place.
    static func stopSelf() { byline_sig_stop_self() }
}

/// What byline does with process signals before the reader takes the terminal.
public enum ProcessSignals {
    /// Lets SIGQUIT end the process by the signal (a shell reports status 128 + 3) instead of
    /// the Swift runtime's crash reporter, which takes SIGQUIT for a crash, prints a
    /// backtrace, waits for a key and then lets byline go on. Call first thing, before an
    /// article is read; the reader's own handler (``Signals/install()``) replaces the default
    /// once the terminal is set up. A SIGQUIT that is ignored stays ignored.
    public static func quitEndsProcess() { _ = byline_sig_default_quit() }
}
