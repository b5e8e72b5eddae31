import ArticleFixtures
import Foundation
import ReaderTestSupport
import Testing

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT end the reader in every state it can be in: reading,
/// with the help overlay open, inside the search prompt, and while a 10 MB article is still
/// being analysed. Each ends byline with the status a shell reports for a process the
/// signal ended (128 + the signal number) and leaves the terminal as it was: echo and
/// canonical mode on, the cursor visible, the main screen back with the shell's output.
///
/// Runs against `$BYLINE_BINARY` when it is set: `.ci/run` points it at the release build,
/// the binary users install, whose signal handling once differed from the debug build's.
@Suite(
    "Ending signals in tmux",
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: signal tests skipped"),
    .enabled(if: BylineBinary.path != nil, "byline binary not built: signal tests skipped")
)
struct SignalsInTmuxTests {
    /// Where the reader is when the signal arrives.
    enum ReaderPlace: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case reading, helpOpen, searchPrompt, analysing

        var testDescription: String { rawValue }
    }

    /// The signals that ask a process to end, by the number the status adds to 128.
    static let endingSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]

    /// A fictional article long enough to scroll, with a word to search for.
    static let shortArticle: String = {
        var text = "Lanterns Along the Ferry Road\n\nBy Ruth Ilves\n\n"
        for n in 1...30 {
            text += "Part \(n). The lantern keepers of Brask Junction said on Sunday that the lamps \"burn until the last ferry\", according to keeper Joon Mensah. Part \(n) ends.\n\n"
        }
        return text
    }()

    /// About 10 MB of generated article, whose analysis takes seconds even in a release
    /// build, so that the signal arrives before the quotations do.
    static let largeArticle = ArticleGenerator.article(bytes: 10_000_000, seed: 11)

    @Test("each ending signal in each place: exit 128 + signal, terminal restored",
          arguments: ReaderPlace.allCases, endingSignals)
    func signalEndsReader(place: ReaderPlace, signal: Int32) throws {
        let large = place == .analysing
        // 160 columns: wide enough for the quotes sidebar to dock once the analysis arrives,
        // which is how the test sees that it has not arrived yet.
        try ShellFixture.withShell(
            article: large ? Self.largeArticle : Self.shortArticle, fileName: "article.txt", columns: 160, rows: 30
        ) { session, binary, path in
            ShellFixture.open(session, "\(binary) \(path); echo status=$?", timeout: large ? 120 : 10)
            switch place {
            case .reading:
                session.sendKeys("j", "j")
                #expect(session.waitFor { !$0.contains(" 0%") && $0.contains("h help") }.matched)
            case .helpOpen:
                session.sendKeys("h")
                #expect(session.waitFor(text: "─ Keys ─").matched)
            case .searchPrompt:
                session.sendKeys("/")
                session.sendLiteral("lante")
                // The prompt replaces the status line, the last row.
                let prompt = session.waitFor(text: "\n/lante")
                #expect(prompt.matched, "search prompt not open:\n\(prompt.screen)")
            case .analysing:
                let before = session.capture()
                #expect(!before.contains("Quotes ("), "the analysis arrived before the signal:\n\(before)")
            }
            let pid = try #require(session.pid(ofChildMatching: binary))
            kill(pid, signal)
            let ended = ShellFixture.waitForStatus(session, timeout: 20)
            #expect(ended.matched, "byline still running after signal \(signal):\n\(ended.screen)")
            #expect(
                ended.screen.split(separator: "\n").contains { $0 == "status=\(128 + signal)" },
                "expected status=\(128 + signal):\n\(ended.screen)")
            ShellFixture.expectUsable(session)
        }
    }

    /// The signals checked before the terminal is taken. SIGINT is left out: when a child
    /// dies of SIGINT, an interactive bash abandons the rest of the command line too, so the
    /// status is never printed (byline leaves SIGINT in its default disposition there).
    static let signalsBeforeTerminal: [Int32] = [SIGTERM, SIGHUP, SIGQUIT]

    @Test("an ending signal before the terminal is taken (--json still analysing) ends byline with 128 + signal",
          arguments: signalsBeforeTerminal)
    func signalEndsBeforeTerminal(signal: Int32) throws {
        try ShellFixture.withShell(article: Self.largeArticle, fileName: "article.txt", columns: 120, rows: 30) {
            session, binary, path in
            // --json analyses the whole article before it writes anything: seconds for 10 MB.
            session.type("\(binary) --json \(path) > /dev/null; echo status=$?")
            var started: Int32?
            for _ in 0..<200 where started == nil {
                started = session.pid(ofChildMatching: binary)
                if started == nil { usleep(50_000) }
            }
            let pid = try #require(started, "byline --json did not start")
            // Past the runtime's start-up, inside the reading or the analysis.
            usleep(100_000)
            kill(pid, signal)
            let ended = ShellFixture.waitForStatus(session, timeout: 20)
            #expect(ended.matched, "byline still running after signal \(signal):\n\(ended.screen)")
            #expect(
                ended.screen.split(separator: "\n").contains { $0 == "status=\(128 + signal)" },
                "expected status=\(128 + signal):\n\(ended.screen)")
            #expect(!ended.screen.contains("crashed"), "the crash reporter took the signal:\n\(ended.screen)")
            ShellFixture.expectUsable(session)
        }
    }
}
