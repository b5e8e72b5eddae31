import ArticleParsing
import Foundation
import Testing

@testable import ArticleHTML

/// The tree built from libxml2's SAX events (``HTMLTreeBuilder/parse(_:)``) is the one
/// libxml2's own tree builder gives (``HTMLTreeBuilder/documentTree(_:)``), node for node:
/// on malformed markup written here, on random tag soup, on the fixture pages and on the
/// corpus pages when present.
struct HTMLTreeBuilderTests {
    /// Each node as one line: tag, parent, text, kept attributes and class/id words.
    static func lines(_ tree: HTMLTree) -> [String] {
        (0..<tree.count).map { index in
            let node = Int32(index)
            let attributes = (tree.attributes[node] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return "\(tree.tags[index]) ^\(tree.parents[index]) [\(tree.text[index])] \(attributes) \(tree.words[node] ?? [])"
        }
    }

    /// The first line where the two trees of `utf8` differ, or `nil`.
    static func difference(_ utf8: [UInt8]) -> String? {
        let built = lines(HTMLTreeBuilder.parse(utf8))
        let reference = lines(HTMLTreeBuilder.documentTree(utf8))
        guard built != reference else { return nil }
        let index = zip(built, reference).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(built.count, reference.count)
        let mine = index < built.count ? built[index] : "(none)"
        let theirs = index < reference.count ? reference[index] : "(none)"
        return "node \(index) of \(built.count)/\(reference.count): built \(mine), libxml2 \(theirs)"
    }

    /// A page's bytes as ``HTMLArticleParser`` hands them to the tree builder.
    static func prepared(_ bytes: [UInt8]) -> [UInt8] {
        let utf8 = Charset.toUTF8(bytes, from: Charset.detect(bytes, contentType: nil))
        return utf8.withUnsafeBufferPointer { TextDecoding.sanitisedUTF8($0, stripByteOrderMark: true) }
    }

    static let malformed: [String] = [
        "<p>plain</p>",
        "just text, no markup",
        "   ",
        "<html lang=\"en\"><body><html class=\"late\" id=\"x\"><p>misplaced html</p></body></html>",
        "<html><head><title>t</title></head><body><head><meta name=\"a\" content=\"b\"></head><p>x</p><body class=\"second\">y</body></html>",
        "<html><body><p>in</p></body></html><p>after the root</p>tail text<!-- c --><div>more</div>",
        "<!DOCTYPE html><html><body><p>in</p></body></html><p>after</p>",
        "<!-- first --><html><body>t</body></html><div class=\"late\">after</div>",
        "<?xml version=\"1.0\"?><html><body><?php echo 1; ?>a<?pi?>b</body></html>",
        "<p>one<!-- between -->two</p>",
        "<p>a<body class=\"misplaced\">b</p>",
        "<div>before<p>para</div>after</p>",
        "<o:p>office</o:p><fb:like href=\"x\">like</fb:like><xml:thing>x</xml:thing><a:>colon</a:><x:y:z>two</x:y:z>",
        "<P CLASS=\"Upper Case\" ID=\"Top\">shouting</P><DIV Role=\"Navigation\">nav</DIV>",
        "<div hidden aria-hidden class=\"a b\" class=\"c\">attributes</div>",
        "<script type=\"application/ld+json\">{\"headline\": \"x\"}</script><script>var a = '</div>';</script>",
        "<script type=\"application/LD+JSON\"><![CDATA[ {\"a\":1} ]]></script>",
        "<style>p { color: red }</style><svg><g><text>drawn</text></g></svg><p>after</p>",
        "<template><p>inert</p></template><iframe><p>framed</p></iframe><noscript><p>no script</p></noscript>",
        "<table><tr><td>a<td>b<tr><td>c</table><ul><li>one<li>two</ul><select><option>x<option>y</select>",
        "<span><p>block in inline</p></span><a href=\"/x\"><div>block in link</div></a>",
        "<p>&amp; &nbsp; &lt;tag&gt; &#8217; &#x201C; &#150; &#0; &#xD800; &bogus; &copy</p>",
        "<p>text &#27;[31m escape</p>",
        "<h1>Title<h2>Sub</h1>text",
        "<![CDATA[ cdata outside ]]><p>x</p>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body> <p> spaced </p> </body></html>",
        "<html> <head> </head> <body> \n <div> \n </div> </body> </html>",
        "text before<html><body>inside</body></html>",
        "<body><p>first</p><!DOCTYPE html><p>second</p></body></html><p>third</p>",
        "<frameset><frame src=\"a\"></frameset><p>x</p>",
        "<div><div><div>" + String(repeating: "<span>", count: 20) + "deep" + "</div>",
        "<p>" + String(repeating: "x", count: 2_500) + "<!---->" + String(repeating: "y", count: 1_500) + "</p>",
    ]

    @Test(arguments: malformed)
    func malformedMarkup(html: String) {
        #expect(Self.difference(Array(html.utf8)) == nil)
    }

    /// The texts of `tree`'s text nodes, in document order.
    static func texts(_ tree: HTMLTree) -> [String] {
        (0..<tree.count).filter { tree.textNodes[$0] }.map { tree.text[$0] }
    }

    /// The number of ancestors of the deepest node of `tree`.
    static func height(_ tree: HTMLTree) -> Int {
        var depth = [Int](repeating: 0, count: tree.count)
        for index in 1..<max(tree.count, 1) { depth[index] = depth[Int(tree.parents[index])] + 1 }
        return depth.max() ?? 0
    }

    @Test("nesting up to libxml2's depth limit gives libxml2's tree; deeper elements are kept, attached at the limit")
    func deepNesting() {
        for depth in [250, 255, 256, 257, 258, 300, 5_000] {
            let html = "<html><body>" + String(repeating: "<div>", count: depth) + "deep<p>one</p><p>two</p>"
                + String(repeating: "</div>", count: depth) + "<p>after</p></body></html>"
            let utf8 = Array(html.utf8)
            let built = HTMLTreeBuilder.parse(utf8)
            let reference = HTMLTreeBuilder.documentTree(utf8)
            if depth <= 254 {
                #expect(Self.difference(utf8) == nil, "depth \(depth)")
            } else {
                // libxml2 stops at the limit (losing the rest); up to there the trees agree.
                #expect(reference.count < built.count, "depth \(depth)")
                #expect(Array(Self.lines(built).prefix(reference.count)) == Self.lines(reference), "depth \(depth)")
            }
            // Every text libxml2 reads without the limit, in order; the paragraphs stay apart.
            #expect(Self.texts(built) == Self.texts(HTMLTreeBuilder.documentTree(utf8, huge: true)), "depth \(depth)")
            #expect(Self.texts(built) == ["deep", "one", "two", "after"], "depth \(depth)")
            #expect(built.all("p").count == 3, "depth \(depth)")
            #expect(Self.height(built) <= HTMLTreeBuilder.maximumDepth + 3, "depth \(depth)")
        }
    }

    @Test("a text node past libxml2's length limit is kept whole, as libxml2 keeps it with HTML_PARSE_HUGE")
    func hugeText() {
        for (prefix, suffix) in [("<p>", "</p><p>after</p>"), ("<script type=\"application/ld+json\">", "</script><p>after</p>"), ("<script>", "</script><p>after</p>")] {
            for length in [9_999_000, 10_000_000, 10_001_500] {
                let utf8 = Array((prefix + String(repeating: "a", count: length) + suffix).utf8)
                let built = HTMLTreeBuilder.parse(utf8)
                #expect(Self.lines(built) == Self.lines(HTMLTreeBuilder.documentTree(utf8, huge: true)), "\(prefix) \(length)")
                #expect(Self.texts(built).last == "after", "\(prefix) \(length)")
                if prefix == "<p>" { #expect(Self.texts(built).first?.utf8.count == length) }
            }
        }
    }

    @Test("random tag soup")
    func tagSoup() {
        let pieces = [
            "<p>", "</p>", "<div class=\"story body\">", "</div>", "<span>", "</span>", "<html>", "</html>", "<body>",
            "</body>", "<head>", "</head>", "<title>", "<table>", "<tr>", "<td>", "</table>", "<li>", "<ul>", "</ul>",
            "<!-- c -->", "<?pi x?>", "<!DOCTYPE html>", "<script>", "</script>", "<style>", "</style>", "<o:p>", "</o:p>",
            "<a href=\"/x\">", "</a>", "<br>", "<img src=\"x\">", "<h2>", "</h2>", "<b>", "</b>", "<select>", "<option>",
            "<noscript>", "<svg>", "</svg>", "<form>", "</form>", "word ", " ", "\n", "&amp;", "&nbsp;", "x&y", "<", ">",
            "</", "<![CDATA[x]]>", "<frameset>", "<pre>", "</pre>", "<textarea>", "</textarea>", "<dd>", "<dt>",
        ]
        var seed: UInt64 = 0x2545F4914F6CDD1D
        func next() -> Int {
            seed ^= seed << 13
            seed ^= seed >> 7
            seed ^= seed << 17
            return Int(seed % UInt64(pieces.count))
        }
        for round in 0..<400 {
            let html = (0..<(10 + round % 60)).map { _ in pieces[next()] }.joined()
            let difference = Self.difference(Array(html.utf8))
            #expect(difference == nil, "\(html)")
            if difference != nil { break }
        }
    }

    @Test("fixture pages")
    func fixturePages() throws {
        let names = HTMLFixtures.names
        #expect(!names.isEmpty)
        for name in names {
            let url = try #require(HTMLFixtures.directory?.appendingPathComponent("\(name).html"))
            let bytes = try [UInt8](Data(contentsOf: url))
            #expect(Self.difference(Self.prepared(bytes)) == nil, "\(name)")
        }
    }

    @Test("corpus pages", .enabled(if: TrafilaturaCorpus.isAvailable, "needs ../shared/dev-corpus/html-trafilatura"))
    func corpusPages() throws {
        let directory = try #require(TrafilaturaCorpus.directory)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".html") }.sorted()
        #expect(files.count > 100)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(file)))
            #expect(Self.difference(Self.prepared(bytes)) == nil, "\(file)")
        }
    }
}
