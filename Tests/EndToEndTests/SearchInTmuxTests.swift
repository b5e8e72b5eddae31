import Foundation
import ReaderTestSupport
import Testing

/// Search driven in a real terminal: /, ?, n, N, Esc and the match list on a fixture.
@Suite(
    "search in tmux",
    .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end tests skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built: end-to-end tests skipped")
)
struct SearchInTmuxTests {
    /// A fictional article where "ferry" occurs in paragraphs 3, 9, 15, 21 and 27.
    static let article: String = {
        var text = "Harbour Notes\n\n"
        for n in 1...30 {
            text += n % 6 == 3
                ? "Paragraph \(n): the ferry from Skerry ran late again on Tuesday.\n\n"
                : "Paragraph \(n) is about tides, ropes and the weather over the bays.\n\n"
        }
        return text
    }()

    @Test("/ ? n N Esc and M behave like less, with counts")
    func searchKeys() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("notes.txt")
        try Self.article.write(to: file, atomically: true, encoding: .utf8)
        let session = try TmuxSession(columns: 80, rows: 12)
        defer { session.kill() }
        let binary = try #require(BylineBinary.path)
        session.type("\(binary) \(file.path)")
        #expect(session.waitFor(text: "h help").matched)
        let first = session.capture()

        // Esc cancels and returns to where you were.
        session.sendLiteral("/ferry")
        #expect(session.waitFor(text: "Paragraph 3: the ferry").matched)
        session.sendKeys("Escape")
        let back = session.waitFor { $0 == first }
        #expect(back.matched, "Esc did not restore the view:\n\(back.screen)")

        // / then n visits every match in order; the count is in the status line.
        session.sendLiteral("/ferry")
        session.sendKeys("Enter")
        #expect(session.waitFor(text: "match 1/5").matched)
        for k in 2...5 {
            session.sendKeys("n")
            #expect(session.waitFor(text: "match \(k)/5").matched)
            #expect(session.capture().contains("Paragraph \(6 * (k - 1) + 3): the ferry"))
        }
        session.sendKeys("n")
        #expect(session.waitFor(text: "search wrapped to top").matched)
        session.sendKeys("N")
        #expect(session.waitFor(text: "match 5/5").matched)

        // ? searches backward from where the view is.
        session.sendKeys("g")
        session.sendLiteral("?ferry")
        session.sendKeys("Enter")
        #expect(session.waitFor(text: "match 5/5").matched)

        // M lists the matches; Enter jumps to the selected one.
        session.sendKeys("M")
        #expect(session.waitFor(text: "5 matches for").matched)
        session.sendKeys("g", "j")
        session.sendKeys("Enter")
        #expect(session.waitFor(text: "match 2/5").matched)
        #expect(session.waitFor { !$0.contains("matches for") }.matched)
        session.sendKeys("q")
    }
}
