/// The counts behind the quote figures for one article or, summed with ``+``, for many
/// (micro-averaging: the totals are computed from summed counts, not averaged ratios).
/// See ``QuoteScorer`` for what each count means.
struct QuoteScore: Sendable, Equatable {
    /// A matched (gold index, prediction index) pair, indices into the scored lists.
    struct Pair: Sendable, Hashable {
        /// Index into the gold list.
        var gold: Int
        /// Index into the prediction list.
        var predicted: Int
    }

    /// Required gold quotes.
    var gold = 0
    /// Predictions, less those set aside by optional gold quotes.
    var predicted = 0
    /// Matched pairs.
    var matched = 0
    /// Required gold quotes with a known speaker.
    var goldWithSpeaker = 0
    /// Matched predictions naming a speaker (scare quotes left out).
    var predictedWithSpeaker = 0
    /// Matched predictions whose speaker equals the gold speaker.
    var speakerCorrect = 0
    /// Matches whose kind agrees.
    var kindCorrect = 0
    /// Matches whose gold cue is known.
    var goldWithCue = 0
    /// Matches whose cue agrees with a known gold cue.
    var cueCorrect = 0

    /// The matched pairs (one article only; empty in sums).
    var matches: [Pair] = []
    /// Indices of required gold quotes that no prediction matched (one article only).
    var missed: [Int] = []
    /// Indices of predictions that matched nothing (one article only).
    var spurious: [Int] = []
    /// Matched pairs whose speaker is wrong or missing (one article only).
    var wrongSpeakers: [Pair] = []

    /// Detection precision, recall and F1.
    var detection: PRF { PRF(correct: matched, predicted: predicted, gold: gold) }
    /// Resolved-speaker precision, recall and F1.
    var speaker: PRF { PRF(correct: speakerCorrect, predicted: predictedWithSpeaker, gold: goldWithSpeaker) }
    /// Share of matches whose kind is right (1 when there are no matches).
    var kindAccuracy: Double { PRF.ratio(kindCorrect, matched) }
    /// Share of matches with a known gold cue whose cue is right.
    var cueAccuracy: Double { PRF.ratio(cueCorrect, goldWithCue) }

    /// The sum of two scores' counts (per-article details are dropped).
    static func + (lhs: QuoteScore, rhs: QuoteScore) -> QuoteScore {
        var sum = QuoteScore()
        sum.gold = lhs.gold + rhs.gold
        sum.predicted = lhs.predicted + rhs.predicted
        sum.matched = lhs.matched + rhs.matched
        sum.goldWithSpeaker = lhs.goldWithSpeaker + rhs.goldWithSpeaker
        sum.predictedWithSpeaker = lhs.predictedWithSpeaker + rhs.predictedWithSpeaker
        sum.speakerCorrect = lhs.speakerCorrect + rhs.speakerCorrect
        sum.kindCorrect = lhs.kindCorrect + rhs.kindCorrect
        sum.goldWithCue = lhs.goldWithCue + rhs.goldWithCue
        sum.cueCorrect = lhs.cueCorrect + rhs.cueCorrect
        return sum
    }

    /// Precision, recall and F1 from counts. A zero denominator gives 1 (nothing claimed,
    /// or nothing to find); F1 is 0 when precision and recall are both 0.
    struct PRF: Sendable, Equatable {
        /// Correct predictions.
        var correct: Int
        /// Predictions (precision's denominator).
        var predicted: Int
        /// Gold items (recall's denominator).
        var gold: Int

        /// correct / predicted.
        var precision: Double { Self.ratio(correct, predicted) }
        /// correct / gold.
        var recall: Double { Self.ratio(correct, gold) }
        /// Harmonic mean of precision and recall.
        var f1: Double {
            let sum = precision + recall
            return sum == 0 ? 0 : 2 * precision * recall / sum
        }

        /// `numerator / denominator`, or 1 when the denominator is 0.
        static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
            denominator == 0 ? 1 : Double(numerator) / Double(denominator)
        }
    }
}
