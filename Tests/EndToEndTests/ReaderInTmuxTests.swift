import Foundation
import ReaderTestSupport
import Testing

/// The built `byline` run full-screen in a real terminal (tmux), driven by keys and
/// signals as a person would, with the terminal checked after it ends.
@Suite(
    "byline in tmux",
    .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end tests skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built: end-to-end tests skipped")
)
struct ReaderInTmuxTests {
    /// A fictional article long enough to scroll, in the plain-text layout.
    static let article: String = {
        var text = "Night Trains Return to the Valley Line\n\nBy Oona Lindqvist\n\n"
        for n in 1...30 {
            text += "Paragraph \(n) opens. The regional rail board said on Tuesday that night services on the valley line would resume in the autumn, after a two-year pause, and that \"demand has never been higher,\" in the words of board chair Teodor Brask. Paragraph \(n) closes.\n\n"
            if n == 12 {
                text += "Train, Valley, Night, Station\nThe last night train leaves Brask Junction before the pause in 2024. Photo: Kaja Morel / Valley Herald\n\n"
            }
        }
        text += "Subscribe to the Valley Herald\n  • Unlimited access\n  • Ad-free reading\n"
        return text
    }()

    private func withSession(
        columns: Int = 100, rows: Int = 30, arguments: String = "",
        _ body: (TmuxSession, String) throws -> Void
    ) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("night-trains.txt")
        try Self.article.write(to: file, atomically: true, encoding: .utf8)
        let session = try TmuxSession(columns: columns, rows: rows)
        defer { session.kill() }
        let binary = try #require(BylineBinary.path)
        session.type("\(binary) \(arguments) \(file.path)")
        let opened = session.waitFor(text: "h help")
        #expect(opened.matched, "reader did not open:\n\(opened.screen)")
        // These tests read the article's lines: hide the sidebar's panels beside them.
        if opened.screen.contains("│ Quotes (") {
            session.sendLiteral("\"")
            #expect(session.waitFor { !$0.contains("│ Quotes (") }.matched)
        }
        if session.waitFor(text: "h help").screen.contains("│ Entities (") {
            session.sendLiteral("E")
            #expect(session.waitFor { !$0.contains("│ Entities (") }.matched)
        }
        try body(session, binary)
    }

    /// After byline has ended: the shell is back in canonical mode with echo, the cursor is
    /// visible and the main screen is shown.
    private func expectRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        // Wait for the reader to be gone first, or it may swallow the keys typed below.
        let gone = session.waitFor { !$0.contains("h help") }
        #expect(gone.matched, "reader still running:\n\(gone.screen)", sourceLocation: sourceLocation)
        usleep(100_000)
        session.type("clear; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo END")
        let isReport = { (line: Substring) in line.hasSuffix("echo END") && !line.contains("stty") }
        let result = session.waitFor { $0.split(separator: "\n").contains(where: isReport) }
        let report = result.screen.split(separator: "\n").first(where: isReport).map(String.init)
        #expect(report == "icanon echo END", "terminal not restored:\n\(result.screen)", sourceLocation: sourceLocation)
        let flags = (try? TmuxSession.run(["tmux", "-L", session.name, "display-message", "-p", "-t", session.name, "#{cursor_flag} #{alternate_on}"]).output) ?? ""
        #expect(flags.trimmingCharacters(in: .whitespacesAndNewlines) == "1 0", "cursor/alternate screen: \(flags)", sourceLocation: sourceLocation)
    }

    @Test("opens full-screen, scrolls with less keys, shows help, quits with q")
    func readAndQuit() throws {
        try withSession { session, _ in
            let first = session.capture()
            #expect(first.contains("Night Trains Return to the Valley Line"))
            #expect(first.contains("By Oona Lindqvist"))
            session.sendKeys("G")
            let end = session.waitFor(text: "100%")
            #expect(end.matched, "\(end.screen)")
            #expect(end.screen.contains("Paragraph 30 closes."))
            #expect(!end.screen.contains("Subscribe"))
            #expect(!end.screen.contains("Unlimited access"))
            session.sendKeys("g")
            #expect(session.waitFor(text: "Night Trains Return").matched)
            session.sendKeys("1", "0", "j")
            let moved = session.waitFor { !$0.contains("Night Trains Return to the Valley Line\n") }
            #expect(moved.matched)
            session.sendKeys("h")
            #expect(session.waitFor(text: "─ Keys ─").matched)
            session.sendKeys("Escape")
            #expect(session.waitFor { !$0.contains("─ Keys ─") }.matched)
            session.sendKeys("q")
            #expect(session.waitFor { !$0.contains("h help") }.matched)
            expectRestored(session)
        }
    }

    @Test("the caption is set apart with its credit, the keyword line is gone")
    func caption() throws {
        try withSession { session, _ in
            session.sendKeys("Z")  // unbound: says so in the status line, disturbs nothing
            #expect(session.waitFor(text: "Z is not a key here").matched)
            var found = session.waitFor(timeout: 0.5) { $0.contains("│ Photo: Kaja Morel / Valley Herald") }
            for _ in 0..<20 where !found.matched {
                session.sendKeys("d")
                found = session.waitFor(timeout: 0.5) { $0.contains("│ Photo: Kaja Morel / Valley Herald") }
            }
            #expect(found.matched, "\(found.screen)")
            #expect(found.screen.contains("│ The last night train leaves Brask Junction"))
            #expect(!found.screen.contains("Train, Valley, Night, Station"))
            session.sendKeys("q")
        }
    }

    @Test("a resize reflows and keeps the paragraph at the top; too small and back")
    func resize() throws {
        try withSession { session, _ in
            // Scroll until a paragraph's first line is at the top of the viewport.
            session.sendKeys("2", "0", "j")
            var before: (screen: String, matched: Bool) = ("", false)
            for _ in 0..<10 {
                before = session.waitFor(timeout: 0.5) { $0.split(separator: "\n").first?.contains("opens") == true }
                if before.matched { break }
                session.sendKeys("j")
            }
            let topBefore = before.screen.split(separator: "\n").first.map(String.init) ?? ""
            let number = topBefore.firstMatch(of: /Paragraph (\d+)/)?.1 ?? ""
            #expect(!number.isEmpty, "\(before.screen)")
            session.resize(columns: 50, rows: 20)
            let narrow = session.waitFor { $0.split(separator: "\n").count <= 20 && $0.contains("%") }
            let topNarrow = narrow.screen.split(separator: "\n").first.map(String.init) ?? ""
            #expect(topNarrow.contains("Paragraph \(number) opens"), "\(narrow.screen)")
            session.resize(columns: 15, rows: 4)
            #expect(session.waitFor(text: "Terminal too").matched)
            session.resize(columns: 100, rows: 30)
            let back = session.waitFor(text: "h help")
            #expect(back.matched)
            #expect(back.screen.split(separator: "\n").first?.contains("Paragraph \(number) opens") == true, "\(back.screen)")
            session.sendKeys("q")
            expectRestored(session)
        }
    }

    @Test("SIGTERM restores the terminal")
    func sigterm() throws {
        try withSession { session, binary in
            let pid = try #require(session.pid(ofChildMatching: binary))
            kill(pid, SIGTERM)
            #expect(session.waitFor { !$0.contains("h help") }.matched)
            expectRestored(session)
        }
    }

    @Test("Ctrl-C quits and restores the terminal")
    func controlC() throws {
        try withSession { session, _ in
            session.sendKeys("C-c")
            #expect(session.waitFor { !$0.contains("h help") }.matched)
            expectRestored(session)
        }
    }

    @Test("Ctrl-Z suspends to the shell and fg comes back at the same place")
    func suspendResume() throws {
        try withSession { session, _ in
            session.sendKeys("2", "0", "j")
            let before = session.waitFor { !$0.contains("Night Trains Return to the Valley Line\n") }.screen
            session.sendKeys("C-z")
            let shell = session.waitFor { !$0.contains("h help") }
            #expect(shell.matched, "\(shell.screen)")
            session.type("echo shell-works")
            #expect(session.waitFor(text: "shell-works\n").matched)
            session.type("fg")
            let back = session.waitFor(text: "h help")
            #expect(back.matched)
            #expect(back.screen == before, "before:\n\(before)\nafter:\n\(back.screen)")
            session.sendKeys("q")
            expectRestored(session)
        }
    }
}

/// More ways a session can end, and hostile bytes on screen.
@Suite(
    "byline in tmux: signals and hostile text",
    .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end tests skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built: end-to-end tests skipped")
)
struct HostileSessionTests {
    @Test("SIGHUP restores the terminal")
    func sighup() throws {
        let session = try TmuxSession(columns: 80, rows: 24)
        defer { session.kill() }
        let binary = try #require(BylineBinary.path)
        session.type(binary)
        #expect(session.waitFor(text: "h help").matched)
        let pid = try #require(session.pid(ofChildMatching: binary))
        kill(pid, SIGHUP)
        #expect(session.waitFor { !$0.contains("h help") }.matched)
        session.type("stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo END")
        let report = session.waitFor { $0.contains("icanon echo END") }
        #expect(report.matched, "\(report.screen)")
    }

    @Test("escape sequences in the article are shown, not obeyed")
    func escapesShown() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("hostile.txt")
        let text = "Hostile \u{1B}]0;owned\u{07}Headline\n\nBody \u{1B}[2J\u{1B}[?1049l\u{1B}[31mred\u{1B}c text and \u{9B}6n here.\n"
        try Data(text.utf8).write(to: file)
        let session = try TmuxSession(columns: 80, rows: 24)
        defer { session.kill() }
        let binary = try #require(BylineBinary.path)
        session.type("\(binary) \(file.path)")
        let screen = session.waitFor(text: "h help")
        #expect(screen.matched)
        #expect(screen.screen.contains("Hostile ␛]0;owned␇Headline"), "\(screen.screen)")
        #expect(screen.screen.contains("Body ␛[2J␛[?1049l␛[31mred␛c text"), "\(screen.screen)")
        let title = (try? TmuxSession.run(["tmux", "-L", session.name, "display-message", "-p", "-t", session.name, "#{pane_title}"]).output) ?? ""
        #expect(!title.contains("owned"))
        session.sendKeys("q")
    }
}
