import CNCursesW
import Glibc
import ReaderUI

/// The production ``TerminalBackend``: a full-screen terminal driven through ncursesw.
///
/// Set-up follows DESIGN.md's ncursesw pitfalls: the locale is set before `newterm` (never
/// `initscr`, which exits on a bad `TERM`); the terminal is put in `raw` mode so Ctrl-C
/// arrives as a key (`.control("c")`) and Swift cleanup always runs; SIGTERM, SIGHUP, SIGINT
/// and SIGQUIT become ``InputEvent/terminate``, SIGTSTP sent from outside becomes
/// ``InputEvent/stopRequested`` (the reader suspends as for Ctrl-Z), SIGCONT becomes ``InputEvent/redraw(rows:columns:)``; SIGWINCH is left to ncurses,
/// which reports `KEY_RESIZE`.
///
/// Threading: the class is deliberately not `Sendable`. Create it, and call every method,
/// on the thread that runs the reader's loop; ncurses is not thread-safe.
public final class NCursesTerminal: TerminalBackend {
    /// How long one `wget_wch` waits before returning to check for signals, in milliseconds.
    static let inputTimeoutMilliseconds: Int32 = 250

    /// The ncurses screen from `newterm`; `nil` after ``shutdown()``.
    var screen: OpaquePointer?
    /// `/dev/tty` when stdin was not a terminal; closed by ``shutdown()``.
    var ttyInput: UnsafeMutablePointer<FILE>?
    /// File descriptor keys are read from.
    let inputDescriptor: Int32
    /// File descriptor the screen is written to (stdout).
    let outputDescriptor: Int32 = 1
    /// Styles to attributes and colour pairs.
    var colors: ColorPairCache
    /// Whether mouse wheel reporting is on.
    let mouseEnabled: Bool
    /// Where ``copyToClipboard(_:)`` puts text (config `clipboard`).
    let clipboardPolicy: ClipboardPolicy
    /// The cursor visibility last set, to avoid redundant `curs_set` calls.
    var cursorShown = false
    /// Set by ``suspend()``: the next event is a `.redraw`.
    var redrawPending = false
    /// The signal (SIGTERM, SIGHUP, SIGINT or SIGQUIT) that ended the reader, or `nil` when
    /// it ended by a key. The command exits with status 128 + this number, as a shell
    /// reports a process killed by it.
    public internal(set) var endingSignal: Int32?
    /// The next ``present(_:theme:force:)`` must repaint every cell.
    var repaintPending = false
    /// Consecutive `ERR`s from `wget_wch` that returned well before the timeout with no
    /// signal pending: input is likely gone.
    var quickErrors = 0

    /// Whether the terminal is in ncurses mode (between `init` and ``shutdown()``).
    public var isActive: Bool { screen != nil }

    /// Takes over the terminal. Keys come from stdin when it is a terminal, otherwise from
    /// `/dev/tty` (so an article can arrive through a pipe); the screen is drawn on stdout.
    ///
    /// - Parameter mouse: report the mouse wheel as ``InputEvent/wheel(_:)``. When `false`
    ///   mouse reporting is not enabled at all, so the terminal's own selection keeps working.
    /// - Throws: ``TerminalSetupError`` when `TERM` is unset or `dumb`, stdout is not a
    ///   terminal, there is no terminal to read keys from, or ncurses cannot set up `TERM`.
    ///   Nothing has been changed on the terminal when it throws.
    /// - Parameter colorMode: `--color`: ``ColorMode/auto`` honours `NO_COLOR`,
    ///   ``ColorMode/always`` ignores it, ``ColorMode/never`` draws with attributes only.
    ///   With `COLORTERM=truecolor` (or `24bit`) and a `*-256color` `TERM` whose `*-direct`
    ///   terminfo entry is installed, that entry is used so RGB colours are drawn exactly.
    /// - Parameter clipboard: where copies go: OSC 52, a clipboard command, or nowhere.
    public init(mouse: Bool, colorMode: ColorMode = .auto, clipboard: ClipboardPolicy = .auto) throws {
        Self.setUTF8Locale()

        guard let term = Self.environment("TERM"), !term.isEmpty else {
            throw TerminalSetupError.termUnset
        }
        guard term != "dumb" else { throw TerminalSetupError.dumbTerminal }
        guard isatty(1) == 1 else { throw TerminalSetupError.outputNotTerminal }

        var input = byline_stdin()
        var opened: UnsafeMutablePointer<FILE>? = nil
        if isatty(0) != 1 {
            opened = fopen("/dev/tty", "r")
            guard let tty = opened else { throw TerminalSetupError.noInputTerminal }
            input = tty
        }
        guard let inputFile = input else { throw TerminalSetupError.noInputTerminal }

        fflush(byline_stdout())
        Signals.save()
        let directTerm = Self.directColorTerminfo(term: term, colorMode: colorMode)
        var created: OpaquePointer? = nil
        if let directTerm { created = newterm(directTerm, byline_stdout(), inputFile) }
        if created == nil { created = newterm(nil, byline_stdout(), inputFile) }
        guard let screen = created else {
            if let tty = opened { fclose(tty) }
            throw TerminalSetupError.terminalNotSupported(term)
        }
        Signals.install()

        self.screen = screen
        self.ttyInput = opened
        self.inputDescriptor = fileno(inputFile)
        self.mouseEnabled = mouse
        self.clipboardPolicy = clipboard
        self.colors = Self.startColors(mode: colorMode)

        let window = byline_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        leaveok(window, false)
        scrollok(window, false)
        set_escdelay(25)
        Self.defineAlternateKeys()
        curs_set(0)
        wtimeout(window, Self.inputTimeoutMilliseconds)
        if mouse {
            mouseinterval(0)
            mousemask(byline_button4_pressed() | byline_button5_pressed(), nil)
        }
        Self.setBracketedPaste(true, output: outputDescriptor)
    }

    deinit {
        shutdown()
    }

    /// Current size in rows and columns (0 x 0 after ``shutdown()``).
    public var size: (rows: Int, columns: Int) {
        guard isActive, let window = byline_stdscr() else { return (0, 0) }
        return (Int(getmaxy(window)), Int(getmaxx(window)))
    }

    /// Gives the terminal back to the shell and stops the process, as Ctrl-Z does; returns
    /// once the process is continued (`fg`), with the terminal set up again. The next event
    /// is a `.redraw`. Without job control (SIGTSTP ignored at start-up) it only schedules
    /// the redraw.
    public func suspend() {
        guard isActive else { return }
        redrawPending = true
        guard !Signals.stopIsIgnored else { return }
        Self.setBracketedPaste(false, output: outputDescriptor)
        endwin()
        Signals.stopSelf()
        Signals.clear([.terminalStop, .resumed])
        // Continued in the background (`bg`, or `kill %1`, which sends SIGTERM then SIGCONT):
        // touching the terminal now would stop us again with SIGTTOU. Wait for the
        // foreground, or leave the terminal alone if we are asked to end meanwhile.
        while !isForeground {
            if !Signals.pending.isDisjoint(with: .ending) { return }
            usleep(100_000)
        }
        reenter()
    }

    /// Whether this process group owns the terminal (it is the foreground job).
    var isForeground: Bool {
        let owner = tcgetpgrp(outputDescriptor)
        return owner < 0 || owner == getpgrp()
    }

    /// Sets the terminal up again after the process was stopped and continued: picks up a
    /// size change made meanwhile, restores the program's terminal modes and repaints the
    /// last frame in full.
    func reenter() {
        guard isActive, let window = byline_stdscr() else { return }
        _ = syncSizeWithTerminal()
        reset_prog_mode()
        keypad(window, true)
        curs_set(cursorShown ? 1 : 0)
        clearok(byline_curscr(), true)
        wrefresh(window)
        Self.setBracketedPaste(true, output: outputDescriptor)
        repaintPending = true
    }

    /// Restores the terminal to how it was found: ends curses mode (cursor shown, echo and
    /// canonical input back), frees the screen, restores the signal dispositions and closes
    /// `/dev/tty` if it was opened. Idempotent; also run by `deinit`.
    public func shutdown() {
        guard let screen else { return }
        if isendwin() {
            // Already given back to the shell (ended while suspended in the background):
            // leave the terminal as the shell has it, and don't stop on SIGTTOU.
            signal(SIGTTOU, SIG_IGN)
        } else {
            if mouseEnabled { mousemask(0, nil) }
            curs_set(1)
            endwin()
            Self.setBracketedPaste(false, output: outputDescriptor)
        }
        delscreen(screen)
        self.screen = nil
        Signals.restore()
        if let tty = ttyInput {
            fclose(tty)
            ttyInput = nil
        }
    }

    /// Ends curses mode if a screen is active, for an error path that cannot reach the
    /// ``NCursesTerminal`` instance (it does not free the screen; prefer ``shutdown()``).
    /// Safe to call when no terminal was ever set up. Call it on the loop's thread.
    public static func restoreTerminalIfActive() {
        if !isendwin() {
            endwin()
            if isatty(1) == 1 { setBracketedPaste(false, output: 1) }
        }
        Signals.restore()
    }

    /// Turns the terminal's bracketed paste mode on or off (xterm's private mode 2004:
    /// `ESC [ ? 2004 h` / `l`). While it is on, the terminal wraps pasted text in
    /// `ESC [ 200 ~` … `ESC [ 201 ~`, which ``nextEvent()`` reports as one
    /// ``ReaderUI/InputEvent/paste(_:)``, so pasted text never acts as keys. On at set-up and
    /// after a resume, off before suspending and at shut-down. Terminals without the mode
    /// ignore the sequence. Written directly to `output` after flushing stdio.
    static func setBracketedPaste(_ on: Bool, output: Int32) {
        fflush(byline_stdout())
        let sequence = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
        var bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeMutableBytes { write(output, $0.baseAddress, $0.count) }
    }

    // MARK: - Set-up helpers

    /// `setlocale(LC_ALL, "")`, then `C.UTF-8` for LC_CTYPE when the user's codeset is not
    /// UTF-8 (wide characters need a UTF-8 locale before `newterm`).
    static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = byline_codeset(), String(cString: codeset) == "UTF-8" { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil {
            setlocale(LC_CTYPE, "en_US.UTF-8")
        }
    }

    /// The value of environment variable `name`, or `nil`.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// The direct-colour terminfo name to use instead of `term`, or `nil` to keep `TERM`:
    /// only when colour is allowed, `COLORTERM` is `truecolor` or `24bit`, `term` ends in
    /// `-256color` and `<base>-direct` is installed in one of the usual terminfo directories.
    static func directColorTerminfo(term: String, colorMode: ColorMode) -> String? {
        let colorTerm = (environment("COLORTERM") ?? "").lowercased()
        guard colorTerm == "truecolor" || colorTerm == "24bit",
            colorMode.allowsColor(environment: ["NO_COLOR": environment("NO_COLOR") ?? ""]),
            term.hasSuffix("-256color"), environment("TERMINFO") == nil
        else { return nil }
        let direct = String(term.dropLast("-256color".count)) + "-direct"
        guard let first = direct.first else { return nil }
        var directories = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"]
        if let home = environment("HOME") { directories.insert(home + "/.terminfo", at: 0) }
        for directory in directories where access("\(directory)/\(first)/\(direct)", R_OK) == 0 {
            return direct
        }
        return nil
    }

    /// Starts colours unless the terminal has none, the mode is `never`, or `NO_COLOR` is
    /// set (non-empty) in `auto` mode.
    static func startColors(mode: ColorMode = .auto) -> ColorPairCache {
        let allowed = mode.allowsColor(environment: ["NO_COLOR": environment("NO_COLOR") ?? ""])
        guard allowed, has_colors(), start_color() == OK else {
            return ColorPairCache(
                colorsEnabled: false, colorCount: 0, pairCount: 0, defaultColorsAvailable: false)
        }
        let defaults = use_default_colors() == OK
        return ColorPairCache(
            colorsEnabled: true, colorCount: Int(byline_colors()),
            pairCount: Int(byline_color_pairs()), defaultColorsAvailable: defaults)
    }
}
