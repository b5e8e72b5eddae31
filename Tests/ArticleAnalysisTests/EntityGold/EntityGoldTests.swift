import ArticleAnalysis
import ArticleModel
import Testing

/// Issue 4's evaluation: runs ``ArticleAnalysis/EntityRecognizer`` on every entity fixture,
/// prints the per-article table and the micro-averaged figures (see ``EntityScorer`` for the
/// definitions), and fails only below issue 4's targets.
@Suite("Entity gold: recognizer against the annotated fixtures")
struct EntityGoldTests {
    /// Issue 4's target for untyped mention F1.
    static let untypedTarget = 0.90
    /// Issue 4's target for typed mention F1.
    static let typedTarget = 0.85
    /// Issue 4's target for merge precision.
    static let mergePrecisionTarget = 0.95
    /// Issue 4's target for merge recall (over matched gold pairs).
    static let mergeRecallTarget = 0.85

    @Test("mention F1 ≥ 0.90 untyped and ≥ 0.85 typed; merge precision ≥ 0.95 and recall ≥ 0.85")
    func recognizerMeetsTargets() throws {
        let recognizer = EntityRecognizer()
        let scorer = EntityScorer()
        let fixtures = try EntityGoldFixture.all()
        var report = EntityScoreReport(title: "Entity gold: EntityRecognizer on \(fixtures.count) fixtures")
        for fixture in fixtures {
            let entities = recognizer.recognize(in: fixture.article)
            let predicted = ScoredMention.predicted(from: entities)
            let score = scorer.score(gold: fixture.gold, predicted: predicted, ignore: fixture.ignore, in: fixture.article)
            let names = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ("entity \($0.offset)", $0.element.name) })
            report.rows.append(.init(name: fixture.name, gold: fixture.gold, predicted: predicted, score: score, entityNames: names))
        }
        print(report.text())
        let total = report.total
        #expect(total.gold >= 350)
        #expect(total.mentions.f1 >= Self.untypedTarget, "untyped mention F1 \(total.mentions.f1); see the printed table")
        #expect(total.typedMentions.f1 >= Self.typedTarget, "typed mention F1 \(total.typedMentions.f1); see the printed table")
        #expect(total.mergePrecision >= Self.mergePrecisionTarget, "merge precision \(total.mergePrecision); see the printed table")
        #expect(total.mergeRecall >= Self.mergeRecallTarget, "merge recall \(total.mergeRecall); see the printed table")
    }
}
