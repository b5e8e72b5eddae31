/// An article as Byline understands it, independent of the format it came from and of any
/// terminal: metadata plus an ordered list of blocks.
///
/// Positions inside the article are ``TextPosition`` and ``TextRange`` values: a block index
/// plus offsets counted in Unicode scalars of that block's ``Block/text``. Later analyses add
/// quotations and named entities that refer to blocks the same way.
public struct Article: Sendable, Equatable, Codable {
    /// Headline, byline, date and provenance.
    public var metadata: ArticleMetadata
    /// The article's blocks in reading order. The headline, when there is one, is also the
    /// first block (kind ``BlockKind/headline``), so everything a reader sees is a block.
    public var blocks: [Block]
    /// The quotations found in the article, in reading order (empty until the article is
    /// analysed).
    public var quotes: [Quote]
    /// The named entities (people, organizations, places, other) found in the article, in
    /// order of first mention (empty until the article is analysed). ``Quote/speakerEntity``
    /// indexes this array.
    public var entities: [Entity]
    /// The article's hyperlinks in reading order (HTML and Markdown; empty for plain text).
    /// A link's number as the reader shows it (`[3]`) is its index here plus one.
    public var links: [Link]

    /// Creates an article from its metadata, blocks, quotations, named entities and links.
    public init(
        metadata: ArticleMetadata = ArticleMetadata(), blocks: [Block] = [], quotes: [Quote] = [],
        entities: [Entity] = [], links: [Link] = []
    ) {
        self.metadata = metadata
        self.blocks = blocks
        self.quotes = quotes
        self.entities = entities
        self.links = links
    }

    /// The headline text, or `nil` when the article has none.
    public var headline: String? { metadata.headline }
}

/// Facts about an article that are not part of its running text.
public struct ArticleMetadata: Sendable, Equatable, Codable {
    /// The headline as written, or `nil` when the source had none.
    public var headline: String?
    /// The byline as written without its leading "By" (for example "Ana Ruiz and Tom Bell"),
    /// or `nil`.
    public var byline: String?
    /// The dateline or publication date as written (for example "Friday, January 4, 2019"),
    /// or `nil`. Byline does not reinterpret dates.
    public var date: String?
    /// Where the article came from: a file path, `-` for standard input, or a name such as
    /// "built-in sample".
    public var source: String?
    /// The format the article was parsed from.
    public var format: ArticleFormat
    /// The authors one by one, as written ("Ana Ruiz", "Tom Bell"); empty when unknown. When
    /// there are several, ``byline`` joins them as written or with ", " and " and ".
    public var authors: [String]
    /// The publication date as ISO 8601 (`2021-06-18` or `2021-06-18T09:30:00Z`, with the
    /// offset the source gave), or `nil` when the source gave none Byline could read.
    public var published: String?
    /// The address the article was fetched from or declares as its own (`http`/`https`
    /// only), or `nil`.
    public var url: String?
    /// The name of the publishing site ("Valmont Daily"), or `nil`.
    public var siteName: String?
    /// A one- or two-sentence summary the source declares (Markdown front matter's
    /// `description`, HTML's meta description), as written; `nil` when there is none.
    public var description: String?
    /// The subject tags or keywords the source declares, as written, in its order, without
    /// duplicates; empty when there are none.
    public var tags: [String]

    /// Creates metadata; every field defaults to absent and the format to plain text.
    public init(
        headline: String? = nil, byline: String? = nil, date: String? = nil,
        source: String? = nil, format: ArticleFormat = .plainText, authors: [String] = [],
        published: String? = nil, url: String? = nil, siteName: String? = nil,
        description: String? = nil, tags: [String] = []
    ) {
        self.headline = headline
        self.byline = byline
        self.date = date
        self.source = source
        self.format = format
        self.authors = authors
        self.published = published
        self.url = url
        self.siteName = siteName
        self.description = description
        self.tags = tags
    }
}

/// The source format of an article.
public enum ArticleFormat: String, Sendable, Equatable, Codable, CaseIterable {
    /// Plain text in the layout described in `PlainTextParser` (headline line, paragraphs,
    /// image keyword line plus caption, trailing promotional block).
    case plainText = "plain-text"
    /// HTML: the main content of a web page (see the `ArticleHTML` target).
    case html
    /// Markdown (CommonMark with GitHub's extensions, YAML front matter; see the
    /// `ArticleMarkdown` target).
    case markdown
}
