import ArticleModel

/// The gold annotation of one entity fixture, decoded from `Fixtures/entities/NAME.gold.json`:
/// `{ "mentions": [ { "block", "text", "occurrence"?, "type", "cluster" } ], "ignore"?:
/// [ { "block", "text", "occurrence"? } ] }`.
///
/// Positions are given by text, never by hand-counted offsets: `block` is the index into the
/// parsed article's ``ArticleModel/Article/blocks`` (0 is the headline) and `occurrence`
/// (1-based, default 1) picks the n-th word-bounded occurrence of `text` in that block's text,
/// counting every occurrence (also one inside a longer name). ``EntityGoldLocator`` turns
/// them into scalar ranges. The conventions are written down in `Fixtures/entities/README.md`.
struct EntityGoldAnnotation: Decodable, Sendable {
    /// The annotated proper-name mentions.
    var mentions: [EntityGoldMention]
    /// Spans that are legitimately debatable: an unmatched prediction overlapping one counts
    /// neither way.
    var ignore: [EntityGoldSpan]

    private enum CodingKeys: String, CodingKey {
        case mentions, ignore
    }

    /// Decodes the shape above; `ignore` may be absent (empty).
    /// - Throws: `DecodingError` when `mentions` is missing or an entry is malformed.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mentions = try container.decode([EntityGoldMention].self, forKey: .mentions)
        ignore = try container.decodeIfPresent([EntityGoldSpan].self, forKey: .ignore) ?? []
    }
}

/// A span of a gold file, located by block, text and occurrence.
struct EntityGoldSpan: Decodable, Sendable, Equatable {
    /// Index into the parsed article's blocks.
    var block: Int
    /// The words exactly as written in the block.
    var text: String
    /// Which word-bounded occurrence of `text` in the block (1-based).
    var occurrence: Int

    private enum CodingKeys: String, CodingKey {
        case block, text, occurrence
    }

    /// Creates a span (used by tests).
    init(block: Int, text: String, occurrence: Int = 1) {
        self.block = block
        self.text = text
        self.occurrence = occurrence
    }

    /// Decodes `{ "block", "text", "occurrence"? }`; a missing occurrence is 1.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        block = try container.decode(Int.self, forKey: .block)
        text = try container.decode(String.self, forKey: .text)
        occurrence = try container.decodeIfPresent(Int.self, forKey: .occurrence) ?? 1
    }
}

/// One gold mention: where it is, its kind and the referent (cluster) it names.
struct EntityGoldMention: Decodable, Sendable, Equatable {
    /// Where the name is written.
    var span: EntityGoldSpan
    /// Person, organization, place or other (JSON key `type`, values as ``ArticleModel/EntityKind``).
    var kind: EntityKind
    /// The referent's identifier, unique within the article: mentions with the same cluster
    /// name the same real-world thing.
    var cluster: String

    private enum CodingKeys: String, CodingKey {
        case type, cluster
    }

    /// Decodes `{ "block", "text", "occurrence"?, "type", "cluster" }`.
    /// - Throws: `DecodingError` on a missing key or an unknown type.
    init(from decoder: any Decoder) throws {
        span = try EntityGoldSpan(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(EntityKind.self, forKey: .type)
        cluster = try container.decode(String.self, forKey: .cluster)
    }
}
