import Foundation
import ReaderTestSupport
import Testing

/// A shell in tmux for the suites that check what the reader leaves behind: the article in a
/// temporary file, a marker line printed before the reader starts, and the checks that the
/// shell's terminal is usable again afterwards.
enum ShellFixture {
    /// The line printed in the shell before the reader starts; it must still be on the
    /// main screen after the reader ends.
    static let marker = "before-byline-7d1"

    /// Writes `article` (UTF-8) to `fileName` in a temporary folder, starts a tmux session of
    /// `columns` x `rows`, prints ``marker`` in the shell and hands the session, the binary
    /// under test and the article's path to `body`. Throws when tmux cannot start or the
    /// file cannot be written.
    static func withShell(
        article: String, fileName: String, columns: Int = 100, rows: Int = 30, term: String = "xterm-256color",
        _ body: (TmuxSession, String, String) throws -> Void
    ) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(fileName)
        try Data(article.utf8).write(to: file)
        let session = try TmuxSession(columns: columns, rows: rows, term: term)
        defer { session.kill() }
        let binary = try #require(BylineBinary.path)
        session.type("echo \(marker)")
        #expect(session.waitFor(text: "\(marker)\n").matched)
        try body(session, binary, file.path)
    }

    /// Starts the reader in the shell with `command` and waits up to `timeout` seconds for its
    /// status line.
    static func open(
        _ session: TmuxSession, _ command: String, timeout: Double = 10,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        session.type(command)
        let opened = session.waitFor(text: "h help", timeout: timeout)
        #expect(opened.matched, "reader did not open:\n\(opened.screen)", sourceLocation: sourceLocation)
    }

    /// Waits for the `status=N` line that `; echo status=$?` prints after the command (not
    /// the command line itself, which holds `status=$?`).
    @discardableResult
    static func waitForStatus(_ session: TmuxSession, timeout: Double = 10) -> (screen: String, matched: Bool) {
        session.waitFor(timeout: timeout) { $0.split(separator: "\n").contains { $0.hasPrefix("status=") } }
    }

    /// After the reader has ended: the main screen is back with the shell's earlier output
    /// and a prompt, the cursor is visible, and `stty` reports canonical mode and echo.
    /// `earlierOutput: false` where the reader printed the article as plain text, which
    /// scrolls the earlier output away.
    static func expectUsable(
        _ session: TmuxSession, earlierOutput: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let back = session.waitFor { screen in
            !screen.contains("h help") && screen.split(separator: "\n").last.map { $0.hasPrefix("$") } == true
        }
        #expect(back.matched, "no shell prompt after the reader:\n\(back.screen)", sourceLocation: sourceLocation)
        #expect(!earlierOutput || back.screen.contains("\(marker)\n"), "earlier shell output gone (alternate screen left on?):\n\(back.screen)", sourceLocation: sourceLocation)
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
}
