import ArticleModel
import Testing

/// The entity scorer's rules on small hand-made articles: last-token matching, one-to-one
/// pairing, ignore spans, typed figures and the pair-based merge figures.
@Suite("Entity gold: scorer rules")
struct EntityGoldScorerTests {
    let scorer = EntityScorer()
    /// "President Ana Ruiz's aide met U.S. envoy Park Ji-hoon in Lindau. Ruiz and Park talked."
    let article = Article(blocks: [
        Block(kind: .headline, text: "Ruiz Meets Envoy"),
        Block(kind: .paragraph, text: "President Ana Ruiz's aide met U.S. envoy Park Ji-hoon in Lindau. Ruiz and Park talked."),
    ])

    /// A mention of `text` (its `occurrence`-th word-bounded occurrence) in block 1.
    func m(_ text: String, _ kind: EntityKind = .person, _ referent: String, occurrence: Int = 1, block: Int = 1) throws -> ScoredMention {
        let range = try EntityGoldLocator.locate(EntityGoldSpan(block: block, text: text, occurrence: occurrence), in: article)
        return ScoredMention(range: range, text: text, kind: kind, referent: referent)
    }

    @Test("a title in front still matches; a kept possessive or a cut hyphenated name does not")
    func lastToken() throws {
        let gold = [try m("Ana Ruiz", .person, "ruiz"), try m("Park Ji-hoon", .person, "park")]
        #expect(scorer.score(gold: gold, predicted: [try m("President Ana Ruiz", .person, "a")], in: article).matched == 1)
        #expect(scorer.score(gold: gold, predicted: [try m("Ana Ruiz's", .person, "a")], in: article).matched == 0)
        #expect(scorer.score(gold: gold, predicted: [try m("Park Ji", .person, "a")], in: article).matched == 0)
        #expect(scorer.score(gold: gold, predicted: [try m("Ji-hoon", .person, "a")], in: article).matched == 1)
    }

    @Test("trailing dots don't matter: U.S and U.S. end on the same token")
    func acronymDots() throws {
        let gold = [try m("U.S.", .place, "us")]
        #expect(scorer.score(gold: gold, predicted: [try m("U.S", .place, "a")], in: article).matched == 1)
        #expect(scorer.score(gold: gold, predicted: [try m("U", .place, "a")], in: article).matched == 0)
    }

    @Test("the same last token in another block is no match; a span without letters matches nothing")
    func blocksAndEmpty() throws {
        let gold = [try m("Ruiz", .person, "ruiz", block: 0)]
        #expect(scorer.score(gold: gold, predicted: [try m("Ruiz", .person, "a", occurrence: 2)], in: article).matched == 0)
        let dot = ScoredMention(range: TextRange(block: 1, start: 63, end: 64), text: ".", kind: .place, referent: "a")
        #expect(EntityScorer.lastToken(of: dot.range, in: article.blocks.map { Array($0.text.unicodeScalars) }) == nil)
        let outside = ScoredMention(range: TextRange(block: 9, start: 0, end: 4), text: "?", kind: .place, referent: "a")
        let score = scorer.score(gold: gold, predicted: [dot, outside], in: article)
        #expect(score.matched == 0 && score.predicted == 2 && score.spurious == [0, 1])
    }

    @Test("matching is one-to-one and pairs the same kind first")
    func oneToOne() throws {
        let gold = [try m("Lindau", .place, "lindau")]
        let twice = scorer.score(gold: gold, predicted: [try m("Lindau", .organization, "a"), try m("Lindau", .place, "b")], in: article)
        #expect(twice.matched == 1 && twice.typedMatched == 1 && twice.predicted == 2)
        #expect(twice.matches == [EntityScore.Pair(gold: 0, predicted: 1)] && twice.spurious == [0])
        #expect(twice.mentions.precision == 0.5 && twice.mentions.recall == 1)
    }

    @Test("typed figures count a match only when the kinds agree, per kind too")
    func typed() throws {
        let gold = [try m("Ana Ruiz", .person, "ruiz"), try m("Lindau", .place, "lindau")]
        let score = scorer.score(gold: gold, predicted: [try m("Ana Ruiz", .person, "a"), try m("Lindau", .organization, "b")], in: article)
        #expect(score.mentions.f1 == 1 && score.typedMentions.f1 == 0.5)
        #expect(score.byKind[.place] == EntityScore.PRF(correct: 0, predicted: 0, gold: 1))
        #expect(score.byKind[.organization] == EntityScore.PRF(correct: 0, predicted: 1, gold: 0))
        #expect(score.byKind[.person] == EntityScore.PRF(correct: 1, predicted: 1, gold: 1))
    }

    @Test("an unmatched prediction overlapping an ignore span is set aside; a matched one still counts")
    func ignoreSpans() throws {
        let ignore = [try m("U.S. envoy Park", .person, "").range]
        let gold = [try m("Park Ji-hoon", .person, "park")]
        let score = scorer.score(
            gold: gold, predicted: [try m("U.S.", .place, "a"), try m("Park Ji-hoon", .person, "b"), try m("Lindau", .place, "c")],
            ignore: ignore, in: article)
        #expect(score.setAside == 1 && score.predicted == 2 && score.matched == 1 && score.spurious == [2])
    }

    @Test("merge precision and both recalls follow their pair definitions")
    func merges() throws {
        // Gold: Ruiz ×3 (block 0, Ana Ruiz, Ruiz) one cluster; Park ×2 one cluster.
        let gold = [
            try m("Ruiz", .person, "ruiz", block: 0), try m("Ana Ruiz", .person, "ruiz"), try m("Ruiz", .person, "ruiz", occurrence: 2),
            try m("Park Ji-hoon", .person, "park"), try m("Park", .person, "park", occurrence: 2),
        ]
        // Predicted: headline Ruiz missed; Ana Ruiz + Ruiz + bare Park wrongly in one entity;
        // Park Ji-hoon alone.
        let predicted = [
            try m("Ana Ruiz", .person, "e0"), try m("Ruiz", .person, "e0", occurrence: 2),
            try m("Park", .person, "e0", occurrence: 2), try m("Park Ji-hoon", .person, "e1"),
        ]
        let score = scorer.score(gold: gold, predicted: predicted, in: article)
        #expect(score.matched == 4)
        #expect(score.predictedPairs == 3 && score.correctPairs == 1, "e0 has 3 pairs; only Ana Ruiz–Ruiz is right")
        #expect(score.goldPairsMatched == 2, "Ana Ruiz–Ruiz and Park Ji-hoon–Park")
        #expect(score.goldPairs == 4, "3 Ruiz pairs + 1 Park pair")
        #expect(score.mergePrecision == 1.0 / 3 && score.mergeRecall == 0.5 && score.mergeRecallAll == 0.25)
    }

    @Test("empty sets and micro-averaged sums")
    func emptyAndSums() throws {
        let none = scorer.score(gold: [], predicted: [], in: article)
        #expect(none.mentions.f1 == 1 && none.mergePrecision == 1 && none.mergeRecall == 1)
        let missed = scorer.score(gold: [try m("Lindau", .place, "l")], predicted: [], in: article)
        #expect(missed.mentions.recall == 0 && missed.mentions.f1 == 0)
        let extra = scorer.score(gold: [], predicted: [try m("Lindau", .place, "l")], in: article)
        #expect(extra.mentions.precision == 0)
        let sum = missed + extra + none
        #expect(sum.gold == 1 && sum.predicted == 1 && sum.matched == 0)
        #expect(sum.byKind[.place] == EntityScore.PRF(correct: 0, predicted: 1, gold: 1))
    }
}
