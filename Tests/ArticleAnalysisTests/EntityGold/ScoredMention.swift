import ArticleModel

/// A mention as the entity scorer sees it, gold or predicted: where it is, its kind, and the
/// referent it belongs to (the gold cluster, or the predicted entity).
struct ScoredMention: Sendable, Equatable {
    /// Where the name is written (offsets in Unicode scalars of the block's text).
    var range: TextRange
    /// The words at `range`, for reports.
    var text: String
    /// Person, organization, place or other.
    var kind: EntityKind
    /// The referent: a gold cluster identifier, or for predictions an identifier of the
    /// entity the recognizer put the mention in (its index in the entity list).
    var referent: String

    /// Creates a scored mention.
    init(range: TextRange, text: String, kind: EntityKind, referent: String) {
        self.range = range
        self.text = text
        self.kind = kind
        self.referent = referent
    }

    /// Every mention of `entities` (a recognizer's output), in entity order, each with its
    /// entity's kind and its entity's index as referent.
    static func predicted(from entities: [Entity]) -> [ScoredMention] {
        entities.enumerated().flatMap { index, entity in
            entity.mentions.map { ScoredMention(range: $0.range, text: $0.text, kind: entity.kind, referent: "entity \(index)") }
        }
    }
}
