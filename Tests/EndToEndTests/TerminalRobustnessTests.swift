import Foundation
import ReaderTestSupport
import Testing

/// The terminal survives whatever happens to the reader: resize storms down to 1x1, job
/// control with a command run in between, SIGTERM and SIGHUP, TERM unset, dumb or unknown,
/// stdout redirected to a file, stdin not a terminal, no terminal at all. After each, the
/// shell's terminal must be usable: canonical mode and echo on, cursor visible, the main
/// screen back with the shell output from before the reader still on it.
///
/// Extends `ReaderInTmuxTests` (a single resize to too-small and back, SIGTERM, Ctrl-C,
/// Ctrl-Z/fg at the same place) and `HostileSessionTests` (SIGHUP, escapes shown); checks
/// already made there are not repeated.
@Suite(
    "Terminal robustness in tmux",
    .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: terminal robustness tests skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built: terminal robustness tests skipped")
)
struct TerminalRobustnessTests {
    /// A fictional article long enough to scroll, with quotations so the sidebar can dock.
    static let article: String = {
        var text = "Storm Shutters for the Old Quay\n\nBy Hanne Lind\n\n"
        for n in 1...25 {
            text += "Section \(n) begins. The quay committee said on Friday that the shutters \"will hold through the winter,\" according to engineer Pieter Odum, and that the work would finish in March. Section \(n) ends.\n\n"
        }
        return text
    }()

    /// The line printed in the shell before the reader starts; it must still be on the
    /// main screen after the reader ends.
    static let marker = "before-byline-7d1"

    /// Writes the article to a temporary file, starts a tmux session, prints ``marker`` in
    /// the shell and hands the session, the binary and the article's path to `body`.
    private func withShell(
        columns: Int = 100, rows: Int = 30, term: String = "xterm-256color",
        _ body: (TmuxSession, String, String) throws -> Void
    ) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-robust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("storm-shutters.txt")
        try Self.article.write(to: file, atomically: true, encoding: .utf8)
        let session = try TmuxSession(columns: columns, rows: rows, term: term)
        defer { session.kill() }
        let binary = try #require(BylineBinary.path)
        session.type("echo \(Self.marker)")
        #expect(session.waitFor(text: "\(Self.marker)\n").matched)
        try body(session, binary, file.path)
    }

    /// Starts the reader in the shell with `command` and waits for its status line.
    private func open(_ session: TmuxSession, _ command: String, sourceLocation: SourceLocation = #_sourceLocation) {
        session.type(command)
        let opened = session.waitFor(text: "h help")
        #expect(opened.matched, "reader did not open:\n\(opened.screen)", sourceLocation: sourceLocation)
    }

    /// Waits for the `status=N` line that `; echo status=$?` prints after the command (not
    /// the command line itself, which holds `status=$?`).
    @discardableResult
    private func waitForStatus(_ session: TmuxSession) -> (screen: String, matched: Bool) {
        session.waitFor { $0.split(separator: "\n").contains { $0.hasPrefix("status=") } }
    }

    /// After the reader has ended: the main screen is back with the shell's earlier output
    /// and a prompt, the cursor is visible, and `stty` reports canonical mode and echo.
    /// `earlierOutput: false` where the reader printed the article as plain text, which
    /// scrolls the earlier output away.
    private func expectUsable(
        _ session: TmuxSession, earlierOutput: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let back = session.waitFor { screen in
            !screen.contains("h help") && screen.split(separator: "\n").last.map { $0.hasPrefix("$") } == true
        }
        #expect(back.matched, "no shell prompt after the reader:\n\(back.screen)", sourceLocation: sourceLocation)
        #expect(!earlierOutput || back.screen.contains("\(Self.marker)\n"), "earlier shell output gone (alternate screen left on?):\n\(back.screen)", sourceLocation: sourceLocation)
        let flags = (try? TmuxSession.run(["tmux", "-L", session.name, "display-message", "-p", "-t", session.name, "#{cursor_flag} #{alternate_on}"]).output) ?? ""
        #expect(flags.trimmingCharacters(in: .whitespacesAndNewlines) == "1 0", "cursor visible / alternate screen: \(flags)", sourceLocation: sourceLocation)
        session.type("stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo MODES")
        let isReport = { (line: Substring) in line.hasSuffix("echo MODES") && !line.contains("stty") }
        let modes = session.waitFor { $0.split(separator: "\n").contains(where: isReport) }
        let report = modes.screen.split(separator: "\n").first(where: isReport).map(String.init)
        #expect(report == "icanon echo MODES", "terminal modes not restored:\n\(modes.screen)", sourceLocation: sourceLocation)
        // Echo really works: typed text appears as it is typed, before Enter.
        session.sendLiteral("echo typed-back")
        #expect(session.waitFor(text: "$ echo typed-back").matched, sourceLocation: sourceLocation)
        session.sendKeys("Enter")
    }

    @Test("a storm of resizes, down to 1x1 and back, leaves a working reader and terminal")
    func resizeStorm() throws {
        try withShell { session, binary, path in
            open(session, "\(binary) \(path)")
            session.sendKeys("1", "5", "j")
            let sizes: [(Int, Int)] = [
                (80, 24), (1, 1), (2, 2), (20, 5), (19, 4), (200, 60), (1, 1), (40, 10),
                (1, 30), (100, 1), (3, 3), (130, 40), (1, 1), (60, 15), (100, 30),
            ]
            for _ in 0..<2 {
                for (columns, rows) in sizes { session.resize(columns: columns, rows: rows) }
            }
            session.resize(columns: 100, rows: 30)
            let settled = session.waitFor { $0.contains("h help") && $0.contains("Section") }
            #expect(settled.matched, "reader not redrawn after the storm:\n\(settled.screen)")
            #expect(settled.screen.split(separator: "\n").count <= 30)
            // Still responsive: keys work after the storm.
            session.sendKeys("G")
            #expect(session.waitFor(text: "100%").matched)
            session.resize(columns: 1, rows: 1)
            usleep(200_000)
            session.sendKeys("q")  // quitting while 1x1
            session.resize(columns: 100, rows: 30)
            expectUsable(session)
        }
    }

    @Test("while suspended with Ctrl-Z the shell's terminal is usable; fg and q restore it again")
    func suspendedShellIsUsable() throws {
        try withShell { session, binary, path in
            open(session, "\(binary) \(path)")
            session.sendKeys("C-z")
            // While stopped: main screen, cursor shown, canonical mode and echo.
            expectUsable(session)
            session.type("fg")
            #expect(session.waitFor(text: "h help").matched)
            session.resize(columns: 70, rows: 20)  // a resize while in the foreground again
            #expect(session.waitFor { $0.contains("h help") && $0.split(separator: "\n").count <= 20 }.matched)
            session.sendKeys("q")
            // The shell's lines from before have scrolled out of the 20-row window by now.
            expectUsable(session, earlierOutput: false)
        }
    }

    @Test("SIGTERM and SIGHUP: the main screen and the shell output come back, exit status 128 + signal", arguments: [SIGTERM, SIGHUP])
    func endingSignals(signal: Int32) throws {
        try withShell { session, binary, path in
            open(session, "\(binary) \(path); echo status=$?")
            session.sendKeys("h")  // with an overlay open, to make the restore less trivial
            #expect(session.waitFor(text: "─ Keys ─").matched)
            let pid = try #require(session.pid(ofChildMatching: binary))
            kill(pid, signal)
            let ended = waitForStatus(session)
            #expect(ended.matched, "\(ended.screen)")
            // As a shell reports a process killed by the signal: 143 for SIGTERM, 129 for SIGHUP.
            #expect(ended.screen.split(separator: "\n").contains { $0 == "status=\(128 + signal)" }, "\(ended.screen)")
            expectUsable(session)
        }
    }

    @Test("TERM unset, dumb or unknown: a one-line notice, the article as plain text, exit 0",
          arguments: ["env -u TERM", "TERM=dumb", "TERM=no-such-terminal-x9"])
    func badTerm(prefix: String) throws {
        try withShell { session, binary, path in
            let errors = path + ".err"
            session.type("\(prefix) \(binary) \(path) 2> \(errors); echo status=$?")
            let done = waitForStatus(session)
            #expect(done.matched, "\(done.screen)")
            #expect(done.screen.contains("status=0"), "\(done.screen)")
            let notice = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            #expect(notice.hasPrefix("byline: ") && notice.split(separator: "\n").count == 1, "notice: \(notice)")
            #expect(notice.contains("plain text"), "notice: \(notice)")
            #expect(done.screen.contains("Section 25 ends."), "article not printed:\n\(done.screen)")
            #expect(!done.screen.contains("h help"))
            expectUsable(session, earlierOutput: false)
        }
    }

    @Test("the session's own TERM=dumb: plain text, terminal untouched")
    func dumbSession() throws {
        try withShell(term: "dumb") { session, binary, path in
            session.type("\(binary) \(path); echo status=$?")
            let done = waitForStatus(session)
            #expect(done.screen.contains("status=0"), "\(done.screen)")
            #expect(done.screen.contains("Section 25 ends."), "\(done.screen)")
            expectUsable(session, earlierOutput: false)
        }
    }

    @Test("stdout redirected to a file: clean text in the file, nothing drawn on the terminal")
    func stdoutToFile() throws {
        try withShell { session, binary, path in
            let output = path + ".out"
            session.type("\(binary) \(path) > \(output); echo status=$?")
            let done = waitForStatus(session)
            #expect(done.screen.contains("status=0"), "\(done.screen)")
            #expect(!done.screen.contains("h help"))
            let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
            #expect(!bytes.isEmpty)
            #expect(!bytes.contains(0x1B), "ESC byte in redirected output")
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("Storm Shutters for the Old Quay\n"))
            #expect(text.contains("Section 25 ends."))
            expectUsable(session)
        }
    }

    @Test("stdin not a terminal (file, /dev/null, pipe): keys come from /dev/tty, the terminal is restored",
          arguments: ["< /dev/null", "< PATH", "cat PATH |"])
    func stdinNotATerminal(redirection: String) throws {
        try withShell { session, binary, path in
            let command: String
            if redirection.hasSuffix("|") {
                command = redirection.replacingOccurrences(of: "PATH", with: path) + " \(binary)"
            } else if redirection.contains("PATH") {
                command = "\(binary) - " + redirection.replacingOccurrences(of: "PATH", with: path)
            } else {
                command = "\(binary) \(path) \(redirection)"
            }
            open(session, command)
            session.sendKeys("G")
            #expect(session.waitFor(text: "100%").matched)
            session.sendKeys("q")
            expectUsable(session)
        }
    }

    /// Whether `setsid` (util-linux) is installed, to start byline without a controlling terminal.
    static let hasSetsid = ["/usr/bin/setsid", "/bin/setsid"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("no terminal at all for keys (new session, stdin /dev/null): plain text, exit 0",
          .enabled(if: hasSetsid, "setsid is not installed"))
    func noControllingTerminal() throws {
        try withShell { session, binary, path in
            session.type("setsid -w \(binary) \(path) < /dev/null; echo status=$?")
            let done = waitForStatus(session)
            #expect(done.screen.contains("status=0"), "\(done.screen)")
            #expect(done.screen.contains("Section 25 ends."), "\(done.screen)")
            expectUsable(session, earlierOutput: false)
        }
    }
}
