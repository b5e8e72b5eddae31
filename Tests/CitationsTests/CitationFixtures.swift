import ArticleModel
import Citations

/// A small fictional article with one attributed quotation, written for these tests.
enum CitationFixtures {
    static let quoteText = "We will reopen the east span, with \"care\", by spring"

    static func article(url: String? = "https://news.example.org/harbour/bridge?x=1", siteName: String? = "Valmont Daily") -> Article {
        let paragraph = "“\(quoteText),” said Mara Ostrand, the harbour master. Traffic stays light."
        let start = paragraph.unicodeScalars.count - paragraph.unicodeScalars.drop { $0 != "W" }.count
        let range = TextRange(block: 1, start: start, end: start + quoteText.unicodeScalars.count)
        return Article(
            metadata: ArticleMetadata(
                headline: "Harbour bridge to reopen", date: "March 3, 2024", source: "/tmp/bridge.html",
                format: .html, url: url, siteName: siteName),
            blocks: [
                Block(kind: .headline, text: "Harbour bridge to reopen"),
                Block(kind: .paragraph, text: paragraph),
                Block(kind: .paragraph, text: "Second paragraph.\nWith a line."),
            ],
            quotes: [
                Quote(text: quoteText, ranges: [range], kind: .direct, cue: "said", speakerMention: "Mara Ostrand",
                      speaker: "Mara Ostrand", speakerEntity: 0)
            ],
            entities: [Entity(name: "Mara Ostrand", kind: .person, role: "harbour master")])
    }
}
