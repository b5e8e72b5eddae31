import Foundation
import ReaderTestSupport
import Testing

/// The built `byline` binary run without a terminal: output modes and bad input.
@Suite("byline on the command line", .enabled(if: BylineBinary.path != nil, "byline binary not built"))
struct CommandLineTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("byline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("--version and --help")
    func versionAndHelp() throws {
        let version = try BylineBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(String(decoding: version.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try BylineBinary.run(["--help"])
        #expect(help.status == 0)
        let text = String(decoding: help.stdout, as: UTF8.self)
        #expect(text.contains("--width"))
        #expect(text.contains("--json"))
        #expect(text.contains("--mouse"))
    }

    @Test("an article on standard input is printed as clean wrapped text")
    func pipedStdin() throws {
        let article = "Tide Tables Revised\n\nThe harbour office revised the tide tables for the northern bays on Monday, saying the new figures are the most accurate yet.\n"
        let result = try BylineBinary.run(["--width", "40"], stdin: Data(article.utf8))
        #expect(result.status == 0)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Tide Tables Revised")
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.contains("The harbour office revised the tide"))
    }

    @Test("escape sequences in an article never reach the output")
    func escapesAreInert() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("hostile.txt")
        var bytes = Array("Headline \u{1B}]0;pwned\u{07} here\n\n".utf8)
        bytes += Array("Body \u{1B}[2J\u{1B}[31mred\u{1B}[0m and C1 ".utf8) + [0xC2, 0x9B] + Array("31m and bell \u{07}.\n".utf8)
        try Data(bytes).write(to: file)
        for args in [[file.path], ["--dump", file.path], ["--json", file.path]] {
            let result = try BylineBinary.run(args)
            #expect(result.status == 0, "\(args)")
            #expect(!result.stdout.contains(0x1B), "ESC byte in output of \(args)")
            #expect(!result.stdout.contains(0x07), "BEL byte in output of \(args)")
            let text = String(decoding: result.stdout, as: UTF8.self)
            #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "C1 control in \(args)")
        }
        let dump = String(decoding: try BylineBinary.run([file.path]).stdout, as: UTF8.self)
        #expect(dump.contains("␛[31mred"))
    }

    @Test("bad input: one line naming the input and the reason, exit status 1")
    func badInput() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("photo.jpg")
        var junk = [UInt8](repeating: 0, count: 4096)
        for i in junk.indices { junk[i] = UInt8(truncatingIfNeeded: i &* 7919 &+ (i >> 3)) }
        try Data(junk).write(to: binary)
        let missing = dir.appendingPathComponent("missing.txt").path
        let cases: [(String, String)] = [
            (dir.path, "is a directory"),
            (missing, "no such file"),
            (binary.path, "binary file"),
        ]
        for (path, reason) in cases {
            let result = try BylineBinary.run([path])
            #expect(result.status == 1, "\(path)")
            #expect(result.stdout.isEmpty)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("byline: \(path)"), "\(result.stderr)")
            #expect(result.stderr.contains(reason), "\(result.stderr)")
        }
    }

    @Test("a file over 64 MiB is refused without being read")
    func tooLarge() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 65 * 1024 * 1024)
        try handle.close()
        let result = try BylineBinary.run([path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("larger than 64 MiB"), "\(result.stderr)")
    }
}
