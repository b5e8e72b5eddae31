import ArticleAnalysis
import ArticleModel
import Testing

/// Issue 3's evaluation: runs ``ArticleAnalysis/QuoteExtractor`` on every quote fixture,
/// prints the per-fixture table and the micro-averaged figures (see ``QuoteScorer``), and
/// fails only when detection F1 drops below 0.95 or resolved-speaker F1 below 0.85.
@Suite("Quote gold: extractor against the annotated fixtures")
struct QuoteGoldTests {
    /// Issue 3's target for detection F1.
    static let detectionTarget = 0.95
    /// Issue 3's target for resolved-speaker F1.
    static let speakerTarget = 0.85

    @Test("detection F1 ≥ 0.95 and resolved-speaker F1 ≥ 0.85 on the gold fixtures")
    func extractorMeetsTargets() throws {
        let extractor = QuoteExtractor()
        let scorer = QuoteScorer()
        var report = QuoteScoreReport(title: "Quote gold: QuoteExtractor on \(try QuoteGoldFixture.names().count) fixtures")
        for fixture in try QuoteGoldFixture.all() {
            let predicted = extractor.extract(from: fixture.article).map(ScoredQuote.init(predicted:))
            let score = scorer.score(gold: fixture.gold, predicted: predicted)
            report.rows.append(.init(name: fixture.name, gold: fixture.gold, predicted: predicted, score: score))
        }
        print(report.text())
        let total = report.total
        #expect(total.gold >= 100)
        #expect(
            total.detection.f1 >= Self.detectionTarget,
            "detection F1 \(total.detection.f1) is below \(Self.detectionTarget); see the printed table")
        #expect(
            total.speaker.f1 >= Self.speakerTarget,
            "speaker F1 \(total.speaker.f1) is below \(Self.speakerTarget); see the printed table")
    }
}
