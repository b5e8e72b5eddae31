import ArticleModel
import Foundation
import Testing
@testable import ReadingSession

/// A temporary folder removed at the end of the test (never the real home).
final class TemporaryFolder {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "byline-store-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit {
        chmod(path, 0o700)
        try? FileManager.default.removeItem(atPath: path)
    }
}

@Suite("Reading store")
struct ReadingStoreTests {
    static func article(_ paragraphs: [String], headline: String = "Ferry Vote Delayed") -> Article {
        Article(
            metadata: ArticleMetadata(headline: headline, source: "/tmp/ferry.txt"),
            blocks: [Block(kind: .headline, text: headline)] + paragraphs.map { Block(kind: .paragraph, text: $0) })
    }

    static func open(_ folder: TemporaryFolder) throws -> ReadingStore {
        guard case .opened(let store, let warning) = StateFolder.open(folder: folder.path + "/byline") else {
            throw StoreError.foreign("not opened")
        }
        #expect(warning == nil)
        return store
    }

    @Test("user_version counts the migrations: a new database holds every one, and an older one is brought up to it")
    func migrationCount() throws {
        #expect(ReadingStore.migrator.migrations.count == ReadingStore.migrationCount)
        let folder = TemporaryFolder()
        let store = try Self.open(folder)
        #expect(try GRDBHelper.userVersion(path: store.path) == ReadingStore.migrationCount)
        // A database of the first schema (user_version 0): migrated on opening, then counted.
        let old = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: old.path + "/byline", withIntermediateDirectories: true)
        let path = old.path + "/byline/" + ReadingStore.fileName
        try GRDBHelper.makeStore(path: path, upTo: "v1: articles and marks", sql: "SELECT 1")
        #expect(try GRDBHelper.userVersion(path: path) == 0)
        _ = try Self.open(old)
        #expect(try GRDBHelper.tables(path: path).contains("highlight"))
        #expect(try GRDBHelper.userVersion(path: path) == ReadingStore.migrationCount)
    }

    @Test("a place and marks are saved and come back; the file is WAL, Byline's, migrated")
    func roundTrip() throws {
        let folder = TemporaryFolder()
        let store = try Self.open(folder)
        let article = Self.article(["One harbour.", "Two ferries.", "Three crews."])
        let identity = ArticleIdentity(article: article, location: "/tmp/ferry.txt")
        #expect(try store.remembered(article, identity: identity) == .nothing)
        try store.save(
            article, identity: identity, position: TextPosition(block: 2, offset: 4), percent: 43,
            marks: ["a": TextPosition(block: 3, offset: 1)], remembered: .nothing)
        let again = try ReadingStore(path: store.path)
        let remembered = try again.remembered(article, identity: identity)
        #expect(remembered.position == TextPosition(block: 2, offset: 4))
        #expect(remembered.marks == ["a": TextPosition(block: 3, offset: 1)])
        let history = try again.history()
        #expect(history.count == 1 && history[0].percent == 43 && history[0].headline == "Ferry Vote Delayed")
        #expect(FileManager.default.fileExists(atPath: store.path + "-wal"))
    }

    @Test("an edited file: the record is found by location, moved to the new text, and replaced")
    func editedFile() throws {
        let folder = TemporaryFolder()
        let store = try Self.open(folder)
        let first = Self.article(["One harbour.", "Two ferries.", "Three crews."])
        let firstIdentity = ArticleIdentity(article: first, location: "/tmp/ferry.txt")
        try store.save(first, identity: firstIdentity, position: TextPosition(block: 3, offset: 2), percent: 90,
                       marks: [:], remembered: .nothing)
        let edited = Self.article(["Zero: a new paragraph.", "One harbour.", "Two ferries.", "Three crews."])
        let identity = ArticleIdentity(article: edited, location: "/tmp/ferry.txt")
        let remembered = try store.remembered(edited, identity: identity)
        #expect(remembered.position == TextPosition(block: 4, offset: 2))
        #expect(remembered.replacing == firstIdentity.fingerprint)
        try store.save(edited, identity: identity, position: TextPosition(block: 4, offset: 2), percent: 90,
                       marks: [:], remembered: remembered)
        #expect(try store.history().map(\.fingerprint) == [identity.fingerprint])
    }

    @Test("two stores writing at once on one file lose nothing")
    func concurrentWriters() async throws {
        let folder = TemporaryFolder()
        let path = try Self.open(folder).path
        let a = try ReadingStore(path: path)
        let b = try ReadingStore(path: path)
        await withTaskGroup(of: Void.self) { group in
            for (store, name) in [(a, "a"), (b, "b")] {
                group.addTask {
                    for i in 0..<50 {
                        let article = Self.article(["Paragraph \(name) \(i)."], headline: "\(name)\(i)")
                        let identity = ArticleIdentity(article: article, location: nil)
                        try? store.save(article, identity: identity, position: TextPosition(block: 1, offset: 0),
                                        percent: i, marks: [name: TextPosition(block: 0, offset: 0)], remembered: .nothing)
                    }
                }
            }
        }
        #expect(try a.history().count == 100)
    }

    @Test("a file that is not a database is moved aside with one warning and a new one made")
    func corrupt() throws {
        let folder = TemporaryFolder()
        let state = folder.path + "/byline"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: state + "/state.sqlite"))
        guard case .opened(_, let warning?) = StateFolder.open(folder: state) else {
            Issue.record("not opened with a warning")
            return
        }
        #expect(warning.contains("moved to") && !warning.contains("\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: state)
        #expect(names.contains("state.sqlite") && names.contains { $0.hasPrefix("state.sqlite.broken-") })
    }

    @Test("another program's SQLite database is moved aside, not changed")
    func foreign() throws {
        let folder = TemporaryFolder()
        let state = folder.path + "/byline"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let other = try ReadingStoreTests.makeForeign(at: state + "/state.sqlite")
        guard case .opened(_, let warning?) = StateFolder.open(folder: state) else {
            Issue.record("not opened with a warning")
            return
        }
        #expect(warning.contains("another program"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: state).first { $0.hasPrefix("state.sqlite.broken-") }
        #expect(aside != nil && other)
    }

    static func makeForeign(at path: String) throws -> Bool {
        // A plain SQLite file with a table of its own (through the store's own library).
        let store = try GRDBHelper.makeDatabase(path: path, sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');")
        return store
    }

    @Test("a state folder that cannot be created means no memory, with a one-line reason")
    func unwritable() {
        guard case .unavailable(let reason) = StateFolder.open(folder: "/proc/self/byline-cannot-exist") else {
            Issue.record("opened under /proc")
            return
        }
        #expect(reason.contains("without memory") && !reason.contains("\n"))
    }

    @Test("forget removes one article's record and its marks")
    func forget() throws {
        let folder = TemporaryFolder()
        let store = try Self.open(folder)
        let article = Self.article(["One harbour."])
        let identity = ArticleIdentity(article: article, location: "/tmp/ferry.txt")
        try store.save(article, identity: identity, position: TextPosition(block: 1, offset: 0), percent: 10,
                       marks: ["q": TextPosition(block: 0, offset: 0)], remembered: .nothing)
        #expect(try store.forget(location: "/tmp/ferry.txt", fingerprint: nil) == 1)
        #expect(try store.history().isEmpty)
        #expect(try store.forget(location: "/tmp/ferry.txt", fingerprint: nil) == 0)
    }

    @Test("the state folder is $XDG_STATE_HOME/byline, else ~/.local/state/byline")
    func folderPath() {
        #expect(StateFolder.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/byline")
        #expect(StateFolder.path(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/byline")
        #expect(StateFolder.path(environment: [:]) == nil)
    }
}
