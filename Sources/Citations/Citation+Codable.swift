import ArticleModel

/// JSON shape of one citation (README, "Quotes and highlights as JSON"): every key is always
/// present, absent values are `null`; `block` and `offset` are the position (block index,
/// offset in Unicode scalars).
extension Citation {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, text, speaker, role, cue, note, headline, source, date, url, block, offset
    }

    /// Writes every key, `null` for an absent value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(role, forKey: .role)
        try container.encode(cue, forKey: .cue)
        try container.encode(note, forKey: .note)
        try container.encode(headline, forKey: .headline)
        try container.encode(source, forKey: .source)
        try container.encode(date, forKey: .date)
        try container.encode(url, forKey: .url)
        try container.encode(position.block, forKey: .block)
        try container.encode(position.offset, forKey: .offset)
    }

    /// Reads what ``encode(to:)`` writes (absent or `null` optional keys are `nil`); values
    /// are cleaned again. Throws `DecodingError` when `kind`, `text`, `block` or `offset` is
    /// missing or of the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func optional(_ key: CodingKeys) throws -> String? { try container.decodeIfPresent(String.self, forKey: key) }
        self.init(
            kind: try container.decode(Kind.self, forKey: .kind), text: try container.decode(String.self, forKey: .text),
            speaker: try optional(.speaker), role: try optional(.role), cue: try optional(.cue),
            note: try optional(.note), headline: try optional(.headline), source: try optional(.source),
            date: try optional(.date), url: try optional(.url),
            position: TextPosition(
                block: try container.decode(Int.self, forKey: .block),
                offset: try container.decode(Int.self, forKey: .offset)))
    }
}
