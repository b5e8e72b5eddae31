import Foundation
import Testing
@testable import ArticleAnalysis

/// The gazetteer resource: the embedded copy matches `gazetteer.tsv`, and it answers the
/// names, abbreviations and demonyms the recognizer relies on.
@Suite("Entity gazetteer")
struct EntityGazetteerTests {
    static let tsvPath: String = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ArticleAnalysis/Entities/Gazetteer/gazetteer.tsv").path

    @Test("GazetteerData.swift is gazetteer.tsv as embedded by embed-gazetteer.sh")
    func embeddedCopyIsCurrent() throws {
        let file = try String(contentsOfFile: Self.tsvPath, encoding: .utf8)
        #expect(GazetteerData.text + "\n" == file, "run Sources/ArticleAnalysis/Entities/Gazetteer/embed-gazetteer.sh")
    }

    @Test("the header records the source and the licence")
    func header() {
        #expect(GazetteerData.text.contains("compiled by the Byline team from general knowledge"))
        #expect(GazetteerData.text.contains("Licence: MIT"))
    }

    private func hit(_ name: String) -> (entry: String, form: Gazetteer.Form)? {
        let gazetteer = Gazetteer.shared
        var tokens: [TextToken] = []
        Tokenizer.tokenize(Array(name.unicodeScalars), parts: [], into: &tokens)
        let words = tokens.filter { $0.kind == .word || $0.kind == .number }
        guard let first = words.first else { return nil }
        let key = words.dropFirst().reduce(first.key) { Gazetteer.extend($0, with: $1.key) }
        return gazetteer.hit(key).map { (gazetteer.entries[Int($0.entry)].name, $0.form) }
    }

    @Test("official names, abbreviations and demonyms lead to their country", arguments: [
        ("Democratic People's Republic of Korea", "North Korea"), ("DPRK", "North Korea"), ("North Korean", "North Korea"),
        ("Republic of Korea", "South Korea"), ("ROK", "South Korea"), ("PRC", "China"), ("Chinese", "China"),
        ("U.S.", "United States"), ("USA", "United States"), ("U.K.", "United Kingdom"), ("British", "United Kingdom"),
        ("UAE", "United Arab Emirates"), ("DRC", "Democratic Republic of the Congo"), ("Kosovo", "Kosovo"),
        ("U.N.", "United Nations"), ("NATO", "NATO"), ("IAEA", "International Atomic Energy Agency"),
    ])
    func names(name: String, entry: String) {
        #expect(hit(name)?.entry == entry)
    }

    @Test("a capital is an entry of its own; ambiguous demonyms are absent")
    func capitalsAndAmbiguity() {
        #expect(hit("Beijing")?.entry == "Beijing")
        #expect(hit("Pyongyang")?.entry == "Pyongyang")
        #expect(hit("Korean") == nil)
    }
}
