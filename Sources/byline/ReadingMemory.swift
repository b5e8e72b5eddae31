import ArticleModel
import Foundation
import ReadingSession

/// One article's memory in the store: its identity and what was remembered when it was
/// opened. Every failure to read or write it is a warning, never the end of reading.
struct ReadingSessionMemory: Sendable {
    /// The open store.
    let store: ReadingStore
    /// The article's identity (fingerprint, location, block hashes).
    let identity: ArticleIdentity
    /// What was remembered when it was opened.
    let remembered: Remembered
    /// The highlights this run added to the store, for saving more than once (on leaving the
    /// article and on quitting) without adding them twice.
    let ledger = HighlightLedger()

    /// Opens the store in the state folder unless `disabled` (`--no-state`, or
    /// `remember = false` in the config). Returns the store, or `nil` with the one-line
    /// warning to show (`nil` warning when memory is simply off or there is no home).
    static func openStore(disabled: Bool) -> (store: ReadingStore?, warning: String?) {
        guard !disabled, let folder = StateFolder.path(environment: ProcessInfo.processInfo.environment) else {
            return (nil, nil)
        }
        switch StateFolder.open(folder: folder) {
        case .opened(let store, let warning): return (store, warning)
        case .unavailable(let reason): return (nil, reason)
        }
    }

    /// Looks `article` (read from `argument`) up in `store`, writing its places back
    /// re-anchored when the file was edited since (``ReadingSession/ReadingStore/reanchored(_:identity:)``).
    init(store: ReadingStore, article: Article, argument: String?) {
        self.store = store
        self.identity = ArticleIdentity(article: article, location: Self.location(of: argument))
        self.remembered = (try? store.reanchored(article, identity: identity)) ?? .nothing
    }

    /// Saves where reading stopped, the marks and the highlights; returns a one-line warning when it could not.
    ///
    /// A highlight without an id that was added by an earlier save of this run is updated, not
    /// added again; one added and since deleted is deleted.
    func save(
        _ article: Article, position: TextPosition, percent: Int, marks: [String: TextPosition],
        highlights: [HighlightToSave]
    ) -> String? {
        do {
            try ledger.save(
                article, in: store, identity: identity, position: position, percent: percent, marks: marks,
                highlights: highlights, remembered: remembered)
            return nil
        } catch {
            return "\(store.path): could not save the reading place (\(error))"
        }
    }

    /// The location an argument names: a URL as written, a file as its absolute path with
    /// symbolic links resolved; `nil` for standard input and the built-in sample.
    static func location(of argument: String?) -> String? {
        guard let argument, argument != "-" else { return nil }
        if argument.contains("://") { return argument }
        let absolute = argument.hasPrefix("/")
            ? argument : FileManager.default.currentDirectoryPath + "/" + argument
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
