import Foundation
import ReaderTestSupport
import Testing

/// Web pages through the built binary: a saved page, piped HTML, a URL served on loopback,
/// and pages that are not articles.
@Suite("byline with web pages", .enabled(if: BylineBinary.path != nil, "byline binary not built"))
struct WebPageCommandLineTests {
    static let page = """
        <!DOCTYPE html><html><head><title>Lighthouse keepers return | Brindle Post</title>
        <meta property="og:site_name" content="Brindle Post"><meta name="author" content="Ilse Marr">
        <script>var tracking = "\\"quoted\\" script text";</script></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Lighthouse keepers return</h1>
        <p>The lighthouse on Brindle Point will have keepers again from June, the harbour trust said on Monday, for the first time since 1989.</p>
        <p>&ldquo;A light needs people,&rdquo; said the trust&rsquo;s chair, Ottilie Brand. The two keepers will live in the cottage beside the tower.</p>
        <p>Visitors will be able to climb the tower on Saturdays, with tickets sold at the <a href="/shop">harbour shop</a>, the trust said.</p>
        </article><footer>Contact the newsroom</footer></body></html>
        """

    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    func check(_ output: String) {
        #expect(output.hasPrefix("Lighthouse keepers return\n"))
        #expect(output.contains("Ilse Marr"))
        #expect(output.contains("The lighthouse on Brindle Point"))
        #expect(!output.contains("Home"))
        #expect(!output.contains("tracking"))
        #expect(!output.contains("Contact the newsroom"))
    }

    @Test func savedPage() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-page-\(UUID().uuidString).html")
        try Data(Self.page.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try BylineBinary.run(["--dump", "--width", "200", url.path])
        #expect(result.status == 0)
        check(Self.text(result.stdout))
    }

    @Test func pipedHTML() throws {
        let result = try BylineBinary.run(["--width", "200"], stdin: Data(Self.page.utf8))
        #expect(result.status == 0)
        check(Self.text(result.stdout))
    }

    @Test func quotesAndEntitiesRunOnTheExtractedArticle() throws {
        let result = try BylineBinary.run(["--json"], stdin: Data(Self.page.utf8))
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(json["format"] as? String == "html")
        #expect(json["siteName"] as? String == "Brindle Post")
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        #expect(quotes.contains { ($0["text"] as? String)?.contains("A light needs people") == true })
        #expect(!quotes.contains { ($0["text"] as? String)?.contains("quoted") == true })
    }

    @Test func urlFromLoopback() throws {
        let page = Array(Self.page.utf8)
        let server = try LoopbackServer { path in
            path == "/story" ? .init(body: page) : .init(status: 404)
        }
        defer { server.stop() }
        let result = try BylineBinary.run(["--dump", "--width", "200", server.url("/story")])
        #expect(result.status == 0)
        check(Self.text(result.stdout))
        let missing = try BylineBinary.run(["--dump", server.url("/gone")])
        #expect(missing.status == 1)
        #expect(missing.stderr == "byline: \(server.url("/gone")): HTTP status 404 (Not Found)\n")
    }

    @Test func pagesThatAreNotArticlesSaySoInOneLine() throws {
        let teasers = (1...10).map { "<h2><a href=\"/s\($0)\">Story number \($0) about the harbour and its boats</a></h2>" }.joined()
        let index = "<html><body><main>\(teasers)</main></body></html>"
        let result = try BylineBinary.run(["--dump"], stdin: Data(index.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("byline: standard input: not an article: an index page"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        let forced = try BylineBinary.run(["--dump", "--force"], stdin: Data(index.utf8))
        #expect(forced.status == 0)
        let login = "<html><body><form><input type=\"text\" name=\"u\"><input type=\"password\" name=\"p\"><button>Log in</button></form><p>Members only.</p></body></html>"
        let wall = try BylineBinary.run(["--dump"], stdin: Data(login.utf8))
        #expect(wall.stderr == "byline: standard input: not an article: a login page (--force shows what was found)\n")
        for empty in ["<html></html>", "<html><head><script>a()</script></head><body><script>b()</script></body></html>"] {
            let none = try BylineBinary.run(["--dump", "--format", "html"], stdin: Data(empty.utf8))
            #expect(none.status == 1)
            #expect(none.stderr == "byline: standard input: not an article: no article text found (--force shows what was found)\n")
        }
    }

    @Test func markdownFromStandardInputIsReadAsMarkdown() throws {
        let post = "---\ntitle: Ferry plan\nauthor: Ana Ruiz\ndate: 2024-05-06\n---\n\nThe *plan* starts in [May](https://a.example).\n\n{% image \"q.jpg\" \"The quay\" %}\n"
        let result = try BylineBinary.run(["--format", "markdown", "--dump"], stdin: Data(post.utf8))
        #expect(result.status == 0)
        let stdout = String(decoding: result.stdout, as: UTF8.self)
        #expect(stdout.hasPrefix("Ferry plan\nBy Ana Ruiz · 2024-05-06\n"))
        #expect(stdout.contains("The plan starts in May[1]."))
        #expect(stdout.hasSuffix("\nLinks\n[1] https://a.example\n"))
        #expect(stdout.contains("│ The quay"))
        #expect(!stdout.contains("title:") && !stdout.contains("{%") && !stdout.contains("]("))
    }
}
