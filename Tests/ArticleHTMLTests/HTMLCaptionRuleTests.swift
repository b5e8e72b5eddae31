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
