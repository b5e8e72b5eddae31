import ArticleModel
import Foundation
import GRDB

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
    /// are moved to the same or the nearest surviving block (``SavedPosition/resolve(in:blockLengths:)``),
    /// and highlights to the same words (``SavedHighlight/resolve(blocks:hashes:)``). Reads
    /// only: see ``reanchored(_:identity:)`` for writing the moved places back.
    public func remembered(_ article: Article, identity: ArticleIdentity) throws -> Remembered {
        try database.read { db in try Self.lookUp(db, article: article, identity: identity) }.remembered
    }

    /// What is remembered of `article`, as ``remembered(_:identity:)``; when the store held
    /// its places for another version of its text (the file was edited since it was last
    /// read, or highlights were saved by a reader of an older version), they are written
    /// back re-anchored to this version in one `IMMEDIATE` transaction: the record is stored
    /// under the new fingerprint (the old one removed), its position, marks and highlights
    /// with the hashes of this version. The record's progress, times and the highlights'
    /// words and notes are kept. When nothing moved, nothing is written.
    ///
    /// The returned value has no ``Remembered/replacing`` once written back.
    /// - Throws: GRDB's `DatabaseError` when the store cannot be read or written.
    public func reanchored(_ article: Article, identity: ArticleIdentity) throws -> Remembered {
        let found = try database.read { db in try Self.lookUp(db, article: article, identity: identity) }
        guard found.isStale else { return found.remembered }
        return try database.writeWithoutTransaction { db in
            var result = found.remembered
            try db.inTransaction(.immediate) {
                // Looked up again inside the transaction: another reader may have written since.
                let current = try Self.lookUp(db, article: article, identity: identity)
                result = current.remembered
                if current.isStale {
                    try Self.writeBack(current, article: article, identity: identity, db)
                    result.replacing = nil
                }
                return .commit
            }
            return result
        }
    }

    /// A lookup's result: what the reader gets, and what is needed to write it back.
    struct Lookup {
        var remembered: Remembered
        /// The record found, if any.
        var record: ArticleRecord?
        /// The ids of highlights whose stored ends are not those of this version of the text.
        var movedHighlights: Set<Int64> = []

        /// Whether the store holds places of another version of the text.
        var isStale: Bool { remembered.replacing != nil || !movedHighlights.isEmpty }
    }

    /// Looks `article` up in `db` and resolves its places in this version of the text.
    static func lookUp(_ db: Database, article: Article, identity: ArticleIdentity) throws -> Lookup {
        var record = try fetchRecord(db, sql: "SELECT * FROM article WHERE fingerprint = ?", identity.fingerprint)
        var replacing: String?
        if record == nil, let location = identity.location,
           let previous = try fetchRecord(
               db, sql: "SELECT * FROM article WHERE location = ? ORDER BY lastRead DESC LIMIT 1", location) {
            record = previous
            replacing = previous.fingerprint
        }
        guard let record else { return Lookup(remembered: .nothing, record: nil) }
        let hashes = identity.blockHashes
        let length = { (block: Int) -> Int in
            article.blocks.indices.contains(block) ? article.blocks[block].text.unicodeScalars.count : 0
        }
        let position = record.position.map { $0.resolve(in: hashes, blockLength: length) }
        let marks = record.marks.mapValues { $0.resolve(in: hashes, blockLength: length) }
        var moved: Set<Int64> = []
        var highlights: [RememberedHighlight] = []
        let stored = try fetchHighlights(db, fingerprint: record.fingerprint)
        if !stored.isEmpty {
            let texts = article.blocks.map(\.text)
            for saved in stored {
                guard let id = saved.id else { continue }
                let (start, end) = saved.resolve(blocks: texts, hashes: hashes)
                if SavedPosition(position: start, hashes: hashes) != saved.start
                    || SavedPosition(position: end, hashes: hashes) != saved.end {
                    moved.insert(id)
                }
                highlights.append(
                    RememberedHighlight(id: id, start: start, end: end, note: saved.note, citation: saved.citation))
            }
        }
        let remembered = Remembered(
            position: position, marks: marks, replacing: replacing, firstRead: record.firstRead, highlights: highlights)
        return Lookup(remembered: remembered, record: record, movedHighlights: moved)
    }

    /// Writes `lookup`'s places back re-anchored (inside the caller's transaction).
    private static func writeBack(_ lookup: Lookup, article: Article, identity: ArticleIdentity, _ db: Database) throws {
        guard let record = lookup.record else { return }
        let hashes = identity.blockHashes
        let remembered = lookup.remembered
        let fingerprint = identity.fingerprint
        if let old = remembered.replacing {
            let position = try remembered.position.map { try encode(SavedPosition(position: $0, hashes: hashes)) }
            try db.execute(
                sql: """
                    INSERT INTO article (fingerprint, location, headline, source, wordCount, percent, position, firstRead, lastRead)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    fingerprint, identity.location ?? record.location, article.headline ?? record.headline,
                    article.metadata.source ?? record.source, ArticleIdentity.words(in: article), record.percent, position,
                    record.firstRead.timeIntervalSince1970, record.lastRead.timeIntervalSince1970,
                ])
            for (letter, mark) in remembered.marks {
                try db.execute(
                    sql: "INSERT INTO mark (fingerprint, letter, position) VALUES (?, ?, ?)",
                    arguments: [fingerprint, letter, try encode(SavedPosition(position: mark, hashes: hashes))])
            }
            // Every highlight of the old record moves (also any this lookup could not read);
            // then the old record goes, and its marks by cascade.
            try db.execute(sql: "UPDATE highlight SET fingerprint = ? WHERE fingerprint = ?", arguments: [fingerprint, old])
            try db.execute(sql: "DELETE FROM article WHERE fingerprint = ?", arguments: [old])
        }
        for highlight in remembered.highlights where remembered.replacing != nil || lookup.movedHighlights.contains(highlight.id) {
            try db.execute(
                sql: #"UPDATE highlight SET start = ?, "end" = ? WHERE id = ?"#,
                arguments: [
                    try encode(SavedPosition(position: highlight.start, hashes: hashes)),
                    try encode(SavedPosition(position: highlight.end, hashes: hashes)), highlight.id,
                ])
        }
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
            source: article.metadata.source, wordCount: ArticleIdentity.words(in: article), percent: min(100, max(0, percent)),
            position: SavedPosition(position: position, hashes: identity.blockHashes),
            marks: marks.mapValues { SavedPosition(position: $0, hashes: identity.blockHashes) },
            firstRead: remembered.firstRead ?? now, lastRead: now)
        return try save(record, replacing: remembered.replacing, highlights: saved, removedHighlights: removed)
    }
}
