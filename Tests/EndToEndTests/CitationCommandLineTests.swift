import Foundation
import ReaderTestSupport
import Testing

/// `byline --quotes FILE --output-format markdown|json|csv`, run as a user would.
@Suite("citations on the command line", .enabled(if: BylineBinary.path != nil, "byline binary not built: skipped"))
struct CitationCommandLineTests {
    func run(_ format: String) throws -> String {
        let result = try BylineBinary.run(["--quotes", "--output-format", format, "-"], stdin: Data(CitationInTmuxTests.article.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        return String(decoding: result.stdout, as: UTF8.self)
    }

    @Test("csv: a header, one CRLF-ended row per quotation, fields with commas quoted")
    func csv() throws {
        let csv = try run("csv")
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.count == 4 && rows[3].isEmpty, "\(csv.debugDescription)")
        #expect(rows[0] == "kind,text,speaker,role,cue,note,headline,source,date,url,block,offset")
        #expect(rows[1] == "quote,\"We will reopen the east pier to foot traffic by the first week of spring,\",Mara Ostrand,port spokesperson,said,,East Pier to Reopen After Winter Storm Repairs,,\"Monday, March 4, 2024\",,1,1")
    }

    @Test("json: the documented document with every key")
    func json() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try run("json").utf8)) as? [String: Any])
        #expect(object["format"] as? String == "byline-citations")
        let citations = try #require(object["citations"] as? [[String: Any]])
        #expect(citations.count == 2)
        #expect(citations.first?["speaker"] as? String == "Mara Ostrand")
        #expect(citations.first?["role"] as? String == "port spokesperson")
        #expect(citations.first?["url"] is NSNull, "standard input has no path")
    }

    @Test("markdown: the citation template; --output-format without --quotes is a usage error")
    func markdownAndUsage() throws {
        #expect(try run("markdown").hasPrefix("> We will reopen the east pier"))
        let wrong = try BylineBinary.run(["--output-format", "csv", "-"], stdin: Data("x".utf8))
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--output-format needs --quotes"))
    }

    @Test("--format csv (an output format where the input's belongs) is a usage error pointing at --output-format")
    func outputFormatGivenAsFormat() throws {
        let wrong = try BylineBinary.run(["--quotes", "--format", "csv", "-"], stdin: Data("x".utf8))
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--output-format csv"), "\(wrong.stderr)")
    }
}
