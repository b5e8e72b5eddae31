import ArticleAnalysis
import ArticleModel
import Foundation
import Testing

/// Prints ``ArticleAnalysis/QuoteExtractor``'s figures on real published news: the PolNeAR
/// development corpus in `../shared/dev-corpus` (see ``PolnearCorpus`` for what counts as
/// gold). Never fails on the figures; skipped when the corpus is absent.
///
/// Printed: detection precision, recall and F1 over all predictions and over predictions
/// that are not scare quotes (PolNeAR only annotates attributed quotations, so an
/// unattributed scare quote counts against precision in the first figure), and a lenient
/// speaker figure: over matched quotes whose gold has a Source, the share whose predicted
/// speaker mention or resolved speaker shares a word (other than a few function words) with
/// the Source span; and the same for the resolved speaker alone.
@Suite("Quote gold: PolNeAR development corpus", .enabled(if: PolnearCorpus.isAvailable, "needs ../shared/dev-corpus/quotes-polnear-dev"))
struct QuoteGoldPolnearTests {
    @Test("prints detection and lenient speaker figures")
    func figures() throws {
        let extractor = QuoteExtractor()
        let scorer = QuoteScorer()
        var all = QuoteScore(), speech = QuoteScore()
        var withSource = 0, lenientCorrect = 0, resolvedCorrect = 0
        let documents = try PolnearCorpus.documents()
        for document in documents {
            let gold = document.gold.map { ScoredQuote(ranges: $0.ranges, speaker: $0.source) }
            let quotes = extractor.extract(from: document.article)
            let predicted = quotes.map(ScoredQuote.init(predicted:))
            let score = scorer.score(gold: gold, predicted: predicted)
            all = all + score
            speech = speech + scorer.score(gold: gold, predicted: predicted.filter { $0.kind != .scare })
            for pair in score.matches {
                guard let source = document.gold[pair.gold].source else { continue }
                withSource += 1
                let quote = quotes[pair.predicted]
                let sourceWords = Self.words(source)
                if !sourceWords.isDisjoint(with: Self.words(quote.speakerMention ?? "").union(Self.words(quote.speaker ?? ""))) {
                    lenientCorrect += 1
                }
                if !sourceWords.isDisjoint(with: Self.words(quote.speaker ?? "")) { resolvedCorrect += 1 }
            }
        }
        func line(_ label: String, _ s: QuoteScore) -> String {
            let d = s.detection
            return label + " gold \(s.gold) pred \(s.predicted) matched \(s.matched)  P \(Self.fmt(d.precision))  R \(Self.fmt(d.recall))  F1 \(Self.fmt(d.f1))"
        }
        print("Quote gold: QuoteExtractor on PolNeAR dev (\(documents.count) articles, direct quotations)")
        print(line("detection, all predictions:     ", all))
        print(line("detection, scare quotes left out:", speech))
        print(
            "speaker (lenient, mention or name shares a word with Source): \(lenientCorrect)/\(withSource) = "
                + Self.fmt(QuoteScore.PRF.ratio(lenientCorrect, withSource)))
        print(
            "speaker (resolved name shares a word with Source):             \(resolvedCorrect)/\(withSource) = "
                + Self.fmt(QuoteScore.PRF.ratio(resolvedCorrect, withSource)))
    }

    /// Lower-cased words of `text`, without a few function words ("the", "a", "of", ...).
    static func words(_ text: String) -> Set<String> {
        let stop: Set<String> = ["the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "s"]
        let tokens = text.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return Set(tokens).subtracting(stop)
    }

    private static func fmt(_ value: Double) -> String { String(format: "%.3f", value) }
}
