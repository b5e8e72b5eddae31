@testable import ArticleParsing
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loading inputs: errors with one-line descriptions, the size limit, binary detection,
/// streams.
struct ArticleInputTests {
    /// A fresh temporary directory, removed by the caller via `defer`.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("byline-input-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ bytes: [UInt8], named name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Runs `body` and returns the `ArticleInputError` it throws, or records a failure.
    static func error(_ body: () throws(ArticleInputError) -> ArticleInput) -> ArticleInputError? {
        do {
            let input = try body()
            Issue.record("expected an error, loaded \(input.bytes.count) bytes")
            return nil
        } catch {
            return error
        }
    }

    @Test func readsARegularFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = Array("Title\n\nBody.\n".utf8)
        let path = try Self.write(bytes, named: "a.txt", in: directory)
        let input = try ArticleInput.load(path)
        #expect(input.name == path)
        #expect(input.bytes == bytes)
        #expect(input.text == "Title\n\nBody.\n")
    }

    @Test func emptyFileIsAnEmptyArticle() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.write([], named: "empty.txt", in: directory)
        let input = try ArticleInput.load(path)
        #expect(input.bytes.isEmpty)
        let article = PlainTextParser().parse(input.text, source: path)
        #expect(article.blocks.isEmpty)
        #expect(article.metadata.headline == nil)
        #expect(article.metadata.source == path)
    }

    @Test func directoryIsRefused() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.path + "/"
        let error = Self.error { () throws(ArticleInputError) in try ArticleInput.load(path) }
        #expect(error == .isDirectory(input: path))
        #expect(error?.description == "\(path): is a directory")
    }

    @Test func missingFileIsRefused() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("nope.txt").path
        let error = Self.error { () throws(ArticleInputError) in try ArticleInput.load(path) }
        #expect(error == .notFound(input: path))
        #expect(error?.description == "\(path): no such file")
    }

    @Test func pathThroughAFileIsNotFound() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.write(Array("x".utf8), named: "file.txt", in: directory)
        let error = Self.error { () throws(ArticleInputError) in try ArticleInput.load(file + "/child.txt") }
        #expect(error == .notFound(input: file + "/child.txt"))
    }

    /// A write-only sysctl file: `open(O_RDONLY)` fails with EACCES even for root, which
    /// otherwise reads files whatever their mode.
    static let writeOnlySysctl = "/proc/sys/vm/compact_memory"
    static let canTestUnreadable = geteuid() != 0 || access(writeOnlySysctl, F_OK) == 0

    @Test(.enabled(if: canTestUnreadable, "running as root without \(writeOnlySysctl): nothing is unreadable"))
    func unreadableFileIsRefused() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var path = Self.writeOnlySysctl
        if geteuid() != 0 {
            path = try Self.write(Array("secret".utf8), named: "locked.txt", in: directory)
            chmod(path, 0)
        }
        let error = Self.error { () throws(ArticleInputError) in try ArticleInput.load(path) }
        #expect(error == .permissionDenied(input: path))
        #expect(error?.description == "\(path): permission denied")
    }

    @Test(arguments: [
        (ENOENT, ArticleInputError.notFound(input: "f")),
        (ENOTDIR, .notFound(input: "f")),
        (EACCES, .permissionDenied(input: "f")),
        (EPERM, .permissionDenied(input: "f")),
        (EISDIR, .isDirectory(input: "f")),
    ])
    func errnoMapping(code: Int32, expected: ArticleInputError) {
        #expect(ArticleInput.error(for: code, input: "f") == expected)
    }

    @Test func otherErrnoKeepsTheSystemMessageInLowerCase() {
        let error = ArticleInput.error(for: EIO, input: "f")
        guard case .unreadable(let input, let reason) = error else {
            Issue.record("expected .unreadable, got \(error)")
            return
        }
        #expect(input == "f")
        #expect(reason.first?.isLowercase == true)
        #expect(!error.description.contains("\n"))
    }

    @Test func fileOverTheLimitIsRefusedBeforeReading() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("huge.txt").path
        let descriptor = open(path, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        // A sparse 70.2 MiB file: no disk space used, and all NULs, so a check that read it
        // would report binary content instead of the size.
        let size = 70 * (1 << 20) + 200 * 1024
        #expect(ftruncate(descriptor, off_t(size)) == 0)
        close(descriptor)
        let error = Self.error { () throws(ArticleInputError) in try ArticleInput.load(path) }
        #expect(error == .tooLarge(input: path, size: size, limit: 64 << 20))
        #expect(error?.description == "\(path): file is larger than 64 MiB (70.2 MiB)")
    }

    @Test(arguments: [(100, true), (101, false)])
    func limitIsInclusive(size: Int, accepted: Bool) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.write([UInt8](repeating: 0x61, count: size), named: "a.txt", in: directory)
        if accepted {
            #expect(try ArticleInput.load(path, sizeLimit: 100).bytes.count == size)
        } else {
            let error = Self.error { () throws(ArticleInputError) in try ArticleInput.load(path, sizeLimit: 100) }
            #expect(error == .tooLarge(input: path, size: size, limit: 100))
        }
    }

    /// Writes `bytes` into a pipe and reads them back through `read(fileDescriptor:...)`.
    static func readThroughPipe(
        _ bytes: [UInt8], sizeLimit: Int, nonBlocking: Bool = false, delay: TimeInterval = 0
    ) throws(ArticleInputError) -> ArticleInput {
        // The reader may stop early (size limit); the writer must then get EPIPE, not a
        // SIGPIPE that ends the test process.
        signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw .unreadable(input: "-", reason: "pipe failed") }
        let reader = fds[0], writer = fds[1]
        defer { close(reader) }
        if nonBlocking {
            _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) | O_NONBLOCK)
        }
        // A writer thread, so inputs larger than the pipe buffer work.
        let thread = Thread {
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Glibc.write(writer, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(writer)
        }
        thread.start()
        return try ArticleInput.read(fileDescriptor: reader, name: ArticleInput.standardInputName, sizeLimit: sizeLimit)
    }

    @Test func readsAStream() throws {
        let bytes = Array(String(repeating: "Line of text.\n", count: 20_000).utf8)
        let input = try Self.readThroughPipe(bytes, sizeLimit: 1 << 20)
        #expect(input.bytes == bytes)
        #expect(input.name == "-")
    }

    @Test func nonBlockingStreamWaitsForData() throws {
        // EAGAIN must mean "wait", not an error and not a busy loop.
        let bytes = Array("Late text.\n".utf8)
        let input = try Self.readThroughPipe(bytes, sizeLimit: 1000, nonBlocking: true, delay: 0.2)
        #expect(input.bytes == bytes)
    }

    @Test func streamStopsPastTheLimit() {
        let bytes = [UInt8](repeating: 0x61, count: 300_000)
        let error = Self.error { () throws(ArticleInputError) in try Self.readThroughPipe(bytes, sizeLimit: 100_000) }
        #expect(error == .tooLarge(input: "-", size: nil, limit: 100_000))
        #expect(error?.description == "standard input: input is larger than 0.1 MiB")
    }

    @Test func binaryStreamIsRefused() {
        let error = Self.error { () throws(ArticleInputError) in
            try Self.readThroughPipe([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0, 1, 2], sizeLimit: 1000)
        }
        #expect(error == .binaryNULBytes(input: "-"))
        #expect(error?.description == "standard input: looks like a binary file (NUL bytes)")
    }

    @Test func binaryFileIsRefused() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var generator = SeededGenerator(seed: 7)
        let random = (0..<50_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let path = try Self.write(random, named: "random.bin", in: directory)
        let error = Self.error { () throws(ArticleInputError) in try ArticleInput.load(path) }
        #expect(error == .binaryNotUTF8(input: path) || error == .binaryNULBytes(input: path))
        #expect(error?.description.hasPrefix("\(path): looks like a binary file (") == true)
    }

    struct ContentCase: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var expected: ArticleInputError?
        var testDescription: String { name }
    }

    static let contentCases: [ContentCase] = {
        let text = Array(String(repeating: "Plain article text. ", count: 500).utf8)  // 10,000 bytes
        var oneNul = text
        oneNul[40] = 0
        var sparseNuls = text
        for index in stride(from: 0, to: sparseNuls.count, by: 50) { sparseNuls[index] = 0 }  // 2%
        var nulRun = text
        nulRun.replaceSubrange(100..<104, with: [0, 0, 0, 0])
        var threeNuls = text
        threeNuls.replaceSubrange(100..<103, with: [0, 0, 0])
        var latin1 = text
        for index in stride(from: 0, to: latin1.count, by: 20) { latin1[index] = 0xE9 }  // 5% invalid
        let highBytes = (0..<4000).map { UInt8(0x80 + $0 % 0x40) }  // continuation bytes only
        var mostlyInvalid = text
        mostlyInvalid.replaceSubrange(0..<4000, with: highBytes)  // 40% invalid
        // Invalid bytes beyond the examined 64 KiB prefix do not count.
        let lateGarbage = [UInt8](repeating: 0x61, count: 70_000) + [UInt8](repeating: 0xFF, count: 60_000)
        // A multi-byte sequence cut by the end of the prefix does not count as invalid.
        let cutAtPrefix = [UInt8](repeating: 0x61, count: (64 << 10) - 1) + [0xE6, 0x9D, 0xB1]
        return [
            ContentCase(name: "plain text", bytes: text, expected: nil),
            ContentCase(name: "empty", bytes: [], expected: nil),
            ContentCase(name: "one stray NUL", bytes: oneNul, expected: nil),
            ContentCase(name: "three NULs in a row", bytes: threeNuls, expected: nil),
            ContentCase(name: "run of four NULs", bytes: nulRun, expected: .binaryNULBytes(input: "x")),
            ContentCase(name: "NULs over 1%", bytes: sparseNuls, expected: .binaryNULBytes(input: "x")),
            ContentCase(name: "Latin-1 accents (5% invalid)", bytes: latin1, expected: nil),
            ContentCase(name: "40% invalid UTF-8", bytes: mostlyInvalid, expected: .binaryNotUTF8(input: "x")),
            ContentCase(name: "garbage after the prefix", bytes: lateGarbage, expected: nil),
            ContentCase(name: "sequence cut by the prefix", bytes: cutAtPrefix, expected: nil),
            ContentCase(name: "UTF-16 LE BOM", bytes: [0xFF, 0xFE, 0x41, 0x00], expected: .unsupportedUTF16(input: "x")),
            ContentCase(name: "UTF-16 BE BOM", bytes: [0xFE, 0xFF, 0x00, 0x41], expected: .unsupportedUTF16(input: "x")),
        ]
    }()

    @Test(arguments: contentCases)
    func contentCheck(_ testCase: ContentCase) {
        do {
            try ArticleInput.check(testCase.bytes, input: "x")
            #expect(testCase.expected == nil)
        } catch {
            #expect(error == testCase.expected)
        }
    }

    @Test(arguments: [
        (ArticleInputError.isDirectory(input: "notes/"), "notes/: is a directory"),
        (.notFound(input: "a.txt"), "a.txt: no such file"),
        (.permissionDenied(input: "a.txt"), "a.txt: permission denied"),
        (.tooLarge(input: "big.txt", size: 73_610_035, limit: 64 << 20), "big.txt: file is larger than 64 MiB (70.2 MiB)"),
        (.tooLarge(input: "big.txt", size: (64 << 20) + 1, limit: 64 << 20), "big.txt: file is larger than 64 MiB (64.1 MiB)"),
        (.tooLarge(input: "-", size: nil, limit: 64 << 20), "standard input: input is larger than 64 MiB"),
        (.binaryNULBytes(input: "a.bin"), "a.bin: looks like a binary file (NUL bytes)"),
        (.binaryNotUTF8(input: "a.bin"), "a.bin: looks like a binary file (not UTF-8 text)"),
        (.unsupportedUTF16(input: "a.txt"), "a.txt: looks like UTF-16 text; only UTF-8 is supported"),
        (.unreadable(input: "a.txt", reason: "input/output error"), "a.txt: input/output error"),
        (.notFound(input: ""), "'': no such file"),
        (.notFound(input: "evil\n\u{1B}[2Jname"), "evil\u{240A}\u{241B}[2Jname: no such file"),
    ])
    func descriptions(error: ArticleInputError, expected: String) {
        #expect(error.description == expected)
        #expect(!error.description.contains("\n"))
        #expect(!error.description.hasPrefix("byline:"))
    }

    @Test func dashReadsStandardInputByName() throws {
        // `load("-")` is standard input; a file literally named "-" is reachable as "./-".
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.write(Array("dash".utf8), named: "-", in: directory)
        #expect(try ArticleInput.load(path: path).bytes == Array("dash".utf8))
    }
}
