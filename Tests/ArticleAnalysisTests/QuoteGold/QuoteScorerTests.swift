import ArticleModel
import Testing

/// Unit tests of ``QuoteScorer`` on tiny hand-made inputs, so the scorer cannot pass an
/// extractor silently: exact matches, the half-overlap boundary, one-to-one matching,
/// optional gold, speakers and empty sets.
@Suite("Quote gold scorer")
struct QuoteGoldScorerTests {
    private func q(_ start: Int, _ end: Int, block: Int = 1, speaker: String? = nil, kind: QuoteKind = .direct, optional: Bool = false)
        -> ScoredQuote
    {
        ScoredQuote(ranges: [TextRange(block: block, start: start, end: end)], speaker: speaker, kind: kind, isOptional: optional)
    }

    private let scorer = QuoteScorer()

    @Test("an exact match scores 1")
    func exact() {
        let score = scorer.score(gold: [q(10, 30)], predicted: [q(10, 30)])
        #expect(score.matched == 1 && score.detection.f1 == 1)
    }

    @Test("half of the shorter matches; one scalar less does not")
    func halfBoundary() {
        // gold 10..<30 (20 scalars); prediction 20..<40 (20): overlap 10, exactly half → match.
        #expect(QuoteScorer.matches(q(10, 30), q(20, 40)))
        // prediction 21..<41: overlap 9 < 10 → no match.
        #expect(!QuoteScorer.matches(q(10, 30), q(21, 41)))
        // shorter one decides: prediction 25..<29 (4) lies inside gold: overlap 4 → match.
        #expect(QuoteScorer.matches(q(10, 30), q(25, 29)))
        // prediction 28..<34 (6): overlap 2 < 3 → no match; 27..<33: overlap 3 = half → match.
        #expect(!QuoteScorer.matches(q(10, 30), q(28, 34)))
        #expect(QuoteScorer.matches(q(10, 30), q(27, 33)))
        // other block, or touching without sharing, never match.
        #expect(!QuoteScorer.matches(q(10, 30), q(10, 30, block: 2)))
        #expect(!QuoteScorer.matches(q(10, 30), q(30, 40)))
    }

    @Test("overlap counts shared scalars across blocks")
    func multiBlockOverlap() {
        let gold = ScoredQuote(ranges: [TextRange(block: 1, start: 40, end: 60), TextRange(block: 2, start: 1, end: 21)])
        #expect(QuoteScorer.overlap(gold.ranges, [TextRange(block: 2, start: 0, end: 30)]) == 20)
        #expect(QuoteScorer.matches(gold, q(0, 30, block: 2)))
        #expect(!QuoteScorer.matches(gold, q(15, 40, block: 2)))
    }

    @Test("matching is one-to-one: one prediction cannot match two gold quotes")
    func oneToOne() {
        let gold = [q(10, 20), q(22, 32)]
        let score = scorer.score(gold: gold, predicted: [q(10, 32)])
        #expect(score.matched == 1 && score.gold == 2 && score.predicted == 1)
        #expect(score.missed.count == 1)
        let duplicated = scorer.score(gold: [q(10, 30)], predicted: [q(10, 30), q(10, 30)])
        #expect(duplicated.matched == 1 && duplicated.spurious == [1])
        #expect(duplicated.detection.precision == 0.5 && duplicated.detection.recall == 1)
    }

    @Test("the best overlap wins, so an outer prediction matches the outer gold quote")
    func bestOverlapWins() {
        let gold = [q(10, 60), q(20, 30, optional: true)]
        let score = scorer.score(gold: gold, predicted: [q(20, 30), q(10, 60)])
        #expect(score.matches == [QuoteScore.Pair(gold: 0, predicted: 1)])
        #expect(score.predicted == 1, "the nested prediction is set aside by the optional gold")
        #expect(score.detection.f1 == 1)
    }

    @Test("optional gold costs nothing when missed and absorbs nothing a required quote needs")
    func optionalGold() {
        let missed = scorer.score(gold: [q(10, 30), q(40, 50, optional: true)], predicted: [q(10, 30)])
        #expect(missed.detection.f1 == 1)
        // A prediction spanning the optional quote and a required one goes to the required one.
        let merged = scorer.score(gold: [q(0, 40, optional: true), q(0, 30, block: 2)], predicted: [
            ScoredQuote(ranges: [TextRange(block: 1, start: 0, end: 40), TextRange(block: 2, start: 0, end: 30)])
        ])
        #expect(merged.matched == 1 && merged.detection.f1 == 1)
    }

    @Test("empty sets")
    func empty() {
        let none = scorer.score(gold: [], predicted: [])
        #expect(none.detection.f1 == 1 && none.speaker.f1 == 1)
        let nothingFound = scorer.score(gold: [q(0, 5, speaker: "Ana Ruiz")], predicted: [])
        #expect(nothingFound.detection.recall == 0 && nothingFound.detection.f1 == 0)
        #expect(nothingFound.speaker.recall == 0 && nothingFound.speaker.f1 == 0)
        let nothingThere = scorer.score(gold: [], predicted: [q(0, 5)])
        #expect(nothingThere.detection.precision == 0 && nothingThere.detection.f1 == 0)
    }

    @Test("speakers: full name right, surname wrong, guess on unknown wrong, scare left out")
    func speakers() {
        let gold = [
            q(0, 10, speaker: "Bram Keller"), q(20, 30, speaker: "Bram Keller"), q(40, 50, speaker: "Hedda Runstrom"),
            q(60, 70, speaker: nil), q(80, 90, speaker: nil, kind: .scare), q(100, 110, speaker: "Ana Ruiz"),
        ]
        let predicted = [
            q(0, 10, speaker: "  bram   KELLER "), q(20, 30, speaker: "Keller"), q(40, 50, speaker: nil),
            q(60, 70, speaker: "Ana Ruiz"), q(80, 90, speaker: "Ana Ruiz"),
        ]
        let score = scorer.score(gold: gold, predicted: predicted)
        #expect(score.goldWithSpeaker == 4)
        #expect(score.predictedWithSpeaker == 3, "Keller, Bram Keller, the guess; not the scare quote")
        #expect(score.speakerCorrect == 1)
        #expect(score.speaker.precision == 1.0 / 3 && score.speaker.recall == 0.25)
        #expect(score.wrongSpeakers.count == 3)
    }

    @Test("speaker names normalise case, spaces, apostrophes, a leading the and honorifics")
    func normalisation() {
        #expect(QuoteScorer.normalisedSpeaker("The Orlestad Policy Forum") == "orlestad policy forum")
        #expect(QuoteScorer.normalisedSpeaker("Dr. Noor  Haddad.") == "noor haddad")
        #expect(QuoteScorer.normalisedSpeaker("Liam O’Neill") == QuoteScorer.normalisedSpeaker("Liam O'Neill"))
        #expect(QuoteScorer.normalisedSpeaker("  ") == nil)
        #expect(QuoteScorer.normalisedSpeaker(nil) == nil)
    }

    @Test("totals are micro-averaged from counts")
    func microAverage() {
        let a = scorer.score(gold: [q(0, 10)], predicted: [q(0, 10)])
        let b = scorer.score(gold: [q(0, 10), q(20, 30), q(40, 50)], predicted: [])
        let total = a + b
        #expect(total.gold == 4 && total.matched == 1 && total.predicted == 1)
        #expect(total.detection.recall == 0.25 && total.detection.precision == 1)
    }

    @Test("kind and cue accuracy are counted over matches")
    func kindAndCue() {
        var gold = q(0, 10, kind: .partial)
        gold.cue = "said"
        var guess = q(0, 10, kind: .direct)
        guess.cue = "Said"
        let score = scorer.score(gold: [gold], predicted: [guess])
        #expect(score.kindAccuracy == 0 && score.cueAccuracy == 1)
    }
}
