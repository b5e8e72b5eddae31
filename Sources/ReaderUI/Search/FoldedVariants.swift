import Foundation

/// The folded variants of a ``SearchIndex``'s text, each made the first time it is asked
/// for and then kept. Shared by every copy of the index (it is a reference), and safe to use
/// from several threads: a lock serialises building.
final class FoldedVariants: @unchecked Sendable {
    /// The original block texts.
    private let texts: [String]
    /// Guards ``slots``.
    private let lock = NSLock()
    /// One slot per ``FoldingMode``, indexed by ``slot(of:)``; `nil` until built.
    private var slots: [FoldedText?] = [nil, nil, nil, nil]

    init(texts: [String]) {
        self.texts = texts
    }

    /// The text folded with `mode`. A variant that folds to exactly what an earlier one did
    /// (pure CJK, lower-case ASCII...) shares that one's storage.
    func variant(for mode: FoldingMode) -> FoldedText {
        let slot = (mode.ignoresCase ? 1 : 0) + (mode.ignoresDiacritics ? 2 : 0)
        lock.lock()
        defer { lock.unlock() }
        if let built = slots[slot] { return built }
        let variant = FoldedText(texts: texts, mode: mode)
        let kept = slots.lazy.compactMap { $0 }.first { $0 == variant } ?? variant
        slots[slot] = kept
        return kept
    }
}
