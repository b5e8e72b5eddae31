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

    /// Creates an article from its metadata, blocks, quotations and named entities.
    public init(
        metadata: ArticleMetadata = ArticleMetadata(), blocks: [Block] = [], quotes: [Quote] = [],
        entities: [Entity] = []
    ) {
        self.metadata = metadata
        self.blocks = blocks
        self.quotes = quotes
        self.entities = entities
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

    /// Creates metadata; every field defaults to absent and the format to plain text.
    public init(
        headline: String? = nil, byline: String? = nil, date: String? = nil,
        source: String? = nil, format: ArticleFormat = .plainText
    ) {
        self.headline = headline
        self.byline = byline
        self.date = date
        self.source = source
        self.format = format
    }
}

/// The source format of an article.
public enum ArticleFormat: String, Sendable, Equatable, Codable, CaseIterable {
    /// Plain text in the layout described in `PlainTextParser` (headline line, paragraphs,
    /// image keyword line plus caption, trailing promotional block).
    case plainText = "plain-text"
    /// HTML (not parsed yet; reserved so the model's JSON stays stable).
    case html
    /// Markdown (not parsed yet; reserved so the model's JSON stays stable).
    case markdown
}
