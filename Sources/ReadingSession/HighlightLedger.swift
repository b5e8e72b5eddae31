import ArticleModel

/// The highlights one run of the reader added to the store, so that an article saved more
/// than once in a run (on leaving it for another, and on quitting) has each new highlight
/// added once, then updated, and deleted when the reader deleted it after it was saved.
///
/// Highlights the reader made have no id of their own; the ledger knows them by their span
/// (start and end). Not thread-safe: one reader loop uses it.
public final class HighlightLedger: @unchecked Sendable {
    /// The store id of each highlight this run added, by its start and end.
    private var added: [[TextPosition]: Int64] = [:]

    /// An empty ledger.
    public init() {}

    /// Saves `highlights` of `article` with ``ReadingStore/save(_:identity:position:percent:marks:highlights:removed:remembered:now:)``:
    /// a highlight without an id that an earlier save added gets that id; one added earlier
    /// and no longer among `highlights` is deleted.
    @discardableResult
    public func save(
        _ article: Article, in store: ReadingStore, identity: ArticleIdentity, position: TextPosition, percent: Int,
        marks: [String: TextPosition], highlights: [HighlightToSave], remembered: Remembered
    ) throws -> [Int64] {
        var highlights = highlights
        for index in highlights.indices where highlights[index].id == nil {
            highlights[index].id = added[[highlights[index].start, highlights[index].end]]
        }
        let present = Set(highlights.compactMap(\.id))
        let gone = added.values.filter { !present.contains($0) }
        let ids = try store.save(
            article, identity: identity, position: position, percent: percent, marks: marks,
            highlights: highlights, removed: gone, remembered: remembered)
        let rememberedIDs = Set(remembered.highlights.map(\.id))
        added = [:]
        for (highlight, id) in zip(highlights, ids) where !rememberedIDs.contains(id) {
            added[[highlight.start, highlight.end]] = id
        }
        return ids
    }
}
