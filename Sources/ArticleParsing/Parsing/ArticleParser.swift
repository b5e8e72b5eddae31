import ArticleModel

/// One format's parser: turns a loaded input into an ``ArticleModel/Article``.
///
/// Every format target provides one (plain text here, HTML in `ArticleHTML`, Markdown in
/// its own target); ``ArticleParsers`` chooses among them by the detected or requested
/// format, so the executable never needs to know which types exist.
public protocol ArticleParser: Sendable {
    /// The format this parser reads.
    var format: ArticleFormat { get }

    /// Parses the input's bytes (consumed: a parser may drop them once decoded).
    ///
    /// - Parameter input: the loaded input; its `name` becomes `metadata.source`.
    /// - Returns: the article.
    /// - Throws: ``ArticleInputError`` when the bytes cannot be this format at all (for
    ///   example `.notAnArticle` for a page without an article); parsers that accept any
    ///   bytes never throw.
    func parse(_ input: consuming ArticleInput) throws(ArticleInputError) -> Article
}

extension PlainTextParser: ArticleParser {
    /// Always ``ArticleModel/ArticleFormat/plainText``.
    public var format: ArticleFormat { .plainText }
}
