import ArticleModel
import Testing

/// The one word count (time left, the store's word count for the history).
@Suite("Word count")
struct WordCountTests {
    @Test("words are runs between spaces with a letter or digit", arguments: [
        ("", 0),
        ("one", 1),
        ("Two words.", 2),
        ("  spaced \t out \n ", 2),
        ("can't won’t rock-and-roll", 3),
        ("3.5 percent of 1,000", 4),
        ("dash — between", 2),
        ("a lone – en dash and ... dots", 6),
        ("It's 5 o'clock — on the pier.", 6),
        ("São Paulo — 1914", 3),
        ("北京 and Zürich", 3),
        ("no\u{00A0}break\u{2009}thin\u{3000}ideographic", 4),
        ("“Quoted,” she said.", 3),
        ("* * *", 0),
    ])
    func counts(text: String, expected: Int) {
        #expect(WordCount.count(text) == expected)
    }

    @Test("per block: each block's text, the caption's credit left out")
    func perBlock() {
        let article = Article(blocks: [
            Block(kind: .headline, text: "Three word headline"),
            Block(kind: .paragraph, text: "A paragraph of five words."),
            Block(kind: .caption, text: "Two words", credit: "Not Counted"),
        ])
        #expect(WordCount.perBlock(article) == [3, 5, 2])
    }
}
