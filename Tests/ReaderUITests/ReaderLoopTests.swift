import ArticleModel
import ReaderTestSupport
import Testing
@testable import ReaderUI

/// The real loop driven by scripted input through the in-memory terminal.
@Suite("Reader loop")
struct ReaderLoopTests {
    @Test("keys scroll, q quits, and every frame is the state's screen")
    func scriptedSession() {
        let terminal = TestTerminal(rows: 24, columns: 80, script:
            KeyScript.typing("5j") + [.key(.pageDown)] + KeyScript.typing("q"))
        let state = ReaderState(article: TestArticles.long(), rows: 1, columns: 1)
        let final = ReaderLoop.run(state: state, backend: terminal)
        #expect(final.topLine == 5 + 22)
        // First frame forced, then one per event that did not quit.
        #expect(terminal.frames.count == 4)
        #expect(terminal.forcedFrames == 1)
        #expect(terminal.lastFrame == ReaderView.render(final))
    }

    @Test("a resize in the middle of a session reflows and keeps the place")
    func resizeKeepsPlace() throws {
        let terminal = TestTerminal(rows: 24, columns: 80, script:
            KeyScript.typing("40j") + [.resize(rows: 20, columns: 45), .resize(rows: 30, columns: 120)]
            + KeyScript.typing("q"))
        let start = ReaderState(article: TestArticles.long(), rows: 24, columns: 80)
        var reference = start
        _ = reference.handle(.key(.character("4")))
        _ = reference.handle(.key(.character("0")))
        _ = reference.handle(.key(.character("j")))
        let block = try #require(reference.layout.lines[reference.topLine].block)
        let final = ReaderLoop.run(state: start, backend: terminal)
        #expect(final.layout.lines[final.topLine].block == block)
        let frameAtNarrow = terminal.frames[terminal.frames.count - 2]
        #expect(frameAtNarrow.columns == 45)
        #expect(frameAtNarrow.textLines[0].contains("Paragraph") || frameAtNarrow.textLines[0].contains("tide"))
    }

    @Test("Ctrl-Z suspends and the frame after it is repainted in full")
    func suspend() {
        let terminal = TestTerminal(rows: 24, columns: 80, script: [.key(.control("z")), .key(.character("q"))])
        ReaderLoop.run(state: ReaderState(article: TestArticles.short, rows: 24, columns: 80), backend: terminal)
        #expect(terminal.suspensions == 1)
        #expect(terminal.forcedFrames == 2)
    }

    @Test("end of input and SIGTERM end the loop")
    func endings() {
        for ending in [InputEvent.endOfInput, .terminate] {
            let terminal = TestTerminal(rows: 24, columns: 80, script: [.key(.character("j")), ending, .key(.character("j"))])
            let final = ReaderLoop.run(state: ReaderState(article: TestArticles.long(), rows: 24, columns: 80), backend: terminal)
            #expect(final.topLine == 1)
        }
    }

    @Test("input that is already waiting (a paste) is handled before drawing: one frame, same result")
    func pasteIsBatched() {
        let pasted = String(repeating: "tides ", count: 50)
        let script = KeyScript.typing("/" + pasted) + [.key(.enter)]
        let batched = TestTerminal(rows: 24, columns: 80, script: script, deliversAtOnce: true)
        let final = ReaderLoop.run(state: ReaderState(article: TestArticles.long(), rows: 24, columns: 80), backend: batched)
        #expect(batched.frames.count <= 3)
        #expect(final.search.history == [pasted])
        let oneByOne = TestTerminal(rows: 24, columns: 80, script: script)
        let reference = ReaderLoop.run(state: ReaderState(article: TestArticles.long(), rows: 24, columns: 80), backend: oneByOne)
        #expect(oneByOne.frames.count > 300)
        #expect(ReaderView.render(final) == ReaderView.render(reference))
        #expect(reference.topLine == final.topLine)
    }
}
