import ArticleModel

/// Scores predicted entity mentions against gold, for issue 4's evaluation.
///
/// **Mentions.** A predicted mention matches a gold mention when both are in the same block
/// and end on the same last token. The last token of a span is the word (maximal run of
/// letters and digits, ``EntityGoldLocator/isWordScalar(_:)``) that holds the span's last
/// letter or digit; trailing punctuation is skipped, so "U.S." and "U.S" end on the same
/// token "S", "President Ana Ruiz" and "Ana Ruiz" both end on "Ruiz", while "Ruiz's" ends on
/// "s" (a possessive left on the name is a miss) and "Park Ji" does not end on "hoon" of
/// "Park Ji-hoon". A span with no letter or digit matches nothing. Matching is one-to-one:
/// within each (block, last token) the gold and predicted mentions are paired first kind by
/// kind, then the rest in reading order. Then:
/// - *untyped* precision = matched / predicted, recall = matched / gold;
/// - *typed*: a matched pair counts only when the kinds agree (same denominators);
/// - per kind: gold of that kind, predictions of that kind, matched pairs of that kind on
///   both sides;
/// - a prediction that matches nothing and overlaps an `ignore` span (same block, at least
///   one shared scalar) is set aside: it is in neither denominator.
///
/// **Alias merges** (over pairs of mentions, within one article, using the untyped matches):
/// - *merge precision* = of the pairs of matched predicted mentions that the recognizer put
///   in the same entity, the share whose two gold mentions are in the same cluster;
/// - *merge recall* = of the pairs of gold mentions in the same cluster whose two mentions
///   are both matched, the share whose predictions are in the same entity;
/// - *merge recall (all)* = the same right pairs over every same-cluster gold pair, matched
///   or not (an unmatched mention's pairs count as misses).
/// A zero denominator gives 1. Totals over several articles are micro-averaged from counts.
struct EntityScorer: Sendable {
    /// Where a span ends: its block and the scalar offset where its last token starts.
    struct TokenKey: Hashable, Sendable {
        /// Block index.
        var block: Int
        /// Offset of the first scalar of the span's last token.
        var tokenStart: Int
    }

    /// Creates a scorer. It has no options.
    init() {}

    /// The score of `predicted` against `gold` in `article`, with `ignore` spans set aside
    /// (see the type's documentation).
    func score(gold: [ScoredMention], predicted: [ScoredMention], ignore: [TextRange] = [], in article: Article) -> EntityScore {
        let blocks = article.blocks.map { Array($0.text.unicodeScalars) }
        var goldByKey: [TokenKey: [Int]] = [:]
        var keys: [TokenKey] = []
        for (index, mention) in gold.enumerated() {
            guard let key = Self.lastToken(of: mention.range, in: blocks) else { continue }
            if goldByKey[key] == nil { keys.append(key) }
            goldByKey[key, default: []].append(index)
        }
        var predictedByKey: [TokenKey: [Int]] = [:]
        for (index, mention) in predicted.enumerated() {
            guard let key = Self.lastToken(of: mention.range, in: blocks) else { continue }
            predictedByKey[key, default: []].append(index)
        }

        var pairs: [EntityScore.Pair] = []
        for key in keys {
            var golds = goldByKey[key] ?? []
            var guesses = predictedByKey[key] ?? []
            // Same kind first, so the one-to-one pairing keeps as many typed matches as possible.
            for kind in EntityKind.allCases {
                while let g = golds.firstIndex(where: { gold[$0].kind == kind }),
                    let p = guesses.firstIndex(where: { predicted[$0].kind == kind })
                {
                    pairs.append(EntityScore.Pair(gold: golds.remove(at: g), predicted: guesses.remove(at: p)))
                }
            }
            for (g, p) in zip(golds, guesses) { pairs.append(EntityScore.Pair(gold: g, predicted: p)) }
        }
        pairs.sort { ($0.gold, $0.predicted) < ($1.gold, $1.predicted) }

        let matchedGold = Set(pairs.map(\.gold))
        let matchedPredicted = Set(pairs.map(\.predicted))
        var score = EntityScore()
        score.matches = pairs
        score.missed = gold.indices.filter { !matchedGold.contains($0) }
        var counted: [Int] = []
        for index in predicted.indices {
            if !matchedPredicted.contains(index), ignore.contains(where: { Self.overlaps($0, predicted[index].range) }) {
                score.setAside += 1
            } else {
                counted.append(index)
                if !matchedPredicted.contains(index) { score.spurious.append(index) }
            }
        }
        score.gold = gold.count
        score.predicted = counted.count
        score.matched = pairs.count
        score.typedMatched = pairs.filter { gold[$0.gold].kind == predicted[$0.predicted].kind }.count
        for kind in EntityKind.allCases {
            score.byKind[kind] = EntityScore.PRF(
                correct: pairs.filter { gold[$0.gold].kind == kind && predicted[$0.predicted].kind == kind }.count,
                predicted: counted.filter { predicted[$0].kind == kind }.count,
                gold: gold.filter { $0.kind == kind }.count)
        }

        for i in pairs.indices {
            for j in pairs.indices where j > i {
                let samePredicted = predicted[pairs[i].predicted].referent == predicted[pairs[j].predicted].referent
                let sameGold = gold[pairs[i].gold].referent == gold[pairs[j].gold].referent
                if samePredicted { score.predictedPairs += 1 }
                if sameGold { score.goldPairsMatched += 1 }
                if samePredicted && sameGold { score.correctPairs += 1 }
            }
        }
        var clusterSizes: [String: Int] = [:]
        for mention in gold { clusterSizes[mention.referent, default: 0] += 1 }
        score.goldPairs = clusterSizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        return score
    }

    /// The block and start offset of the last token of `range` (see the type's
    /// documentation), or `nil` when the range holds no letter or digit or lies outside
    /// its block.
    static func lastToken(of range: TextRange, in blocks: [[Unicode.Scalar]]) -> TokenKey? {
        guard blocks.indices.contains(range.block), range.start >= 0 else { return nil }
        let text = blocks[range.block]
        var index = min(range.end, text.count) - 1
        while index >= range.start, !EntityGoldLocator.isWordScalar(text[index]) { index -= 1 }
        guard index >= range.start else { return nil }
        while index > 0, EntityGoldLocator.isWordScalar(text[index - 1]) { index -= 1 }
        return TokenKey(block: range.block, tokenStart: index)
    }

    /// Whether two ranges share at least one scalar of the same block.
    static func overlaps(_ a: TextRange, _ b: TextRange) -> Bool {
        a.block == b.block && a.start < b.end && b.start < a.end
    }
}
