import Foundation
import ReaderTestSupport
import Testing

/// Where the seed article is: `../shared/seeds/` beside the repository.
enum SeedArticle {
    /// Its path, or `nil` when the shared folder is absent.
    static var path: String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.deletingLastPathComponent()
            .appendingPathComponent("shared/seeds/000_869092543336c47f.txt").path
        return FileManager.default.isReadableFile(atPath: path) ? path : nil
    }
}

/// Acceptance checks on the real article the project started from, in the team's shared
/// folder beside the repository. Users' clones don't have it: the suite skips then.
@Suite(
    "the seed article",
    .serialized,
    .enabled(if: SeedArticle.path != nil, "../shared/seeds is absent: seed checks skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built")
)
struct SeedArticleTests {

    private static let promotional = ["Editor's pick", "Newsweek cover", "Unlimited access", "Ad free", "newsletters + podcasts", "delivered to your door", "app access"]

    @Test("--json: headline, two credited captions, no keyword or promotional text")
    func json() throws {
        let path = try #require(SeedArticle.path)
        let result = try BylineBinary.run(["--json", path])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(object["headline"] as? String == "China Says Kim Jong Un's Concerns With U.S. 'Should Be Valued' by Biden")
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        let captions = blocks.filter { $0["kind"] as? String == "caption" }
        #expect(captions.count == 2)
        #expect(captions.allSatisfy { $0["credit"] as? String == "Korean Central News Agency" })
        let texts = blocks.compactMap { $0["text"] as? String }
        #expect(!texts.contains { $0.contains("Kim, Jong, Un, 3rd") || $0.contains("President, Xi, Jinping") })
        for phrase in Self.promotional {
            #expect(!texts.contains { $0.contains(phrase) }, "\(phrase)")
        }
        let paragraphs = blocks.filter { $0["kind"] as? String == "paragraph" }.compactMap { $0["text"] as? String }
        #expect(paragraphs.count == 22)
        #expect(paragraphs.first?.hasPrefix("China has called on U.S. President Joe Biden") == true)
        #expect(paragraphs.last?.hasPrefix("With diplomacy at a standstill") == true)
        #expect(blocks.map { $0["kind"] as? String ?? "" } == ["headline"] + Array(repeating: "paragraph", count: 9) + ["caption"] + Array(repeating: "paragraph", count: 13) + ["caption"])
    }

    @Test("piped output is clean text without a single ESC byte")
    func piped() throws {
        let path = try #require(SeedArticle.path)
        let result = try BylineBinary.run([path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains(0x1B))
        let text = String(decoding: result.stdout, as: UTF8.self)
        #expect(text.hasPrefix("China Says Kim Jong Un's Concerns"))
        #expect(text.components(separatedBy: "│ Photo: Korean Central News Agency").count == 3)
    }

    @Test("in tmux: every paragraph in order, captions set apart, no promotional lines")
    func reader() throws {
        guard TmuxSession.isAvailable else { return }
        let path = try #require(SeedArticle.path)
        let binary = try #require(BylineBinary.path)
        let session = try TmuxSession(columns: 100, rows: 30)
        defer { session.kill() }
        session.type("\(binary) \(path)")
        var screen = session.waitFor(text: "h help").screen
        // Read the article's lines only: hide the quotes and entities panels beside them.
        session.sendLiteral("\"")
        screen = session.waitFor { !$0.contains("│ Quotes (") }.screen
        if screen.contains("│ Entities (") {
            session.sendLiteral("E")
            screen = session.waitFor { !$0.contains("│ Entities (") }.screen
        }
        var seen: [String] = []
        for _ in 0..<20 {
            seen += screen.split(separator: "\n").dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
            if screen.contains("100%") { break }
            let before = screen
            session.sendKeys("Space")
            screen = session.waitFor { $0 != before }.screen
        }
        #expect(screen.contains("100%"))
        let all = seen.joined(separator: "\n")
        #expect(all.contains("China Says Kim Jong Un's Concerns With U.S. 'Should Be Valued' by Biden"))
        #expect(all.components(separatedBy: "│ Photo: Korean Central News Agency").count >= 3)
        for phrase in Self.promotional {
            #expect(!all.contains(phrase), "\(phrase)")
        }
        // Paragraph openings appear in the article's order.
        let openings = ["China has called on", "With the prospective peace", "He said Beijing hoped", "The remarks came a day", "While Kim has so far", "Days later, White House", "But the U.S. has also", "With diplomacy at a standstill"]
        let positions = openings.map { all.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        session.sendKeys("q")
    }

    @Test("in tmux: . and , visit every quote exactly once, each highlighted on screen")
    func quoteJumps() throws {
        guard TmuxSession.isAvailable else { return }
        let path = try #require(SeedArticle.path)
        let binary = try #require(BylineBinary.path)
        let json = try BylineBinary.run(["--json", path])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.count >= 20)
        let openings = quotes.map { quote -> String in
            let words = (quote["text"] as? String ?? "").split(separator: " ").prefix(2)
            return words.joined(separator: " ")
        }
        let session = try TmuxSession(columns: 130, rows: 40)
        defer { session.kill() }
        session.type("\(binary) \(path)")
        #expect(session.waitFor(text: "Quotes (\(quotes.count))").matched)
        // Hide the sidebar: then the only reversed text above the status line is the current
        // quote in the article.
        session.sendLiteral("\"")
        #expect(session.waitFor { !$0.contains("Quotes (") }.matched)
        func step(_ key: String, expecting position: Int) {
            session.sendKeys(key)
            let status = "quote \(position)/\(quotes.count) "
            let screen = session.waitFor(text: status)
            #expect(screen.matched, "after \(key) expected \(status):\n\(screen.screen)")
            let article = screen.screen.split(separator: "\n").dropLast().joined(separator: "\n")
            #expect(article.replacingOccurrences(of: "\n", with: " ").contains(openings[position - 1]) ||
                    article.contains(openings[position - 1].split(separator: " ").first.map(String.init) ?? ""),
                    "quote \(position) (\(openings[position - 1])) not on screen:\n\(screen.screen)")
            // The current quote is drawn reversed in the article, above the status line
            // (which is reversed too).
            let colours = session.capture(escapes: true).split(separator: "\n").dropLast()
            let reversed = colours.contains { line in
                line.matches(of: /\x1B\[([0-9;]*)m/).contains { match in
                    match.1.split(separator: ";").contains("7")
                }
            }
            #expect(reversed, "no highlighted quote on screen")
        }
        for position in 1...quotes.count { step(".", expecting: position) }
        session.sendKeys(".")
        #expect(session.waitFor(text: "no more quotes").matched)
        for position in stride(from: quotes.count - 1, through: 1, by: -1) { step(",", expecting: position) }
        session.sendKeys("q")
    }

    @Test("in tmux: /kim counts and visits every match once with n; /Kim is exact; /(DPRK) is literal")
    func search() throws {
        guard TmuxSession.isAvailable else { return }
        let path = try #require(SeedArticle.path)
        let binary = try #require(BylineBinary.path)
        // Expected counts from the article model's text (what the reader shows).
        let json = try BylineBinary.run(["--json", path])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let texts = (object["blocks"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        let lower = texts.map { $0.lowercased().components(separatedBy: "kim").count - 1 }.reduce(0, +)
        let exact = texts.map { $0.components(separatedBy: "Kim").count - 1 }.reduce(0, +)
        let dprk = texts.map { $0.components(separatedBy: "(DPRK)").count - 1 }.reduce(0, +)
        let session = try TmuxSession(columns: 100, rows: 30)
        defer { session.kill() }
        session.type("\(binary) \(path)")
        #expect(session.waitFor(text: "h help").matched)
        session.sendLiteral("/kim")
        session.sendKeys("Enter")
        #expect(session.waitFor(text: "match 1/\(lower) ").matched, "\(session.capture())")
        for k in 2...lower {
            session.sendKeys("n")
            let screen = session.waitFor(text: "match \(k)/\(lower) ")
            #expect(screen.matched, "expected match \(k)/\(lower):\n\(screen.screen)")
        }
        session.sendKeys("n")
        #expect(session.waitFor(text: "search wrapped to top").matched)
        session.sendLiteral("/Kim")
        session.sendKeys("Enter")
        #expect(session.waitFor(text: "/\(exact) ").matched)
        session.sendLiteral("/(DPRK)")
        session.sendKeys("Enter")
        #expect(session.waitFor(text: "match 1/\(dprk) ").matched, "\(session.capture())")
        #expect(dprk >= 1)
        session.sendKeys("q")
    }
}
