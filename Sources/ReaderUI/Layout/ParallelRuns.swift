import Dispatch
import Foundation

/// Runs independent pieces of work on all the processor's cores and gathers their results
/// in order: what ``ArticleLayout`` uses to lay out a big article's runs of blocks at once.
enum ParallelRuns {
    /// The cores this process may use (at least 1).
    static var activeProcessorCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to every element of `items`, concurrently, results in the order
    /// of `items`. `transform` must be safe to run on several threads at once.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let slots = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(transform(items[index]), at: index)
        }
        return slots.results
    }
}

/// One slot per concurrent task, each written by exactly one task; read only after
/// `concurrentPerform` has returned (which orders every write before the read).
private final class ResultSlots<Result>: @unchecked Sendable {
    // Raw storage, so that tasks writing different slots never access the same Swift
    // variable at once (which exclusivity checking would stop).
    private let slots: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: Result, at index: Int) {
        slots[index] = result
    }

    var results: [Result] { slots.compactMap { $0 } }
}
