import ArticleModel

/// The model invariants of ``HardeningPipeline``.
extension HardeningPipeline {
    static func check(article: Article, into report: inout Report) {
        let scalars = article.blocks.map { Array($0.text.unicodeScalars) }
        let meta = article.metadata
        let metaValues = [("headline", meta.headline), ("byline", meta.byline), ("date", meta.date),
                          ("site name", meta.siteName), ("url", meta.url), ("description", meta.description),
                          ("published", meta.published)]
            + meta.authors.map { ("author", Optional($0)) } + meta.tags.map { ("tag", Optional($0)) }
        for (name, value) in metaValues {
            if let value, let bad = firstControl(in: value) {
                report.add("model", "\(name) holds \(ScalarRules.name(bad))")
            }
        }
        for (index, block) in article.blocks.enumerated() {
            if let bad = firstControl(in: block.text) {
                report.add("model", "block \(index) text holds \(ScalarRules.name(bad))")
            }
            if let credit = block.credit, let bad = firstControl(in: credit) {
                report.add("model", "block \(index) credit holds \(ScalarRules.name(bad))")
            }
        }

        /// The text at `range`, or `nil` (with a violation) when the range is outside its block.
        func text(at range: TextRange, _ what: @autoclosure () -> String) -> String? {
            guard range.block >= 0, range.block < scalars.count else {
                report.add("model", "\(what()) names block \(range.block) of \(scalars.count)")
                return nil
            }
            let count = scalars[range.block].count
            guard range.start >= 0, range.start <= range.end, range.end <= count else {
                report.add("model", "\(what()) \(range.start)..<\(range.end) outside block \(range.block) of \(count) scalars")
                return nil
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range.block][range.start..<range.end])
            return String(view)
        }

        for (l, link) in article.links.enumerated() {
            _ = text(at: link.range, "link \(l)")
            if !(link.url.hasPrefix("http://") || link.url.hasPrefix("https://")) {
                report.add("model", "link \(l) is not http(s): \(link.url.debugDescription.prefix(80))")
            }
        }
        for (q, quote) in article.quotes.enumerated() {
            var pieces: [String] = []
            var allInside = true
            for range in quote.ranges {
                if let piece = text(at: range, "quote \(q) range") { pieces.append(piece) } else { allInside = false }
            }
            if allInside, pieces.joined(separator: " ") != quote.text {
                report.add("model", "quote \(q) text \(quote.text.debugDescription.prefix(80)) is not the text at its ranges \(pieces.joined(separator: " ").debugDescription.prefix(80))")
            }
            if let range = quote.speakerMentionRange, let written = text(at: range, "quote \(q) speaker mention"),
               let mention = quote.speakerMention, written != mention {
                report.add("model", "quote \(q) speaker mention \(mention.debugDescription) but \(written.debugDescription) at its range")
            }
            if let entity = quote.speakerEntity, entity < 0 || entity >= article.entities.count {
                report.add("model", "quote \(q) speaker entity \(entity) of \(article.entities.count)")
            }
        }
        for (e, entity) in article.entities.enumerated() {
            for (m, mention) in entity.mentions.enumerated() {
                if let written = text(at: mention.range, "entity \(e) mention \(m)"), written != mention.text {
                    report.add("model", "entity \(e) mention \(m) \(mention.text.debugDescription) but \(written.debugDescription) at its range")
                }
            }
        }
    }
}
