import ArticleModel
import Foundation
import ReaderTestSupport
import Testing
@testable import ReaderUI

/// Work the loop takes after its first frame (the article's analysis, in the reader).
@Suite("Deferred message")
struct DeferredMessageTests {
    @Test("the first frame is drawn before the deferred message is applied, the next one after")
    func firstFrameComesFirst() throws {
        let terminal = TestTerminal(rows: 24, columns: 80, script: KeyScript.typing("jq"))
        let start = ReaderState(article: TestArticles.long(), rows: 24, columns: 80)
        let deferred = DeferredMessage { .scrollLines(10) }
        let final = ReaderLoop.run(state: start, backend: terminal, deferred: deferred)
        // First frame (unscrolled), the frame after the deferred message, the frame after j.
        #expect(terminal.frames.count == 3)
        let first = try #require(terminal.frames.first)
        #expect(first == ReaderView.render(start))
        var afterDeferred = start
        _ = afterDeferred.update(.scrollLines(10))
        #expect(terminal.frames[1] == ReaderView.render(afterDeferred))
        #expect(final.topLine == 11)
    }

    @Test("a deferred quit ends the loop after the first frame, before any key")
    func deferredQuit() {
        let terminal = TestTerminal(rows: 24, columns: 80, script: KeyScript.typing("jjj"))
        let start = ReaderState(article: TestArticles.short, rows: 24, columns: 80)
        let final = ReaderLoop.run(state: start, backend: terminal, deferred: DeferredMessage(ready: .quit))
        #expect(terminal.frames.count == 1)
        #expect(final.topLine == 0)
    }

    @Test("a signal while the deferred work still runs ends the loop without waiting for it; keys stay unread")
    func signalDuringDeferredWork() {
        let terminal = TestTerminal(rows: 24, columns: 80, script: KeyScript.typing("jjj"))
        terminal.arrivedSignals = [.terminate]
        let start = ReaderState(article: TestArticles.long(), rows: 24, columns: 80)
        let release = DispatchSemaphore(value: 0)
        let deferred = DeferredMessage {
            release.wait()  // never finishes while the loop runs
            return .scrollLines(10)
        }
        let final = ReaderLoop.run(state: start, backend: terminal, deferred: deferred)
        release.signal()
        #expect(terminal.frames.count == 1)
        #expect(final.topLine == 0)
        #expect(terminal.nextEvent() == .key(.character("j")))
    }

    @Test("a stop request while the deferred work runs suspends, then the work is applied")
    func stopDuringDeferredWork() {
        let terminal = TestTerminal(rows: 24, columns: 80, script: KeyScript.typing("q"))
        terminal.arrivedSignals = [.stopRequested]
        let start = ReaderState(article: TestArticles.long(), rows: 24, columns: 80)
        let deferred = DeferredMessage {
            usleep(300_000)
            return .scrollLines(10)
        }
        let final = ReaderLoop.run(state: start, backend: terminal, deferred: deferred)
        #expect(terminal.suspensions == 1)
        #expect(final.topLine == 10)
    }

    @Test("wait with a time limit: nil while the work runs, its message once it is done")
    func waitWithLimit() {
        let release = DispatchSemaphore(value: 0)
        let deferred = DeferredMessage {
            release.wait()
            return .percent(7)
        }
        #expect(deferred.wait(seconds: 0.05) == nil)
        release.signal()
        #expect(deferred.wait(seconds: 10) == .percent(7))
        #expect(deferred.wait(seconds: 0) == .percent(7))
    }

    @Test("wait returns the work's message, every time it is asked")
    func waitIsRepeatable() {
        let deferred = DeferredMessage { .percent(42) }
        #expect(deferred.wait() == .percent(42))
        #expect(deferred.wait() == .percent(42))
    }
}
