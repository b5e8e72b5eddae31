import ArticleAnalysis
import ArticleModel
import Foundation
import Testing

/// Quote speakers resolved through the entity model (``ArticleAnalysis/Article/analysed()``)
/// against the quote gold fixtures: the figures of ``QuoteGoldTests`` must hold on this path
/// too (detection F1 ≥ 0.95, resolved-speaker F1 ≥ 0.85). Prints both paths' figures.
@Suite("Entity model: quote speakers through analysed()")
struct EntityQuoteSpeakerTests {
    @Test("analysed() keeps detection F1 ≥ 0.95 and speaker F1 ≥ 0.85 on the quote gold")
    func analysedMeetsQuoteTargets() throws {
        let scorer = QuoteScorer()
        var extracted = QuoteScore()
        var analysed = QuoteScore()
        var report = QuoteScoreReport(title: "Quote gold through Article.analysed()")
        for fixture in try QuoteGoldFixture.all() {
            let plain = QuoteExtractor().extract(from: fixture.article).map(ScoredQuote.init(predicted:))
            extracted = extracted + scorer.score(gold: fixture.gold, predicted: plain)
            let predicted = fixture.article.analysed().quotes.map(ScoredQuote.init(predicted:))
            let score = scorer.score(gold: fixture.gold, predicted: predicted)
            analysed = analysed + score
            report.rows.append(.init(name: fixture.name, gold: fixture.gold, predicted: predicted, score: score))
        }
        print(report.text())
        print("speaker F1: extractor \(extracted.speaker.f1), analysed() \(analysed.speaker.f1)")
        fflush(nil)  // standard output is a pipe under `swift test`: don't lose the figures
        #expect(analysed.gold >= 100, "the quote gold fixtures were not found")
        #expect(analysed.detection.f1 >= QuoteGoldTests.detectionTarget)
        #expect(analysed.speaker.f1 >= QuoteGoldTests.speakerTarget, "speaker F1 \(analysed.speaker.f1); see the printed table")
        #expect(analysed.detection.f1 == extracted.detection.f1, "entities change speakers, never which quotes are found")
    }

    @Test("a speaker that is an entity carries its canonical name and index")
    func speakerEntityIsConsistent() throws {
        for fixture in try QuoteGoldFixture.all() {
            let article = fixture.article.analysed()
            for quote in article.quotes {
                guard let index = quote.speakerEntity else { continue }
                try #require(article.entities.indices.contains(index))
                #expect(quote.speaker == article.entities[index].name)
            }
        }
    }
}
