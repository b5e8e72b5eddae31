import Foundation
import ReaderTestSupport
import Testing

/// `byline --entities` and the `entities` part of `--json`, with the built binary run
/// without a terminal (fictional article).
@Suite("byline --entities and JSON entities", .enabled(if: BylineBinary.path != nil, "byline binary not built"))
struct EntityCommandLineTests {
    static let article = """
        Valmont Signs Harbour Accord

        Valmont Foreign Minister Ana Ruiz signed the Harbour Accord with the People's Republic of China on Monday, the official Valmont Press Agency (VPA) reported.

        "This is a good day for the port," Ruiz said in Beijing. Chinese officials said the PRC would open a consulate in Valmont.

        """

    private func write(_ text: String) throws -> (dir: URL, file: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-entities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("article.txt")
        try Data(text.utf8).write(to: file)
        return (dir, file)
    }

    @Test("--entities piped to another program: long names and aliases whole, no \"…\"")
    func pipedNamesWhole() throws {
        let article = """
            Tide Report

            The Coastal Infrastructure Development Authority of Westholm said on Monday that the quay would reopen. A spokesperson for the Coastal Infrastructure Development Authority of Westholm confirmed the date.

            """
        let (dir, file) = try write(article)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try BylineBinary.run(["--entities", "--width", "40", file.path])
        let text = String(decoding: result.stdout, as: UTF8.self)
        #expect(result.status == 0)
        #expect(!text.contains("…"), "\(text)")
        // The name is longer than the 32 columns a terminal gets; piped, it is whole.
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("Coastal Infrastructure Development Authority") }, "\(text)")
    }

    @Test("--entities prints a table: name, kind, mentions, aliases")
    func table() throws {
        let (dir, file) = try write(Self.article)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try BylineBinary.run(["--entities", "--width", "100", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("name") && header.contains("kind") && header.contains("mentions") && header.contains("aliases"))
        let ruiz = try #require(lines.first { $0.hasPrefix("Ana Ruiz ") })
        #expect(ruiz.contains("person") && ruiz.hasSuffix("Ruiz"))
        let china = try #require(lines.first { $0.hasPrefix("People's Republic of China") })
        #expect(china.contains("place") && china.contains("Chinese") && china.contains("PRC"))
        let agency = try #require(lines.first { $0.hasPrefix("Valmont Press Agency") })
        #expect(agency.contains("organization") && agency.contains("VPA"))
        #expect(lines.contains { $0.hasPrefix("Beijing ") })
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(!result.stdout.contains(0x1B))
    }

    @Test("--json includes entities with mentions in scalars, and quote speakers resolved to them")
    func json() throws {
        let (dir, file) = try write(Self.article)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try BylineBinary.run(["--json", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        let ruiz = try #require(entities.firstIndex { $0["name"] as? String == "Ana Ruiz" })
        #expect(entities[ruiz]["kind"] as? String == "person")
        #expect(entities[ruiz]["role"] as? String == "Valmont Foreign Minister")
        for entity in entities {
            let mentions = try #require(entity["mentions"] as? [[String: Any]])
            #expect(!mentions.isEmpty)
            for mention in mentions {
                let block = try #require(mention["block"] as? Int)
                let start = try #require(mention["start"] as? Int)
                let end = try #require(mention["end"] as? Int)
                let text = try #require(blocks[block]["text"] as? String)
                let scalars = Array(text.unicodeScalars)
                #expect(String(String.UnicodeScalarView(scalars[start..<end])) == mention["text"] as? String)
            }
        }
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        let quote = try #require(quotes.first)
        #expect(quote["speaker"] as? String == "Ana Ruiz")
        #expect(quote["speakerEntity"] as? Int == ruiz)
    }

    @Test("an article without names, piped; bad input and combined flags give one-line errors")
    func edges() throws {
        let plain = try BylineBinary.run(["--entities"], stdin: Data("a quiet week\n\nnothing at all happened in the harbour.\n".utf8))
        #expect(plain.status == 0)
        #expect(String(decoding: plain.stdout, as: UTF8.self) == "(no named entities found)\n")
        let missing = try BylineBinary.run(["--entities", "/nonexistent/article.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.split(separator: "\n").count == 1)
        #expect(missing.stderr.hasPrefix("byline: /nonexistent/article.txt"))
        let combined = try BylineBinary.run(["--entities", "--json", "/nonexistent/article.txt"])
        #expect(combined.status != 0)
        #expect(combined.stderr.contains("cannot be combined"))
    }
}
