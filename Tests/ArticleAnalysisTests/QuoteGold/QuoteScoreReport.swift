import Foundation

/// Formats quote scores as the plain-text table the gold suite prints: one row per article
/// (gold, predicted, matched, speaker gold / predicted / correct), the micro-averaged totals
/// with precision, recall and F1, and then every miss, spurious prediction and wrong
/// speaker so a regression can be read straight off the test log.
struct QuoteScoreReport {
    /// One scored article.
    struct Row {
        /// The article's name.
        var name: String
        /// Its gold quotes.
        var gold: [ScoredQuote]
        /// The predictions.
        var predicted: [ScoredQuote]
        /// The score of `predicted` against `gold`.
        var score: QuoteScore
    }

    /// A title printed above the table.
    var title: String
    /// The scored articles, in the order printed.
    var rows: [Row] = []

    /// The sum of all rows' scores.
    var total: QuoteScore { rows.reduce(QuoteScore()) { $0 + $1.score } }

    /// The report as text.
    func text() -> String {
        var lines = [title]
        let width = max(24, rows.map(\.name.count).max() ?? 0)
        lines.append(pad("fixture", width) + "  gold  pred  match  | spk-gold  spk-pred  spk-ok")
        for row in rows {
            let s = row.score
            lines.append(
                pad(row.name, width) + "  " + [s.gold, s.predicted, s.matched].map { num($0, 4) }.joined(separator: "  ")
                    + "   |  " + [s.goldWithSpeaker, s.predictedWithSpeaker, s.speakerCorrect].map { num($0, 8) }.joined(separator: "  "))
        }
        let t = total
        lines.append(
            pad("TOTAL", width) + "  " + [t.gold, t.predicted, t.matched].map { num($0, 4) }.joined(separator: "  ")
                + "   |  " + [t.goldWithSpeaker, t.predictedWithSpeaker, t.speakerCorrect].map { num($0, 8) }.joined(separator: "  "))
        lines.append("detection  P \(fmt(t.detection.precision))  R \(fmt(t.detection.recall))  F1 \(fmt(t.detection.f1))")
        lines.append("speaker    P \(fmt(t.speaker.precision))  R \(fmt(t.speaker.recall))  F1 \(fmt(t.speaker.f1))")
        lines.append("kind accuracy \(fmt(t.kindAccuracy)) over \(t.matched) matches; cue accuracy \(fmt(t.cueAccuracy)) over \(t.goldWithCue)")
        for row in rows {
            for index in row.score.missed {
                let g = row.gold[index]
                lines.append("  MISS    \(row.name): \(snippet(g.text)) [\(g.speaker ?? "unknown")]")
            }
            for index in row.score.spurious {
                let p = row.predicted[index]
                lines.append("  EXTRA   \(row.name): \(snippet(p.text)) [\(p.kind.rawValue), \(p.speaker ?? "unknown")]")
            }
            for pair in row.score.wrongSpeakers {
                let g = row.gold[pair.gold], p = row.predicted[pair.predicted]
                lines.append(
                    "  SPEAKER \(row.name): \(snippet(g.text)) gold \(g.speaker ?? "unknown"), got \(p.speaker ?? "unknown")"
                        + " (mention \(p.speakerMention ?? "none"))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func num(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private func fmt(_ value: Double) -> String { String(format: "%.3f", value) }

    private func snippet(_ text: String) -> String {
        let cut = text.count > 60 ? String(text.prefix(57)) + "..." : text
        return "“\(cut)”"
    }
}
