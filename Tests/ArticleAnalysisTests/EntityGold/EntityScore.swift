import ArticleModel

/// The counts behind the entity figures for one article or, summed with ``+``, for many
/// (micro-averaged: totals come from summed counts). ``EntityScorer`` defines each count.
struct EntityScore: Sendable, Equatable {
    /// A matched (gold index, prediction index) pair, indices into the scored lists.
    struct Pair: Sendable, Hashable {
        /// Index into the gold list.
        var gold: Int
        /// Index into the prediction list.
        var predicted: Int
    }

    /// Precision, recall and F1 from counts (shared with the quote scorer: a zero
    /// denominator gives 1, F1 is 0 when both are 0).
    typealias PRF = QuoteScore.PRF

    /// Gold mentions.
    var gold = 0
    /// Predictions, less those set aside by `ignore` spans.
    var predicted = 0
    /// Predictions set aside (unmatched, overlapping an `ignore` span).
    var setAside = 0
    /// Matched pairs (same block, same last token).
    var matched = 0
    /// Matched pairs whose kinds agree.
    var typedMatched = 0
    /// Per kind: gold mentions, predictions, and matched pairs of that kind on both sides.
    var byKind: [EntityKind: PRF] = [:]
    /// Pairs of matched predictions that the recognizer put in the same entity.
    var predictedPairs = 0
    /// Of ``predictedPairs``, those whose gold mentions share a cluster (right merges).
    var correctPairs = 0
    /// Pairs of gold mentions in the same cluster whose two mentions are both matched.
    var goldPairsMatched = 0
    /// Pairs of gold mentions in the same cluster (matched or not).
    var goldPairs = 0

    /// The matched pairs (one article only; empty in sums).
    var matches: [Pair] = []
    /// Gold indices no prediction matched (one article only).
    var missed: [Int] = []
    /// Prediction indices that matched nothing and were not set aside (one article only).
    var spurious: [Int] = []

    /// Untyped mention precision, recall and F1.
    var mentions: PRF { PRF(correct: matched, predicted: predicted, gold: gold) }
    /// Typed mention precision, recall and F1 (a match counts only when the kinds agree).
    var typedMentions: PRF { PRF(correct: typedMatched, predicted: predicted, gold: gold) }
    /// Merge precision: ``correctPairs`` / ``predictedPairs``.
    var mergePrecision: Double { PRF.ratio(correctPairs, predictedPairs) }
    /// Merge recall over matched mentions: ``correctPairs`` / ``goldPairsMatched``.
    var mergeRecall: Double { PRF.ratio(correctPairs, goldPairsMatched) }
    /// Merge recall over all gold pairs (unmatched mentions count as misses):
    /// ``correctPairs`` / ``goldPairs``.
    var mergeRecallAll: Double { PRF.ratio(correctPairs, goldPairs) }

    /// The sum of two scores' counts (per-article details are dropped).
    static func + (lhs: EntityScore, rhs: EntityScore) -> EntityScore {
        var sum = EntityScore()
        sum.gold = lhs.gold + rhs.gold
        sum.predicted = lhs.predicted + rhs.predicted
        sum.setAside = lhs.setAside + rhs.setAside
        sum.matched = lhs.matched + rhs.matched
        sum.typedMatched = lhs.typedMatched + rhs.typedMatched
        sum.predictedPairs = lhs.predictedPairs + rhs.predictedPairs
        sum.correctPairs = lhs.correctPairs + rhs.correctPairs
        sum.goldPairsMatched = lhs.goldPairsMatched + rhs.goldPairsMatched
        sum.goldPairs = lhs.goldPairs + rhs.goldPairs
        for kind in EntityKind.allCases {
            let a = lhs.byKind[kind] ?? PRF(correct: 0, predicted: 0, gold: 0)
            let b = rhs.byKind[kind] ?? PRF(correct: 0, predicted: 0, gold: 0)
            sum.byKind[kind] = PRF(correct: a.correct + b.correct, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
        }
        return sum
    }
}
