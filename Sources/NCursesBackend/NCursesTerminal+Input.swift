import CNCursesW
import Glibc
import ReaderUI

extension NCursesTerminal {
    /// How many quick `ERR`s in a row (no key, no signal, well before the timeout) mean the
    /// input is gone.
    static let quickErrorLimit = 20

    /// Blocks until the next event and returns it.
    ///
    /// Reads with `wget_wch` and a 250 ms timeout, so the loop wakes a few times a second to
    /// look at the pending-signal flag (the signal handlers also interrupt the read, so most
    /// signals are noticed at once). Keys the reader has no use for (Insert, Shift-Tab, C1
    /// controls, mouse clicks) are skipped. Returns ``InputEvent/endOfInput`` when the input
    /// has gone (hang-up, closed terminal) and after ``shutdown()``.
    public func nextEvent() -> InputEvent {
        guard isActive else { return .endOfInput }
        if redrawPending {
            redrawPending = false
            return redrawEvent()
        }
        let clock = ContinuousClock()
        while isActive {
            if let event = signalEvent() { return event }
            guard let window = byline_stdscr() else { return .endOfInput }
            var character: wint_t = 0
            let started = clock.now
            let status = wget_wch(window, &character)
            if status == OK {
                quickErrors = 0
                if character == 27 {
                    switch readEscapeSequence(window) {
                    case .paste(let text): return .paste(text)
                    case .swallowed: continue
                    case .lone: break
                    }
                }
                if let key = Self.key(forCharacter: UInt32(character)) { return .key(key) }
            } else if status == byline_key_code_yes() {
                quickErrors = 0
                if let event = event(forKeyCode: Int32(bitPattern: character)) { return event }
            } else {
                if let event = signalEvent() { return event }
                if inputIsGone(after: clock.now - started) { return .endOfInput }
                // A SIGWINCH that arrived while ncurses was still handling the one before
                // can be lost in a burst of resizes: compare with the terminal's real size.
                if syncSizeWithTerminal() {
                    let current = size
                    return .resize(rows: current.rows, columns: current.columns)
                }
            }
        }
        return .endOfInput
    }

    /// After an ESC, reads whatever arrived with it and throws it away when it is the rest of
    /// an escape sequence ncurses did not recognise (CSI `ESC [ … final`, SS3 `ESC O x`, OSC
    /// and DCS strings up to BEL or ST) or an Alt chord (`ESC x`): their bytes must not act
    /// as keys (`ESC [<0;20;10M` would otherwise jump with `<`). Returns `false` for a lone
    /// Esc. At most 64 characters are read; only input already waiting is consumed.
    func swallowEscapeSequence(_ window: UnsafeMutablePointer<WINDOW>) -> Bool {
        if case .lone = readEscapeSequence(window) { return false }
        return true
    }

    /// What followed an ESC.
    enum EscapeResult {
        /// Nothing: the Esc key.
        case lone
        /// An escape sequence or Alt chord, read and thrown away.
        case swallowed
        /// A bracketed paste (`ESC [ 200 ~` text `ESC [ 201 ~`): the text.
        case paste(String)
    }

    /// After an ESC, reads the rest of the sequence as ``swallowEscapeSequence(_:)`` does, and
    /// reports a bracketed paste start (`ESC [ 200 ~`) with the pasted text read up to its end
    /// marker (see ``readPaste(_:)``).
    func readEscapeSequence(_ window: UnsafeMutablePointer<WINDOW>) -> EscapeResult {
        wtimeout(window, 0)
        defer { wtimeout(window, Self.inputTimeoutMilliseconds) }
        var next: wint_t = 0
        guard wget_wch(window, &next) == OK else { return .lone }
        var budget = 64
        func read() -> UInt32? {
            guard budget > 0 else { return nil }
            budget -= 1
            var c: wint_t = 0
            return wget_wch(window, &c) == OK ? UInt32(c) : nil
        }
        switch next {
        case 0x5B:  // CSI: parameters and intermediates, then a final byte 0x40–0x7E.
            var length = 0
            var parameters: [UInt32] = []
            while let c = read() {
                length += 1
                guard (0x40...0x7E).contains(c) else {
                    parameters.append(c)
                    continue
                }
                // `ESC [ M` with no parameters is an X10 mouse report: three bytes follow.
                if c == 0x4D && length == 1 { for _ in 0..<3 { _ = read() } }
                // `ESC [ 200 ~`: a bracketed paste starts.
                if c == 0x7E && parameters == [0x32, 0x30, 0x30] { return .paste(readPaste(window)) }
                break
            }
        case 0x4F:  // SS3: one more character.
            _ = read()
        case 0x5D, 0x50, 0x5F, 0x5E:  // OSC, DCS, APC, PM: up to BEL or ESC \.
            while let c = read() {
                if c == 7 { break }
                if c == 27 { _ = read(); break }
            }
        default:  // Alt chord: the one character is swallowed with the ESC.
            break
        }
        return .swallowed
    }

    /// The most characters one paste delivers (1 MiB of them); the rest is read and dropped.
    static let pasteLimit = 1 << 20

    /// Reads pasted text up to the end marker `ESC [ 201 ~` (not included). Waits up to
    /// 200 ms for each next character, so a paste that arrives in pieces is read whole and a
    /// paste whose end marker never comes ends after that pause. Keys ncurses decoded inside
    /// the paste (`KEY_CODE_YES`) are dropped, except Enter, which becomes a line break.
    func readPaste(_ window: UnsafeMutablePointer<WINDOW>) -> String {
        wtimeout(window, 200)
        let end: [UInt32] = [27, 0x5B, 0x32, 0x30, 0x31, 0x7E]
        var scalars: [UInt32] = []
        var matched = 0
        var count = 0
        while true {
            var c: wint_t = 0
            let status = wget_wch(window, &c)
            if status == OK {
                let value = UInt32(c)
                if value == end[matched] {
                    matched += 1
                    if matched == end.count { break }
                    continue
                }
                if matched > 0 {
                    scalars.append(contentsOf: end[0..<matched])
                    matched = value == end[0] ? 1 : 0
                    if matched == 1 { continue }
                }
                count += 1
                if count <= Self.pasteLimit { scalars.append(value) }
            } else if status == byline_key_code_yes() {
                if Int32(bitPattern: c) == KEY_ENTER { scalars.append(0x0A) }
            } else {
                break
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
        return text
    }

    /// Reads the remainder of a mouse report that is already waiting: SGR reports
    /// (`digits;digits;digits` then `M` or `m`) or X10 reports (three bytes).
    func swallowMouseReport(_ window: UnsafeMutablePointer<WINDOW>) {
        wtimeout(window, 0)
        defer { wtimeout(window, Self.inputTimeoutMilliseconds) }
        var c: wint_t = 0
        guard wget_wch(window, &c) == OK else { return }
        let sgr = (0x30...0x39).contains(UInt32(c)) || c == 0x3B
        if sgr {
            var budget = 32
            while budget > 0, c != 0x4D, c != 0x6D {
                budget -= 1
                guard wget_wch(window, &c) == OK else { return }
            }
        } else {
            _ = wget_wch(window, &c)
            _ = wget_wch(window, &c)
        }
    }

    /// The event for a signal that has arrived, without reading keys (``signalEvent()``).
    public func pendingSignalEvent() -> InputEvent? {
        guard isActive else { return nil }
        return signalEvent()
    }

    /// The event for a pending signal, if any: SIGTSTP is reported (the loop suspends
    /// through an effect); SIGCONT re-enters curses mode and reports a redraw.
    func signalEvent() -> InputEvent? {
        let pending = Signals.pending
        if pending.isEmpty { return nil }
        if !pending.isDisjoint(with: .ending) {
            Signals.clear(.ending)
            endingSignal = pending.contains(.term) ? SIGTERM
                : pending.contains(.hangUp) ? SIGHUP
                : pending.contains(.interrupt) ? SIGINT : SIGQUIT
            return .terminate
        }
        if pending.contains(.terminalStop) {
            // The reader decides: it answers with a suspend effect, and the loop calls
            // ``suspend()``.
            Signals.clear(.terminalStop)
            return .stopRequested
        }
        if pending.contains(.resumed) {
            // Continued after a stop we did not arrange (SIGSTOP from outside): the shell may
            // have changed the terminal modes and the screen meanwhile.
            Signals.clear(.resumed)
            reenter()
            return redrawEvent()
        }
        Signals.clear(pending)
        return nil
    }

    /// `.redraw` with the current size.
    func redrawEvent() -> InputEvent {
        let current = size
        return .redraw(rows: current.rows, columns: current.columns)
    }

    /// Decides, after `wget_wch` returned `ERR` with no signal pending, whether the input is
    /// gone: the descriptor reports hang-up or error, or `ERR` keeps coming back long before
    /// the timeout (end of file), ``quickErrorLimit`` times in a row.
    /// Whether bytes are waiting on the input descriptor (`poll` with no timeout). Bytes
    /// ncurses has already read into its own buffer are not seen; the loop then simply draws
    /// a frame sooner.
    public var hasPendingInput: Bool {
        guard isActive, !redrawPending else { return false }
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    func inputIsGone(after elapsed: Duration) -> Bool {
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        if poll(&descriptor, 1, 0) >= 0 {
            let bad = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
            if descriptor.revents & bad != 0 { return true }
        }
        let half = Duration.milliseconds(Int64(Self.inputTimeoutMilliseconds / 2))
        if elapsed < half {
            quickErrors += 1
            if quickErrors >= Self.quickErrorLimit { return true }
            // Never spin: wait out the rest of a timeout before trying again.
            usleep(UInt32(Self.inputTimeoutMilliseconds) * 1000 / 5)
        } else {
            quickErrors = 0
        }
        return false
    }

    /// The key for a character `wget_wch` returned with `OK`, or `nil` to skip it.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 27: return .escape
        case 13, 10: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26:
            guard let scalar = Unicode.Scalar(value + 96) else { return nil }
            return .control(Character(scalar))
        case 0..<32, 128..<160:
            return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Home and End sequences that terminals send even when `TERM`'s terminfo entry names
    /// others: tmux and screen send `ESC [1~` / `ESC [4~` whatever `TERM` says inside the pane,
    /// rxvt sends `ESC [7~` / `ESC [8~`, and cursor-key modes give `ESC [H` / `ESC OH`.
    static let alternateKeys: [(sequence: String, code: Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
        ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
    ]

    /// Teaches ncurses the ``alternateKeys`` that terminfo left unbound (`define_key`);
    /// sequences terminfo already binds are left alone.
    static func defineAlternateKeys() {
        for (sequence, code) in alternateKeys where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    /// The event for a key code `wget_wch` returned with `KEY_CODE_YES`, or `nil` to skip it.
    /// The keypad's corner keys (`KEY_A1`, `KEY_C1`, `KEY_A3`, `KEY_C3`, with Num Lock off)
    /// count as Home, End, Page Up and Page Down.
    func event(forKeyCode code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_RESIZE:
            _ = syncSizeWithTerminal()
            // The terminal may have dropped or moved cells ncurses believes are drawn (a burst
            // of resizes; a frame for this same size drawn before the last change): the next
            // frame repaints every cell instead of sending only what ncurses thinks changed.
            repaintPending = true
            let current = size
            return .resize(rows: current.rows, columns: current.columns)
        case KEY_MOUSE:
            return mouseEvent()
        default:
            let f0 = byline_key_f0()
            if code > f0, code < f0 + 64 { return .key(.function(Int(code - f0))) }
            return nil
        }
    }

    /// Makes ncurses' idea of the screen size (rows × columns, in cells) agree with the
    /// terminal's (`TIOCGWINSZ` on the output descriptor), calling `resizeterm` when they
    /// differ, and then has the next frame repaint every cell. Returns whether the size
    /// changed. After a burst of resizes ncurses can report `KEY_RESIZE` with a size that is
    /// already stale, or miss the last SIGWINCH entirely.
    func syncSizeWithTerminal() -> Bool {
        guard isActive, let window = byline_stdscr() else { return false }
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard byline_tty_size(outputDescriptor, &rows, &columns) == 0, rows > 0, columns > 0,
            rows != getmaxy(window) || columns != getmaxx(window)
        else { return false }
        resizeterm(rows, columns)
        repaintPending = true
        return true
    }

    /// The wheel event for a pending `KEY_MOUSE`, or `nil` for other mouse events.
    ///
    /// Without `--mouse`, ncurses still recognises the start of a mouse report it did not
    /// ask for (terminfo `kmous`, `ESC [<` or `ESC [M`); the rest of the report is read and
    /// thrown away so its digits and letters never act as keys.
    func mouseEvent() -> InputEvent? {
        guard mouseEnabled else {
            if let window = byline_stdscr() { swallowMouseReport(window) }
            return nil
        }
        let state = byline_getmouse_bstate()
        if state & byline_button4_pressed() != 0 { return .wheel(-1) }
        if state & byline_button5_pressed() != 0 { return .wheel(1) }
        return nil
    }
}
