import ArticleAnalysis
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
    static func load(_ argument: String?) throws -> Article {
        try parse(argument).analysed()
    }

    private static func parse(_ argument: String?) throws -> Article {
        let input: String
        if let argument {
            input = argument
        } else if isatty(STDIN_FILENO) == 0 {
            input = ArticleInput.standardInputName
        } else {
            return PlainTextParser().parse(SampleArticle.text, source: SampleArticle.source)
        }
        let loaded = try ArticleInput.load(input)
        return PlainTextParser().parse(loaded.text, source: input)
    }
}
