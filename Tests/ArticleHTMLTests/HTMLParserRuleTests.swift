import ArticleModel
import ArticleParsing
import Testing

@testable import ArticleHTML

/// Single rules of the HTML parser on small pages written here.
struct HTMLParserRuleTests {
    func parse(_ html: String, contentType: String? = nil, url: String? = nil) -> Article {
        HTMLArticleParser().parse(bytes: Array(html.utf8), source: "test.html", contentType: contentType, url: url)
    }

    static let story = """
        <p>The council met on Tuesday evening to agree the budget for the coming year, after a long debate.</p>
        <p>Members voted by nine to four to raise the parking charges, which have not changed since 2015, in the town centre.</p>
        <p>The new charges take effect in April, and the money will go to road repairs, the treasurer said.</p>
        """

    @Test(arguments: [
        ("windows-1252", "CP1252"), ("ISO-8859-1", "CP1252"), ("latin1", "CP1252"), ("us-ascii", "CP1252"),
        ("Shift_JIS", "CP932"), ("euc-jp", "EUC-JP"), ("gb2312", "GB18030"), ("GBK", "GB18030"),
        ("big5", "BIG5-HKSCS"), ("EUC-KR", "CP949"), ("utf8", "UTF-8"), ("iso-8859-2", "ISO-8859-2"),
        ("windows-1251", "CP1251"),
    ])
    func charsetLabels(label: String, name: String) {
        #expect(Charset.iconvName(forLabel: label) == name)
    }

    @Test func charsetOrder() {
        let meta = Array("<html><head><meta charset=\"windows-1252\"></head><body>caf\u{E9}</body></html>".utf8)
        #expect(Charset.detect(meta, contentType: nil) == "CP1252")
        #expect(Charset.detect(meta, contentType: "text/html; charset=utf-8") == "UTF-8")
        #expect(Charset.detect([0xEF, 0xBB, 0xBF] + meta, contentType: "text/html; charset=shift_jis") == "UTF-8")
        let httpEquiv = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-KR\">".utf8)
        #expect(Charset.detect(httpEquiv, contentType: nil) == "CP949")
        #expect(Charset.detect([0x3C, 0x70, 0x3E, 0xE9, 0x74, 0xE9], contentType: nil) == "CP1252")
        #expect(Charset.detect(Array("<p>caf\u{E9}</p>".utf8), contentType: nil) == "UTF-8")
    }

    @Test func httpCharsetDecodesAPageWithoutMeta() {
        let bytes: [UInt8] = Array("<html><body><h1>Caf".utf8) + [0xE9] + Array(" news</h1>".utf8)
            + Array(Self.story.utf8) + Array("</body></html>".utf8)
        let article = HTMLArticleParser().parse(bytes: bytes, source: "x", contentType: "text/html; charset=iso-8859-1")
        #expect(article.headline == "Caf\u{E9} news")
    }

    @Test func linksAreResolvedAndOnlyHTTPKept() {
        let article = parse("""
            <html><body><article><h1>Budget agreed</h1>
            <p>The council met on Tuesday, <a href="/minutes">the minutes</a> say, and <a href="javascript:alert(1)">this</a>
            and <a href="mailto:clerk@example.org">the clerk</a> and <a href="https://other.example/x">another site</a> agree, after debate.</p>
            \(Self.story)</article></body></html>
            """, url: "https://news.example/2024/budget")
        #expect(article.links.map(\.url) == ["https://news.example/minutes", "https://other.example/x"])
        let first = article.links[0]
        let text = Array(article.blocks[first.range.block].text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[first.range.start..<first.range.end])) == "the minutes")
        #expect(article.metadata.url == "https://news.example/2024/budget")
    }

    @Test func scriptsStylesAndNavigationNeverReachTheText() {
        let article = parse("""
            <html><head><style>p { color: red }</style></head><body><nav><a href="/">Home</a> <a href="/n">News</a></nav>
            <script>document.write("<p>injected text</p>")</script><div class="content">\(Self.story)</div>
            <footer>Contact us</footer></body></html>
            """)
        #expect(!article.bodyText.contains("injected"))
        #expect(!article.bodyText.contains("color"))
        #expect(!article.bodyText.contains("Home"))
        #expect(article.bodyText.contains("parking charges"))
    }

    @Test func titleLosesTheSiteName() {
        var metadata = PageMetadata(HTMLTree())
        metadata.documentTitle = "Budget agreed after long debate | Valmont Daily"
        metadata.siteName = "Valmont Daily"
        #expect(HeadlineChooser.choose(h1s: [], metadata: metadata) == "Budget agreed after long debate")
        metadata.siteName = nil
        #expect(HeadlineChooser.choose(h1s: ["Valmont Daily", "Budget agreed after long debate"], metadata: metadata) == "Budget agreed after long debate")
    }

    @Test("a <title> that is the start of the h1 is a shortened headline: the h1 is kept whole")
    func shortenedTitleKeepsTheH1() {
        var metadata = PageMetadata(HTMLTree())
        metadata.documentTitle = "Ferry fares frozen | Valmont Daily"
        #expect(HeadlineChooser.choose(h1s: ["Ferry fares frozen for a third winter running"], metadata: metadata)
            == "Ferry fares frozen for a third winter running")
    }

    @Test("a bare <title> sharing no word with the page's one, longer h1 names the site or a section: the h1 is the headline")
    func unrelatedBareTitleLosesToTheH1() {
        var metadata = PageMetadata(HTMLTree())
        metadata.documentTitle = "Tidewater Gazette"
        #expect(HeadlineChooser.choose(h1s: ["Harbour board delays the dredging contract"], metadata: metadata)
            == "Harbour board delays the dredging contract")
        metadata.documentTitle = "新闻"
        #expect(HeadlineChooser.choose(h1s: ["渡轮航线下月恢复运营"], metadata: metadata) == "渡轮航线下月恢复运营")
        // Not when the title shares a word, is divided, other titles are declared, or there
        // are several h1s: the title stays the reference.
        metadata.documentTitle = "Dredging"
        #expect(HeadlineChooser.choose(h1s: ["Harbour board delays the dredging contract"], metadata: metadata) == "Dredging")
        metadata.documentTitle = "Tidewater Gazette"
        #expect(HeadlineChooser.choose(h1s: ["Harbour board delays the dredging contract", "Most read"], metadata: metadata)
            == "Tidewater Gazette")
        metadata.openGraphTitle = "Dredging contract delayed again"
        #expect(HeadlineChooser.choose(h1s: ["Harbour board delays the dredging contract"], metadata: metadata)
            == "Dredging contract delayed again")
    }

    @Test(arguments: [
        ("2021-06-18T09:30:00+02:00", "2021-06-18T09:30:00+02:00"), ("2021-06-18", "2021-06-18"),
        ("2021/06/18 09:30", "2021-06-18T09:30:00"), ("2021-06-18T09:30:15.123Z", "2021-06-18T09:30:15Z"),
        ("2021-06-18T09:30:00+0200", "2021-06-18T09:30:00+02:00"),
    ])
    func isoDates(value: String, iso: String) {
        #expect(PublicationDate.iso8601(value) == iso)
    }

    @Test(arguments: ["June 18, 2021", "yesterday", "2021-13-01", ""])
    func notISODates(value: String) {
        #expect(PublicationDate.iso8601(value) == nil)
    }

    @Test func emptyAndScriptOnlyPagesGiveNoBody() {
        #expect(parse("").blocks.isEmpty)
        let scripts = parse("<html><head><script>var a = 1;</script></head><body><script>run()</script></body></html>")
        #expect(scripts.blocks.filter { $0.kind != .headline }.isEmpty)
    }

    @Test func deeplyNestedMarkupDoesNotCrash() {
        let html = String(repeating: "<div>", count: 5000) + "<p>Deep text, with a comma, and some more words here.</p>" + String(repeating: "</div>", count: 5000)
        _ = parse(html)
    }
}

/// The not-an-article verdict on a paywalled story: the page shows only its opening paragraph
/// beside many teaser links.
struct HTMLVerdictRuleTests {
    /// A page with one opening paragraph of `length` characters and ten teaser headings;
    /// `head` goes into `<head>`.
    static func teaserPage(head: String, opening: String) -> [UInt8] {
        var teasers = ""
        for n in 1...10 {
            teasers += "<h3><a href=\"/story/\(n)\">Harbour board story number \(n) in the list</a></h3>\n"
        }
        return Array("""
            <html><head><title>Quay wall to be rebuilt</title>\(head)</head><body>
            <article><h1>Quay wall to be rebuilt</h1><p>\(opening)</p><div id="pay-wall"></div></article>
            <section class="more-stories">\(teasers)</section></body></html>
            """.utf8)
    }

    static let opening = "The harbour board said on Friday that the old quay wall would be rebuilt in stone before the winter storms."

    @Test("a page that declares itself an article, with one opening paragraph of 80+ characters, is an article")
    func paywalledStory() {
        #expect(Self.opening.count >= 80 && Self.opening.count < 150)
        for head in ["<meta property=\"og:type\" content=\"article\">",
                     "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Quay wall to be rebuilt\"}</script>"] {
            let (article, verdict) = HTMLArticleParser().read(bytes: Self.teaserPage(head: head, opening: Self.opening), source: "t.html")
            #expect(verdict == .article, "\(head)")
            #expect(article.blocks.contains { $0.text == Self.opening })
        }
    }

    @Test("without the declaration, or with a shorter opening, the same page is an index page")
    func indexPage() {
        let plain = HTMLArticleParser().read(bytes: Self.teaserPage(head: "", opening: Self.opening), source: "t.html").verdict
        #expect(plain == .notAnArticle(reason: "an index page of 10 story links"))
        let short = HTMLArticleParser().read(
            bytes: Self.teaserPage(head: "<meta property=\"og:type\" content=\"article\">", opening: "The quay wall will be rebuilt, the board said."),
            source: "t.html").verdict
        #expect(short != .article)
    }
}

/// The choice of the article's container when a comma-rich table sits beside its prose.
struct HTMLTableChoiceRuleTests {
    @Test("an open letter's signatories table does not push the letter itself out")
    func signatoriesTable() {
        // Prose without commas, and a long list of names whose affiliations bring many.
        let letter = [
            "The harbour towns of the northern coast face a hard winter and the ferry companies have cut their timetables again. Whole islands are left without a boat for days at a time when the weather turns.",
            "We ask the regional council to fund a winter service as it did in the years before the cuts. No island should be cut off from the mainland when the storms come in from the west.",
            "A ferry is not a luxury for the people who live there. It is how they reach a doctor and a school and a shop. It is also how their fish and wool reach the markets on the mainland.",
            "We hope the council will listen to the islanders before the timetable for next winter is agreed. The letter is open for more names until the end of the month at the harbour office.",
        ]
        var cells = ["", "", ""]
        // Names with their affiliations, in three cells of a row followed by a spacer row, as
        // such letters are often laid out.
        for n in 0..<45 {
            cells[n % 3] += "<strong>S\(n) Ald</strong>, Wend, Guild, ret.<br>\n"
        }
        let html = """
            <html><head><title>An open letter on the winter ferries</title></head><body>
            <article class="post"><div class="body-text">
            <h1>An open letter on the winter ferries</h1>
            \(letter.map { "<p><span>\($0)</span></p>" }.joined(separator: "\n"))
            <table><tbody><tr>\(cells.map { "<td>\($0)</td>" }.joined())</tr><tr><td></td></tr></tbody></table>
            <p>Affiliations are given for identification only.</p>
            </div></article></body></html>
            """
        let article = HTMLArticleParser().parse(bytes: Array(html.utf8), source: "letter.html")
        let text = article.blocks.map(\.text).joined(separator: "\n")
        for paragraph in letter { #expect(text.contains(paragraph)) }
        #expect(text.contains("S44 Ald"))
    }
}
