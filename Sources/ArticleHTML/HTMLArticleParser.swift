import ArticleModel
import ArticleParsing

/// Parses a web page into an ``ArticleModel/Article`` holding only its article.
///
/// Steps: the character set is found and the bytes converted to UTF-8 (``Charset``), then
/// sanitised as text is (``ArticleParsing/TextDecoding``); CDATA sections outside scripts
/// become comments, as in browsers (``CDATASections``); libxml2's HTML parser builds the
/// tree (``HTMLTreeBuilder``: no network, no DTD, no scripts; content after `</body>` or
/// `</html>` is moved into the body, ``HTMLTree/movingLateContentIntoBody()``); ``PageMetadata`` reads meta
/// tags and JSON-LD; ``ContentExtractor`` finds the article's nodes and ``BlockEmitter``
/// turns them into blocks and links. When JSON-LD `articleBody` holds clearly more text than
/// the extraction found, it is used instead (paragraphs at its line breaks). Then:
///
/// - the headline (``HeadlineChooser``) becomes `blocks[0]`; a heading or paragraph repeating
///   it near the start is dropped;
/// - byline and date lines among the first blocks (the shared ``ArticleParsing/BylineRecognizer``
///   and ``ArticleParsing/DateLineRecognizer``) go to the metadata; a dateline opening the
///   body ("HARBOURTON, June 18 (Agency) —") stays in the text;
/// - short blocks the shared ``ArticleParsing/BoilerplateLexicon`` calls boilerplate are
///   dropped;
/// - metadata: `authors` (JSON-LD, meta author, rel=author, else the page's byline),
///   `byline` (the authors joined), `published` (ISO 8601), `date` (readable), `siteName`,
///   `url` (the fetched address, else the canonical one).
///
/// A page that is not an article (``ArticleVerdict``: an index of teasers, a login wall,
/// almost no text) throws ``ArticleParsing/ArticleInputError/notAnArticle(input:reason:)``
/// unless `force` is set; ``parse(bytes:source:contentType:url:)`` never throws.
public struct HTMLArticleParser: ArticleParser {
    /// Whether a page that is not an article is returned anyway (`--force`).
    public var force: Bool

    /// Creates a parser; `force` keeps pages that are not articles.
    public init(force: Bool = false) {
        self.force = force
    }

    /// Always ``ArticleModel/ArticleFormat/html``.
    public var format: ArticleFormat { .html }

    /// Parses a loaded page (its `contentType` and `url` are used when present).
    ///
    /// - Throws: ``ArticleParsing/ArticleInputError/notAnArticle(input:reason:)`` for a page
    ///   that is not an article, unless ``force``.
    public func parse(_ input: consuming ArticleInput) throws(ArticleInputError) -> Article {
        let name = input.name
        let contentType = input.contentType
        let url = input.url
        let bytes = input.bytes
        input.bytes = []
        let (article, verdict) = read(bytes: bytes, source: name, contentType: contentType, url: url)
        if !force, case .notAnArticle(let reason) = verdict {
            throw .notAnArticle(input: name, reason: reason)
        }
        return article
    }

    /// Parses page bytes.
    ///
    /// - Parameters:
    ///   - bytes: the page as received, in any supported encoding.
    ///   - source: stored in `metadata.source`.
    ///   - contentType: the HTTP `Content-Type` header, when fetched.
    ///   - url: the page's address, when fetched (resolves relative links).
    public func parse(bytes: [UInt8], source: String?, contentType: String? = nil, url: String? = nil) -> Article {
        read(bytes: bytes, source: source, contentType: contentType, url: url).article
    }

    /// The article and the verdict on it (see ``ArticleVerdict``).
    public func read(
        bytes: [UInt8], source: String?, contentType: String? = nil, url: String? = nil
    ) -> (article: Article, verdict: ArticleVerdict) {
        let encoding = Charset.detect(bytes, contentType: contentType)
        let utf8 = Charset.toUTF8(bytes, from: encoding)
        // Most pages need no change: then they are parsed as they are, without a copy.
        let sanitised = utf8.withUnsafeBufferPointer { TextDecoding.sanitisedUTF8IfChanged($0, stripByteOrderMark: true) } ?? utf8
        var tree = HTMLTreeBuilder.parse(CDATASections.rewritten(sanitised) ?? sanitised)
        tree.movingLateContentIntoBody()
        let (article, declaresArticle) = PageReader(tree: tree, source: source, url: url).read()
        return (article, ArticleVerdict.judge(article: article, tree: tree, declaresArticle: declaresArticle))
    }
}
