/// A quotation found in an article: the quoted words, where they are, what kind of quote it
/// is, and who said it.
///
/// Ranges cover the quoted words *inside* the quotation marks, one range per block the
/// quotation touches (a quotation that runs over several paragraphs has several), in
/// reading order. Offsets are Unicode scalars of each block's ``Block/text``.
public struct Quote: Sendable, Equatable, Hashable, Codable {
    /// The quoted words without the outer quotation marks; the parts of a quotation that
    /// spans blocks are joined with a single space.
    public var text: String
    /// Where the quoted words are, in reading order (never empty for a quote in the model).
    public var ranges: [TextRange]
    /// Direct, partial or scare quote.
    public var kind: QuoteKind
    /// The cue that attributes the quote as written, lower-cased verb phrase ("said",
    /// "told", "according to", "was cited as saying"), or `nil` when there is none.
    public var cue: String?
    /// The speaker as written next to the quote ("Lin", "he", "the report"), or `nil`.
    public var speakerMention: String?
    /// Where ``speakerMention`` is written, or `nil`.
    public var speakerMentionRange: TextRange?
    /// The speaker resolved to the fullest name the article gives ("Ana Ruiz" for "Ruiz" or
    /// "she"; the organization for "the report"), or `nil` when unknown: Byline leaves a
    /// speaker unknown rather than guess.
    public var speaker: String?
    /// The speaker as an index into ``Article/entities``, or `nil` when the speaker is
    /// unknown or is not a named entity of the article.
    public var speakerEntity: Int?

    /// Creates a quote.
    public init(
        text: String, ranges: [TextRange], kind: QuoteKind, cue: String? = nil,
        speakerMention: String? = nil, speakerMentionRange: TextRange? = nil, speaker: String? = nil,
        speakerEntity: Int? = nil
    ) {
        self.speakerEntity = speakerEntity
        self.text = text
        self.ranges = ranges
        self.kind = kind
        self.cue = cue
        self.speakerMention = speakerMention
        self.speakerMentionRange = speakerMentionRange
        self.speaker = speaker
    }

    /// Where the quote starts: the lower bound of its first range (block 0, offset 0 for a
    /// quote without ranges).
    public var start: TextPosition {
        ranges.first?.lowerBound ?? TextPosition(block: 0, offset: 0)
    }
}

/// The kinds of quotation, in the sense news analysis uses them. Raw values are the names
/// used in Byline's JSON.
public enum QuoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A quoted sentence or more, given as the speaker's own words.
    case direct
    /// Quoted words woven into the writer's own sentence ("said it was 'not acceptable'").
    case partial
    /// A short quoted term with no speech: irony, a label, a title ("so-called 'reforms'").
    case scare
}
