import ArticleModel
import Citations
import Foundation
import ReaderUI

/// Citation building in the pipeline: every quotation and a passage per block (plus one over
/// every block, and highlights as the reader cites them: a span over every block and each
/// quotation's span, with notes from the article's text) becomes a citation, written with the Markdown template and with a template
/// using every placeholder, and exported as CSV and JSON.
///
/// Invariants (stage "citation"): a written citation holds no control other than LF, no
/// bidi control and no line separator, and is at most `CitationTemplate.maximumBytes` bytes
/// of UTF-8; every field is one line (no control at all); the text is at most
/// `Citation.textLimit` grapheme clusters; the JSON export decodes back to the same
/// citations; the CSV export holds CR and LF only as record ends or inside quoted fields
/// (fields are one line, so only as record ends) and has one record per citation.
extension HardeningPipeline {
    /// A template with every placeholder and nested optional parts, for the checks.
    static let everyPlaceholder = (try? CitationTemplate(
        "{text}|{?{speaker}{?, {role}}}|{headline}|{source}|{date}|{url}|{cue}|{note}\n{?— {speaker}}")) ?? .markdown

    /// The citations the pipeline checks for `article`: one per quotation (at most 64), one
    /// passage per block (at most 64) and one passage over every block.
    public static func citations(of article: Article) -> [Citation] {
        var citations = article.quotes.prefix(64).map { Citation(quote: $0, in: article, note: article.headline) }
        let ranges = article.blocks.indices.map { TextRange(block: $0, start: 0, end: article.blocks[$0].scalarCount) }
        citations += ranges.prefix(64).map { Citation(passage: [$0], in: article, note: article.metadata.byline) }
        citations.append(Citation(passage: ranges, in: article))
        // Highlights as the reader cites them: a span over the blocks (a quotation's words
        // cite as the quotation), the note from the article's own text.
        let state = ReaderState(article: article, rows: 24, columns: 80)
        if let last = ranges.last {
            let whole = TextSpan(start: TextPosition(block: 0, offset: 0), end: last.upperBound)
            citations.append(state.citation(of: whole, note: article.blocks.last?.text))
        }
        for quote in article.quotes.prefix(8) {
            guard let first = quote.ranges.first, let end = quote.ranges.last else { continue }
            citations.append(state.citation(of: TextSpan(start: first.lowerBound, end: end.upperBound), note: quote.text))
        }
        return citations
    }

    /// The citation invariants alone; empty when all hold.
    public static func citationViolations(_ article: Article) -> [HardeningViolation] {
        var report = Report()
        check(citationsOf: article, into: &report)
        return report.violations
    }

    static func check(citationsOf article: Article, into report: inout Report) {
        let citations = citations(of: article)
        for citation in citations {
            let fields = CitationExport.row(of: citation).compactMap { $0 }
            for field in fields {
                if let bad = ScalarRules.firstUnsafeScalar(in: field) {
                    report.add("citation", "a citation field holds \(ScalarRules.name(bad))")
                }
            }
            if citation.text.count > Citation.textLimit {
                report.add("citation", "citation text is \(citation.text.count) clusters, over \(Citation.textLimit)")
            }
            for template in [CitationTemplate.markdown, everyPlaceholder] {
                let written = template.render(citation)
                if let bad = written.unicodeScalars.first(where: {
                    $0 != "\n" && (ScalarRules.isControl($0.value) || ScalarRules.isBidiControl($0.value)
                        || ScalarRules.isLineSeparator($0.value))
                }) {
                    report.add("citation", "a written citation holds \(ScalarRules.name(bad))")
                }
                if written.utf8.count > CitationTemplate.maximumBytes {
                    report.add("citation", "a written citation is \(written.utf8.count) bytes")
                }
            }
        }
        let json = CitationExport.json(citations)
        let decoded = try? JSONDecoder().decode(CitationExport.Document.self, from: Data(json.utf8))
        if decoded?.citations != citations {
            report.add("citation", "the JSON export does not decode back to the same citations")
        }
        let csv = CitationExport.csv(citations)
        let records = csv.components(separatedBy: "\r\n")
        if records.count != citations.count + 2 || records.last != "" {
            report.add("citation", "the CSV export has \(records.count - 1) records for \(citations.count) citations")
        }
        if csv.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" })
            && csv.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" })
        {
            report.add("citation", "the CSV export holds a lone CR or LF")
        }
    }
}
