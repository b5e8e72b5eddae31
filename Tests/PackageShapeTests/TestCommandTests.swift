import Foundation
import Testing

/// The README's test commands and CI's stay in step: `.ci/run` runs exactly the commands the
/// README gives for testing (`swift test`, then `bash .ci/test-release`), and the release
/// script builds the release binary and hands it to the tests through `BYLINE_BINARY`.
struct TestCommandTests {
    static func text(_ path: String) throws -> String {
        try String(contentsOf: PackageManifest.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The lines of `text` that are commands: not blank, not comments, trailing comments cut.
    static func commands(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let command = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return command.isEmpty ? nil : command
        }
    }

    @Test func ciRunsTheReadmeTestCommands() throws {
        let readme = try Self.text("README.md")
        let ci = Self.commands(try Self.text(".ci/run"))
        for command in ["swift test", "bash .ci/test-release"] {
            #expect(readme.contains("\n\(command) "), "README lacks `\(command)`")
            #expect(ci.contains { $0 == command || $0.hasPrefix(command + " 2>&1") }, ".ci/run lacks `\(command)`")
        }
        let swiftTest = try #require(ci.firstIndex { $0.hasPrefix("swift test") })
        let release = try #require(ci.firstIndex { $0.hasPrefix("bash .ci/test-release") })
        #expect(swiftTest < release)
    }

    @Test func releaseScriptTestsTheReleaseBinary() throws {
        let script = Self.commands(try Self.text(".ci/test-release"))
        #expect(script.contains { $0.hasPrefix("swift build -c release") })
        #expect(script.contains { $0.contains("BYLINE_BINARY=\"$binary\" swift test --filter EndToEndTests") })
        #expect(script.contains { $0 == "binary=\"$PWD/.build/release/byline\"" })
    }
}
