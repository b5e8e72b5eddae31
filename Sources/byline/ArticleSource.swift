import ArticleAnalysis
import ArticleHTML
import ArticleModel
import ArticleParsing
import Foundation

/// Decides where the article comes from and parses it.
enum ArticleSource {
    /// Loads, parses and analyses (named entities, then quotations with their speakers
    /// resolved through the entities) the article named by `argument`: a path, `-`
    /// for standard input, or `nil` for piped standard input when stdin is not a terminal and
    /// the built-in sample otherwise. Throws ``ArticleInputError`` with a one-line reason
    /// naming the input.
    static func load(_ argument: String?, format: FormatChoice = .auto) throws -> Article {
        try parse(argument, format: format).analysed()
    }

    /// The parsers this build has, one per format.
    static let parsers = ArticleParsers([PlainTextParser(), HTMLArticleParser()])

    /// Articles with fewer bytes of text than this are analysed before the reader's first
    /// frame (a few milliseconds); larger ones after it, on a thread of their own.
    static let deferredAnalysisThreshold = 256 * 1024

    /// Whether analysing `article` is worth deferring until its first frame is on screen.
    static func defersAnalysis(of article: Article) -> Bool {
        var bytes = 0
        for block in article.blocks {
            bytes += block.text.utf8.count
            if bytes >= deferredAnalysisThreshold { return true }
        }
        return false
    }

    /// Loads and parses the article named by `argument` (see ``load(_:)``) without analysing
    /// it: for output that needs only its text, and for the reader, which analyses it after
    /// its first frame. `format` is `--format` (`.auto` detects it). Throws
    /// ``ArticleInputError``.
    static func parse(_ argument: String?, format: FormatChoice = .auto) throws -> Article {
        let input: String
        if let argument {
            input = argument
        } else if isatty(STDIN_FILENO) == 0 {
            input = ArticleInput.standardInputName
        } else {
            return PlainTextParser().parse(SampleArticle.text, source: SampleArticle.source)
        }
        // The loaded bytes are handed over, so the parser can drop them once decoded.
        return try parsers.parse(try ArticleInput.load(input), choice: format)
    }
}
