import ArticleHTML
import ArticleModel
import Testing

/// Captions and their credits on small pages written for them.
struct HTMLCaptionRuleTests {
    static let prose = HTMLContainerRuleTests.prose("rowing")

    static func page(figure: String) -> String {
        """
        <html><head><title>Rowing club report</title></head><body><article>
        <h1>Rowing club report</h1>
        \(figure)
        \(prose.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></body></html>
        """
    }

    static func caption(_ html: String) -> Block? {
        HTMLArticleParser().parse(bytes: Array(html.utf8), source: "caption.html").blocks.first { $0.kind == .caption }
    }

    @Test("a marked credit loses stacked labels, 'via' included: the supplier is the credit", arguments: [
        ("Photo: Photo via Lindqvist Rowing Club", "Lindqvist Rowing Club"),
        ("Photo via Lindqvist Rowing Club", "Lindqvist Rowing Club"),
        ("Image: Credit: Oda Brennhaug", "Oda Brennhaug"),
        ("Photo: Oda Brennhaug", "Oda Brennhaug"),
        ("Oda Brennhaug via Lindqvist Rowing Club", "Oda Brennhaug via Lindqvist Rowing Club"),
    ])
    func stackedCreditLabels(written: String, credit: String) throws {
        let html = Self.page(figure: """
            <figure><img src="/boat.jpg" alt=""><figcaption>The club's new boat on the lake at dawn. \
            <span class="credit">\(written)</span></figcaption></figure>
            """)
        let block = try #require(Self.caption(html))
        #expect(block.text == "The club's new boat on the lake at dawn.")
        #expect(block.credit == credit)
    }

    @Test("an unmarked credit after its label loses a 'via' label too")
    func unmarkedViaCredit() throws {
        let html = Self.page(figure: """
            <figure><img src="/boat.jpg" alt=""><figcaption>The club's new boat on the lake at dawn.             Photo: Photo via Lindqvist Rowing Club</figcaption></figure>
            """)
        let block = try #require(Self.caption(html))
        #expect(block.text == "The club's new boat on the lake at dawn.")
        #expect(block.credit == "Lindqvist Rowing Club")
    }
}

/// A video player's caption box: its buttons are not caption text, and its caption, when the
/// page repeats it as the story's first paragraph, is shown once.
struct HTMLPlayerCaptionTests {
    @Test("a player's buttons leave no caption; a caption repeating the first paragraph is shown once, as the paragraph")
    func playerCaption() {
        let prose = HTMLContainerRuleTests.prose("ferry")
        let lead = "The county has agreed to talk only with one developer about a new marina at the reservoir."
        let html = """
            <html><head><title>Marina talks</title></head><body><article>
            <h1>Marina talks</h1>
            <div class="video-wrap"><div class="player"><iframe src="about:blank" title="video"></iframe></div>
            <div class="image-caption player-caption"><a class="button embed-btn" href="#">EMBED &lt;&gt;</a>\
            <a class="button" href="/watch/">More Videos</a><p>\(lead)</p></div></div>
            <p>\(lead)</p>
            \(prose.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </article></body></html>
            """
        let blocks = HTMLArticleParser().parse(bytes: Array(html.utf8), source: "player.html").blocks
        #expect(!blocks.contains { $0.text.contains("EMBED") || $0.text.contains("More Videos") })
        #expect(blocks.filter { $0.text == lead }.map(\.kind) == [.paragraph])
        for paragraph in prose { #expect(blocks.contains { $0.text == paragraph }) }
    }
}

/// Button class words mark a control only when the element reads like one: short text,
/// not inside running text. Links styled as buttons inside sentences and whole paragraphs
/// classed as buttons are article text.
struct HTMLButtonClassTests {
    static func blocks(_ body: String) -> [Block] {
        let prose = HTMLContainerRuleTests.prose("harbour")
        let html = """
            <html><head><title>Harbour works</title></head><body><article>
            <h1>Harbour works</h1>
            \(prose.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            \(body)
            </article></body></html>
            """
        return HTMLArticleParser().parse(bytes: Array(html.utf8), source: "button.html").blocks
    }

    @Test("a link or span classed as a button inside a sentence keeps its text", arguments: [
        "<a class=\"btn\" href=\"https://x.example/report\">its repair plan</a>",
        "<a class=\"button-link\" href=\"https://x.example/report\">its repair plan</a>",
        "<span class=\"button\">its repair plan</span>",
    ])
    func inlineButtonKept(element: String) {
        let blocks = Self.blocks("<p>The harbour office published \(element) on Friday.</p>")
        #expect(blocks.contains { $0.text == "The harbour office published its repair plan on Friday." })
    }

    @Test("a whole paragraph or box classed as a button is kept", arguments: [
        "<p class=\"btn-primary\">%@</p>",
        "<div class=\"button\">%@</div>",
        "<section class=\"btn\"><p>%@</p></section>",
    ])
    func blockButtonKept(template: String) {
        let sentence = "Fishing boats will moor at the east quay until the repairs end, the harbour master said."
        let blocks = Self.blocks(template.replacingOccurrences(of: "%@", with: sentence))
        #expect(blocks.contains { $0.text == sentence })
    }

    @Test("short button links standing alone are dropped")
    func controlsDropped() {
        let blocks = Self.blocks("<div class=\"tools\"><a class=\"btn\" href=\"#\">Download PDF</a> <a class=\"button\" href=\"#\">Listen</a></div>")
        #expect(!blocks.contains { $0.text.contains("Download PDF") || $0.text.contains("Listen") })
    }
}

/// A caption that repeats the paragraph beside it keeps its credit.
struct HTMLRepeatedCaptionCreditTests {
    @Test("a caption repeating the paragraph beside it leaves its text to the paragraph and keeps its credit")
    func repeatedCaptionKeepsCredit() throws {
        let line = "Divers checked the harbour wall every morning."
        let html = HTMLCaptionRuleTests.page(figure: """
            <p>\(line)</p>
            <figure><img src="/wall.jpg" alt=""><figcaption>\(line) <span class="credit">Photo: Oda Brennhaug/Kessel Wire</span></figcaption></figure>
            """)
        let blocks = HTMLArticleParser().parse(bytes: Array(html.utf8), source: "repeat.html").blocks
        #expect(blocks.filter { $0.text == line }.map(\.kind) == [.paragraph])
        let caption = try #require(blocks.first { $0.kind == .caption })
        #expect(caption.text == "")
        #expect(caption.credit == "Oda Brennhaug/Kessel Wire")
    }
}
