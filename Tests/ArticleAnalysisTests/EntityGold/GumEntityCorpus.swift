import ArticleModel
import Foundation

/// The GUM development corpus in `../shared/dev-corpus/entities-gum-dev` (beside the
/// package's folder), read only to print figures: nothing from it goes into the repository,
/// and the suite that uses it is skipped when the folder is absent.
///
/// Layout: `NAME.txt` (headline line, blank line, blocks separated by blank lines) and
/// `NAME.gold.json` with `blocks` (`kind`, `start`, `end`: Unicode scalar offsets into the
/// whole text), `mentions` (`start`, `end`, `text`, `type` person / organization / place,
/// `cluster`) and `ignore` spans (mentions that are not proper names: neither right nor
/// wrong to tag). The article is built straight from `blocks` (kind as given, text the
/// scalars of the span), and each mention or ignore span is moved into the block that
/// contains it, offsets made block-relative. A span that lies in no single block is
/// counted in ``GumDocument/unplaced`` and left out.
enum GumEntityCorpus {
    /// The corpus folder, found by walking up from this file to the package root (the folder
    /// with `Package.swift`) and going to its sibling `shared/dev-corpus/entities-gum-dev`.
    static let directory: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder.deletingLastPathComponent().appendingPathComponent("shared/dev-corpus/entities-gum-dev")
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// Whether the corpus folder is present.
    static var isAvailable: Bool {
        guard let directory else { return false }
        return FileManager.default.fileExists(atPath: directory.path)
    }

    /// Every document with its gold, sorted by name.
    /// - Throws: when a file cannot be read or a gold file is malformed.
    static func documents() throws -> [GumDocument] {
        guard let directory else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: directory.appendingPathComponent("\(name).txt"), encoding: .utf8)
            let gold = try JSONDecoder().decode(GumGold.self, from: Data(contentsOf: directory.appendingPathComponent("\(name).gold.json")))
            return GumDocument(name: name, text: text, gold: gold)
        }
    }
}
