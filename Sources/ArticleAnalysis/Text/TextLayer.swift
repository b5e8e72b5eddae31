import ArticleModel
import Dispatch
import Synchronization

/// The text layer of an article (``BlockText`` of every block), built once and shared by the
/// extractors that read it, each on its own thread and in reading order.
///
/// Blocks are grouped in batches of about ``batchBytes`` bytes of UTF-8. The first reader to
/// need a batch builds it; a reader that finds its batch being built by the other builds a
/// later one meanwhile, or waits for it (the builder never waits while it builds, so the wait
/// ends). A batch is dropped once every reader has passed it. A reader more than ``window``
/// batches ahead of the slowest builds its batches for itself alone and keeps none, so the
/// layer holds at most about `window × batchBytes` bytes of text (as scalars, tokens and
/// sentences: about ten bytes of memory per byte of text), whatever the article's length. A
/// reader never waits for another to move: the readers may run one after the other (a
/// thread pool with one free thread) without deadlock, each then building its own layers.
///
/// Code blocks get an empty layer: no extractor reads program text.
final class TextLayer: Sendable {
    /// Bytes of block text per batch (the last batch may be smaller, a single long block larger).
    static let batchBytes = 16 * 1024
    /// How many batches beyond the slowest reader's a reader's batches are still kept for it.
    static let window = 4

    private struct State {
        /// Each batch's layers once built, until every reader has passed it.
        var built: [[BlockText]?]
        /// Whether a reader is building the batch.
        var building: [Bool]
        /// The first batch each reader has not passed yet.
        var positions: [Int]
        /// Readers waiting for a batch another reader builds.
        var waiting = 0

        var slowest: Int { positions.min() ?? 0 }
    }

    private let article: Article
    /// First block of each batch, then the number of blocks.
    private let batchStarts: [Int]
    /// The batch of each block.
    private let batchOfBlock: [Int32]
    private let state: Mutex<State>
    private let wakeUp = DispatchSemaphore(value: 0)

    /// A layer of `article` for `readers` readers (each takes one ``Reader``).
    init(article: Article, readers: Int) {
        self.article = article
        var starts: [Int] = []
        var batchOfBlock = [Int32](repeating: 0, count: article.blocks.count)
        var bytes = TextLayer.batchBytes
        for (index, block) in article.blocks.enumerated() {
            if bytes >= TextLayer.batchBytes {
                starts.append(index)
                bytes = 0
            }
            bytes += block.text.utf8.count
            batchOfBlock[index] = Int32(starts.count - 1)
        }
        let batches = starts.count
        starts.append(article.blocks.count)
        self.batchStarts = starts
        self.batchOfBlock = batchOfBlock
        self.state = Mutex(State(
            built: Array(repeating: nil, count: batches), building: Array(repeating: false, count: batches),
            positions: Array(repeating: 0, count: max(readers, 1))))
    }

    /// The reader number `reader` (0 ..< readers): one per thread, each taken once.
    func reader(_ reader: Int) -> Reader { Reader(layer: self, reader: reader) }

    private enum Step {
        case ready([BlockText])
        case build(Int)
        /// Build it for this reader alone: it is too far ahead to keep it for the other.
        case buildPrivately
        case wait
    }

    /// The layers of batch `batch` for reader `reader`, built here if no one has.
    private func batch(_ batch: Int, reader: Int) -> [BlockText] {
        while true {
            let step: Step = state.withLock { state in
                let limit = min(state.slowest + TextLayer.window, state.built.count)
                if let texts = state.built[batch] { return .ready(texts) }
                if batch >= limit { return .buildPrivately }
                if !state.building[batch] {
                    state.building[batch] = true
                    return .build(batch)
                }
                // The other reader builds this one: build a later one meanwhile.
                var ahead = batch + 1
                while ahead < limit {
                    if state.built[ahead] == nil && !state.building[ahead] {
                        state.building[ahead] = true
                        return .build(ahead)
                    }
                    ahead += 1
                }
                state.waiting += 1
                return .wait
            }
            switch step {
            case .ready(let texts):
                return texts
            case .buildPrivately:
                return build(batch)
            case .build(let built):
                let texts = build(built)
                let waiting = state.withLock { state in
                    state.built[built] = texts
                    state.building[built] = false
                    defer { state.waiting = 0 }
                    return state.waiting
                }
                for _ in 0..<waiting { wakeUp.signal() }
                if built == batch { return texts }
            case .wait:
                wakeUp.wait()
            }
        }
    }

    /// Marks every batch before `batch` passed by `reader`, dropping those every reader has passed.
    private func pass(to batch: Int, reader: Int) {
        var dropped: [[BlockText]] = []
        let waiting = state.withLock { state in
            let old = state.slowest
            state.positions[reader] = max(state.positions[reader], batch)
            let slowest = state.slowest
            guard slowest > old else { return 0 }
            for index in old..<min(slowest, state.built.count) {
                if let texts = state.built[index] { dropped.append(texts) }
                state.built[index] = nil
            }
            defer { state.waiting = 0 }
            return state.waiting
        }
        for _ in 0..<waiting { wakeUp.signal() }
        dropped.removeAll()
    }

    private func build(_ batch: Int) -> [BlockText] {
        var texts: [BlockText] = []
        texts.reserveCapacity(batchStarts[batch + 1] - batchStarts[batch])
        for index in batchStarts[batch]..<batchStarts[batch + 1] {
            let block = article.blocks[index]
            texts.append(block.kind == .code ? .empty : BlockText(block))
        }
        return texts
    }

    /// One reader's way through the layer: blocks in increasing order, each batch released
    /// when the reader moves past it and the rest when the reader is released, so that the
    /// other readers never wait for this one. Used on one thread.
    final class Reader {
        private let layer: TextLayer
        private let reader: Int
        private var batch = -1
        private var texts: [BlockText] = []
        private var first = 0

        fileprivate init(layer: TextLayer, reader: Int) {
            self.layer = layer
            self.reader = reader
        }

        /// The layer of block `block`; blocks must come in increasing order.
        func text(of block: Int) -> BlockText {
            let wanted = Int(layer.batchOfBlock[block])
            if wanted != batch {
                texts = []
                layer.pass(to: wanted, reader: reader)
                texts = layer.batch(wanted, reader: reader)
                batch = wanted
                first = layer.batchStarts[wanted]
            }
            return texts[block - first]
        }

        /// Passes every remaining batch: this reader reads no more.
        func finish() {
            texts = []
            batch = -1
            layer.pass(to: layer.batchStarts.count - 1, reader: reader)
        }

        deinit {
            layer.pass(to: layer.batchStarts.count - 1, reader: reader)
        }
    }
}
