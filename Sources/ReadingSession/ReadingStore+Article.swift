import ArticleModel
import Foundation

/// What the store gives back for an article being opened.
public struct Remembered: Sendable, Equatable {
    /// Where reading stopped last time, in this version of the text; `nil` the first time.
    public var position: TextPosition?
    /// The marks, by letter, in this version of the text.
    public var marks: [String: TextPosition]
    /// The record's fingerprint when the article was read before as another version of the
    /// text (the file was edited): saving replaces that record.
    public var replacing: String?
    /// When the article was first read, if it was.
    public var firstRead: Date?
    /// The highlights, in this version of the text (``SavedHighlight/resolve(blocks:hashes:)``).
    public var highlights: [RememberedHighlight] = []

    /// Nothing remembered.
    public static let nothing = Remembered(position: nil, marks: [:], replacing: nil, firstRead: nil)
}

/// A stored highlight found again in the article being opened.
public struct RememberedHighlight: Sendable, Equatable {
    /// The store's id of the highlight.
    public var id: Int64
    /// Where it starts in this version of the text.
    public var start: TextPosition
    /// Just past its end in this version of the text.
    public var end: TextPosition
    /// The reader's note, or `nil`.
    public var note: String?
    /// The citation stored with it (JSON), or `nil`.
    public var citation: String?
}

/// A highlight to save with the article (``ReadingStore/save(_:identity:position:percent:marks:highlights:remembered:now:)``).
public struct HighlightToSave: Sendable, Equatable {
    /// The store's id when it came from the store, `nil` for a new one.
    public var id: Int64?
    /// Where it starts.
    public var start: TextPosition
    /// Just past its end.
    public var end: TextPosition
    /// The reader's note, or `nil`.
    public var note: String?
    /// The citation to keep with it (JSON), or `nil`.
    public var citation: String?

    /// Creates one.
    public init(id: Int64?, start: TextPosition, end: TextPosition, note: String?, citation: String?) {
        self.id = id
        self.start = start
        self.end = end
        self.note = note
        self.citation = citation
    }
}

extension ReadingStore {
    /// What is remembered of `article` (whose identity is `identity`): looked up by
    /// fingerprint, else by the location's latest record (an edited file), whose positions
    /// are moved to the same or the nearest surviving block (``SavedPosition/resolve(in:blockLengths:)``).
    public func remembered(_ article: Article, identity: ArticleIdentity) throws -> Remembered {
        var record = try self.record(fingerprint: identity.fingerprint)
        var replacing: String?
        if record == nil, let location = identity.location, let previous = try latestRecord(location: location) {
            record = previous
            replacing = previous.fingerprint
        }
        guard let record else { return .nothing }
        let lengths = article.blocks.map { $0.text.unicodeScalars.count }
        let position = record.position.map { $0.resolve(in: identity.blockHashes, blockLengths: lengths) }
        let marks = record.marks.mapValues { $0.resolve(in: identity.blockHashes, blockLengths: lengths) }
        let texts = article.blocks.map(\.text)
        let highlights = try self.highlights(fingerprint: record.fingerprint).compactMap { saved -> RememberedHighlight? in
            guard let id = saved.id else { return nil }
            let (start, end) = saved.resolve(blocks: texts, hashes: identity.blockHashes)
            return RememberedHighlight(id: id, start: start, end: end, note: saved.note, citation: saved.citation)
        }
        return Remembered(
            position: position, marks: marks, replacing: replacing, firstRead: record.firstRead, highlights: highlights)
    }

    /// Saves where reading of `article` stopped (`position`, `percent` through it), its
    /// `marks` and its `highlights`, replacing the record of an earlier version of its text
    /// when `remembered` says there was one. Highlights remembered at opening that are not
    /// in `highlights` are deleted; others' highlights stored meanwhile are kept.
    ///
    /// - Parameter removed: ids of highlights to delete besides those (rows this process
    ///   added and then deleted).
    /// - Returns: the id of each of `highlights`, in order (the new row's for one added).
    @discardableResult
    public func save(
        _ article: Article, identity: ArticleIdentity, position: TextPosition, percent: Int,
        marks: [String: TextPosition], highlights: [HighlightToSave] = [], removed extra: [Int64] = [],
        remembered: Remembered, now: Date = Date()
    ) throws -> [Int64] {
        let texts = article.blocks.map(\.text)
        let saved = highlights.map { highlight in
            SavedHighlight(
                id: highlight.id, start: SavedPosition(position: highlight.start, hashes: identity.blockHashes),
                end: SavedPosition(position: highlight.end, hashes: identity.blockHashes),
                text: SavedHighlight.text(from: highlight.start, to: highlight.end, in: texts), note: highlight.note,
                citation: highlight.citation, created: now)
        }
        let kept = Set(highlights.compactMap(\.id))
        let removed = Set(remembered.highlights.map(\.id) + extra).filter { !kept.contains($0) }.sorted()
        let record = ArticleRecord(
            fingerprint: identity.fingerprint, location: identity.location, headline: article.headline,
            source: article.metadata.source, wordCount: identity.wordCount, percent: min(100, max(0, percent)),
            position: SavedPosition(position: position, hashes: identity.blockHashes),
            marks: marks.mapValues { SavedPosition(position: $0, hashes: identity.blockHashes) },
            firstRead: remembered.firstRead ?? now, lastRead: now)
        return try save(record, replacing: remembered.replacing, highlights: saved, removedHighlights: removed)
    }
}
