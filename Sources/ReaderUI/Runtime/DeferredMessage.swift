import Foundation

/// A ``Message`` computed on a thread of its own, started as soon as it is created and
/// handed to the reader by ``ReaderLoop`` once the first frame is on screen.
///
/// It exists so that opening a big article does not wait for work the first screen does not
/// need: the caller parses the article, starts the analysis (quotations, named entities) as
/// a `DeferredMessage` whose result is a message carrying the analysed article, and runs the
/// loop with the parsed one. The work then overlaps the layout and the first frame (on a
/// second core when there is one), and the loop applies its message before it reads the
/// first key, so keys typed meanwhile act on the analysed article.
///
/// The work runs exactly once. It must not touch the terminal.
public final class DeferredMessage: @unchecked Sendable {
    // The worker writes `result` once, before it signals `done`; readers read it only after
    // waiting on `done`, which orders the write before the read. `@unchecked Sendable` rests
    // on that hand-over.
    private let done = DispatchSemaphore(value: 0)
    private var result: Message?

    /// The stack of the worker thread, in bytes: generous, so that deep but bounded
    /// recursion in analysis never overflows where the main thread would not.
    public static let stackSize = 16 << 20

    /// Starts `work` on a new thread at once.
    public init(_ work: @escaping @Sendable () -> Message) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.stackSize = Self.stackSize
        thread.name = "byline-deferred"
        thread.start()
    }

    /// A deferred message that is already known (no thread): for tests, and for callers
    /// that computed it synchronously.
    public init(ready message: Message) {
        result = message
        done.signal()
    }

    /// Blocks up to `seconds` for the work to finish; returns its message, or `nil` when it
    /// is still running. Later calls return the same message at once.
    public func wait(seconds: Double) -> Message? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        done.signal()  // leave the semaphore open for any later caller
        return result ?? .redraw
    }

    /// Blocks until the work has finished and returns its message; later calls return the
    /// same message at once.
    public func wait() -> Message {
        done.wait()
        done.signal()  // leave the semaphore open for any later caller
        // The work always stores a message before signalling, so `result` is set here.
        return result ?? .redraw
    }
}
