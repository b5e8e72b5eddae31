import ArticleAnalysis
import ArticleModel
import Testing

/// Prints ``ArticleAnalysis/EntityRecognizer``'s figures on real published news: the GUM
/// development corpus in `../shared/dev-corpus/entities-gum-dev` (see ``GumEntityCorpus``),
/// scored exactly like the fixtures (``EntityScorer``). Never fails on the figures; skipped
/// when the corpus is absent.
///
/// GUM's gold has person, organization and place only, so predicted mentions of kind
/// `other` (events, laws, works) are left out before scoring: GUM neither rewards nor
/// penalises them. GUM also marks mentions that are not proper names as `ignore` spans;
/// an unmatched prediction overlapping one is set aside.
@Suite("Entity gold: GUM development corpus", .enabled(if: GumEntityCorpus.isAvailable, "needs ../shared/dev-corpus/entities-gum-dev"))
struct EntityGoldGumTests {
    @Test("every GUM mention reads as written in one block")
    func corpusReads() throws {
        let documents = try GumEntityCorpus.documents()
        #expect(!documents.isEmpty)
        for document in documents {
            #expect(document.unplaced == 0, "\(document.name): \(document.unplaced) spans not placed")
            for mention in document.gold {
                let scalars = Array(document.article.blocks[mention.range.block].text.unicodeScalars)
                #expect(String(String.UnicodeScalarView(scalars[mention.range.start..<mention.range.end])) == mention.text)
            }
        }
    }

    @Test("prints mention and merge figures")
    func figures() throws {
        let recognizer = EntityRecognizer()
        let scorer = EntityScorer()
        let documents = try GumEntityCorpus.documents()
        var report = EntityScoreReport(title: "Entity gold: EntityRecognizer on GUM dev (\(documents.count) articles; predicted `other` left out)")
        var leftOut = 0
        for document in documents {
            let entities = recognizer.recognize(in: document.article)
            let all = ScoredMention.predicted(from: entities)
            let predicted = all.filter { $0.kind != .other }
            leftOut += all.count - predicted.count
            let score = scorer.score(gold: document.gold, predicted: predicted, ignore: document.ignore, in: document.article)
            let names = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ("entity \($0.offset)", $0.element.name) })
            report.rows.append(.init(name: document.name, gold: document.gold, predicted: predicted, score: score, entityNames: names))
        }
        print(report.text())
        print("predicted mentions of kind other left out: \(leftOut)")
    }
}
