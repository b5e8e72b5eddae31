import Foundation
import Testing

/// What ships must not carry test support: the `BylineCore` library product (used by the
/// benchmark package) and the `BylineFuzz` fuzz target depend, directly or through other
/// targets, on neither `ReaderTestSupport` (in-memory terminal, tmux driver, child processes)
/// nor any test target. Reads the manifest through `swift package dump-package` (JSON).
@Suite(.enabled(if: PackageManifest.load() != nil, "swift package dump-package unavailable"))
struct ShippedTargetsTests {
    /// Targets that only tests may use.
    static let testOnly: Set<String> = ["ReaderTestSupport"]

    @Test func libraryProductLinksNoTestSupport() throws {
        let manifest = try #require(PackageManifest.load())
        let roots = try #require(manifest.productTargets["BylineCore"])
        let closure = manifest.closure(of: roots)
        #expect(closure.isDisjoint(with: Self.testOnly.union(manifest.testTargets)), "BylineCore reaches \(closure.intersection(Self.testOnly))")
        #expect(closure.contains("ArticleFixtures"))
    }

    @Test func fuzzTargetLinksNoTestSupport() throws {
        let manifest = try #require(PackageManifest.load())
        let closure = manifest.closure(of: ["BylineFuzz"])
        #expect(closure.contains("HardeningSupport"))
        #expect(closure.isDisjoint(with: Self.testOnly.union(manifest.testTargets)), "BylineFuzz reaches \(closure.intersection(Self.testOnly))")
    }

    @Test func executableLinksNoTestSupport() throws {
        let manifest = try #require(PackageManifest.load())
        let closure = manifest.closure(of: ["byline"])
        #expect(closure.isDisjoint(with: Self.testOnly.union(["ArticleFixtures", "HardeningSupport"])))
    }
}

/// The parts of `swift package dump-package` these tests read: each target's dependencies
/// on other targets of the package, each product's targets, and which targets are tests.
struct PackageManifest {
    var dependencies: [String: [String]] = [:]
    var productTargets: [String: [String]] = [:]
    var testTargets: Set<String> = []

    /// The folder holding Package.swift (three levels above this file).
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Runs `swift package dump-package` with a scratch folder of its own (so it never waits for
    /// the build folder's lock) and reads its JSON; `nil` when that fails.
    static func load() -> PackageManifest? {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("byline-dump-package-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "package", "--package-path", root.path, "--scratch-path", scratch.path, "dump-package"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        var manifest = PackageManifest()
        for target in json["targets"] as? [[String: Any]] ?? [] {
            guard let name = target["name"] as? String else { continue }
            if target["type"] as? String == "test" { manifest.testTargets.insert(name) }
            var names: [String] = []
            for dependency in target["dependencies"] as? [[String: Any]] ?? [] {
                // {"byName": ["X", null]} or {"target": ["X", null]}; products of other
                // packages are not targets of this one.
                for key in ["byName", "target"] {
                    if let entry = dependency[key] as? [Any], let dependencyName = entry.first as? String {
                        names.append(dependencyName)
                    }
                }
            }
            manifest.dependencies[name] = names
        }
        for product in json["products"] as? [[String: Any]] ?? [] {
            if let name = product["name"] as? String, let targets = product["targets"] as? [String] {
                manifest.productTargets[name] = targets
            }
        }
        return manifest
    }

    /// `roots` and every target they depend on, directly or not.
    func closure(of roots: [String]) -> Set<String> {
        var seen: Set<String> = []
        var stack = roots
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            stack.append(contentsOf: dependencies[next] ?? [])
        }
        return seen
    }
}
