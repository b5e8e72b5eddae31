import ArticleModel

/// The gold annotation of one fixture article, decoded from `NAME.gold.json`:
/// `{ "quotes": [ { "text", "speaker", "kind", "cue", "optional"? } ] }`, quotes in reading
/// order. The annotation conventions are written down in `Fixtures/quotes/README.md`.
struct GoldAnnotation: Decodable, Sendable {
    /// The annotated quotations in reading order (nested and optional ones included).
    var quotes: [GoldQuote]
}

/// One annotated quotation, as a careful human annotator marks it.
struct GoldQuote: Decodable, Sendable, Equatable {
    /// Exactly the characters inside the quotation marks; the parts of a quotation that runs
    /// over several paragraphs are joined with one space.
    var text: String
    /// The speaker's full name as the article gives it (an organization's name without a
    /// leading "the"), or `nil` when the article does not say who spoke (and for scare quotes).
    var speaker: String?
    /// Direct, partial or scare quote.
    var kind: QuoteKind
    /// The cue as written, lower-cased ("said", "according to"), or `nil` when there is none.
    var cue: String?
    /// An optional quote is neither rewarded nor penalised: a quotation nested inside another
    /// one, or one opened by an unbalanced mark. A prediction that matches it is ignored, and
    /// missing it costs nothing.
    var optional: Bool

    /// Creates a gold quote (used by the scorer's unit tests).
    init(text: String, speaker: String?, kind: QuoteKind, cue: String?, optional: Bool = false) {
        self.text = text
        self.speaker = speaker
        self.kind = kind
        self.cue = cue
        self.optional = optional
    }

    private enum CodingKeys: String, CodingKey {
        case text, speaker, kind, cue, optional
    }

    /// Decodes one entry; `speaker` and `cue` may be `null`, `optional` may be absent (false).
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        speaker = try container.decodeIfPresent(String.self, forKey: .speaker)
        kind = try container.decode(QuoteKind.self, forKey: .kind)
        cue = try container.decodeIfPresent(String.self, forKey: .cue)
        optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
    }
}
