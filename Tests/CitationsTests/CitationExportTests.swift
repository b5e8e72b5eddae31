import ArticleModel
import Citations
import Foundation
import Testing

@Suite("Citation export: CSV (RFC 4180), JSON (README schema), Markdown")
struct CitationExportTests {
    /// Citations whose fields hold what CSV must quote: commas, double quotes, CR, LF (the
    /// note is written raw through the memberwise path, so a line break reaches the writer
    /// only through a field the cleaning keeps: none; the CSV fields are checked with
    /// quotes and commas, and csvField alone with CR and LF).
    static let citations = [
        Citation(
            kind: .quote, text: #"He said "no, never", twice"#, speaker: "Ana \"Nan\" Ruiz", role: "mayor, Valmont",
            cue: "said", note: "a,b", headline: "Vote, again", source: "Valmont Daily", date: "May 1, 2024",
            url: "https://example.org/a?b=1,2", position: TextPosition(block: 3, offset: 17)),
        Citation(kind: .passage, text: "Plain words", position: TextPosition(block: 0, offset: 0)),
    ]

    @Test("CSV read back with an RFC 4180 reader equals the data")
    func csvRoundTrip() throws {
        let csv = CitationExport.csv(Self.citations)
        #expect(csv.hasSuffix("\r\n"))
        let records = try RFC4180Reader.records(csv)
        #expect(records.first == CitationExport.columns)
        #expect(records.count == Self.citations.count + 1)
        for (record, citation) in zip(records.dropFirst(), Self.citations) {
            #expect(record == CitationExport.row(of: citation).map { $0 ?? "" })
        }
        #expect(records[1][1] == #"He said "no, never", twice"#)
        #expect(records[1][11] == "17")
    }

    @Test("CSV fields with CR, LF, quotes and commas are quoted and read back whole",
          arguments: ["line one\nline two", "cr\r\nlf", "lone\rcr", "\"", ",", "", "plain", " spaced "])
    func csvField(value: String) throws {
        let line = [value, "x"].map(CitationExport.csvField).joined(separator: ",") + "\r\n"
        #expect(try RFC4180Reader.records(line) == [[value, "x"]])
    }

    @Test("CSV through Python's csv module (skipped without python3)")
    func csvWithPython() throws {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile)
        else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("byline-citations-\(getpid()).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(CitationExport.csv(Self.citations).utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            "-c", "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))",
            file.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = try JSONDecoder().decode([[String]].self, from: data)
        #expect(rows == [CitationExport.columns] + Self.citations.map { CitationExport.row(of: $0).map { $0 ?? "" } })
    }

    @Test("JSON decodes back to the same citations")
    func jsonRoundTrip() throws {
        let json = CitationExport.json(Self.citations)
        let document = try JSONDecoder().decode(CitationExport.Document.self, from: Data(json.utf8))
        #expect(document.format == "byline-citations")
        #expect(document.version == 1)
        #expect(document.citations == Self.citations)
    }

    @Test("JSON has every key README documents, with the documented type")
    func jsonMatchesReadme() throws {
        let schema = try ReadmeSchema.citationKeys()
        #expect(Set(schema.keys) == Set(CitationExport.columns))
        let json = CitationExport.json(Self.citations)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let top = try ReadmeSchema.documentKeys()
        #expect(Set(object.keys) == Set(top.keys))
        for (key, type) in top { #expect(ReadmeSchema.matches(object[key] as Any, type), "top-level \(key)") }
        let items = try #require(object["citations"] as? [[String: Any]])
        #expect(items.count == Self.citations.count)
        for item in items {
            #expect(Set(item.keys) == Set(schema.keys))
            for (key, type) in schema { #expect(ReadmeSchema.matches(item[key] as Any, type), "\(key) is \(type)") }
        }
    }

    @Test("Markdown: each citation through the template, a blank line between")
    func markdown() {
        let text = CitationExport.markdown(Self.citations)
        #expect(text.hasSuffix("> Plain words\n"))
        #expect(text.contains("> — Ana \"Nan\" Ruiz, mayor, Valmont\n\n*Vote, again*, Valmont Daily, May 1, 2024, https://example.org/a?b=1,2\n\nNote: a,b\n\n> Plain words"))
    }
}

/// The JSON schema as README documents it, between `<!-- citation-json:begin -->` and
/// `<!-- citation-json:end -->`: table rows "| `key` | type | ..." (document keys first,
/// then, after a row whose key is `citations[]`, the keys of one citation).
enum ReadmeSchema {
    struct Missing: Error {}

    static func rows() throws -> [(key: String, type: String, inCitation: Bool)] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        guard let begin = text.range(of: "<!-- citation-json:begin -->"),
              let end = text.range(of: "<!-- citation-json:end -->", range: begin.upperBound..<text.endIndex)
        else { throw Missing() }
        var rows: [(String, String, Bool)] = []
        var inCitation = false
        for line in text[begin.upperBound..<end.lowerBound].split(separator: "\n") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, cells[0].hasPrefix("`") else { continue }
            let key = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            if key.hasPrefix("citations[].") { inCitation = true }
            rows.append((inCitation ? String(key.dropFirst("citations[].".count)) : key, cells[1], inCitation))
        }
        return rows
    }

    static func documentKeys() throws -> [String: String] {
        Dictionary(try rows().filter { !$0.inCitation }.map { ($0.key, $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    static func citationKeys() throws -> [String: String] {
        Dictionary(try rows().filter { $0.inCitation }.map { ($0.key, $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    /// Types: "string", "string or null", "integer", "array".
    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "string": return value is String
        case "string or null": return value is String || value is NSNull
        case "integer": return !(value is String) && (value as? Int) != nil
        case "array": return value is [Any]
        default: return false
        }
    }
}
