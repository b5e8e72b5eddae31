import ArticleModel

/// The decoded shape of a GUM `NAME.gold.json` (see ``GumEntityCorpus``).
struct GumGold: Decodable, Sendable {
    /// A block span of the whole text.
    struct Span: Decodable, Sendable {
        /// Block kind as Byline names it ("headline", "paragraph", "caption", ...).
        var kind: String
        /// First scalar offset.
        var start: Int
        /// Scalar offset one past the end.
        var end: Int
    }

    /// A mention or ignore span of the whole text.
    struct Mention: Decodable, Sendable {
        /// First scalar offset.
        var start: Int
        /// Scalar offset one past the end.
        var end: Int
        /// The words as written.
        var text: String
        /// person / organization / place.
        var type: String
        /// Referent identifier (absent on ignore spans).
        var cluster: String?
    }

    /// The blocks.
    var blocks: [Span]
    /// The proper-name mentions.
    var mentions: [Mention]
    /// Mentions that are not proper names.
    var ignore: [Mention]?
}

/// One GUM document as an article with block-relative gold.
struct GumDocument: Sendable {
    /// The document name (`GUM_news_...`).
    var name: String
    /// The article built from the gold's blocks.
    var article: Article
    /// Gold mentions, block-relative; `referent` is the GUM cluster.
    var gold: [ScoredMention]
    /// Ignore spans, block-relative.
    var ignore: [TextRange]
    /// Gold mentions or ignore spans whose text does not match the text at their offsets,
    /// or that lie in no single block (left out).
    var unplaced: Int

    /// Builds the document from the whole text and its decoded gold.
    init(name: String, text: String, gold: GumGold) {
        self.name = name
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            guard 0 <= start, start <= end, end <= scalars.count else { return "" }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        let blocks = gold.blocks.map { Block(kind: BlockKind(rawValue: $0.kind) ?? .paragraph, text: slice($0.start, $0.end)) }
        let headline = blocks.first.flatMap { $0.kind == .headline ? $0.text : nil }
        article = Article(metadata: ArticleMetadata(headline: headline, source: name), blocks: blocks)
        var unplaced = 0
        func place(_ start: Int, _ end: Int, _ text: String) -> TextRange? {
            guard slice(start, end) == text,
                let index = gold.blocks.firstIndex(where: { $0.start <= start && end <= $0.end })
            else {
                unplaced += 1
                return nil
            }
            let offset = gold.blocks[index].start
            return TextRange(block: index, start: start - offset, end: end - offset)
        }
        self.gold = gold.mentions.compactMap { mention in
            guard let range = place(mention.start, mention.end, mention.text) else { return nil }
            return ScoredMention(
                range: range, text: mention.text, kind: EntityKind(rawValue: mention.type) ?? .other,
                referent: mention.cluster ?? mention.text)
        }
        ignore = (gold.ignore ?? []).compactMap { place($0.start, $0.end, $0.text) }
        self.unplaced = unplaced
    }
}
