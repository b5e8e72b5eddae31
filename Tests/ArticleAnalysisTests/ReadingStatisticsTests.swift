import ArticleModel
import Testing
@testable import ArticleAnalysis

@Suite("Reading statistics")
struct ReadingStatisticsTests {
    @Test("word counting", arguments: [
        ("", 0),
        ("one", 1),
        ("Two words.", 2),
        ("can't won’t rock-and-roll", 3),
        ("  spaced   out  ", 2),
        ("3.5 percent of 1,000", 6),
        ("dash — between", 2),
        ("trailing- hyphen", 2),
        ("北京 and Zürich", 3),
    ])
    func counts(text: String, expected: Int) {
        #expect(ReadingStatistics.countWords(text) == expected)
    }

    @Test("reading time rounds up at 238 words per minute")
    func minutes() {
        func article(words: Int) -> Article {
            Article(blocks: [Block(kind: .paragraph, text: Array(repeating: "word", count: words).joined(separator: " "))])
        }
        #expect(ReadingStatistics(article: article(words: 0)).minutes == 0)
        #expect(ReadingStatistics(article: article(words: 1)).minutes == 1)
        #expect(ReadingStatistics(article: article(words: 238)).minutes == 1)
        #expect(ReadingStatistics(article: article(words: 239)).minutes == 2)
        #expect(ReadingStatistics(article: Article(blocks: [
            Block(kind: .headline, text: "Three word headline"),
            Block(kind: .caption, text: "Two words", credit: "Not Counted"),
        ])).words == 5)
    }
}
