import Foundation
import ReaderTestSupport
import Testing

/// Several articles and the history list end to end: the built `byline` in tmux, each
/// session with its own temporary `XDG_STATE_HOME`.
@Suite(
    "several articles in tmux",
    .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end tests skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built: end-to-end tests skipped")
)
struct SeveralArticlesInTmuxTests {
    typealias Memory = ReadingMemoryInTmuxTests

    /// A fictional article whose headline names it and whose paragraphs are numbered
    /// ("Section N"), so the first number on screen names the paragraph at the top.
    static func article(_ headline: String, paragraphs: Int = 40) -> String {
        var text = "\(headline)\n\nBy Ilse Marrow\n\n"
        for n in 1...paragraphs {
            text += "Section \(n) of this story. The ferry company said the winter timetable would keep two boats on the island route, which the island council had asked for since the spring. End of section \(n).\n\n"
        }
        return text
    }

    /// The status line (the last row).
    static func status(_ screen: String) -> String {
        String(screen.split(separator: "\n").last ?? "")
    }

    func start(_ session: TmuxSession, _ arguments: String) throws {
        let binary = try #require(BylineBinary.path)
        session.type("clear; \(binary) \(arguments)")
        let opened = session.waitFor { $0.contains("ection ") && Self.status($0).contains("%") }
        #expect(opened.matched, "reader did not open:\n\(opened.screen)")
    }

    /// Sends `keys` and waits until the status line contains `text`; returns the screen.
    func keys(_ session: TmuxSession, _ keys: String, until text: String) -> String {
        session.sendLiteral(keys)
        let seen = session.waitFor { Self.status($0).contains(text) }
        #expect(seen.matched, "after \(keys), no '\(text)' on the status line:\n\(seen.screen)")
        usleep(150_000)
        return session.capture()
    }

    func quit(_ session: TmuxSession) {
        session.sendLiteral("q")
        let gone = session.waitFor { !$0.contains("ection ") }
        #expect(gone.matched, "reader still running:\n\(gone.screen)")
    }

    @Test(":n and :p keep each article's place, search included, and both places are saved")
    func nextAndPrevious() throws {
        let folder = Memory.Folder()
        let north = try folder.file("north.txt", Self.article("Northern Ferry Keeps Two Boats"))
        let south = try folder.file("south.txt", Self.article("Southern Pier Reopens", paragraphs: 50))
        let session = try TmuxSession(columns: 100, rows: 24)
        defer { session.kill() }
        try start(session, "\(north) \(south)")
        #expect(Self.status(session.capture()).contains("article 1/2"))
        session.sendLiteral("40j")
        usleep(300_000)
        let northSection = try #require(Memory.firstSection(session.capture()))
        var screen = keys(session, ":n", until: "article 2/2")
        #expect(screen.contains("Southern Pier Reopens"), "\(screen)")
        session.sendLiteral("/section 30")
        session.sendKeys("Enter")
        _ = session.waitFor { Self.status($0).contains("match") }
        usleep(300_000)
        let southSection = try #require(Memory.firstSection(session.capture()))
        #expect(southSection > 20, "\(session.capture())")
        screen = keys(session, ":p", until: "article 1/2")
        #expect(Memory.firstSection(screen) == northSection, "back at north's place:\n\(screen)")
        screen = keys(session, ":n", until: "article 2/2")
        #expect(Memory.firstSection(screen) == southSection, "back at south's place:\n\(screen)")
        #expect(Self.status(screen).contains("match"), "the search is kept:\n\(screen)")
        screen = keys(session, ":n", until: "no next article")
        quit(session)
        // Each place was saved: north when it was left, south on quit.
        try start(session, north)
        #expect(Memory.firstSection(session.capture()) == northSection, "\(session.capture())")
        quit(session)
        try start(session, south)
        #expect(Memory.firstSection(session.capture()) == southSection, "\(session.capture())")
        quit(session)
    }

    @Test("an article that cannot be read is reported and left out; the others open")
    func badArticleAmongSeveral() throws {
        let folder = Memory.Folder()
        let north = try folder.file("north.txt", Self.article("Northern Ferry Keeps Two Boats"))
        let south = try folder.file("south.txt", Self.article("Southern Pier Reopens"))
        let missing = folder.path + "/missing.txt"
        let session = try TmuxSession(columns: 110, rows: 24)
        defer { session.kill() }
        try start(session, "\(missing) \(north) \(missing) \(south)")
        var screen = session.capture()
        #expect(screen.contains("Northern Ferry") && screen.contains("no such file"), "\(screen)")
        // The second missing one is found on the way to it: reported, left out of the list.
        screen = keys(session, ":n", until: "article 1/2")
        #expect(Self.status(screen).contains("no such file") && screen.contains("Northern Ferry"), "\(screen)")
        screen = keys(session, ":n", until: "article 2/2")
        #expect(screen.contains("Southern Pier Reopens"), "\(screen)")
        quit(session)
        // The one that was missing first was reported on standard error, before the reader.
        #expect(session.capture().contains("missing.txt: no such file"), "\(session.capture())")
    }

    @Test("H lists the history in the reader and Enter opens that article at its place")
    func historyOpensArticle() throws {
        let folder = Memory.Folder()
        let north = try folder.file("north.txt", Self.article("Northern Ferry Keeps Two Boats"))
        let south = try folder.file("south.txt", Self.article("Southern Pier Reopens"))
        let session = try TmuxSession(columns: 120, rows: 24)
        defer { session.kill() }
        try start(session, north)
        session.sendLiteral("45j")
        usleep(300_000)
        let northSection = try #require(Memory.firstSection(session.capture()))
        quit(session)
        try start(session, south)
        session.sendLiteral("H")
        let listed = session.waitFor(text: "History (1)")
        #expect(listed.matched && listed.screen.contains("Northern Ferry"), "\(listed.screen)")
        session.sendKeys("Enter")
        let opened = session.waitFor { Self.status($0).contains("article 2/2") }
        #expect(opened.matched && opened.screen.contains("resumed at"), "\(opened.screen)")
        usleep(200_000)
        #expect(Memory.firstSection(session.capture()) == northSection, "\(session.capture())")
        let back = keys(session, ":p", until: "article 1/2")
        #expect(back.contains("Southern Pier Reopens"), "\(back)")
        quit(session)
    }

    @Test("SIGTERM and SIGHUP save the place of the article being read", arguments: [SIGTERM, SIGHUP])
    func signalSaves(signal: Int32) throws {
        let folder = Memory.Folder()
        let north = try folder.file("north.txt", Self.article("Northern Ferry Keeps Two Boats"))
        let session = try TmuxSession(columns: 100, rows: 24)
        defer { session.kill() }
        try start(session, north)
        session.sendLiteral("35j")
        usleep(300_000)
        let section = try #require(Memory.firstSection(session.capture()))
        let pid = try #require(session.pid(ofChildMatching: "north.txt"))
        kill(pid, signal)
        #expect(session.waitFor { !$0.contains("ection ") }.matched, "\(session.capture())")
        try start(session, north)
        let screen = session.capture()
        #expect(screen.contains("resumed at") && Memory.firstSection(screen) == section, "\(screen)")
        quit(session)
    }
}
