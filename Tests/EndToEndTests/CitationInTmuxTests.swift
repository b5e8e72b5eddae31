import Foundation
import ReaderTestSupport
import Testing

/// `y` end to end: the built `byline` in tmux with `set-clipboard on`, so that the OSC 52
/// sequence the backend writes becomes a tmux paste buffer; `show-buffer` gives back what
/// tmux decoded from the base64 payload.
@Suite(
    "citations in tmux",
    .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end tests skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built: end-to-end tests skipped")
)
struct CitationInTmuxTests {
    /// A fictional article: one quotation whose speaker has a role, one later quotation.
    static let article = """
        East Pier to Reopen After Winter Storm Repairs

        By Tomas Relling

        Monday, March 4, 2024

        "We will reopen the east pier to foot traffic by the first week of spring," said port spokesperson Mara Ostrand on Monday.

        Crews have replaced forty metres of decking and the railings along the northern edge.

        "Fishing boats can tie up again from April," Ostrand added.

        """

    final class Folder {
        let path = TmuxSession.makeTemporaryFolder("byline-cite-e2e")
        func file(_ name: String, _ bytes: Data) throws -> String {
            let path = self.path + "/" + name
            try bytes.write(to: URL(fileURLWithPath: path))
            return path
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Opens `file` in a session with `set-clipboard on`, presses `keys`, waits for the
    /// status line's report and returns the session's paste buffer and the screen.
    func copy(_ file: String, keys: [String] = ["y"]) throws -> (buffer: String, screen: String) {
        let binary = try #require(BylineBinary.path)
        let session = try TmuxSession(columns: 120, rows: 30)
        defer { session.kill() }
        session.tmux(["set-option", "-s", "set-clipboard", "on"])
        session.type("clear; \(binary) --no-state '\(file)'")
        let opened = session.waitFor { $0.contains("h help") }
        #expect(opened.matched, "reader did not open:\n\(opened.screen)")
        for key in keys { session.sendKeys(key) }
        let copied = session.waitFor { $0.contains("copied quote") || $0.contains("not copied") }
        #expect(copied.matched, "no report of the copy:\n\(copied.screen)")
        let buffer = session.tmux(["show-buffer"])
        #expect(buffer.status == 0, "tmux has no buffer: \(buffer.output)")
        session.sendLiteral("q")
        return (buffer.output, copied.screen)
    }

    @Test("y: OSC 52 reaches tmux, and the payload is the citation with speaker and role")
    func osc52Citation() throws {
        let folder = Folder()
        let file = try folder.file("pier.txt", Data(Self.article.utf8))
        let (buffer, screen) = try copy(file)
        #expect(buffer == """
            > We will reopen the east pier to foot traffic by the first week of spring,
            >
            > — Mara Ostrand, port spokesperson

            *East Pier to Reopen After Winter Storm Repairs*, Monday, March 4, 2024, \(file)
            """)
        #expect(screen.contains("copied quote 1 (Mara Ostrand) as a citation"), "\(screen)")
        #expect(screen.contains("through OSC 52"), "\(screen)")
    }

    @Test("y on the selected quotation (. twice selects the second)")
    func selectedQuote() throws {
        let folder = Folder()
        let file = try folder.file("pier.txt", Data(Self.article.utf8))
        let (buffer, _) = try copy(file, keys: [".", ".", "y"])
        #expect(buffer.hasPrefix("> Fishing boats can tie up again from April,\n>\n> — Mara Ostrand"), "\(buffer)")
    }

    @Test("hostile bytes in a quotation (ESC, BEL, C1, bidi controls, a 60 KB quote) never reach the clipboard as controls")
    func hostileQuote() throws {
        let folder = Folder()
        var text = "Harbour Vote Goes Late\n\nBy Tomas Relling\n\n"
        text += "\"We sail \u{1B}]52;c;ZXZpbA==\u{07}at dawn \u{1B}[2J\u{202E}tonight\u{2066} and \u{9B}31mlater,\" said port spokesperson Mara Ostrand.\n\n"
        text += "\"" + String(repeating: "the tide tables were wrong again ", count: 1900) + "\" said Ostrand.\n"
        let file = try folder.file("vote.txt", Data(text.utf8))
        let (first, _) = try copy(file)
        for scalar in first.unicodeScalars {
            let v = scalar.value
            #expect(v == 0x0A || !(v < 0x20 || (0x7F...0x9F).contains(v)), "control U+\(String(v, radix: 16)) in \(first.debugDescription)")
            #expect(!((0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)))
        }
        #expect(first.contains("— Mara Ostrand, port spokesperson"), "\(first)")
        let (long, _) = try copy(file, keys: [".", ".", "y"])
        #expect(long.utf8.count <= 8192)
        #expect(long.contains("…"), "the long quotation is cut: \(long.utf8.count) bytes")
    }
}
