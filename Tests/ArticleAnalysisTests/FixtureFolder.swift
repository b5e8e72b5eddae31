import Foundation

/// A folder of gold fixtures inside the test bundle (`Fixtures/NAME`): articles `X.txt`, each
/// with its annotations in `X.gold.json`. Shared by the quote and the entity gold.
struct FixtureFolder {
    /// The folder's name under `Fixtures` ("quotes", "entities").
    var name: String

    /// The folder's URL.
    /// - Throws: `CocoaError(.fileNoSuchFile)` when the bundle has no `Fixtures/NAME`.
    func url() throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/\(name)"])
        }
        return url
    }

    /// The fixture names (files ending in `.txt`, without it), sorted.
    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url().path)
            .filter { $0.hasSuffix(".txt") }
            .map { String($0.dropLast(4)) }
            .sorted()
    }

    /// The text of fixture `fixture` and the bytes of its gold file.
    /// - Throws: when either file is missing or the text is not UTF-8.
    func files(_ fixture: String) throws -> (text: String, gold: Data) {
        let folder = try url()
        let text = try String(contentsOf: folder.appendingPathComponent("\(fixture).txt"), encoding: .utf8)
        let gold = try Data(contentsOf: folder.appendingPathComponent("\(fixture).gold.json"))
        return (text, gold)
    }
}
