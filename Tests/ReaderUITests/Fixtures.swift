import ArticleModel

/// Small articles built in code for render and state tests (fictional text).
enum TestArticles {
    /// A headline, byline, three paragraphs, a caption with credit and a list item.
    static let short = Article(
        metadata: ArticleMetadata(
            headline: "Lighthouse Keepers Return to Cape Morrow", byline: "Jonas Pike",
            date: "Monday, May 4, 2026", source: "test"),
        blocks: [
            Block(kind: .headline, text: "Lighthouse Keepers Return to Cape Morrow"),
            Block(kind: .paragraph, text: "After forty years of automation, the coastal trust has hired two keepers to live at the light again, citing storms that cut the power for days."),
            Block(kind: .caption, text: "The Cape Morrow light at dusk.", credit: "Elsa Brandt / Coast Trust"),
            Block(kind: .paragraph, text: "\"It needs people,\" said trust director Hal Odum."),
            Block(kind: .listItem, text: "Keepers start in June."),
        ])

    /// `count` numbered paragraphs of a few sentences each, with a headline: long enough to
    /// scroll at any size.
    static func long(paragraphs count: Int = 40) -> Article {
        var blocks = [Block(kind: .headline, text: "A Long Report on Tides")]
        for n in 1...count {
            blocks.append(Block(kind: .paragraph, text: "Paragraph \(n) begins here. The tide tables for the northern bays were revised again this season, and the harbour office says the new figures are the most accurate yet. Paragraph \(n) ends here."))
        }
        return Article(metadata: ArticleMetadata(headline: "A Long Report on Tides"), blocks: blocks)
    }
}
