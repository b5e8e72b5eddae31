import ArticleModel
import Foundation

/// One citation: quoted words or a passage of an article, who said them, and where they were
/// published. Every field is already cleaned by ``CitationText/clean(_:limit:)`` (one line,
/// no control or bidi control, capped), so a citation can go to the clipboard, a file or
/// another program as it is.
///
/// Field sources (the article model's own values, as written; Byline does not reinterpret
/// them): `speaker` is the quotation's resolved speaker (never a pronoun as written),
/// `role` that speaker's role or description in the article, `source` the site's name or
/// else the host of the article's URL, `date` the dateline date as written or else the ISO
/// 8601 publication date, `url` the article's URL or else the path it was read from.
public struct Citation: Sendable, Equatable, Hashable, Codable {
    /// What is cited.
    public enum Kind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        /// A quotation the analysis found.
        case quote
        /// A passage the reader selected (sentences or paragraphs).
        case passage
    }

    /// Longest ``text``, in grapheme clusters.
    public static let textLimit = 2000
    /// Longest ``note``, in grapheme clusters.
    public static let noteLimit = 500
    /// Longest value of every other field, in grapheme clusters.
    public static let fieldLimit = 300

    /// Quote or passage.
    public var kind: Kind
    /// The cited words (a quotation without its outer quotation marks).
    public var text: String
    /// Who said it, or `nil` (a passage, an unknown speaker).
    public var speaker: String?
    /// The speaker's role or description in the article, or `nil`.
    public var role: String?
    /// The cue as written ("said", "told"), or `nil`.
    public var cue: String?
    /// The reader's note (highlights), or `nil`.
    public var note: String?
    /// The article's headline, or `nil`.
    public var headline: String?
    /// The site or source the article was published by, or `nil`.
    public var source: String?
    /// The article's date as written, or `nil`.
    public var date: String?
    /// The article's URL or the path it was read from, or `nil` (standard input).
    public var url: String?
    /// Where the cited words start in the article: block index and offset in Unicode scalars.
    public var position: TextPosition

    /// A citation from values as they come; every field is cleaned and capped here, and an
    /// empty field becomes `nil`.
    public init(
        kind: Kind, text: String, speaker: String? = nil, role: String? = nil, cue: String? = nil,
        note: String? = nil, headline: String? = nil, source: String? = nil, date: String? = nil,
        url: String? = nil, position: TextPosition = TextPosition(block: 0, offset: 0)
    ) {
        func field(_ value: String?, _ limit: Int = Self.fieldLimit) -> String? {
            guard let value else { return nil }
            let cleaned = CitationText.clean(value, limit: limit)
            return cleaned.isEmpty ? nil : cleaned
        }
        self.kind = kind
        self.text = CitationText.clean(text, limit: Self.textLimit)
        self.speaker = field(speaker)
        self.role = field(role)
        self.cue = field(cue)
        self.note = field(note, Self.noteLimit)
        self.headline = field(headline)
        self.source = field(source)
        self.date = field(date)
        self.url = field(url)
        self.position = TextPosition(block: max(0, position.block), offset: max(0, position.offset))
    }

    /// The citation of `quote` in `article`: its words, its resolved speaker and the
    /// speaker's role (through ``ArticleModel/Quote/speakerEntity``), and the article's
    /// metadata.
    public init(quote: Quote, in article: Article, note: String? = nil) {
        let entity = quote.speakerEntity.flatMap { article.entities.indices.contains($0) ? article.entities[$0] : nil }
        let source = Self.source(of: article.metadata)
        self.init(
            kind: .quote, text: quote.text, speaker: quote.speaker ?? entity?.name, role: entity?.role,
            cue: quote.cue, note: note, headline: article.metadata.headline, source: source.site,
            date: article.metadata.date ?? article.metadata.published, url: source.location,
            position: quote.start)
    }

    /// The citation of the passage `ranges` of `article` (in reading order; the parts are
    /// joined with one space), with no speaker, and the article's metadata. Ranges outside
    /// the article, or outside their block, are clamped to it.
    public init(passage ranges: [TextRange], in article: Article, note: String? = nil) {
        let text = ranges.map { Self.text(of: $0, in: article) }.filter { !$0.isEmpty }.joined(separator: " ")
        let source = Self.source(of: article.metadata)
        self.init(
            kind: .passage, text: text, note: note, headline: article.metadata.headline, source: source.site,
            date: article.metadata.date ?? article.metadata.published, url: source.location,
            position: ranges.first?.lowerBound ?? TextPosition(block: 0, offset: 0))
    }

    /// The words of `range` in `article`, clamped to its block ("" outside the article).
    static func text(of range: TextRange, in article: Article) -> String {
        guard article.blocks.indices.contains(range.block) else { return "" }
        let scalars = article.blocks[range.block].text.unicodeScalars
        let count = scalars.count
        let start = min(max(0, range.start), count)
        let end = min(max(start, range.end), count)
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: end - start)
        return String(scalars[from..<to])
    }

    /// The site (name, or the URL's host) and the location (URL, or the path made absolute
    /// against the working directory, so a copied citation still points at the file; `nil`
    /// for standard input) of an article.
    static func source(of metadata: ArticleMetadata) -> (site: String?, location: String?) {
        let path = metadata.source.flatMap { $0 == "-" || $0.isEmpty ? nil : absolute($0) }
        let location = metadata.url ?? path
        return (metadata.siteName ?? metadata.url.flatMap(host(of:)), location)
    }

    /// `path` as an absolute path: unchanged when it starts with `/` or names a URL
    /// (`scheme://`), else joined to the working directory with `.` and `..` resolved.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") || path.contains("://") { return path }
        let joined = FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// The host of an `http`/`https` URL ("news.example.com" of
    /// "https://news.example.com/a/b"), without user info or port; `nil` for anything else.
    static func host(of url: String) -> String? {
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { return nil }
        var rest = url.dropFirst(scheme.count)
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if !rest.hasPrefix("["), let colon = rest.firstIndex(of: ":") { rest = rest[..<colon] }
        return rest.isEmpty ? nil : String(rest)
    }
}
