import Foundation

/// Writes citations as a file: Markdown (the citation template), JSON (the schema in README,
/// "Quotes and highlights as JSON") or CSV (RFC 4180).
public enum CitationExport {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        /// Each citation written with the template, separated by a blank line.
        case markdown
        /// `{"format": "byline-citations", "version": 1, "citations": [...]}`.
        case json
        /// A header row, then one row per citation (RFC 4180).
        case csv
    }

    /// The CSV columns, in order; also the JSON keys of a citation.
    public static let columns = ["kind", "text", "speaker", "role", "cue", "note", "headline", "source", "date", "url", "block", "offset"]
    /// The value of the JSON document's `format` key.
    public static let formatName = "byline-citations"
    /// The JSON document's `version`.
    public static let version = 1

    /// `citations` in `format`; Markdown uses `template`. Ends with a line break (CR LF for
    /// CSV, LF otherwise); an empty list is the header alone (CSV), an empty array (JSON) or
    /// "" (Markdown).
    public static func write(_ citations: [Citation], as format: Format, template: CitationTemplate = .markdown) -> String {
        switch format {
        case .markdown: return markdown(citations, template: template)
        case .json: return json(citations)
        case .csv: return csv(citations)
        }
    }

    /// Each citation through `template`, separated by a blank line.
    public static func markdown(_ citations: [Citation], template: CitationTemplate = .markdown) -> String {
        citations.map { template.render($0) + "\n" }.joined(separator: "\n")
    }

    /// CSV per RFC 4180: a header row (``columns``), one record per citation, CR LF after
    /// every record; a field holding a comma, a double quote, CR or LF is enclosed in double
    /// quotes, with each double quote inside doubled. Absent values are empty fields.
    public static func csv(_ citations: [Citation]) -> String {
        var out = columns.map(csvField).joined(separator: ",") + "\r\n"
        for citation in citations {
            out += row(of: citation).map { csvField($0 ?? "") }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A citation's values in ``columns`` order.
    public static func row(of citation: Citation) -> [String?] {
        [
            citation.kind.rawValue, citation.text, citation.speaker, citation.role, citation.cue, citation.note,
            citation.headline, citation.source, citation.date, citation.url, String(citation.position.block),
            String(citation.position.offset),
        ]
    }

    /// One CSV field (RFC 4180 section 2, rules 5–7).
    public static func csvField(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The JSON document: pretty-printed, keys sorted, slashes not escaped.
    public static func json(_ citations: [Citation]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(format: formatName, version: version, citations: citations)
        // Strings, integers and nulls only: encoding cannot fail.
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The JSON document's top level.
    public struct Document: Codable, Sendable, Equatable {
        /// Always ``CitationExport/formatName``.
        public var format: String
        /// Always ``CitationExport/version``.
        public var version: Int
        /// The citations, in reading order (for several articles, article by article).
        public var citations: [Citation]
    }
}
