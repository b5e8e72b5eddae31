import ArticleModel
import Foundation

/// Formats entity scores as the plain-text table the gold suites print: one row per article
/// (gold, predicted, set aside, matched, typed matches; merge pairs), the micro-averaged
/// figures (untyped and typed mention P/R/F1, per kind, merge precision and both merge
/// recalls), and then, when `details` is on, every missed and extra mention, wrong kind,
/// wrong merge and split cluster, so a regression can be read off the test log.
struct EntityScoreReport {
    /// One scored article.
    struct Row {
        /// The article's name.
        var name: String
        /// Its gold mentions (`referent` = cluster).
        var gold: [ScoredMention]
        /// The predictions (`referent` = predicted entity).
        var predicted: [ScoredMention]
        /// The score of `predicted` against `gold`.
        var score: EntityScore
        /// The predicted entities' names by referent, for the merge lines.
        var entityNames: [String: String] = [:]
    }

    /// A title printed above the table.
    var title: String
    /// Whether to list misses, extras, wrong kinds, wrong merges and splits.
    var details = true
    /// The scored articles, in the order printed.
    var rows: [Row] = []

    /// The sum of all rows' scores.
    var total: EntityScore { rows.reduce(EntityScore()) { $0 + $1.score } }

    /// The report as text.
    func text() -> String {
        var lines = [title]
        let width = max(28, rows.map(\.name.count).max() ?? 0)
        lines.append(pad("article", width) + "  gold  pred aside match typed |  m-F1  t-F1 | pairs: pred right g-match  gold")
        for row in rows { lines.append(line(row.name, row.score, width)) }
        let t = total
        lines.append(line("TOTAL", t, width))
        lines.append("mentions untyped  P \(fmt(t.mentions.precision))  R \(fmt(t.mentions.recall))  F1 \(fmt(t.mentions.f1))")
        lines.append("mentions typed    P \(fmt(t.typedMentions.precision))  R \(fmt(t.typedMentions.recall))  F1 \(fmt(t.typedMentions.f1))")
        for kind in EntityKind.allCases {
            guard let k = t.byKind[kind], k.gold + k.predicted > 0 else { continue }
            lines.append(
                "  " + pad(kind.rawValue, 13) + "gold \(num(k.gold, 4))  pred \(num(k.predicted, 4))  right \(num(k.correct, 4))"
                    + "  P \(fmt(k.precision))  R \(fmt(k.recall))  F1 \(fmt(k.f1))")
        }
        lines.append("merges  precision \(fmt(t.mergePrecision)) (\(t.correctPairs)/\(t.predictedPairs) pairs)"
            + "  recall \(fmt(t.mergeRecall)) (\(t.correctPairs)/\(t.goldPairsMatched) matched gold pairs)"
            + "  recall-all \(fmt(t.mergeRecallAll)) (\(t.correctPairs)/\(t.goldPairs) gold pairs)")
        if details {
            for row in rows { lines.append(contentsOf: detailLines(row)) }
        }
        return lines.joined(separator: "\n")
    }

    private func line(_ name: String, _ s: EntityScore, _ width: Int) -> String {
        pad(name, width) + "  " + [s.gold, s.predicted, s.setAside, s.matched, s.typedMatched].map { num($0, 4) }.joined(separator: "  ")
            + " | " + fmt(s.mentions.f1) + " " + fmt(s.typedMentions.f1) + " |        "
            + [s.predictedPairs, s.correctPairs, s.goldPairsMatched, s.goldPairs].map { num($0, 5) }.joined(separator: " ")
    }

    /// Misses, extras, wrong kinds, wrong merges and splits of one row.
    private func detailLines(_ row: Row) -> [String] {
        var lines: [String] = []
        let s = row.score
        for index in s.missed {
            let g = row.gold[index]
            lines.append("  MISS  \(row.name) [\(g.range.block)] \(g.text) (\(g.kind.rawValue))")
        }
        for index in s.spurious {
            let p = row.predicted[index]
            lines.append("  EXTRA \(row.name) [\(p.range.block)] \(p.text) (\(p.kind.rawValue))")
        }
        for pair in s.matches where row.gold[pair.gold].kind != row.predicted[pair.predicted].kind {
            let g = row.gold[pair.gold], p = row.predicted[pair.predicted]
            lines.append("  KIND  \(row.name) [\(g.range.block)] \(g.text): gold \(g.kind.rawValue), got \(p.kind.rawValue) (\(p.text))")
        }
        // Wrong merges: a predicted entity whose matched mentions come from several clusters.
        var byEntity: [String: [EntityScore.Pair]] = [:]
        var byCluster: [String: [EntityScore.Pair]] = [:]
        for pair in s.matches {
            byEntity[row.predicted[pair.predicted].referent, default: []].append(pair)
            byCluster[row.gold[pair.gold].referent, default: []].append(pair)
        }
        for (entity, pairs) in byEntity.sorted(by: { $0.key < $1.key }) {
            let groups = grouped(pairs) { row.gold[$0.gold].referent }
            guard groups.count > 1 else { continue }
            let parts = groups.map { cluster, members in "\(cluster): " + texts(members.map { row.gold[$0.gold].text }) }
            lines.append("  MERGE \(row.name) entity “\(row.entityNames[entity] ?? entity)” joins " + parts.joined(separator: " + "))
        }
        for (cluster, pairs) in byCluster.sorted(by: { $0.key < $1.key }) {
            let groups = grouped(pairs) { row.predicted[$0.predicted].referent }
            guard groups.count > 1 else { continue }
            let parts = groups.map { entity, members in
                "“\(row.entityNames[entity] ?? entity)”: " + texts(members.map { row.predicted[$0.predicted].text })
            }
            lines.append("  SPLIT \(row.name) cluster \(cluster) into " + parts.joined(separator: " | "))
        }
        return lines
    }

    private func grouped(_ pairs: [EntityScore.Pair], by key: (EntityScore.Pair) -> String) -> [(String, [EntityScore.Pair])] {
        var order: [String] = []
        var groups: [String: [EntityScore.Pair]] = [:]
        for pair in pairs {
            let k = key(pair)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(pair)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    private func texts(_ values: [String]) -> String {
        var seen: [String] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        return seen.joined(separator: ", ") + " ×\(values.count)"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func num(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private func fmt(_ value: Double) -> String { String(format: "%.3f", value) }
}
