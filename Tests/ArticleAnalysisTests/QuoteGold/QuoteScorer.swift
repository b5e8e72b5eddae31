import ArticleModel

/// A quotation as the scorer compares it: where it is (ranges of Unicode scalars, as in
/// ``ArticleModel/Quote/ranges``) and the annotations that are scored or reported.
struct ScoredQuote: Sendable, Equatable {
    /// The quoted words' ranges, one per block, in reading order.
    var ranges: [TextRange]
    /// The quoted words (for the report only; matching uses ``ranges``).
    var text: String
    /// The resolved speaker, or `nil` when unknown.
    var speaker: String?
    /// The speaker as written (predictions only; for the report).
    var speakerMention: String?
    /// Direct, partial or scare.
    var kind: QuoteKind
    /// The cue, or `nil`.
    var cue: String?
    /// Gold only: a quote that is neither rewarded nor penalised (see ``GoldQuote/optional``).
    var isOptional: Bool

    /// Creates a scored quote.
    init(
        ranges: [TextRange], text: String = "", speaker: String? = nil, speakerMention: String? = nil,
        kind: QuoteKind = .direct, cue: String? = nil, isOptional: Bool = false
    ) {
        self.ranges = ranges
        self.text = text
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.kind = kind
        self.cue = cue
        self.isOptional = isOptional
    }

    /// A gold quote at the ranges the locator found for it.
    init(gold: GoldQuote, ranges: [TextRange]) {
        self.init(
            ranges: ranges, text: gold.text, speaker: gold.speaker, kind: gold.kind, cue: gold.cue,
            isOptional: gold.optional)
    }

    /// A quote predicted by the extractor.
    init(predicted quote: Quote) {
        self.init(
            ranges: quote.ranges, text: quote.text, speaker: quote.speaker, speakerMention: quote.speakerMention,
            kind: quote.kind, cue: quote.cue)
    }

    /// The number of scalars the quote covers.
    var length: Int { ranges.reduce(0) { $0 + max(0, $1.end - $1.start) } }
}

/// Scores predicted quotations against gold ones, following issue 3's definitions.
///
/// **Detection.** A prediction matches a gold quote when they share at least one scalar and
/// the shared scalars are at least half of the shorter quote (`2 * overlap >= min(lengths)`).
/// Matching is one-to-one and greedy: all qualifying (gold, prediction) pairs are taken in
/// order of decreasing overlap ratio (shared / union, so an outer prediction goes to the
/// outer gold quote, not a nested one), ties in reading order. Required gold quotes are
/// matched first; predictions left over may then match optional gold quotes, and those
/// predictions are set aside (neither true nor false positives). Every quote counts,
/// scare quotes included: precision = matched / predictions, recall = matched / gold.
///
/// **Speaker.** Over the required gold quotes that have a speaker (recall's denominator,
/// missed ones included) and the matched predictions that name one (precision's
/// denominator). A matched prediction's speaker is correct when it equals the gold speaker
/// after ``normalisedSpeaker(_:)``, so a surname alone ("Keller" for "Bram Keller") is
/// wrong. A name on a gold quote whose speaker is unknown is a guess and counts as wrong;
/// scare quotes are left out of speaker scoring altogether.
///
/// **Reported only.** Kind accuracy over matches; cue accuracy over matches whose gold cue
/// is known (case-insensitive equality).
///
/// Ratios with a zero denominator are 1 (nothing to find, or nothing claimed), so an empty
/// gold with no predictions scores 1 and an empty prediction list against gold scores
/// recall 0 and F1 0.
struct QuoteScorer: Sendable {
    /// Creates a scorer. It has no options.
    init() {}

    /// Scores one article's predictions against its gold.
    func score(gold: [ScoredQuote], predicted: [ScoredQuote]) -> QuoteScore {
        let required = gold.indices.filter { !gold[$0].isOptional }
        let optional = gold.indices.filter { gold[$0].isOptional }
        let main = Self.greedyMatch(gold: gold, goldIndices: required, predicted: predicted, predictedIndices: Array(predicted.indices))
        let matchedPredictions = Set(main.map(\.predicted))
        let leftovers = predicted.indices.filter { !matchedPredictions.contains($0) }
        let ignored = Self.greedyMatch(gold: gold, goldIndices: optional, predicted: predicted, predictedIndices: leftovers)
        let ignoredPredictions = Set(ignored.map(\.predicted))
        let matchedGold = Set(main.map(\.gold))

        var score = QuoteScore()
        score.gold = required.count
        score.predicted = predicted.count - ignored.count
        score.matched = main.count
        score.matches = main.sorted { ($0.gold, $0.predicted) < ($1.gold, $1.predicted) }
        score.missed = required.filter { !matchedGold.contains($0) }
        score.spurious = leftovers.filter { !ignoredPredictions.contains($0) }
        score.goldWithSpeaker = required.filter { gold[$0].speaker != nil }.count
        for pair in main {
            let truth = gold[pair.gold], guess = predicted[pair.predicted]
            if truth.kind == guess.kind { score.kindCorrect += 1 }
            if let cue = truth.cue {
                score.goldWithCue += 1
                if let predictedCue = guess.cue, predictedCue.lowercased() == cue.lowercased() { score.cueCorrect += 1 }
            }
            guard truth.kind != .scare, let name = Self.normalisedSpeaker(guess.speaker) else { continue }
            score.predictedWithSpeaker += 1
            if name == Self.normalisedSpeaker(truth.speaker) {
                score.speakerCorrect += 1
            } else {
                score.wrongSpeakers.append(pair)
            }
        }
        for pair in main where gold[pair.gold].speaker != nil && predicted[pair.predicted].speaker == nil {
            score.wrongSpeakers.append(pair)
        }
        return score
    }

    /// A speaker name in the form compared: lower-cased, whitespace runs collapsed to one
    /// space, typographic apostrophes made straight, trailing `.,;:` and a leading "the "
    /// and honorific ("Dr.", "Mr", "Ms", "Mrs", "Prof.", "Professor") removed; `nil` for
    /// `nil` or a blank name.
    static func normalisedSpeaker(_ name: String?) -> String? {
        guard let name else { return nil }
        var words = name.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if var last = words.popLast() {
            while let character = last.last, ".,;:".contains(character) { last.removeLast() }
            if !last.isEmpty { words.append(last) }
        }
        let prefixes: Set<String> = ["the", "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "prof", "prof.", "professor"]
        while words.count > 1, let first = words.first, prefixes.contains(first) { words.removeFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Scalars shared by two lists of ranges (ranges of one list do not overlap each other).
    static func overlap(_ lhs: [TextRange], _ rhs: [TextRange]) -> Int {
        var shared = 0
        for a in lhs {
            for b in rhs where a.block == b.block {
                shared += max(0, min(a.end, b.end) - max(a.start, b.start))
            }
        }
        return shared
    }

    /// Whether two quotes match: they share at least half of the shorter one (and at least
    /// one scalar).
    static func matches(_ lhs: ScoredQuote, _ rhs: ScoredQuote) -> Bool {
        let shared = overlap(lhs.ranges, rhs.ranges)
        return shared > 0 && 2 * shared >= min(lhs.length, rhs.length)
    }

    /// One-to-one greedy matching by decreasing overlap ratio, ties in reading order.
    static func greedyMatch(
        gold: [ScoredQuote], goldIndices: [Int], predicted: [ScoredQuote], predictedIndices: [Int]
    ) -> [QuoteScore.Pair] {
        var candidates: [(ratio: Double, pair: QuoteScore.Pair)] = []
        for g in goldIndices {
            for p in predictedIndices where matches(gold[g], predicted[p]) {
                let shared = overlap(gold[g].ranges, predicted[p].ranges)
                let union = gold[g].length + predicted[p].length - shared
                candidates.append((Double(shared) / Double(max(union, 1)), QuoteScore.Pair(gold: g, predicted: p)))
            }
        }
        candidates.sort { lhs, rhs in
            if lhs.ratio != rhs.ratio { return lhs.ratio > rhs.ratio }
            return (lhs.pair.gold, lhs.pair.predicted) < (rhs.pair.gold, rhs.pair.predicted)
        }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var result: [QuoteScore.Pair] = []
        for candidate in candidates where !usedGold.contains(candidate.pair.gold) && !usedPredicted.contains(candidate.pair.predicted) {
            usedGold.insert(candidate.pair.gold)
            usedPredicted.insert(candidate.pair.predicted)
            result.append(candidate.pair)
        }
        return result
    }
}
