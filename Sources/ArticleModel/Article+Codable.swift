/// Byline's JSON shape for an article (documented in README, "JSON format"): a flat object
/// `{ "headline", "byline", "authors": [String], "date", "published" (ISO 8601), "source",
/// "url", "siteName", "description", "tags": [String], "format", "blocks": [ { "kind", "text", "credit"?, "level"? } ],
/// "links": [ { "block", "start", "end", "url" } ], "quotes": [ { "text", "kind", "cue", "speaker", "speakerMention",
/// "speakerMentionRange", "speakerEntity", "ranges": [ { "block", "start", "end" } ] } ],
/// "entities": [ { "name", "kind", "aliases", "role", "mentions": [ { "block", "start",
/// "end", "text" } ] } ] }`, where absent values are `null`.
/// Offsets anywhere in it count Unicode scalars.
extension Article {
    private enum CodingKeys: String, CodingKey {
        case headline, byline, date, source, format, blocks, quotes, entities
        case authors, published, url, siteName, links, description, tags
    }

    /// Encodes the flat JSON shape described on this extension; `nil` metadata is written as
    /// `null` so scripts can rely on every key being present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(metadata.headline, forKey: .headline)
        try container.encode(metadata.byline, forKey: .byline)
        try container.encode(metadata.date, forKey: .date)
        try container.encode(metadata.source, forKey: .source)
        try container.encode(metadata.format, forKey: .format)
        try container.encode(metadata.authors, forKey: .authors)
        try container.encode(metadata.published, forKey: .published)
        try container.encode(metadata.url, forKey: .url)
        try container.encode(metadata.siteName, forKey: .siteName)
        try container.encode(metadata.description, forKey: .description)
        try container.encode(metadata.tags, forKey: .tags)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(links, forKey: .links)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(entities, forKey: .entities)
    }

    /// Decodes the flat JSON shape; throws `DecodingError` when `blocks` is missing or a
    /// field has the wrong type. Missing metadata keys decode as `nil` (format: plain text).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let metadata = ArticleMetadata(
            headline: try container.decodeIfPresent(String.self, forKey: .headline),
            byline: try container.decodeIfPresent(String.self, forKey: .byline),
            date: try container.decodeIfPresent(String.self, forKey: .date),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            format: try container.decodeIfPresent(ArticleFormat.self, forKey: .format) ?? .plainText,
            authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [],
            published: try container.decodeIfPresent(String.self, forKey: .published),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            siteName: try container.decodeIfPresent(String.self, forKey: .siteName),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            tags: try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        )
        self.init(
            metadata: metadata, blocks: try container.decode([Block].self, forKey: .blocks),
            quotes: try container.decodeIfPresent([Quote].self, forKey: .quotes) ?? [],
            entities: try container.decodeIfPresent([Entity].self, forKey: .entities) ?? [],
            links: try container.decodeIfPresent([Link].self, forKey: .links) ?? [])
    }
}

extension Block {
    private enum CodingKeys: String, CodingKey {
        case kind, text, credit, level
    }

    /// Encodes `{ "kind", "text" }`, plus `"credit"` (string or `null`) on captions, a
    /// pull quote's `"credit"` on block quotes that have one, and `"level"` when the block
    /// has one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(text, forKey: .text)
        if kind == .caption {
            try container.encode(credit, forKey: .credit)
        } else if kind == .blockquote {
            try container.encodeIfPresent(credit, forKey: .credit)
        }
        try container.encodeIfPresent(level, forKey: .level)
    }

    /// Decodes `{ "kind", "text", "credit"? }`; throws `DecodingError` on a missing kind or
    /// text, or an unknown kind.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(BlockKind.self, forKey: .kind),
            text: try container.decode(String.self, forKey: .text),
            credit: try container.decodeIfPresent(String.self, forKey: .credit),
            level: try container.decodeIfPresent(Int.self, forKey: .level)
        )
    }
}

extension Link {
    private enum CodingKeys: String, CodingKey {
        case block, start, end, url
    }

    /// Encodes the flat shape `{ "block", "start", "end", "url" }` (offsets in Unicode
    /// scalars).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(range.block, forKey: .block)
        try container.encode(range.start, forKey: .start)
        try container.encode(range.end, forKey: .end)
        try container.encode(url, forKey: .url)
    }

    /// Decodes `{ "block", "start", "end", "url" }`; throws `DecodingError` when a key is
    /// missing or mistyped.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            range: TextRange(
                block: try container.decode(Int.self, forKey: .block),
                start: try container.decode(Int.self, forKey: .start),
                end: try container.decode(Int.self, forKey: .end)),
            url: try container.decode(String.self, forKey: .url))
    }
}

extension Quote {
    private enum CodingKeys: String, CodingKey {
        case text, kind, cue, speaker, speakerMention, speakerMentionRange, speakerEntity, ranges
    }

    /// Encodes `{ "text", "kind", "cue", "speaker", "speakerMention", "speakerMentionRange",
    /// "speakerEntity", "ranges" }`; absent values are written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        try container.encode(cue, forKey: .cue)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(speakerMention, forKey: .speakerMention)
        try container.encode(speakerMentionRange, forKey: .speakerMentionRange)
        try container.encode(speakerEntity, forKey: .speakerEntity)
        try container.encode(ranges, forKey: .ranges)
    }

    /// Decodes the shape written by ``encode(to:)``; throws `DecodingError` when `text`,
    /// `kind` or `ranges` is missing or mistyped.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text),
            ranges: try container.decode([TextRange].self, forKey: .ranges),
            kind: try container.decode(QuoteKind.self, forKey: .kind),
            cue: try container.decodeIfPresent(String.self, forKey: .cue),
            speakerMention: try container.decodeIfPresent(String.self, forKey: .speakerMention),
            speakerMentionRange: try container.decodeIfPresent(TextRange.self, forKey: .speakerMentionRange),
            speaker: try container.decodeIfPresent(String.self, forKey: .speaker),
            speakerEntity: try container.decodeIfPresent(Int.self, forKey: .speakerEntity))
    }
}

extension Entity {
    private enum CodingKeys: String, CodingKey {
        case name, kind, aliases, role, mentions
    }

    /// Encodes `{ "name", "kind", "aliases", "role", "mentions" }`; a missing role is written
    /// as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(role, forKey: .role)
        try container.encode(mentions, forKey: .mentions)
    }

    /// Decodes the shape written by ``encode(to:)``; throws `DecodingError` when `name` or
    /// `kind` is missing or mistyped. Missing aliases and mentions decode as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            kind: try container.decode(EntityKind.self, forKey: .kind),
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            role: try container.decodeIfPresent(String.self, forKey: .role),
            mentions: try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? [])
    }
}

extension Mention {
    private enum CodingKeys: String, CodingKey {
        case block, start, end, text
    }

    /// Encodes the flat shape `{ "block", "start", "end", "text" }` (offsets in Unicode
    /// scalars).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(range.block, forKey: .block)
        try container.encode(range.start, forKey: .start)
        try container.encode(range.end, forKey: .end)
        try container.encode(text, forKey: .text)
    }

    /// Decodes `{ "block", "start", "end", "text" }`; throws `DecodingError` when a key is
    /// missing or mistyped.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            range: TextRange(
                block: try container.decode(Int.self, forKey: .block),
                start: try container.decode(Int.self, forKey: .start),
                end: try container.decode(Int.self, forKey: .end)),
            text: try container.decode(String.self, forKey: .text))
    }
}
