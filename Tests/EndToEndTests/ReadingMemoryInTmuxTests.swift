import Foundation
import ReaderTestSupport
import Testing

/// The reading memory end to end: the built `byline` in tmux, each session with its own
/// temporary `XDG_STATE_HOME` (never the real home), quitting and reopening as a reader would.
@Suite(
    "reading memory in tmux",
    .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end tests skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built: end-to-end tests skipped")
)
struct ReadingMemoryInTmuxTests {
    /// A fictional article of numbered paragraphs; each paragraph ends with its number, so
    /// the first number on screen names the paragraph at the top of the viewport.
    static func article(paragraphs: Int = 30, extra: String? = nil) -> String {
        var text = "Harbour Lights Go Dark for the Winter\n\nBy Maren Holt\n\n"
        if let extra { text += extra + "\n\n" }
        for n in 1...paragraphs {
            text += "Section \(n) begins. The port authority said the old harbour lights would be switched off from November to March to save money, a plan the fishing crews called short-sighted and the mayor called overdue. End of section \(n).\n\n"
        }
        return text
    }

    final class Folder {
        let path = TmuxSession.makeTemporaryFolder("byline-memory-e2e")
        func file(_ name: String, _ text: String) throws -> String {
            let path = self.path + "/" + name
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        deinit {
            _ = try? TmuxSession.run(["chmod", "-R", "u+rwx", path])
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// The number of the first "section N" on screen (above the status line).
    static func firstSection(_ screen: String) -> Int? {
        let body = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().joined(separator: "\n")
        guard let match = body.firstMatch(of: /[Ss]ection (\d+)/) else { return nil }
        return Int(match.1)
    }

    /// Opens `file` in `session`, hiding the sidebar's panels, and waits for the reader.
    func open(_ session: TmuxSession, _ arguments: String) throws -> String {
        let binary = try #require(BylineBinary.path)
        session.type("clear; \(binary) \(arguments)")
        // The status line shows the headline (a long notice may cover the key hints).
        let opened = session.waitFor { screen in
            guard let status = screen.split(separator: "\n").last, screen.contains("ection") else { return false }
            return ["h help", "resumed at", "without memory", "unreadable"].contains { status.contains($0) }
        }
        #expect(opened.matched, "reader did not open:\n\(opened.screen)")
        return opened.screen
    }

    func quit(_ session: TmuxSession) {
        session.sendLiteral("q")
        let gone = session.waitFor { !$0.contains("ection ") }
        #expect(gone.matched, "reader still running:\n\(gone.screen)")
    }

    /// Scrolls down `lines` and returns the section at the top (moving on while the top line
    /// is blank, so the place is a paragraph's text).
    func scroll(_ session: TmuxSession, lines: Int) -> Int? {
        session.sendLiteral("\(lines)j")
        _ = session.waitFor { !$0.hasPrefix("Harbour Lights") }
        usleep(200_000)
        return Self.firstSection(session.capture())
    }

    @Test("reopens at the same place after a width change, and says where")
    func widthChange() throws {
        let folder = Folder()
        let file = try folder.file("harbour.txt", Self.article())
        let session = try TmuxSession(columns: 100, rows: 24)
        defer { session.kill() }
        _ = try open(session, file)
        let section = try #require(scroll(session, lines: 40))
        quit(session)
        session.resize(columns: 64, rows: 20)
        let reopened = try open(session, file)
        #expect(reopened.contains("resumed at"), "\(reopened)")
        #expect(Self.firstSection(reopened) == section, "expected section \(section) first:\n\(reopened)")
        session.sendLiteral("g")
        #expect(session.waitFor(text: "Harbour Lights Go Dark").matched)
        quit(session)
    }

    @Test("reopens at the same paragraph after a paragraph was inserted above it")
    func paragraphInserted() throws {
        let folder = Folder()
        let file = try folder.file("harbour.txt", Self.article())
        let session = try TmuxSession(columns: 90, rows: 24)
        defer { session.kill() }
        _ = try open(session, file)
        let section = try #require(scroll(session, lines: 50))
        quit(session)
        let extra = "An editor's note added later: this story was updated on Friday with the mayor's reply, which arrived after the first version went out."
        _ = try folder.file("harbour.txt", Self.article(extra: extra))
        let reopened = try open(session, file)
        #expect(reopened.contains("resumed at"), "\(reopened)")
        #expect(Self.firstSection(reopened) == section, "expected section \(section) first:\n\(reopened)")
        quit(session)
    }

    @Test("two readers quitting at once both keep their place (nothing lost)")
    func twoWriters() throws {
        let folder = Folder()
        let state = TmuxSession.makeTemporaryFolder("byline-shared-state")
        defer { try? FileManager.default.removeItem(atPath: state) }
        let first = try folder.file("first.txt", Self.article())
        let second = try folder.file("second.txt", Self.article(paragraphs: 40))
        let a = try TmuxSession(columns: 90, rows: 24, stateHome: state)
        let b = try TmuxSession(columns: 90, rows: 24, stateHome: state)
        defer { a.kill(); b.kill() }
        _ = try open(a, first)
        _ = try open(b, second)
        let sectionA = try #require(scroll(a, lines: 30))
        let sectionB = try #require(scroll(b, lines: 60))
        a.sendLiteral("q")
        b.sendLiteral("q")
        #expect(a.waitFor { !$0.contains("ection ") }.matched && b.waitFor { !$0.contains("ection ") }.matched)
        let history = try BylineBinary.run(["--history"], environment: ["XDG_STATE_HOME": state, "LANG": "C.UTF-8"])
        let listed = String(decoding: history.stdout, as: UTF8.self)
        #expect(history.status == 0 && listed.contains(first) && listed.contains(second), "\(listed)\(history.stderr)")
        #expect(Self.firstSection(try open(a, first)) == sectionA)
        #expect(Self.firstSection(try open(b, second)) == sectionB)
        quit(a)
        quit(b)
    }

    @Test("a corrupt database is moved aside with a one-line warning, and reading goes on")
    func corruptDatabase() throws {
        let folder = Folder()
        let file = try folder.file("harbour.txt", Self.article())
        let session = try TmuxSession(columns: 140, rows: 24)
        defer { session.kill() }
        let stateFolder = session.stateHome + "/byline"
        try FileManager.default.createDirectory(atPath: stateFolder, withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: stateFolder + "/state.sqlite"))
        let screen = try open(session, file)
        #expect(screen.contains("was unreadable"), "\(screen)")
        _ = scroll(session, lines: 20)
        quit(session)
        let names = try FileManager.default.contentsOfDirectory(atPath: stateFolder)
        #expect(names.contains("state.sqlite") && names.contains { $0.hasPrefix("state.sqlite.broken-") }, "\(names)")
        let shown = session.capture().components(separatedBy: "was unreadable").count - 1
        #expect(shown == 1, "the warning on standard error once:\n\(session.capture())")
        #expect(try open(session, file).contains("resumed at"))
        quit(session)
    }

    @Test("an unwritable state folder: the reader works and says so once")
    func unwritableFolder() throws {
        let folder = Folder()
        let file = try folder.file("harbour.txt", Self.article())
        // Root writes through permission bits, so as root the state home is under /proc,
        // where nobody can create a folder.
        let readOnly: String
        if getuid() == 0 {
            readOnly = "/proc/self/byline-read-only"
        } else {
            readOnly = TmuxSession.makeTemporaryFolder("byline-read-only")
            chmod(readOnly, 0o500)
        }
        defer { if getuid() != 0 { chmod(readOnly, 0o700); try? FileManager.default.removeItem(atPath: readOnly) } }
        let session = try TmuxSession(columns: 160, rows: 24, stateHome: readOnly)
        defer { session.kill() }
        let screen = try open(session, file)
        #expect(screen.components(separatedBy: "without memory").count - 1 == 1, "\(screen)")
        session.sendLiteral("j")
        #expect(session.waitFor { !$0.contains("without memory") }.matched)
        quit(session)
        let after = session.capture()
        #expect(after.components(separatedBy: "without memory").count - 1 == 1, "once on standard error:\n\(after)")
    }

    @Test("--no-state writes no file (the state folder stays empty)")
    func noState() throws {
        let folder = Folder()
        let file = try folder.file("harbour.txt", Self.article())
        let session = try TmuxSession(columns: 90, rows: 24)
        defer { session.kill() }
        _ = try open(session, "--no-state " + file)
        _ = scroll(session, lines: 20)
        quit(session)
        session.type("ls -A \(session.stateHome) | wc -l; echo LISTED")
        let listed = session.waitFor { $0.contains("\nLISTED") || $0.hasSuffix("LISTED") }
        let lines = listed.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        // The count may share its line with the shell's prompt ("$ 0").
        let count = lines.firstIndex(of: "LISTED").flatMap { $0 > 0 ? lines[$0 - 1] : nil }
            .map { String($0.split(separator: " ").last ?? "") }
        #expect(count == "0", "\(listed.screen)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: session.stateHome).isEmpty)
    }

    @Test("marks come back after a restart: 'a goes to the place set with ma, '' back again")
    func marksAcrossRestart() throws {
        let folder = Folder()
        let file = try folder.file("harbour.txt", Self.article())
        let session = try TmuxSession(columns: 90, rows: 24)
        defer { session.kill() }
        _ = try open(session, file)
        let section = try #require(scroll(session, lines: 45))
        session.sendLiteral("ma")
        #expect(session.waitFor(text: "mark a set").matched)
        session.sendLiteral("g")
        #expect(session.waitFor(text: "Harbour Lights Go Dark").matched)
        quit(session)
        let reopened = try open(session, file)
        #expect(Self.firstSection(reopened) == 1, "reopened at the top, where it was left:\n\(reopened)")
        session.sendLiteral("'a")
        let jumped = session.waitFor(text: "mark a")
        #expect(Self.firstSection(jumped.screen) == section, "\(jumped.screen)")
        session.sendLiteral("''")
        #expect(session.waitFor(text: "Harbour Lights Go Dark").matched)
        session.sendLiteral("`")
        #expect(session.waitFor(text: "Marks (1)").matched, "\(session.capture())")
        quit(session)
    }
}
