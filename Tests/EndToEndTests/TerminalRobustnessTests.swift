import Foundation
import ReaderTestSupport
import Testing

/// The terminal survives whatever happens to the reader: resize storms down to 1x1, job
/// control with a command run in between, TERM unset, dumb or unknown,
/// stdout redirected to a file, stdin not a terminal, no terminal at all. After each, the
/// shell's terminal must be usable: canonical mode and echo on, cursor visible, the main
/// screen back with the shell output from before the reader still on it.
///
/// Extends `ReaderInTmuxTests` (a single resize to too-small and back, SIGTERM, Ctrl-C,
/// Ctrl-Z/fg at the same place) and `HostileSessionTests` (SIGHUP, escapes shown); checks
/// already made there are not repeated. Ending signals in every state: `SignalsInTmuxTests`.
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

    /// Writes ``article`` to a temporary file and runs `body` in a shell of its own (see
    /// ``ShellFixture/withShell(article:fileName:columns:rows:term:_:)``).
    private func withShell(
        columns: Int = 100, rows: Int = 30, term: String = "xterm-256color",
        _ body: (TmuxSession, String, String) throws -> Void
    ) throws {
        try ShellFixture.withShell(
            article: Self.article, fileName: "storm-shutters.txt", columns: columns, rows: rows, term: term, body)
    }

    private func open(_ session: TmuxSession, _ command: String, sourceLocation: SourceLocation = #_sourceLocation) {
        ShellFixture.open(session, command, sourceLocation: sourceLocation)
    }

    @discardableResult
    private func waitForStatus(_ session: TmuxSession) -> (screen: String, matched: Bool) {
        ShellFixture.waitForStatus(session)
    }

    private func expectUsable(
        _ session: TmuxSession, earlierOutput: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        ShellFixture.expectUsable(session, earlierOutput: earlierOutput, sourceLocation: sourceLocation)
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
