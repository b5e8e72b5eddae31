import ArticleModel
import Foundation
import ReaderTestSupport
import Testing
@testable import ReaderUI

/// Links in the reader: `[n]` markers drawn by the layout, the list at the end, the link
/// list panel, following a link (an effect the loop carries out), going back with the place
/// kept, copying a URL.
@Suite("links: markers, list, follow, back, copy")
struct LinkTests {
    /// A fictional page: a headline, a long paragraph with two links (one to the same target
    /// twice), padding paragraphs, and a link whose range takes the following space.
    static func page(paragraphs: Int = 30) -> Article {
        let linked = "The harbour trust published a survey of the pier and a map of the works, and the survey was cited again."
        var blocks = [Block(kind: .headline, text: "Pier Works Begin at Brindle")]
        blocks.append(Block(kind: .paragraph, text: linked))
        for n in 1...paragraphs {
            blocks.append(Block(kind: .paragraph, text: "Paragraph \(n): the crews replaced the decking and the railings along the northern edge."))
        }
        blocks.append(Block(kind: .paragraph, text: "Tickets are sold at the harbour shop on weekdays."))
        let scalars = Array(linked.unicodeScalars)
        func range(of words: String, from: Int = 0) -> TextRange {
            let target = Array(words.unicodeScalars)
            var start = from
            while start + target.count <= scalars.count, Array(scalars[start..<(start + target.count)]) != target { start += 1 }
            return TextRange(block: 1, start: start, end: start + target.count)
        }
        let survey = range(of: "a survey of the pier")
        let map = range(of: "a map")
        let again = range(of: "the survey", from: survey.end)
        let shopBlock = blocks.count - 1
        let shopText = Array(blocks[shopBlock].text.unicodeScalars)
        let shopStart = 24  // "harbour shop " with the space after it
        #expect(String(String.UnicodeScalarView(shopText[shopStart..<(shopStart + 13)])) == "harbour shop ")
        return Article(
            metadata: ArticleMetadata(headline: "Pier Works Begin at Brindle", url: "http://127.0.0.1:1/a"),
            blocks: blocks,
            links: [
                Link(range: survey, url: "http://127.0.0.1:1/survey"),
                Link(range: map, url: "https://maps.example.org/brindle"),
                Link(range: again, url: "http://127.0.0.1:1/survey"),
                Link(range: TextRange(block: shopBlock, start: shopStart, end: shopStart + 13), url: "http://127.0.0.1:1/shop"),
            ])
    }

    static func linkedPage(title: String) -> Article {
        Article(
            metadata: ArticleMetadata(headline: title),
            blocks: [Block(kind: .headline, text: title), Block(kind: .paragraph, text: "A short page about the survey.")])
    }

    @Test("one number per target, in order of first appearance")
    func numbering() {
        let links = LinkReferences(article: Self.page())
        #expect(links.urls == ["http://127.0.0.1:1/survey", "https://maps.example.org/brindle", "http://127.0.0.1:1/shop"])
        #expect(links.numbers == [1, 2, 1, 3])
        #expect(links.markers[1]?.map(\.text) == ["[1]", "[2]", "[1]"])
    }

    @Test("markers follow the linked words in the laid-out text, before any space the link took")
    func markersInText() {
        let layout = ArticleLayout(article: Self.page(), width: 200)
        let text = layout.plainLines.joined(separator: "\n")
        #expect(text.contains("a survey of the pier[1] and a map[2] of the works, and the survey[1] was cited again."))
        #expect(text.contains("at the harbour shop[3] on weekdays."))
    }

    @Test("the article ends with the list of targets; lines keep the block's own offsets")
    func listAndOffsets() {
        let article = Self.page()
        let layout = ArticleLayout(article: article, width: 40)
        let lines = layout.plainLines
        let title = lines.lastIndex(of: "Links")
        #expect(title != nil)
        #expect(Array(lines.suffix(3)) == ["[1] http://127.0.0.1:1/survey", "[2] https://maps.example.org/brindle", "[3] http://127.0.0.1:1/shop"])
        #expect(layout.linkEntryLines.map { lines[$0].prefix(3) } == ["[1]", "[2]", "[3]"])
        // The linked paragraph's lines tile its text: start/end are offsets of the block's own
        // text (markers are not in it), from 0 to its length.
        let blockLines = layout.lines.filter { $0.block == 1 }
        #expect(blockLines.first?.start == 0)
        #expect(blockLines.last?.end == article.blocks[1].scalarCount)
        for (a, b) in zip(blockLines, blockLines.dropFirst()) { #expect(a.end <= b.start) }
        #expect(lines.allSatisfy { $0.count <= 40 })
        // The streaming layout (--dump) makes the same lines.
        var streamed: [String] = []
        ArticleLayout.forEachLine(of: article, width: 40) { streamed.append($0.plainText) }
        #expect(streamed == lines)
    }

    @Test("an article without links has no markers and no list")
    func noLinks() {
        let layout = ArticleLayout(article: TestArticles.short, width: 60)
        #expect(!layout.plainLines.contains("Links"))
        #expect(layout.linkEntryLines.isEmpty)
    }

    @Test("markers are painted dim, highlights on the words around them stay in place")
    func painting() {
        let article = Self.page()
        let block = article.blocks[1].text
        let markers = LinkReferences(article: article).markers[1] ?? []
        let shown = "a survey of the pier[1] and a map[2] of"
        let start = block.distance(from: block.startIndex, to: block.range(of: "a survey")!.lowerBound)
        let of = block.distance(from: block.startIndex, to: block.range(of: "of the pier")!.lowerBound)
        let spans = HighlightPainter.spans(
            text: shown, base: .body, source: block, start: start, utf8Start: start,
            highlights: [.init(range: of..<(of + 11), role: .searchMatch)], markers: markers)
        #expect(spans == [
            Span("a survey ", .body), Span("of the pier", .searchMatch), Span("[1]", .dim),
            Span(" and a map", .body), Span("[2]", .dim), Span(" of", .body),
        ])
    }

    @Test("l shows the link list with the focus on the first link on screen; l again hides it")
    func linkListKey() {
        var state = ReaderState(article: Self.page(), rows: 20, columns: 120)
        _ = state.handle(.key(.character("l")))
        #expect(state.focus == .panel(.links))
        #expect(state.isShown(.links))
        #expect(state.cursor(of: .links) == 0)
        _ = state.handle(.key(.character("l")))
        #expect(state.focus == .article)
        #expect(!state.isShown(.links))
        var plain = ReaderState(article: TestArticles.short, rows: 20, columns: 120)
        _ = plain.handle(.key(.character("l")))
        #expect(plain.statusMessage == "no links in this article")
    }

    @Test("Enter in the link list asks the loop to open that page; nothing else fetches")
    func follow() {
        var state = ReaderState(article: Self.page(), rows: 20, columns: 120)
        #expect(state.handle(.key(.enter)).isEmpty)
        _ = state.handle(.key(.character("l")))
        _ = state.handle(.key(.character("j")))
        #expect(state.handle(.key(.enter)) == [.openPage(PageRequest(url: "https://maps.example.org/brindle", number: 2))])
        #expect(state.statusMessage?.hasPrefix("opening [2] https://maps.example.org/brindle") == true)
    }

    @Test("only http and https links are followed")
    func schemes() {
        #expect(ReaderState.isFollowable("http://example.org/a"))
        #expect(ReaderState.isFollowable("HTTPS://example.org/a"))
        #expect(!ReaderState.isFollowable("https://"))
        #expect(!ReaderState.isFollowable("file:///etc/passwd"))
        #expect(!ReaderState.isFollowable("javascript:alert(1)"))
        #expect(!ReaderState.isFollowable("mailto:desk@example.org"))
        var article = Self.page()
        article.links = [Link(range: TextRange(block: 1, start: 0, end: 3), url: "ftp://example.org/file")]
        var state = ReaderState(article: article, rows: 20, columns: 120)
        _ = state.handle(.key(.character("l")))
        #expect(state.handle(.key(.enter)).isEmpty)
        #expect(state.statusMessage == "[1] is not an http or https link")
    }

    @Test("an opened page replaces the article; B goes back to the same place, panel and marks")
    func backKeepsThePlace() {
        var state = ReaderState(article: Self.page(), rows: 20, columns: 120)
        _ = state.handle(.key(.character("1")))
        _ = state.handle(.key(.character("2")))
        _ = state.handle(.key(.character("j")))
        _ = state.handle(.key(.character("m")))
        _ = state.handle(.key(.character("a")))
        let place = state.anchor
        let top = state.topLine
        #expect(top == 12)
        _ = state.handle(.key(.character("l")))
        #expect(state.update(.pageOpened(OpenedPage(article: Self.linkedPage(title: "The Survey")))) == [.repaintAll])
        #expect(state.article.metadata.headline == "The Survey")
        #expect(state.topLine == 0)
        #expect(state.focus == .article)
        #expect(state.marks.isEmpty)
        #expect(state.backPages.count == 1)
        #expect(state.statusMessage == "The Survey (B: back)")
        #expect(state.firstPage.anchor == place)
        // A resize while on the second page: going back reflows the first at the new size.
        _ = state.update(.resize(rows: 24, columns: 100))
        #expect(state.handle(.key(.character("B"))) == [.repaintAll])
        #expect(state.article.metadata.headline == "Pier Works Begin at Brindle")
        #expect(state.anchor == place)
        #expect(state.columns == 100)
        #expect(state.marks["a"] == place)
        #expect(state.focus == .panel(.links))
        #expect(state.backPages.isEmpty)
        #expect(state.statusMessage == "back to Pier Works Begin at Brindle")
        #expect(state.handle(.key(.character("B"))).isEmpty)
        #expect(state.statusMessage == "no page to go back to")
    }

    @Test("settings carry over to the opened page and back")
    func settingsCarryOver() {
        var state = ReaderState(article: Self.page(), rows: 20, columns: 120, width: 60)
        state.setThemes([.standard, .standard], current: 1)
        _ = state.handle(.key(.character("+")))
        #expect(state.measure == 64)
        _ = state.update(.pageOpened(OpenedPage(article: Self.linkedPage(title: "The Survey"))))
        #expect(state.measure == 64)
        #expect(state.themeIndex == 1)
        #expect(state.wordsFromBlock == [8, 6, 0])
        _ = state.handle(.key(.character("=")))
        #expect(state.measure == 60)
    }

    @Test("a failed page leaves the article as it was, with the reason on the status line")
    func failure() {
        var state = ReaderState(article: Self.page(), rows: 20, columns: 120)
        _ = state.update(.pageFailed("http://127.0.0.1:1/survey: connection refused"))
        #expect(state.statusMessage == "http://127.0.0.1:1/survey: connection refused")
        #expect(state.backPages.isEmpty)
        #expect(state.article.metadata.headline == "Pier Works Begin at Brindle")
    }

    @Test("Y copies the link under the cursor, else the first on screen; says so when none")
    func copy() {
        var state = ReaderState(article: Self.page(), rows: 20, columns: 120)
        #expect(state.handle(.key(.character("Y"))) == [.copyToClipboard(ClipboardCopy(text: "http://127.0.0.1:1/survey", summary: "link [1]"))])
        _ = state.handle(.key(.character("l")))
        _ = state.handle(.key(.character("G")))
        #expect(state.handle(.key(.character("Y"))) == [.copyToClipboard(ClipboardCopy(text: "http://127.0.0.1:1/shop", summary: "link [3]"))])
        _ = state.handle(.key(.escape))
        _ = state.handle(.key(.character("1")))
        _ = state.handle(.key(.character("5")))
        _ = state.handle(.key(.character("j")))
        #expect(state.handle(.key(.character("Y"))).isEmpty)
        #expect(state.statusMessage == "no link on screen (l lists them)")
        var plain = ReaderState(article: TestArticles.short, rows: 20, columns: 120)
        #expect(plain.handle(.key(.character("Y"))).isEmpty)
        #expect(plain.statusMessage == "no links in this article")
    }

    @Test("through the loop: the opener gets the URL, the page opens, B comes back")
    func loop() {
        let script: [InputEvent] = [
            .key(.character("l")), .key(.enter), .key(.character("j")), .key(.character("B")), .key(.character("q")),
        ]
        let terminal = TestTerminal(rows: 20, columns: 120, script: script)
        let asked = Locked<[String]>([])
        let final = ReaderLoop.run(
            state: ReaderState(article: Self.page(), rows: 20, columns: 120), backend: terminal,
            openPage: { request in
                asked.mutate { $0.append(request.url) }
                return .pageOpened(OpenedPage(article: Self.linkedPage(title: "The Survey")))
            })
        #expect(asked.value == ["http://127.0.0.1:1/survey"])
        #expect(final.article.metadata.headline == "Pier Works Begin at Brindle")
        #expect(terminal.frames.contains { $0.trimmedText.contains("The Survey (B: back)") })
        // Without an opener the reader says links cannot be followed.
        let alone = TestTerminal(rows: 20, columns: 120, script: [.key(.character("l")), .key(.enter), .key(.character("q"))])
        ReaderLoop.run(state: ReaderState(article: Self.page(), rows: 20, columns: 120), backend: alone)
        #expect(alone.frames.contains { $0.trimmedText.contains("links cannot be followed here") })
    }

    @Test("Esc while a page loads gives up on it; the article stays")
    func cancel() {
        let terminal = TestTerminal(
            rows: 20, columns: 120,
            script: [.key(.character("l")), .key(.enter), .key(.escape), .key(.character("q"))], deliversAtOnce: true)
        let final = ReaderLoop.run(
            state: ReaderState(article: Self.page(), rows: 20, columns: 120), backend: terminal,
            openPage: { _ in
                Thread.sleep(forTimeInterval: 0.5)
                return .pageOpened(OpenedPage(article: Self.linkedPage(title: "Too Late")))
            })
        #expect(final.article.metadata.headline == "Pier Works Begin at Brindle")
        #expect(terminal.frames.contains { $0.trimmedText.contains("not opened: cancelled") })
    }
}

/// A value shared with a `@Sendable` closure in tests.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func mutate(_ change: (inout Value) -> Void) { lock.lock(); change(&stored); lock.unlock() }
}
