import ArticleHTML
import ArticleModel
import ArticleParsing
import Foundation
import Testing

/// trafilatura's evaluation pages in `../shared/dev-corpus/html-trafilatura` (beside the
/// package's folder; never committed). Prints the share of `with` snippets the extraction
/// contains and of `without` snippets it leaves out. Skipped when the folder is absent.
enum TrafilaturaCorpus {
    static let directory: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder.deletingLastPathComponent().appendingPathComponent("shared/dev-corpus/html-trafilatura")
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    static var isAvailable: Bool {
        guard let directory else { return false }
        return FileManager.default.fileExists(atPath: directory.appendingPathComponent("evaldata.json").path)
    }

    struct Page: Decodable {
        var file: String
        var with: [String]
        var without: [String]
    }

    /// Whitespace runs as one space, for snippet comparison.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

@Suite("HTML extraction: trafilatura evaluation pages", .enabled(if: TrafilaturaCorpus.isAvailable, "needs ../shared/dev-corpus/html-trafilatura"))
struct HTMLCorpusTests {
    @Test("prints the share of with-snippets kept and without-snippets left out")
    func snippets() throws {
        let directory = try #require(TrafilaturaCorpus.directory)
        let data = try Data(contentsOf: directory.appendingPathComponent("evaldata.json"))
        let pages = try JSONDecoder().decode([String: TrafilaturaCorpus.Page].self, from: data)
        var withKept = 0, withTotal = 0, withoutLeft = 0, withoutTotal = 0, parsed = 0, refused = 0
        let parser = HTMLArticleParser()
        // BYLINE_CORPUS_MISSES=FILE writes each page's missed snippets there (for study).
        var misses = ""
        for page in pages.values.sorted(by: { $0.file < $1.file }) {
            let path = directory.appendingPathComponent(page.file).path
            guard let bytes = FileManager.default.contents(atPath: path) else { continue }
            parsed += 1
            // As the command line sees it: a page judged not an article shows nothing.
            let (article, verdict) = parser.read(bytes: [UInt8](bytes), source: page.file)
            if verdict != .article { refused += 1 }
            let text = verdict == .article
                ? TrafilaturaCorpus.normalised(article.blocks.map(\.text).joined(separator: " ")) : ""
            for snippet in page.with {
                withTotal += 1
                if text.contains(TrafilaturaCorpus.normalised(snippet)) { withKept += 1 } else {
                    misses += "\(page.file)\twith\t\(verdict)\t\(snippet)\n"
                }
            }
            for snippet in page.without {
                withoutTotal += 1
                if !text.contains(TrafilaturaCorpus.normalised(snippet)) { withoutLeft += 1 } else {
                    misses += "\(page.file)\twithout\t\(verdict)\t\(snippet)\n"
                }
            }
        }
        if let missesPath = ProcessInfo.processInfo.environment["BYLINE_CORPUS_MISSES"] {
            try misses.write(toFile: missesPath, atomically: true, encoding: .utf8)
        }
        let withShare = Double(withKept) / Double(max(withTotal, 1))
        let withoutShare = Double(withoutLeft) / Double(max(withoutTotal, 1))
        print(String(format: "trafilatura pages: %d (%d judged not an article); with-snippets kept %.3f (%d/%d); without-snippets left out %.3f (%d/%d)",
                     parsed, refused, withShare, withKept, withTotal, withoutShare, withoutLeft, withoutTotal))
        #expect(parsed > 0)
        // A floor well under the aim (0.95), so a change that breaks extraction shows.
        #expect(withShare >= 0.85 && withoutShare >= 0.85)
    }
}
