import ArticleFixtures
import ArticleModel
import Dispatch
import Foundation
import Testing

@testable import ArticleMarkdown

/// cmark-gfm gets only the extensions a post can need (``ExtensionNeeds``): the article must
/// be exactly the one parsed with every extension attached, on every fixture, every corpus
/// post (skipped when absent), generated posts and edge cases written here.
@Suite("Markdown extension gating")
struct MarkdownExtensionGatingTests {
    static func bothWays(_ bytes: [UInt8], source: String = "post.md") -> (gated: Article, all: Article) {
        var reference = MarkdownParser()
        reference.gatesExtensions = false
        return (MarkdownParser().parse(bytes: bytes, source: source), reference.parse(bytes: bytes, source: source))
    }

    /// Where two articles first differ ("block 12: …"), or `nil` when they are equal.
    /// The fixture posts (`Fixtures/*.md` of this test target) as (file name, bytes); at least
    /// one, else the test fails. Shared by the suites that compare two ways of parsing.
    static func fixturePosts() throws -> [(name: String, bytes: [UInt8])] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(!names.isEmpty)
        return try names.map { ($0, try [UInt8](Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    static func difference(_ gated: Article, _ all: Article) -> String? {
        guard gated != all else { return nil }
        if gated.metadata != all.metadata { return "metadata: \(gated.metadata) vs \(all.metadata)" }
        for (index, (one, other)) in zip(gated.blocks, all.blocks).enumerated() where one != other {
            return "block \(index): \(one) vs \(other)"
        }
        if gated.blocks.count != all.blocks.count { return "\(gated.blocks.count) vs \(all.blocks.count) blocks" }
        for (one, other) in zip(gated.links, all.links) where one != other { return "link \(one) vs \(other)" }
        return "\(gated.links.count) vs \(all.links.count) links"
    }

    static func needs(_ markdown: String) -> ExtensionNeeds {
        Array(markdown.utf8).withUnsafeBufferPointer { ExtensionNeeds(scanning: $0) }
    }

    /// Lines that each touch one extension's trigger, in and out of the places where it acts.
    static let edgeLines: [String] = [
        "A bare address https://harbour.example/notes/4 in the text.",
        "[https://harbour.example/a](https://harbour.example/a) as its own words.",
        "An angle link <https://harbour.example/b> here.",
        "See www.harbour.example today, or (www.quay.example).",
        "*www.ferry.example* and _www.tide.example_ and ~www.port.example~",
        ">www.pier.example with no blank after the marker",
        "> quoted https://quay.example/c in a block quote",
        "Write to desk@harbour.example or @harbourdesk.",
        "mailto:ana@harbour.example and xmpp:ana@harbour.example/home",
        "<a href=\"https://harbour.example/d\">the board</a> and <span title='x@y.example'>it</span>",
        "![A chart of https://harbour.example/e](/img/e.png)",
        "![Mail desk@harbour.example](/img/f.png \"title\")",
        "[see][ref] and [also][mail]\n\n[ref]: https://harbour.example/g\n[mail]: <mailto:desk@harbour.example>",
        "`https://harbour.example/h` and `desk@harbour.example` in code",
        "```\nhttps://harbour.example/i www.code.example desk@code.example\n```",
        "    indented https://harbour.example/j",
        "https&#58;//harbour.example/k and www&#46;harbour.example",
        "Ends with a scheme http:\n//harbour.example/l on the next line",
        "[open bracket https://harbour.example/m never closed",
        "Footnote here[^a].\n\n[^a]: Source https://harbour.example/n, desk@harbour.example.",
        "| Route | Fare |\n|---|---:|\n| Valmont | 4.50 |",
        "Route | Fare\n--- | ---\nSkerry | 3.20",
        "Just a pipe | in a sentence.",
        "~~gone~~ and ~one~ and ~~~ not a fence",
        "- [ ] open task\n- [x] done task\n- [X] done too\n1. [ ] ordered task",
        "A box [ ] outside a list and [x] too.",
        "- item with [link](https://harbour.example/o)\n  - nested [ ] box",
        "<div>\nraw https://harbour.example/p www.raw.example\n</div>",
        "<!-- comment https://harbour.example/q -->",
        "Heading www.head.example\n===",
        "# Heading https://harbour.example/r",
        "http://x.example ftp://files.example/a mailto:desk@harbour.example",
        "foohttp://harbour.example/s and xwww.harbour.example",
        "Text with a trailing colon: //not a link",
    ]

    @Test("the edge lines, one at a time and all together, give the same article")
    func edgeLines() {
        var documents = Self.edgeLines
        documents.append(Self.edgeLines.joined(separator: "\n\n"))
        documents.append(Self.edgeLines.joined(separator: "\n"))
        for document in documents {
            let (gated, all) = Self.bothWays(Array(document.utf8))
            #expect(Self.difference(gated, all) == nil, "\(document)")
        }
    }

    @Test("pairs of edge lines in one post give the same article")
    func edgePairs() {
        for first in Self.edgeLines {
            for second in Self.edgeLines {
                let document = first + "\n\n" + second
                let (gated, all) = Self.bothWays(Array(document.utf8))
                #expect(Self.difference(gated, all) == nil, "\(document)")
            }
        }
    }

    @Test("every fixture post gives the same article")
    func fixtures() throws {
        for (name, bytes) in try Self.fixturePosts() {
            let (gated, all) = Self.bothWays(bytes, source: name)
            #expect(Self.difference(gated, all) == nil, "\(name)")
        }
    }

    @Test("every corpus post gives the same article", .enabled(if: !MarkdownCorpusTests.posts.isEmpty))
    func corpus() throws {
        for path in MarkdownCorpusTests.posts {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let (gated, all) = Self.bothWays(bytes, source: path)
            #expect(Self.difference(gated, all) == nil, "\(path)")
        }
    }

    @Test("generated posts give the same article")
    func generated() {
        for (size, seed) in [(20_000, UInt64(1)), (60_000, 2), (150_000, 3)] {
            let bytes = Array(ArticleGenerator.markdownPost(bytes: size, seed: seed).utf8)
            let (gated, all) = Self.bothWays(bytes)
            #expect(Self.difference(gated, all) == nil, "\(size) bytes, seed \(seed)")
        }
    }

    @Test("the scan: which extensions each kind of post needs")
    func scan() {
        let plain = Self.needs("Just words.\n\nMore words.")
        #expect(plain == ExtensionNeeds.none)
        #expect(Self.needs("a | b").table)
        #expect(!Self.needs("a b").table)
        #expect(Self.needs("~~a~~").strikethrough)
        #expect(Self.needs("- [ ] a").tasklist)
        #expect(Self.needs("- [x] a").tasklist)
        #expect(!Self.needs("- [a](b) c").tasklist)
        #expect(Self.needs("see https://harbour.example/a").autolink == .needed)
        #expect(Self.needs("see www.harbour.example").autolink == .needed)
        #expect(Self.needs("write to desk@harbour.example").autolink == .needed)
        #expect(Self.needs("[a](https://harbour.example/a)").autolink == .unsure)
        #expect(Self.needs("<https://harbour.example/a>").autolink == .unsure)
        #expect(Self.needs("<a href=\"https://www.harbour.example/a\">a</a>").autolink == .unsure)
        #expect(Self.needs("follow @harbourdesk").autolink == .unsure)
        #expect(Self.needs("no address here").autolink == .notNeeded)
        // The generated benchmark post links only through link destinations.
        let post = Self.needs(ArticleGenerator.markdownPost(bytes: 50_000))
        #expect(post.autolink == .unsure)
        #expect(post.table && post.strikethrough && !post.tasklist)
    }

    @Test("the tree check: a trigger in text outside links is found, one in a link is not")
    func treeCheck() {
        #expect(Self.autolinkCheck("[see https://harbour.example/a](https://harbour.example/a)") == false)
        #expect(Self.autolinkCheck("![see https://harbour.example/a](/a.png)") == false)
        #expect(Self.autolinkCheck("![mail desk@harbour.example](/a.png)") == true)
        #expect(Self.autolinkCheck(">https://harbour.example/a") == true)
        #expect(Self.autolinkCheck("`https://harbour.example/a`") == false)
        #expect(Self.autolinkCheck("[open https://harbour.example/a") == true)
    }

    /// ``MarkdownTree/autolinkCouldMatch(_:)`` on `markdown` parsed without autolink.
    static func autolinkCheck(_ markdown: String) -> Bool? {
        MarkdownTree.withTree(Array(markdown.utf8), needs: ExtensionNeeds.none) {
            MarkdownTree.autolinkCouldMatch($0)
        }
    }
}

/// cmark-gfm's special inline characters live in one global table that each parse sets and
/// clears: parses on several threads at once must still give each post its strikethrough,
/// tables and links (``MarkdownTree`` lets one parse run at a time).
@Suite("Markdown parses on several threads")
struct MarkdownConcurrentParseTests {
    @Test("eight threads parsing posts with tables and strikethrough get the sequential article")
    func concurrent() {
        var post = "Intro with ~~struck~~ words and https://harbour.example/a.\n\n"
        for row in 0..<1500 {
            post += "| Route \(row) | Fare |\n|---|---|\n| ~~old~~ new | 4.50 |\n\nA line ~~cut \(row)~~ here, see www.quay.example.\n\n"
        }
        let bytes = Array(post.utf8)
        let expected = MarkdownParser().parse(bytes: bytes, source: "post.md")
        #expect(expected.blocks.contains { $0.text.contains("cut 1499") && !$0.text.contains("~~") })
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            results.add(MarkdownParser().parse(bytes: bytes, source: "post.md"))
        }
        #expect(results.all.count == 8)
        for article in results.all {
            #expect(MarkdownExtensionGatingTests.difference(article, expected) == nil)
        }
    }
}

extension MarkdownConcurrentParseTests {
    @Test("posts with and without strikethrough, parsed whole and in parts on eight threads, get the sequential article")
    func mixed() {
        // Strikethrough and autolink set cmark-gfm's special characters (their finish runs
        // alone); the plain post sets none (its finishes run together, and beside feeding).
        var struck = ""
        var plain = ""
        for row in 0..<600 {
            struck += "| Route \(row) | Fare |\n|---|---|\n| ~~old~~ new | 4.50 |\n\nA line ~~cut \(row)~~ here, see www.quay.example.\n\n"
            plain += "Paragraph \(row) with *emphasis*, a [link](https://harbour.example/\(row)) and `code`.\n\n| a | b |\n|---|---|\n| \(row) | x |\n\n"
        }
        let posts = [Array(struck.utf8), Array(plain.utf8)]
        var sequential = MarkdownParser()
        sequential.partSpacing = .max
        let expected = posts.map { sequential.parse(bytes: $0, source: "post.md") }
        #expect(expected[0].blocks.contains { $0.text.contains("cut 599") && !$0.text.contains("~~") })
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            var parser = MarkdownParser()
            parser.partSpacing = index % 4 < 2 ? 4_096 : .max
            results.add(parser.parse(bytes: posts[index % 2], source: "post.md"), tag: index % 2)
        }
        #expect(results.tagged.count == 8)
        for (tag, article) in results.tagged {
            #expect(MarkdownExtensionGatingTests.difference(article, expected[tag]) == nil)
        }
    }
}

/// Articles collected from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var articles: [(tag: Int, article: Article)] = []

    func add(_ article: Article, tag: Int = 0) {
        lock.lock()
        articles.append((tag, article))
        lock.unlock()
    }

    var all: [Article] { tagged.map(\.article) }

    /// The articles with the tags they were added with.
    var tagged: [(tag: Int, article: Article)] {
        lock.lock()
        defer { lock.unlock() }
        return articles
    }
}
