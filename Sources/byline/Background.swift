import Foundation

/// A value computed on a thread of its own, started at once, for work the reader's first
/// frame needs but that does not depend on what the main thread is doing meanwhile (opening
/// the store while the article is read and parsed; looking the article up while the
/// terminal is set up).
///
/// The work runs exactly once; it must not touch the terminal nor print.
final class Background<Value: Sendable>: @unchecked Sendable {
    // The worker writes `result` once, before it signals `done`; `value()` reads it only
    // after waiting on `done`, which orders the write before the read. `@unchecked Sendable`
    // rests on that hand-over.
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    /// Starts `work` on a new thread.
    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.name = "byline-background"
        thread.start()
    }

    /// Waits for the work to finish and returns its value (the same on every call).
    func value() -> Value? {
        done.wait()
        done.signal()  // open for any later caller
        return result
    }
}
