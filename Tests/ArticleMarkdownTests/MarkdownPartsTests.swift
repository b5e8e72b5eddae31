import ArticleFixtures
import ArticleModel
import Dispatch
import Foundation
import Testing

@testable import ArticleMarkdown

/// A long post is cut into parts parsed on several threads (``MarkdownParts``): the article
/// must be exactly the whole parse's, on every fixture, every corpus post (skipped when
/// absent), generated posts and edge cases written here, with cuts at every place allowed.
@Suite("Markdown parsed in parts")
struct MarkdownPartsTests {
    /// The post parsed with a cut at every allowed place, and parsed whole.
    static func bothWays(_ bytes: [UInt8], source: String = "post.md") -> (parted: Article, whole: Article) {
        var parted = MarkdownParser()
        parted.partSpacing = 1
        var whole = MarkdownParser()
        whole.partSpacing = .max
        return (parted.parse(bytes: bytes, source: source), whole.parse(bytes: bytes, source: source))
    }

    static func cuts(_ markdown: String) -> [Int] {
        Array(markdown.utf8).withUnsafeBufferPointer { MarkdownParts.cuts($0, spacing: 1) }
    }

    /// The line starts where `markdown` is cut, as the lines' first words.
    static func cutLines(_ markdown: String) -> [String] {
        let bytes = Array(markdown.utf8)
        return cuts(markdown).map { start in
            let line = bytes[start...].prefix { $0 != 0x0A }
            return String(decoding: line, as: UTF8.self)
        }
    }

    @Test("cuts go before unindented lines after a blank line, outside fences")
    func cutPlaces() {
        #expect(Self.cutLines("One\n\nTwo\n\n# Three\n\n> Four\n") == ["Two", "# Three", "> Four"])
        // List markers may continue a list; indented lines belong to what is open.
        #expect(Self.cutLines("- a\n\n- b\n\n1. c\n\n  d\n\nEnd\n") == ["End"])
        #expect(Self.cutLines("Text\n```\ncode\n\nmore code\n```\n\nAfter\n") == ["After"])
        #expect(Self.cutLines("~~~~\n~~~\n\nstill code\n~~~~\n\nAfter\n") == ["After"])
        #expect(Self.cutLines("Para\nlazy\n\n| a | b |\n|---|---|\n\nNext\n") == ["| a | b |", "Next"])
    }

    @Test("what could join the parts keeps the post whole or stops the cuts")
    func noCuts() {
        #expect(Self.cuts("See [a].\n\nMore.\n\n[a]: https://harbour.example/a\n").isEmpty)
        #expect(Self.cuts("Note[^1].\n\nMore.\n\n[^1]: A note.\n").isEmpty)
        #expect(Self.cuts("One\r\n\r\nTwo\r\n").isEmpty)
        #expect(Self.cutLines("A\n\nB\n\n<!-- a comment\n\nC\n-->\n\nD\n") == ["B", "<!-- a comment"])
        #expect(Self.cutLines("A\n\nB\n\n<PRE>\n\nC\n</pre>\n\nD\n") == ["B", "<PRE>"])
        // A fence indented under a list item, or under an HTML line: no cut from there on.
        #expect(Self.cuts("A\n\n- item\n  ```\n  code\n\nC\n  ```\n\nD\n").isEmpty)
        #expect(Self.cutLines("A\n\nB\n<div>\n```\n</div>\n\n```\ncode\n\ntext\n```\n\nD\n") == ["B"])
    }

    @Test("the edge lines of the gating tests, alone, together and in pairs, give the same article")
    func edgeLines() {
        var documents = MarkdownExtensionGatingTests.edgeLines
        documents.append(MarkdownExtensionGatingTests.edgeLines.joined(separator: "\n\n"))
        for first in MarkdownExtensionGatingTests.edgeLines {
            for second in MarkdownExtensionGatingTests.edgeLines { documents.append(first + "\n\n" + second) }
        }
        documents += Self.blockEdges
        documents.append(Self.blockEdges.joined(separator: "\n\n"))
        for first in Self.blockEdges {
            for second in Self.blockEdges { documents.append(first + "\n\n" + second) }
        }
        for document in documents {
            let (parted, whole) = Self.bothWays(Array(document.utf8))
            #expect(MarkdownExtensionGatingTests.difference(parted, whole) == nil, "\(document)")
        }
    }

    /// Block structures that run across blank lines or end at them.
    static let blockEdges: [String] = [
        "- tight\n- list\n\nAfter the list.",
        "- loose\n\n- list\n\nAfter.",
        "1. one\n\n   more of one\n\n2. two\n\nText",
        "- item\n\n  ```\n  code in an item\n\n  more\n  ```\n\nText after",
        "> quote\n\nnot quote\n\n> again",
        "    indented code\n\n    more code\n\nText",
        "```\nfence\n\nstill fence\n```\n\nText",
        "~~~ info\nfence\n\n```\nstill\n~~~\n\nText",
        "<div>\nhtml block\n</div>\n\nText *after*.",
        "<div>\n\n*markdown inside*\n\n</div>\n\nText",
        "<figure>\n\n![A ferry](/a.png)\n\n<figcaption>The ferry. Photo: Bo Lind</figcaption>\n\n</figure>\n\nText",
        "<script>\nvar a = 1;\n\nvar b = 2;\n</script>\n\nText",
        "<!--\ncomment\n\nstill\n-->\n\nText",
        "Setext heading\n===\n\n===\n\nText",
        "| a | b |\n|---|---|\n| 1 | 2 |\n\nText | with pipe",
        "Title\n\n***\n\n___\n\nText",
        "Text ~~struck~~ and https://harbour.example/x\n\nwww.harbour.example and desk@harbour.example",
        "<span>inline</span> text\n```\ncode\n\ntext in code\n```\n\nAfter",
    ]

    @Test("every fixture post gives the same article")
    func fixtures() throws {
        for (name, bytes) in try MarkdownExtensionGatingTests.fixturePosts() {
            let (parted, whole) = Self.bothWays(bytes, source: name)
            #expect(MarkdownExtensionGatingTests.difference(parted, whole) == nil, "\(name)")
        }
    }

    @Test("every corpus post, and all of them in one document, give the same article", .enabled(if: !MarkdownCorpusTests.posts.isEmpty))
    func corpus() throws {
        var all: [UInt8] = []
        for path in MarkdownCorpusTests.posts {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            all += bytes + Array("\n\n".utf8)
            let (parted, whole) = Self.bothWays(bytes, source: path)
            #expect(MarkdownExtensionGatingTests.difference(parted, whole) == nil, "\(path)")
        }
        #expect(!all.withUnsafeBufferPointer { MarkdownParts.cuts($0, spacing: 1) }.isEmpty)
        let (parted, whole) = Self.bothWays(all)
        #expect(MarkdownExtensionGatingTests.difference(parted, whole) == nil)
    }

    @Test("generated posts, with and without their footnotes, give the same article")
    func generated() {
        for (size, seed) in [(20_000, UInt64(1)), (60_000, 2), (150_000, 3)] {
            let post = ArticleGenerator.markdownPost(bytes: size, seed: seed)
            // Without the footnotes (definitions keep a post whole) the post is cut.
            let withoutNotes = post.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("[^") }.joined(separator: "\n")
            #expect(!Self.cuts(withoutNotes).isEmpty)
            for document in [post, withoutNotes] {
                let (parted, whole) = Self.bothWays(Array(document.utf8))
                #expect(MarkdownExtensionGatingTests.difference(parted, whole) == nil, "\(size) bytes, seed \(seed)")
            }
        }
    }

    @Test("a long post parted by default on several cores gives the whole parse's article")
    func defaultParts() {
        let post = ArticleGenerator.markdownPost(bytes: 400_000, seed: 4).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("[^") }.joined(separator: "\n")
        let bytes = Array(post.utf8)
        #expect(bytes.count >= MarkdownTree.partedLength)
        var whole = MarkdownParser()
        whole.partSpacing = .max
        #expect(MarkdownExtensionGatingTests.difference(MarkdownParser().parse(bytes: bytes, source: "post.md"), whole.parse(bytes: bytes, source: "post.md")) == nil)
    }
}
