import Foundation
import ArticleModel
import Citations
import Testing

@Suite("Citation: fields, cleaning and the template")
struct CitationTests {
    @Test("a quote's citation has its words, speaker, role and the article's metadata")
    func quoteFields() {
        let article = CitationFixtures.article()
        let citation = Citation(quote: article.quotes[0], in: article)
        #expect(citation.kind == .quote)
        #expect(citation.text == CitationFixtures.quoteText)
        #expect(citation.speaker == "Mara Ostrand")
        #expect(citation.role == "harbour master")
        #expect(citation.cue == "said")
        #expect(citation.headline == "Harbour bridge to reopen")
        #expect(citation.source == "Valmont Daily")
        #expect(citation.date == "March 3, 2024")
        #expect(citation.url == "https://news.example.org/harbour/bridge?x=1")
        #expect(citation.position == article.quotes[0].start)
    }

    @Test("without a site name the source is the URL's host; without a URL the path")
    func sourceFallbacks() {
        let noSite = CitationFixtures.article(siteName: nil)
        #expect(Citation(quote: noSite.quotes[0], in: noSite).source == "news.example.org")
        let file = CitationFixtures.article(url: nil, siteName: nil)
        let citation = Citation(quote: file.quotes[0], in: file)
        #expect(citation.source == nil)
        #expect(citation.url == "/tmp/bridge.html")
        var stdin = file
        stdin.metadata.source = "-"
        #expect(Citation(quote: stdin.quotes[0], in: stdin).url == nil)
    }

    @Test("a path given relative to the working directory is cited as an absolute path")
    func relativePathMadeAbsolute() {
        var file = CitationFixtures.article(url: nil, siteName: nil)
        file.metadata.source = "notes/../bridge.html"
        let cwd = FileManager.default.currentDirectoryPath
        let expected = (cwd == "/" ? "" : cwd) + "/bridge.html"
        #expect(Citation(quote: file.quotes[0], in: file).url == expected)
    }

    @Test("a passage joins its ranges with one space, line feeds become spaces, ranges are clamped")
    func passage() {
        let article = CitationFixtures.article()
        let citation = Citation(
            passage: [TextRange(block: 1, start: 0, end: 1), TextRange(block: 2, start: 0, end: 999),
                      TextRange(block: 9, start: 0, end: 4)],
            in: article, note: "check the date")
        #expect(citation.kind == .passage)
        #expect(citation.text == "“ Second paragraph. With a line.")
        #expect(citation.speaker == nil)
        #expect(citation.note == "check the date")
        #expect(citation.position == TextPosition(block: 1, offset: 0))
    }

    @Test("the Markdown template: block quote, speaker and role, then headline, source, date and URL")
    func markdown() {
        let article = CitationFixtures.article()
        let text = CitationTemplate.markdown.render(Citation(quote: article.quotes[0], in: article))
        #expect(text == """
            > \(CitationFixtures.quoteText)
            >
            > — Mara Ostrand, harbour master

            *Harbour bridge to reopen*, Valmont Daily, March 3, 2024, https://news.example.org/harbour/bridge?x=1
            """)
    }

    @Test("absent fields leave out their optional parts and no line starts with a comma")
    func markdownWithoutFields() {
        let citation = Citation(kind: .passage, text: "Just words.", url: "/srv/a.txt")
        #expect(CitationTemplate.markdown.render(citation) == "> Just words.\n\n/srv/a.txt")
        let speakerOnly = Citation(kind: .quote, text: "Yes.", speaker: "Ivo Brandt", headline: "Vote")
        #expect(CitationTemplate.markdown.render(speakerOnly) == "> Yes.\n>\n> — Ivo Brandt\n\n*Vote*")
    }

    @Test("a config template: every placeholder, literal braces, nested optional parts")
    func customTemplate() throws {
        let template = try CitationTemplate("{{{text}}} {?({speaker}{?/{role}})} [{headline}|{source}|{date}|{url}|{cue}|{note}]")
        let full = Citation(
            kind: .quote, text: "t", speaker: "S", role: "R", cue: "c", note: "n", headline: "h", source: "s",
            date: "d", url: "u")
        #expect(template.render(full) == "{t} (S/R) [h|s|d|u|c|n]")
        let bare = Citation(kind: .quote, text: "t", role: "R")
        #expect(template.render(bare) == "{t}  [|||||]")
    }

    @Test("template errors name the problem", arguments: [
        ("{txt}", CitationTemplate.ParseError.unknownPlaceholder("txt")),
        ("{?{text}", .unclosed), ("{text", .unclosed), ("a } b", .strayBrace),
    ])
    func templateErrors(template: String, error: CitationTemplate.ParseError) {
        #expect(throws: error) { try CitationTemplate(template) }
        #expect(!error.description.isEmpty)
    }

    @Test("hostile text: no C0, C1, DEL or bidi control survives, in fields or the template")
    func hostile() throws {
        let hostile = "a\u{1B}]52;c;ZXZpbA==\u{07}b\u{9B}31m\u{9D}x\u{9C}\u{7F}\u{202E}gnp.exe\u{2066}\u{200F}\r\nc\td\u{2028}e\u{0}"
        let citation = Citation(
            kind: .quote, text: hostile, speaker: hostile, role: hostile, cue: hostile, note: hostile, headline: hostile,
            source: hostile, date: hostile, url: hostile)
        #expect(citation.text == "a ]52;c;ZXZpbA== b31mxgnp.exe c d e")
        let template = try CitationTemplate("\u{1B}[2J{text}\u{07}\r\n{speaker}\u{202E}{role}\u{9B}")
        for rendered in [template.render(citation), CitationTemplate.markdown.render(citation)] {
            for scalar in rendered.unicodeScalars {
                let v = scalar.value
                #expect(v == 0x0A || !(v < 0x20 || (0x7F...0x9F).contains(v)))
                #expect(!CitationText.isDropped(v))
            }
        }
        #expect(template.render(citation).hasPrefix(" [2Ja ]52;c;ZXZpbA== b31mx"))
    }

    @Test("a very long quote is capped: the text at 2000 clusters, the whole citation at 8192 bytes")
    func caps() {
        let long = String(repeating: "👩‍👩‍👧 word ", count: 5000)
        let citation = Citation(kind: .quote, text: long, speaker: long, headline: long)
        #expect(citation.text.count == Citation.textLimit)
        #expect(citation.text.last == CitationText.ellipsis)
        #expect(citation.speaker?.count == Citation.fieldLimit)
        let rendered = CitationTemplate.markdown.render(citation)
        #expect(rendered.utf8.count <= CitationTemplate.maximumBytes)
        #expect(rendered.last == CitationText.ellipsis)
        // Cut at a cluster boundary: the family emoji is whole or absent.
        #expect(!rendered.unicodeScalars.contains { $0 == "\u{200D}" } || rendered.contains("👩‍👩‍👧"))
    }

    @Test("cap keeps text that fits and cuts at cluster boundaries", arguments: [
        ("abc", 3, "abc"), ("abcd", 3, "ab…"), ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"), ("x", 0, ""),
    ])
    func cap(text: String, limit: Int, expected: String) {
        #expect(CitationText.cap(text, limit: limit) == expected)
    }
}
