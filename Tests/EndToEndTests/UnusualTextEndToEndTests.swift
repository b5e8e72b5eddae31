import Foundation
import ReaderTestSupport
import Testing

/// Issue 11, part 4, with the built binary: pasted text in a real terminal (bracketed paste),
/// and `--dump` at measures narrower than a wide character.
@Suite(
    "unusual text and pasting, end to end",
    .serialized,
    .enabled(if: BylineBinary.path != nil, "byline binary not built: end-to-end tests skipped")
)
struct UnusualTextEndToEndTests {
    /// A fictional article: "Mr. Seo" twice with a no-break space, once with a space.
    static let article = """
        Harbour Board Meets

        By Ana Cole

        Mr.\u{A0}Seo opened the meeting. Mr. Seo spoke first, and Mr.\u{A0}Seo closed it.

        東京 visitors watched from the gallery.

        """

    private func write(_ text: String) throws -> (directory: URL, file: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("byline-unusual-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("article.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (directory, file)
    }

    @Test(
        "a paste into the search prompt is text: a pasted newline does not submit, a pasted q does not quit",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed")
    )
    func bracketedPaste() throws {
        let (directory, file) = try write(Self.article)
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = try TmuxSession(columns: 90, rows: 14)
        defer { session.kill() }
        let binary = try #require(BylineBinary.path)
        session.type("\(binary) \(file.path); echo EXIT=$?")
        #expect(session.waitFor(text: "h help").matched)

        // Outside any prompt a paste is ignored: the pasted q does not quit.
        session.paste("q")
        let ignored = session.waitFor(text: "Paste ignored")
        #expect(ignored.matched, "\(ignored.screen)")
        #expect(!ignored.screen.contains("EXIT="))

        // Into the prompt: the newline becomes a space and does not submit; q is text.
        session.sendKeys("/")
        session.paste("Mr. Seo\nq")
        let prompt = session.waitFor(text: "/Mr. Seo q")
        #expect(prompt.matched, "\(prompt.screen)")
        #expect(!prompt.screen.contains("EXIT="))

        // A search typed with a space finds all three, across the no-break spaces.
        session.sendKeys("C-u")
        session.paste("Mr. Seo")
        session.sendKeys("Enter")
        let found = session.waitFor(text: "match 1/3")
        #expect(found.matched, "\(found.screen)")

        session.sendKeys("q")
        let exited = session.waitFor(text: "EXIT=0")
        #expect(exited.matched, "\(exited.screen)")
    }

    @Test("--dump at 1 and 2 columns never prints a line wider than the width", arguments: [1, 2])
    func narrowDump(width: Int) throws {
        let (directory, file) = try write(Self.article)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BylineBinary.run(["--dump", "--width", "\(width)", file.path])
        #expect(result.status == 0)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            // Columns: CJK ideographs take 2, everything else printed here 1.
            let columns = line.unicodeScalars.reduce(0) { $0 + ((0x4E00...0x9FFF).contains($1.value) ? 2 : 1) }
            #expect(columns <= width, "\(line.debugDescription) at --width \(width)")
        }
        #expect(lines.contains { $0.contains(width == 1 ? "\u{FFFD}" : "東") })
    }
}
