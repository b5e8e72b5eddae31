import Foundation
import GRDB

/// Byline's memory between runs: one SQLite database (through GRDB.swift) in WAL mode,
/// `state.sqlite` in the state folder (``StateFolder``), holding per article its reading
/// place, marks and when it was read.
///
/// Two processes may use it at once: every write is one short `IMMEDIATE` transaction that
/// inserts or updates only its own article's rows (and each mark is a row of its own), with
/// a busy timeout, so neither loses the other's writes. Schema changes are migrations
/// (`DatabaseMigrator`); the file carries ``applicationID`` so that a foreign SQLite file is
/// recognised and moved aside rather than changed.
public final class ReadingStore: Sendable {
    /// `PRAGMA application_id` of Byline's database: "BYLN" in ASCII.
    public static let applicationID: Int32 = 0x4259_4C4E
    /// The database's file name in the state folder.
    public static let fileName = "state.sqlite"

    let database: DatabaseQueue
    /// The database file's path.
    public let path: String

    /// Opens (creating and migrating when needed) the database at `path`.
    ///
    /// Opening an up-to-date database reads three header values and writes nothing: the
    /// application id, the journal mode (WAL is a property of the file, set once when it is
    /// not WAL yet) and `PRAGMA user_version`, which holds how many migrations were applied
    /// (``migrationCount``), so that the migrator runs only when that is behind. (GRDB's own
    /// WAL set-up is not used: it writes a table to the log at every open when the log is
    /// empty, which it is after every clean close.)
    ///
    /// - Throws: ``StoreError/foreign(_:)`` when the file is an SQLite database of another
    ///   program; GRDB's `DatabaseError` when it cannot be opened (`SQLITE_NOTADB` and
    ///   `SQLITE_CORRUPT` for a damaged file, `SQLITE_CANTOPEN`/`SQLITE_READONLY` when it
    ///   cannot be written, or WAL mode cannot be set).
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.foreignKeysEnabled = true
        let database = try DatabaseQueue(path: path, configuration: configuration)
        let migrated = try database.writeWithoutTransaction { db -> Bool in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if id != Self.applicationID {
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                guard id == 0, tables == 0 else { throw StoreError.foreign(path) }
                try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
            }
            if try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() != "wal" {
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")?.lowercased() == "wal" else {
                    throw DatabaseError(message: "could not set WAL mode on \(path)")
                }
            }
            // Per connection, not stored: WAL's usual setting (commits are not synced one by
            // one; a checkpoint is).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            return try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 >= Self.migrationCount
        }
        if !migrated {
            try Self.migrator.migrate(database)
            try database.writeWithoutTransaction { db in
                // Never lowered: a newer Byline's database keeps its count.
                if try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 < Self.migrationCount {
                    try db.execute(sql: "PRAGMA user_version = \(Self.migrationCount)")
                }
            }
        }
        self.database = database
        self.path = path
    }

    /// How many migrations ``migrator`` has: the `user_version` of a database they were all
    /// applied to.
    static let migrationCount = 2

    /// The schema, one migration per change (never edit a shipped one).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles and marks") { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    fingerprint TEXT PRIMARY KEY NOT NULL,
                    location TEXT,
                    headline TEXT,
                    source TEXT,
                    wordCount INTEGER NOT NULL,
                    percent INTEGER NOT NULL,
                    position TEXT,
                    firstRead REAL NOT NULL,
                    lastRead REAL NOT NULL
                );
                CREATE INDEX article_location ON article(location);
                CREATE INDEX article_lastRead ON article(lastRead);
                CREATE TABLE mark (
                    fingerprint TEXT NOT NULL REFERENCES article(fingerprint) ON DELETE CASCADE,
                    letter TEXT NOT NULL,
                    position TEXT NOT NULL,
                    PRIMARY KEY (fingerprint, letter)
                );
                """)
        }
        migrator.registerMigration("v2: highlights") { db in
            try db.execute(sql: """
                CREATE TABLE highlight (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    fingerprint TEXT NOT NULL REFERENCES article(fingerprint) ON DELETE CASCADE,
                    start TEXT NOT NULL,
                    "end" TEXT NOT NULL,
                    text TEXT NOT NULL,
                    note TEXT,
                    citation TEXT,
                    created REAL NOT NULL
                );
                CREATE INDEX highlight_fingerprint ON highlight(fingerprint);
                """)
        }
        return migrator
    }

    /// The record of the article with this fingerprint, if any.
    public func record(fingerprint: String) throws -> ArticleRecord? {
        try database.read { db in
            try Self.fetchRecord(db, sql: "SELECT * FROM article WHERE fingerprint = ?", fingerprint)
        }
    }

    /// The most recently read record of an article read from `location`, if any.
    public func latestRecord(location: String) throws -> ArticleRecord? {
        try database.read { db in
            try Self.fetchRecord(
                db, sql: "SELECT * FROM article WHERE location = ? ORDER BY lastRead DESC LIMIT 1", location)
        }
    }

    /// Records read, newest first (at most `limit`).
    public func history(limit: Int = 1000) throws -> [ArticleRecord] {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY lastRead DESC LIMIT ?", arguments: [limit])
            return try rows.map { try Self.record(from: $0, marks: Self.fetchMarks(db, fingerprint: $0["fingerprint"])) }
        }
    }

    /// Saves `record`: its row is inserted or updated (first-read time kept), its marks
    /// replace those stored for it. When the article was read before under another
    /// fingerprint (the file was edited), `replacing` names it and that record goes, its
    /// highlights moving to the new one.
    ///
    /// Highlights are merged, not replaced, so that another process's are never lost: each
    /// of `highlights` without an id is added, each with one updated (if it is still there);
    /// the rows of `removedHighlights` go. Rows this process did not know are left alone.
    /// - Returns: the id of each of `highlights`, in order (the new row's for one added).
    @discardableResult
    public func save(
        _ record: ArticleRecord, replacing old: String? = nil, highlights: [SavedHighlight] = [],
        removedHighlights: [Int64] = []
    ) throws -> [Int64] {
        let position = try record.position.map(Self.encode)
        let marks = try record.marks.map { ($0.key, try Self.encode($0.value)) }
        let encodedHighlights = try highlights.map { ($0, try Self.encode($0.start), try Self.encode($0.end)) }
        var ids: [Int64] = []
        try database.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(
                    sql: """
                        INSERT INTO article (fingerprint, location, headline, source, wordCount, percent, position, firstRead, lastRead)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(fingerprint) DO UPDATE SET
                            location = excluded.location, headline = excluded.headline,
                            source = excluded.source, wordCount = excluded.wordCount,
                            percent = excluded.percent, position = excluded.position,
                            lastRead = excluded.lastRead
                        """,
                    arguments: [
                        record.fingerprint, record.location, record.headline, record.source,
                        record.wordCount, record.percent, position,
                        record.firstRead.timeIntervalSince1970, record.lastRead.timeIntervalSince1970,
                    ])
                try db.execute(sql: "DELETE FROM mark WHERE fingerprint = ?", arguments: [record.fingerprint])
                for (letter, text) in marks {
                    try db.execute(
                        sql: "INSERT INTO mark (fingerprint, letter, position) VALUES (?, ?, ?)",
                        arguments: [record.fingerprint, letter, text])
                }
                if let old, old != record.fingerprint {
                    // The highlights move to the new record before the old one (and, by
                    // cascade, its marks) goes.
                    try db.execute(
                        sql: "UPDATE highlight SET fingerprint = ? WHERE fingerprint = ?",
                        arguments: [record.fingerprint, old])
                    try db.execute(sql: "DELETE FROM article WHERE fingerprint = ?", arguments: [old])
                }
                for id in removedHighlights {
                    try db.execute(sql: "DELETE FROM highlight WHERE id = ?", arguments: [id])
                }
                for (highlight, start, end) in encodedHighlights {
                    if let id = highlight.id {
                        try db.execute(
                            sql: """
                                UPDATE highlight SET fingerprint = ?, start = ?, "end" = ?, text = ?, note = ?, citation = ?
                                WHERE id = ?
                                """,
                            arguments: [record.fingerprint, start, end, highlight.text, highlight.note, highlight.citation, id])
                        ids.append(id)
                    } else {
                        try db.execute(
                            sql: """
                                INSERT INTO highlight (fingerprint, start, "end", text, note, citation, created)
                                VALUES (?, ?, ?, ?, ?, ?, ?)
                                """,
                            arguments: [
                                record.fingerprint, start, end, highlight.text, highlight.note, highlight.citation,
                                highlight.created.timeIntervalSince1970,
                            ])
                        ids.append(db.lastInsertedRowID)
                    }
                }
                return .commit
            }
        }
        return ids
    }

    /// Sets one mark of the article `fingerprint` (its record must exist), leaving the other
    /// marks as they are.
    public func setMark(_ letter: String, _ position: SavedPosition, fingerprint: String) throws {
        let text = try Self.encode(position)
        try database.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(
                    sql: "INSERT INTO mark (fingerprint, letter, position) VALUES (?, ?, ?) ON CONFLICT(fingerprint, letter) DO UPDATE SET position = excluded.position",
                    arguments: [fingerprint, letter, text])
                return .commit
            }
        }
    }

    /// Removes the records of articles read from `location` or with `fingerprint` (with
    /// their marks). Returns how many were removed.
    public func forget(location: String?, fingerprint: String?) throws -> Int {
        try database.writeWithoutTransaction { db in
            var removed = 0
            try db.inTransaction(.immediate) {
                try db.execute(
                    sql: "DELETE FROM article WHERE location = ? OR fingerprint = ?",
                    arguments: [location, fingerprint])
                removed = db.changesCount
                return .commit
            }
            return removed
        }
    }

    /// The highlights stored for the article `fingerprint`, oldest first.
    public func highlights(fingerprint: String) throws -> [SavedHighlight] {
        try database.read { db in try Self.fetchHighlights(db, fingerprint: fingerprint) }
    }

    /// Every article with highlights, newest read first, each with its highlights (oldest
    /// first).
    public func allHighlights() throws -> [(record: ArticleRecord, highlights: [SavedHighlight])] {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM article WHERE fingerprint IN (SELECT fingerprint FROM highlight)
                ORDER BY lastRead DESC
                """)
            return try rows.map { row in
                let fingerprint: String = row["fingerprint"]
                return (try Self.record(from: row, marks: Self.fetchMarks(db, fingerprint: fingerprint)),
                        try Self.fetchHighlights(db, fingerprint: fingerprint))
            }
        }
    }

    static func fetchHighlights(_ db: Database, fingerprint: String) throws -> [SavedHighlight] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM highlight WHERE fingerprint = ? ORDER BY created, id", arguments: [fingerprint]
        ).compactMap { row in
            // A damaged row (a position that does not decode) is ignored.
            guard let start = decode(row["start"]), let end = decode(row["end"]) else { return nil }
            return SavedHighlight(
                id: row["id"], start: start, end: end, text: row["text"], note: row["note"], citation: row["citation"],
                created: Date(timeIntervalSince1970: row["created"]))
        }
    }

    static func fetchRecord(_ db: Database, sql: String, _ argument: String) throws -> ArticleRecord? {
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [argument]) else { return nil }
        return try record(from: row, marks: fetchMarks(db, fingerprint: row["fingerprint"]))
    }

    private static func fetchMarks(_ db: Database, fingerprint: String) throws -> [String: SavedPosition] {
        var marks: [String: SavedPosition] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT letter, position FROM mark WHERE fingerprint = ?", arguments: [fingerprint]) {
            let letter: String = row["letter"]
            if let position = decode(row["position"]) { marks[letter] = position }
        }
        return marks
    }

    private static func record(from row: Row, marks: [String: SavedPosition]) throws -> ArticleRecord {
        ArticleRecord(
            fingerprint: row["fingerprint"], location: row["location"], headline: row["headline"],
            source: row["source"], wordCount: row["wordCount"], percent: row["percent"],
            position: decode(row["position"]), marks: marks,
            firstRead: Date(timeIntervalSince1970: row["firstRead"]),
            lastRead: Date(timeIntervalSince1970: row["lastRead"]))
    }

    static func encode(_ position: SavedPosition) throws -> String {
        String(decoding: try JSONEncoder().encode(position), as: UTF8.self)
    }

    /// A stored position, or `nil` when the text is not one (a damaged row is ignored).
    private static func decode(_ text: String?) -> SavedPosition? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(SavedPosition.self, from: Data(text.utf8))
    }
}

/// Why the store could not be used.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file at this path is an SQLite database, but not Byline's.
    case foreign(String)

    /// One line naming the file and the reason.
    public var description: String {
        switch self {
        case .foreign(let path): return "\(path): an SQLite database of another program"
        }
    }
}

/// Test and tooling help: a plain SQLite file made through GRDB, for checking how the store
/// treats other programs' databases.
package enum GRDBHelper {
    /// Creates a database at `path` and runs `sql` in it. Returns `true` when done.
    package static func makeDatabase(path: String, sql: String) throws -> Bool {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: sql) }
        return true
    }

    /// Creates Byline's database at `path` migrated only up to `migration` (to check that a
    /// later migration keeps what an older Byline stored), then runs `sql` in it.
    package static func makeStore(path: String, upTo migration: String, sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = \(ReadingStore.applicationID)") }
        try ReadingStore.migrator.migrate(queue, upTo: migration)
        try queue.write { try $0.execute(sql: sql) }
    }

    /// `PRAGMA user_version` of the database at `path`.
    package static func userVersion(path: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
    }

    /// The names of the tables in the database at `path`.
    package static func tables(path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") }
    }
}
