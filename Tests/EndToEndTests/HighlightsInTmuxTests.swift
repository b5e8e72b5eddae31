import Foundation
import ReaderTestSupport
import Testing

/// Highlights end to end: select and keep one with a note in the built `byline` in tmux,
/// quit, reopen (painted and listed), edit the file above it, reopen (it follows); and the
/// export of the store, read back with Python's csv module (RFC 4180) and as JSON.
@Suite(
    "highlights in tmux",
    .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end tests skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built: end-to-end tests skipped")
)
struct HighlightsInTmuxTests {
    typealias Memory = ReadingMemoryInTmuxTests

    /// The highlight's exported citations (`--export highlights FILE --output-format json`).
    func export(_ session: TmuxSession, _ arguments: [String]) throws -> [[String: Any]] {
        let result = try BylineBinary.run(
            ["--export", "highlights"] + arguments + ["--output-format", "json"],
            environment: ["XDG_STATE_HOME": session.stateHome, "LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(object["format"] as? String == "byline-citations")
        return try #require(object["citations"] as? [[String: Any]])
    }

    /// Whether the note prompt is open on the status line.
    static func notePrompt(_ screen: String) -> Bool {
        screen.split(separator: "\n").last.map { $0.hasPrefix("note: ") } ?? false
    }

    /// Whether the escapes capture paints `words` in the default theme's highlight style
    /// (yellow background, 43): an SGR sequence setting it, then the words.
    static func painted(_ words: String, in escaped: String) -> Bool {
        let sgr = "\u{1B}\\[[0-9;]*m"
        let pattern = "\u{1B}\\[[0-9;]*43m(?:\(sgr))*" + NSRegularExpression.escapedPattern(for: words)
        return escaped.range(of: pattern, options: .regularExpression) != nil
    }

    @Test("a highlight with a note survives a restart (painted and in the panel) and follows an edit above it")
    func keepReopenEdit() throws {
        let folder = Memory.Folder()
        let file = try folder.file("harbour.txt", Memory.article())
        let session = try TmuxSession(columns: 110, rows: 24)
        defer { session.kill() }
        let reader = Memory()
        _ = try reader.open(session, file)
        _ = reader.scroll(session, lines: 20)
        // Two sentences from the top of the window, kept with a note (typed, then a pasted
        // tail whose escape sequence and BEL never reach the note).
        session.sendLiteral("vj")
        #expect(session.waitFor(text: "2 sentences selected").matched, "\(session.capture())")
        session.sendLiteral("*")
        #expect(session.waitFor(Self.notePrompt).matched, "\(session.capture())")
        session.sendLiteral("ask the port office, \"twice\"")
        session.paste(" and\u{1B}[31m soon\u{07}")
        session.sendKeys("Enter")
        #expect(session.waitFor(text: "highlight kept with its note").matched, "\(session.capture())")
        reader.quit(session)

        let first = try #require(try export(session, [file]).first)
        let text = try #require(first["text"] as? String)
        #expect(first["kind"] as? String == "passage")
        #expect(first["note"] as? String == "ask the port office, \"twice\" and[31m soon")
        let block = try #require(first["block"] as? Int)
        let offset = try #require(first["offset"] as? Int)
        let words = text.split(separator: " ").prefix(3).joined(separator: " ")

        // Reopened: at the same place, the words painted, the panel listing it with its note.
        _ = try reader.open(session, file)
        #expect(Self.painted(words, in: session.capture(escapes: true)), "\(session.capture(escapes: true))")
        session.sendLiteral("i")
        #expect(session.waitFor(text: "Highlights (1)").matched, "\(session.capture())")
        #expect(session.capture().contains("— ask the"), "\(session.capture())")
        reader.quit(session)

        // A paragraph inserted above: the highlight keeps its words, one block further down,
        // in the export before the reader opens the edited file (one article, and --all)…
        let extra = "An editor's note added later: this story was updated on Friday with the mayor's reply."
        _ = try folder.file("harbour.txt", Memory.article(extra: extra))
        for arguments in [[file], ["--all"]] {
            let edited = try #require(try export(session, arguments).first)
            #expect(edited["block"] as? Int == block + 1, "\(arguments)")
            #expect(edited["offset"] as? Int == offset, "\(arguments)")
            #expect(edited["text"] as? String == text, "\(arguments)")
        }
        // …and in the reader.
        _ = try reader.open(session, file)
        #expect(Self.painted(words, in: session.capture(escapes: true)), "\(session.capture(escapes: true))")
        reader.quit(session)
        let moved = try #require(try export(session, [file]).first)
        #expect(moved["text"] as? String == text)
        #expect(moved["block"] as? Int == block + 1)
        #expect(moved["offset"] as? Int == offset)
        #expect(moved["note"] as? String == first["note"] as? String)
    }

    @Test("--export highlights --all: CSV read back with Python's csv module equals the JSON export")
    func exportAll() throws {
        let folder = Memory.Folder()
        let one = try folder.file("one.txt", Memory.article(paragraphs: 8))
        let two = try folder.file("two.txt", Memory.article(paragraphs: 9, extra: "A second story, with \"quoted\", comma-laden words."))
        let session = try TmuxSession(columns: 110, rows: 24)
        defer { session.kill() }
        let reader = Memory()
        for (file, note) in [(one, "first, with a comma"), (two, "second \"quoted\"")] {
            _ = try reader.open(session, file)
            session.sendLiteral("V*")
            #expect(session.waitFor(Self.notePrompt).matched, "\(session.capture())")
            session.sendLiteral(note)
            session.sendKeys("Enter")
            #expect(session.waitFor(text: "highlight kept").matched, "\(session.capture())")
            reader.quit(session)
        }
        let json = try export(session, ["--all"])
        #expect(json.count == 2)
        #expect(Set(json.compactMap { $0["note"] as? String }) == ["first, with a comma", "second \"quoted\""])
        let csv = try BylineBinary.run(
            ["--export", "highlights", "--all", "--output-format", "csv"],
            environment: ["XDG_STATE_HOME": session.stateHome, "LANG": "C.UTF-8"])
        #expect(csv.status == 0, "\(csv.stderr)")
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile) else {
            return
        }
        let path = folder.path + "/export.csv"
        try csv.stdout.write(to: URL(fileURLWithPath: path))
        let script = "import csv, json, sys\nwith open(sys.argv[1], newline='') as f: print(json.dumps(list(csv.DictReader(f))))"
        let parsed = try TmuxSession.run([python, "-c", script, path])
        #expect(parsed.status == 0, "\(parsed.output)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(parsed.output.utf8)) as? [[String: String]])
        #expect(rows.count == json.count)
        for (row, citation) in zip(rows, json) {
            for (key, value) in citation {
                let expected: String
                switch value {
                case let number as NSNumber: expected = number.stringValue
                case let string as String: expected = string
                default: expected = ""
                }
                #expect(row[key] == expected, "\(key)")
            }
        }

        // A file gone since: its highlight is still exported, at the place stored when it was
        // last read, and standard error says so (one line naming it); the other file's is as before.
        try FileManager.default.removeItem(atPath: one)
        let gone = try BylineBinary.run(
            ["--export", "highlights", "--all", "--output-format", "json"],
            environment: ["XDG_STATE_HOME": session.stateHome, "LANG": "C.UTF-8"])
        #expect(gone.status == 0, "\(gone.stderr)")
        let lines = gone.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains(one) && lines[0].contains("stored when it was last read"), "\(gone.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: gone.stdout) as? [String: Any])
        let after = try #require(object["citations"] as? [[String: Any]])
        #expect(after.count == json.count)
        for (now, before) in zip(after, json) {
            #expect(now["block"] as? Int == before["block"] as? Int)
            #expect(now["offset"] as? Int == before["offset"] as? Int)
            #expect(now["note"] as? String == before["note"] as? String)
        }
    }

    @Test("--export usage: an ARTICLE or --all (not both); --all alone is an error; --no-state rules it out")
    func usage() throws {
        for arguments in [["--export", "highlights"], ["--export", "highlights", "--all", "x.txt"], ["--all", "x.txt"],
                          ["--export", "highlights", "--no-state", "x.txt"], ["--export", "quotes", "x.txt"]] {
            let result = try BylineBinary.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
        }
        let missing = try BylineBinary.run(["--export", "highlights", "/nonexistent/story.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/story.txt"))
    }
}
