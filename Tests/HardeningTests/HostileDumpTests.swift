import Foundation
import HardeningSupport
import ReaderTestSupport
import Testing

/// The built `byline` on generated hostile files, with standard output not a terminal:
/// `--dump`, `--quotes`, `--json` and the default plain output never print a control
/// character (other than LF, and TAB inside JSON strings is escaped), a bidi control or a
/// line separator (`--json` prints the model, where bidi controls are kept as text, so only
/// controls are checked there). A file the loader refuses as binary gives one line on standard error
/// naming the file, exit status 1, and no output.
@Suite("Hardening: byline --dump on generated hostile files",
       .enabled(if: BylineBinary.path != nil, "byline binary not built"))
struct HostileDumpTests {
    @Test("generated hostile files through the command line", arguments: [21, 22] as [UInt64])
    func generatedFiles(seed: UInt64) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-hostile-dump-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var generator = HostileInput(seed: seed)
        for n in 0..<3 {
            let file = dir.appendingPathComponent("hostile-\(n).txt")
            let bytes = generator.article(maxBytes: 4000)
            try Data(bytes).write(to: file)
            for arguments in [["--dump", "--width", "\(20 + n * 30)"], ["--quotes"], ["--json"], []] {
                let result = try BylineBinary.run(arguments + [file.path])
                let output = String(decoding: result.stdout, as: UTF8.self)
                if result.status != 0 {
                    #expect(result.status == 1)
                    #expect(result.stdout.isEmpty)
                    let lines = result.stderr.split(separator: "\n")
                    #expect(lines.count == 1 && lines[0].hasPrefix("byline: \(file.path)"), "\(result.stderr)")
                    continue
                }
                // JSON is the model as data: bidi controls stay in its strings (see the suite).
                let json = arguments == ["--json"]
                let bad = output.unicodeScalars.first { scalar in
                    let v = scalar.value
                    let bidi = (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                        || v == 0x200E || v == 0x200F || v == 0x061C
                    return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (bidi && !json)
                        || v == 0x2028 || v == 0x2029
                }
                #expect(bad == nil, "seed \(seed) file \(n) \(arguments): U+\(String(bad?.value ?? 0, radix: 16)) in output\ninput: \(bytes)")
            }
        }
    }
}
