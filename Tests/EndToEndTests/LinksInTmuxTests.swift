import Foundation
import ReaderTestSupport
import Testing

/// Links end to end: the built `byline` in tmux reads page A from a loopback server the test
/// starts, follows a relative link to page B (Enter in the link list), goes back (`B`) to
/// where it was on A, and copies a link's URL (`Y`, OSC 52 into tmux's buffer).
@Suite(
    "links in tmux",
    .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end tests skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built: end-to-end tests skipped")
)
struct LinksInTmuxTests {
    /// Page A: a fictional story long enough to scroll, with a relative link to B and an
    /// absolute one elsewhere, and a `javascript:` link that must not be listed.
    static let pageA: String = {
        var paragraphs = ""
        for n in 1...40 {
            paragraphs += "<p>Part \(n) of the quay story: the crews lifted the old stones, numbered them and set them back on a new bed of gravel along the water.</p>\n"
        }
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Quay Stones Return | Tidewater Courier</title></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Quay Stones Return</h1>
            <p>The harbour office has published <a href="notes/survey.html">its survey of the quay</a> and <a href="javascript:void(0)">a viewer</a>, said the engineer Pella Voss.</p>
            \(paragraphs)
            <p>Further reading: <a href="https://example.invalid/quay-history">a history of the quay</a>.</p>
            </article></body></html>
            """
    }()

    /// Page B, served at the address A's relative link resolves to.
    static let pageB = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Survey of the Quay | Tidewater Courier</title></head>
        <body><article><h1>Survey of the Quay</h1>
        <p>The survey counted four hundred and twelve stones along the quay, of which thirty were cracked beyond repair and will be replaced.</p>
        <p>Surveyors worked at low tide over three weeks in March, measuring each stone and marking it with a painted number.</p>
        </article></body></html>
        """

    @Test("open A, follow the link to B, go back to the same place on A; Y copies the URL")
    func followAndBack() throws {
        let binary = try #require(BylineBinary.path)
        let requests = RequestLog()
        let a = Array(Self.pageA.utf8), b = Array(Self.pageB.utf8)
        let server = try LoopbackServer { path in
            requests.add(path)
            switch path {
            case "/news/quay.html": return .init(body: a)
            case "/news/notes/survey.html": return .init(body: b)
            default: return .init(status: 404)
            }
        }
        defer { server.stop() }
        let session = try TmuxSession(columns: 100, rows: 24)
        defer { session.kill() }
        session.tmux(["set-option", "-s", "set-clipboard", "on"])
        session.type("clear; \(binary) '\(server.url("/news/quay.html"))'")
        let opened = session.waitFor { $0.contains("h help") && $0.contains("Quay Stones Return") }
        #expect(opened.matched, "page A did not open:\n\(opened.screen)")
        #expect(opened.screen.contains("its survey of the quay[1]"), "no marker:\n\(opened.screen)")
        // Only page A was fetched: nothing follows a link by itself.
        #expect(requests.paths == ["/news/quay.html"])
        session.sendLiteral("10j")
        let moved = session.waitFor { $0.contains("Part 5 of the quay story") && !$0.contains("its survey of the quay") }
        #expect(moved.matched, "did not scroll:\n\(moved.screen)")
        session.sendLiteral("l")
        let listed = session.waitFor { $0.contains("Links (2)") && $0.contains("[2] example.invalid") }
        #expect(listed.matched, "no link list:\n\(listed.screen)")
        #expect(listed.screen.contains("[1] 127.0.0.1:\(server.port)/news/not"), "\(listed.screen)")
        #expect(listed.screen.contains("[2] example.invalid/quay-hist"), "\(listed.screen)")
        #expect(!listed.screen.contains("javascript"))
        let placeOnA = Self.articleRows(listed.screen)
        #expect(placeOnA.contains { $0.contains("Part 5 of the quay story") })
        session.sendKeys("g", "Enter")
        let onB = session.waitFor { $0.contains("(B: back)") }
        #expect(onB.matched, "page B did not open:\n\(onB.screen)")
        #expect(onB.screen.contains("four hundred and twelve stones"))
        #expect(requests.paths == ["/news/quay.html", "/news/notes/survey.html"])
        session.sendLiteral("B")
        let back = session.waitFor { $0.contains("back to Quay Stones Return") }
        #expect(back.matched, "did not go back:\n\(back.screen)")
        #expect(Self.articleRows(back.screen) == placeOnA, "place not kept:\n\(back.screen)")
        // The link list kept its cursor on link 1: Y copies its URL.
        session.sendLiteral("Y")
        let copied = session.waitFor { $0.contains("copied link [1]") || $0.contains("not copied") }
        #expect(copied.matched && copied.screen.contains("copied link [1]"), "\(copied.screen)")
        #expect(session.tmux(["show-buffer"]).output == server.url("/news/notes/survey.html"))
        session.sendLiteral("q")
        #expect(session.waitFor { $0.contains("$") && !$0.contains("h help") }.matched)
    }

    /// The article pane's rows (left of the sidebar, status line left out).
    static func articleRows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2)
            .map { String($0.prefix(60)).trimmingCharacters(in: .whitespaces) }
    }
}

/// The paths a loopback server was asked for, in order.
final class RequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ path: String) { lock.lock(); list.append(path); lock.unlock() }
    var paths: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
