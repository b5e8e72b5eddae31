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

    /// Nothing remembered.
    public static let nothing = Remembered(position: nil, marks: [:], replacing: nil, firstRead: nil)
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
        return Remembered(position: position, marks: marks, replacing: replacing, firstRead: record.firstRead)
    }

    /// Saves where reading of `article` stopped (`position`, `percent` through it) and its
    /// `marks`, replacing the record of an earlier version of its text when `remembered` says
    /// there was one.
    public func save(
        _ article: Article, identity: ArticleIdentity, position: TextPosition, percent: Int,
        marks: [String: TextPosition], remembered: Remembered, now: Date = Date()
    ) throws {
        let record = ArticleRecord(
            fingerprint: identity.fingerprint, location: identity.location, headline: article.headline,
            source: article.metadata.source, wordCount: identity.wordCount, percent: min(100, max(0, percent)),
            position: SavedPosition(position: position, hashes: identity.blockHashes),
            marks: marks.mapValues { SavedPosition(position: $0, hashes: identity.blockHashes) },
            firstRead: remembered.firstRead ?? now, lastRead: now)
        try save(record, replacing: remembered.replacing)
    }
}
