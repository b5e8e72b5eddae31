import ArticleModel
import ArticleParsing
import Citations
import HardeningSupport
import Testing

/// Hostile text inside quotations, speakers, roles and metadata, checked where citations are
/// built: nothing of it reaches a citation, its exports or its written form as a control
/// byte, and very long quotations are capped.
@Suite("Hardening: hostile text in citations")
struct HostileCitationTests {
    static let hostile = "\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\u{9B}31m\u{9D}0;t\u{9C}\u{202E}\u{2066}\u{200F}\u{2028}\r\n\u{7F}\u{0}"

    /// An article built directly (not through the decoder, which would already have made
    /// the controls into pictures), so that the citation's own cleaning is what is checked.
    static func rawArticle(quoteText: String) -> Article {
        let paragraph = "“" + quoteText + "” said Ines Varga."
        return Article(
            metadata: ArticleMetadata(
                headline: "Head" + hostile, byline: hostile, date: hostile, source: hostile, url: "https://x.example/" + hostile,
                siteName: hostile),
            blocks: [Block(kind: .headline, text: "Head" + hostile), Block(kind: .paragraph, text: paragraph)],
            quotes: [
                Quote(text: quoteText, ranges: [TextRange(block: 1, start: 1, end: 1 + quoteText.unicodeScalars.count)],
                      kind: .direct, cue: "said" + hostile, speaker: "Ines" + hostile + "Varga", speakerEntity: 0)
            ],
            entities: [Entity(name: "Ines Varga", kind: .person, role: "chair" + hostile)])
    }

    @Test("ESC, BEL, C1 and bidi controls in the quote, speaker, role and metadata never reach a citation")
    func controls() throws {
        let article = Self.rawArticle(quoteText: "We sail" + Self.hostile + "at dawn")
        #expect(HardeningPipeline.citationViolations(article).isEmpty, "\(HardeningPipeline.citationViolations(article))")
        let citation = Citation(quote: article.quotes[0], in: article)
        #expect(citation.text == "We sail ]52;c;ZXZpbA== [2J31m0;t at dawn")
        #expect(citation.speaker == "Ines ]52;c;ZXZpbA== [2J31m0;t Varga")
        #expect(citation.role == "chair ]52;c;ZXZpbA== [2J31m0;t")
        let written = CitationTemplate.markdown.render(citation)
        #expect(!written.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || (0x80...0x9F).contains($0.value) })
    }

    @Test("a very long quotation (1 MB) is capped in the citation and its written form")
    func longQuote() {
        let long = String(repeating: "the tide is late again ", count: 46_000)
        let article = Self.rawArticle(quoteText: long)
        #expect(HardeningPipeline.citationViolations(article).isEmpty)
        let written = CitationTemplate.markdown.render(Citation(quote: article.quotes[0], in: article))
        #expect(written.utf8.count <= CitationTemplate.maximumBytes)
        #expect(written.contains("…"))
    }

    @Test("a hostile article through the decoder and parser: the citation stage holds")
    func throughParser() {
        let text = "Head\u{1B}[2J line\n\n\"We sail \u{1B}]52;c;QQ==\u{07} at dawn,\" said Ines Varga\u{9B}31m.\n"
        #expect(HardeningPipeline.run(Array(text.utf8)).isEmpty)
    }
}
