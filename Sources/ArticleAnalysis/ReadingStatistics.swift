import ArticleModel

/// Simple measures of an article's length for the reader: words and an estimated reading
/// time.
///
/// Words are runs of letters or digits (apostrophes and hyphens inside a word keep it one
/// word), counted over every block's text. Reading time assumes 238 words per minute, the
/// mean silent reading rate for non-fiction in English reported by Brysbaert (2019), "How many
/// words do we read per minute? A review and meta-analysis of reading rate", Journal of
/// Memory and Language 109.
public struct ReadingStatistics: Sendable, Equatable {
    /// Words in the article.
    public let words: Int
    /// The assumed reading rate, words per minute.
    public static let wordsPerMinute = 238

    /// Counts the words of `article`.
    public init(article: Article) {
        var count = 0
        for block in article.blocks {
            count += Self.countWords(block.text)
        }
        self.words = count
    }

    /// Estimated minutes to read, rounded up; at least 1 for a non-empty article, 0 for an
    /// empty one.
    public var minutes: Int {
        words == 0 ? 0 : (words + Self.wordsPerMinute - 1) / Self.wordsPerMinute
    }

    /// Counts words in `text`: maximal runs of letters and digits, where an apostrophe
    /// (U+0027 or U+2019) or a hyphen between two letters or digits does not end the run.
    static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var pendingJoiner = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                if !inWord { count += 1 }
                inWord = true
                pendingJoiner = false
            } else if inWord, !pendingJoiner, scalar == "'" || scalar == "\u{2019}" || scalar == "-" {
                pendingJoiner = true
            } else {
                inWord = false
                pendingJoiner = false
            }
        }
        return count
    }
}
