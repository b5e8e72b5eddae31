import ArticleModel
import ArticleParsing
import Testing

@testable import ArticleHTML

/// Pages with the flaws a new user met with saved pages (written here: fictional places and
/// people, realistic markup): content after a stray `</html>`, nesting past libxml2's depth
/// limit, a text node past its length limit, bylines split over elements, CDATA sections,
/// headlines the `<title>` gets wrong, and short CJK paragraphs.
struct HTMLPageFlawTests {
    func read(_ html: String) -> (article: Article, verdict: ArticleVerdict) {
        HTMLArticleParser().read(bytes: Array(html.utf8), source: "page.html")
    }

    /// The article's paragraphs (blocks but the headline).
    func paragraphs(_ article: Article) -> [String] {
        article.blocks.filter { $0.kind != .headline }.map(\.text)
    }

    static let lead = """
        <p>The harbour board of Kellsmouth voted on Thursday to rebuild the north quay, which storms damaged twice last winter.</p>
        <p>Work is due to start in March and last two years, the board's chair, Orla Pennick, told a packed public meeting.</p>
        """

    @Test("paragraphs after a stray </body> or </html> are kept, in order, after the others")
    func contentAfterTheEnd() {
        let late = """
            <p>The quay will stay open to fishing boats during the work, with a temporary pontoon on the east side.</p>
            <p>Residents may see the plans at the library until the end of the month.</p>
            """
        let pages = [
            "<html><head><title>Quay to be rebuilt</title></head><body><article><h1>Quay to be rebuilt</h1>\(Self.lead)</article></body></html>\(late)",
            "<html><body><article><h1>Quay to be rebuilt</h1>\(Self.lead)</article></body>\(late)</html>",
            "<!DOCTYPE html><html><body><div class=\"story\"><h1>Quay to be rebuilt</h1>\(Self.lead)</div></body></html>\n<div class=\"story\">\(late)</div></body></html>",
            "<!-- saved page --><html><body><h1>Quay to be rebuilt</h1>\(Self.lead)</body></html>\(late)",
        ]
        for page in pages {
            let (article, verdict) = read(page)
            #expect(verdict == .article, "\(page.prefix(60))")
            let text = paragraphs(article)
            #expect(text.count == 4, "\(page)")
            #expect(text.last == "Residents may see the plans at the library until the end of the month.")
            #expect(text.first?.hasPrefix("The harbour board of Kellsmouth") == true)
        }
    }

    @Test("the tree: content after </html> goes under the first body; a second html or body becomes a plain div")
    func lateContentInTheTree() {
        var tree = HTMLTreeBuilder.parse(Array("<html><body><p>in</p></body></html><p>after</p><body class=\"x\"><p>more</p></body>".utf8))
        tree.movingLateContentIntoBody()
        let body = tree.first("body")
        #expect(body != nil)
        #expect(tree.all("body").count == 1)
        #expect(tree.all("html").count == 1)
        for paragraph in tree.all("p") {
            #expect(body.map { tree.contains($0, paragraph) } == true)
        }
        #expect(tree.textContent(of: body ?? 0) == "inaftermore")
        // The late paragraphs are the body's children (the wrappers libxml2 opened are dissolved).
        #expect(tree.all("p").allSatisfy { tree.parents[Int($0)] == body })
        // A page without late content keeps its tree.
        var plain = HTMLTreeBuilder.parse(Array("<html><head><title>t</title></head><body><p>in</p></body></html>".utf8))
        let before = HTMLTreeBuilderTests.lines(plain)
        plain.movingLateContentIntoBody()
        #expect(HTMLTreeBuilderTests.lines(plain) == before)
    }

    @Test("an article nested deeper than libxml2's limit is read whole, paragraphs apart")
    func deepArticle() {
        for depth in [200, 256, 300, 5_000] {
            let open = String(repeating: "<div class=\"wrap\">", count: depth)
            let close = String(repeating: "</div>", count: depth)
            let page = "<html><body><h1>Quay to be rebuilt</h1>\(open)\(Self.lead)<p>The board will meet again in May to choose a builder.</p>\(close)</body></html>"
            let (article, verdict) = read(page)
            #expect(verdict == .article, "depth \(depth)")
            #expect(paragraphs(article).count == 3, "depth \(depth)")
            #expect(paragraphs(article).last == "The board will meet again in May to choose a builder.", "depth \(depth)")
            // Left unclosed, too.
            let (unclosed, unclosedVerdict) = read("<html><body><h1>Quay to be rebuilt</h1>\(open)\(Self.lead)")
            #expect(unclosedVerdict == .article, "unclosed depth \(depth)")
            #expect(paragraphs(unclosed).count == 2, "unclosed depth \(depth)")
        }
    }

    @Test("a paragraph over libxml2's 10 MB text limit is kept whole, and what follows it too")
    func hugeParagraph() {
        let words = String(repeating: "tide ", count: 2_200_000)
        let page = "<html><body><h1>Tide tables</h1><p>\(words)</p><p>The harbour master thanked the volunteers who kept the records.</p></body></html>"
        let (article, _) = read(page)
        let text = paragraphs(article)
        #expect(text.count == 2)
        #expect(text.first?.utf8.count == words.utf8.count - 1)
        #expect(text.last == "The harbour master thanked the volunteers who kept the records.")
    }

    @Test("a byline word in its own element and the names in a link after it: the byline is the names", arguments: [
        ("<div class=\"article-meta\"><span class=\"author-by\">By</span> <a class=\"author-name\" href=\"/staff/orla-pennick\">Orla Pennick</a></div>", "Orla Pennick"),
        ("<p class=\"meta\"><span>By</span> <a href=\"/staff/a\">Orla Pennick</a> and <a href=\"/staff/b\">Tam Ogilvie</a></p>", "Orla Pennick and Tam Ogilvie"),
        ("<div class=\"byline\"><span class=\"byline__by\">Von</span> <a class=\"byline__author\" href=\"/autoren/lena-brandt\">Lena Brandt</a></div>", "Lena Brandt"),
        ("<div class=\"auteur\"><span class=\"author-prefix\">Par</span> <a rel=\"nofollow\" href=\"/auteurs/lucie-marchand\">Lucie Marchand</a></div>", "Lucie Marchand"),
        ("<div class=\"post-author-name\"><div class=\"post-author-by\">Von</div> <a href=\"/author/patrick/\">Patrick Vale</a><div class=\"post-author-line\"> - </div></div>", "Patrick Vale"),
        ("<div class=\"post-author-name\"><div class=\"post-author-by\">Por</div> <a href=\"/author/wp/\">Wilma Pardo @wpardo</a><div class=\"post-author-line\"> -</div></div>", "Wilma Pardo"),
        ("<div><span class=\"by\">Por</span> <a class=\"author\" href=\"/autores/ines-varela\">Inés Varela</a> | 12 de marzo</div>", "Inés Varela"),
    ])
    func bylineWordApart(meta: String, names: String) {
        let page = "<html><body><article><h1>Quay to be rebuilt</h1>\(meta)\(Self.lead)</article></body></html>"
        let article = read(page).article
        #expect(article.metadata.byline == names)
        #expect(!(article.metadata.authors.contains { ["By", "Von", "Par", "Por"].contains($0) }))
        #expect(paragraphs(article).first?.hasPrefix("The harbour board") == true)
    }

    @Test("a byline in another language at the top of the body goes to the metadata")
    func foreignBylineLine() {
        let page = "<html><body><article><h1>Kai wird erneuert</h1><p>Von Lena Brandt</p>\(Self.lead)</article></body></html>"
        let article = read(page).article
        #expect(article.metadata.byline == "Lena Brandt")
        #expect(!paragraphs(article).contains("Von Lena Brandt"))
    }

    @Test("a CDATA section in the body is not shown (HTML5 reads it as a comment); in JSON-LD it is unwrapped")
    func cdataSections() {
        let page = """
            <html><head><script type="application/ld+json">//<![CDATA[
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Quay to be rebuilt", "author": {"@type": "Person", "name": "Orla Pennick"}}
            //]]></script></head><body><article><h1>Quay to be rebuilt</h1>
            <p>The harbour board of Kellsmouth voted on Thursday<![CDATA[ internal note ]]> to rebuild the north quay, which storms damaged twice last winter.</p>
            <p>Work is due to start in March and last two years, the board's chair told a packed public meeting.</p>
            <script>var note = "<![CDATA[ kept in the script ]]>";</script>
            </article></body></html>
            """
        let article = read(page).article
        #expect(paragraphs(article).first == "The harbour board of Kellsmouth voted on Thursday to rebuild the north quay, which storms damaged twice last winter.")
        #expect(!paragraphs(article).joined().contains("CDATA"))
        #expect(article.metadata.authors == ["Orla Pennick"])
        #expect(CDATASections.rewritten(Array("<p>a</p>".utf8)) == nil)
        let rewritten = CDATASections.rewritten(Array("<p>a<![CDATA[b]]>c</p><style>x<![CDATA[y]]></style><![CDATA[open".utf8)).map { String(decoding: $0, as: UTF8.self) }
        #expect(rewritten == "<p>a<!--DATA[b-->c</p><style>x<![CDATA[y]]></style><!--DATA[open")
    }

    @Test("a CJK page: the h1 that the <title> shortens or rewords is the headline")
    func cjkHeadline() {
        let story = """
            <p>北桥市议会周二晚间以九票对四票通过决议，决定明年春季重新开通停运多年的旧渡轮航线。</p>
            <p>市长林秀华在会后表示，渡轮将连接北岸与老城区，预计每天往返十二班。</p>
            <p>居民对此表示欢迎，不少人说他们已经等待这一天很久了。</p>
            """
        for title in ["渡轮航线将重开_北桥日报", "北桥重开渡轮航线｜北桥日报", "旧渡轮航线明春重开"] {
            let page = "<html><head><title>\(title)</title></head><body><h1>北桥市议会投票决定明年春季重开旧渡轮航线</h1>\(story)</body></html>"
            #expect(read(page).article.headline == "北桥市议会投票决定明年春季重开旧渡轮航线", "\(title)")
        }
        // A title that agrees with nothing keeps winning, without the site's name.
        let other = "<html><head><title>港口新闻速递_北桥日报</title></head><body><h1>北桥市议会投票决定明年春季重开旧渡轮航线</h1>\(story)</body></html>"
        #expect(read(other).article.headline == "港口新闻速递")
    }

    @Test("a <title> that is only the site's name gives way to the h1")
    func siteNameTitle() {
        let pages = [
            "<html><head><title>Kellsmouth Gazette</title></head><body><header><a class=\"site-logo\" href=\"/\">Kellsmouth Gazette</a></header><article><h1>Quay to be rebuilt after winter storms</h1>\(Self.lead)</article></body></html>",
            "<html><head><title>Kellsmouth Gazette</title><meta property=\"og:site_name\" content=\"Kellsmouth Gazette\"></head><body><article><h1>Quay to be rebuilt after winter storms</h1>\(Self.lead)</article></body></html>",
        ]
        for page in pages {
            #expect(read(page).article.headline == "Quay to be rebuilt after winter storms")
        }
        let fetched = HTMLArticleParser().read(
            bytes: Array("<html><head><title>Kellsmouth Gazette</title></head><body><article><h1>Quay to be rebuilt after winter storms</h1>\(Self.lead)</article></body></html>".utf8),
            source: nil, url: "https://www.kellsmouth-gazette.example/news/quay")
        #expect(fetched.article.headline == "Quay to be rebuilt after winter storms")
        // A title naming the story still wins over an h1 that is the site's logo.
        let logo = "<html><head><title>Quay to be rebuilt | Kellsmouth Gazette</title></head><body><h1><a href=\"/\">Kellsmouth Gazette</a></h1><article>\(Self.lead)</article></body></html>"
        #expect(read(logo).article.headline == "Quay to be rebuilt")
    }

    @Test("short CJK paragraphs count by their characters: none is dropped")
    func shortCJKParagraphs() {
        let page = """
            <html><head><title>渡轮航线将重开</title></head><body><div class="page"><div class="story">
            <h1>渡轮航线将重开</h1>
            <p>北桥市议会周二晚间以九票对四票通过决议，决定明年春季重新开通停运多年的旧渡轮航线，连接北岸与老城区。</p>
            <p>市长林秀华在会后表示，渡轮预计每天往返十二班，票价与公交车相同，老人和学生可以免费乘坐。</p>
            </div><p>居民表示欢迎。</p><p>工程下月开始。</p></div></body></html>
            """
        let text = paragraphs(read(page).article)
        #expect(text.count == 4)
        #expect(text.suffix(2) == ["居民表示欢迎。", "工程下月开始。"])
        #expect(ContentExtractor.measure("渡轮").0 == 6)
        #expect(ContentExtractor.measure("ferry 한국").0 == 12)
    }
}
