import ArticleModel
import Foundation
import Testing
@testable import ReadingSession

@Suite("Reading store: highlights")
struct HighlightStoreTests {
    static let paragraphs = [
        "The ferry board met on Tuesday. It voted to run boats all night.",
        "Critics want an audit. The board says the numbers add up.",
        "The first night crossing is planned for March.",
    ]

    static func article(_ paragraphs: [String] = paragraphs) -> Article {
        ReadingStoreTests.article(paragraphs)
    }

    static func span(_ text: String, in article: Article) -> (TextPosition, TextPosition)? {
        for (index, block) in article.blocks.enumerated() {
            if let offset = SavedHighlight.occurrences(of: text, in: block.text).first {
                return (TextPosition(block: index, offset: offset),
                        TextPosition(block: index, offset: offset + text.unicodeScalars.count))
            }
        }
        return nil
    }

    /// Saves highlights of `texts` (with notes) for `article` read from `location`.
    static func save(
        _ store: ReadingStore, _ article: Article, location: String = "/tmp/ferry.txt",
        texts: [(String, String?)], opened: Remembered? = nil, keep: [RememberedHighlight]? = nil
    ) throws {
        let identity = ArticleIdentity(article: article, location: location)
        // What the reader remembered when it opened the article (now, unless given).
        let remembered = try opened ?? store.remembered(article, identity: identity)
        var highlights = (keep ?? remembered.highlights).map {
            HighlightToSave(id: $0.id, start: $0.start, end: $0.end, note: $0.note, citation: $0.citation)
        }
        for (text, note) in texts {
            let (start, end) = try #require(span(text, in: article))
            highlights.append(HighlightToSave(id: nil, start: start, end: end, note: note, citation: "{\"text\":\"\(text)\"}"))
        }
        try store.save(
            article, identity: identity, position: TextPosition(block: 1, offset: 0), percent: 10, marks: [:],
            highlights: highlights, remembered: remembered)
    }

    static func remembered(_ store: ReadingStore, _ article: Article, location: String = "/tmp/ferry.txt") throws -> [(String, String?)] {
        let identity = ArticleIdentity(article: article, location: location)
        return try store.remembered(article, identity: identity).highlights
            .sorted { $0.start < $1.start }
            .map { (SavedHighlight.text(from: $0.start, to: $0.end, in: article.blocks.map(\.text)), $0.note) }
    }

    @Test("highlights and notes come back after a restart (a new store on the same file)")
    func roundTrip() throws {
        let folder = TemporaryFolder()
        let article = Self.article()
        try Self.save(try ReadingStoreTests.open(folder), article,
                      texts: [("It voted to run boats all night.", "check, \"quote\"\nlater"), ("Critics want an audit.", nil)])
        let reopened = try ReadingStoreTests.open(folder)
        let got = try Self.remembered(reopened, article)
        #expect(got.map(\.0) == ["It voted to run boats all night.", "Critics want an audit."])
        #expect(got.map(\.1) == ["check, \"quote\"\nlater", nil])
        let stored = try reopened.highlights(fingerprint: ArticleIdentity(article: article, location: nil).fingerprint)
        #expect(stored.map(\.citation) == ["{\"text\":\"It voted to run boats all night.\"}", "{\"text\":\"Critics want an audit.\"}"])
    }

    @Test("a paragraph inserted above: the highlight follows its words; the old record's highlights move to the new one")
    func insertedAbove() throws {
        let folder = TemporaryFolder()
        let store = try ReadingStoreTests.open(folder)
        try Self.save(store, Self.article(), texts: [("The board says the numbers add up.", "mine")])
        let edited = Self.article(["A paragraph added at the top of the story."] + Self.paragraphs)
        let identity = ArticleIdentity(article: edited, location: "/tmp/ferry.txt")
        let remembered = try store.remembered(edited, identity: identity)
        let highlight = try #require(remembered.highlights.first)
        #expect(highlight.start == TextPosition(block: 3, offset: 23))
        #expect(SavedHighlight.text(from: highlight.start, to: highlight.end, in: edited.blocks.map(\.text)) == "The board says the numbers add up.")
        // Saved as the edited version: the old record goes, the highlight stays.
        try Self.save(store, edited, texts: [])
        #expect(try store.record(fingerprint: ArticleIdentity(article: Self.article(), location: nil).fingerprint) == nil)
        #expect(try Self.remembered(store, edited).map(\.0) == ["The board says the numbers add up."])
        #expect(try Self.remembered(store, edited).map(\.1) == ["mine"])
    }

    @Test("opened after a paragraph was inserted above: the places are written back re-anchored (new fingerprint, block 3 offset 23), once")
    func reanchoredOnOpening() throws {
        let folder = TemporaryFolder()
        let store = try ReadingStoreTests.open(folder)
        let original = Self.article()
        let first = ArticleIdentity(article: original, location: "/tmp/ferry.txt")
        try Self.save(store, original, texts: [("The board says the numbers add up.", "mine")])
        try store.save(
            original, identity: first, position: TextPosition(block: 2, offset: 5), percent: 40,
            marks: ["a": TextPosition(block: 3, offset: 0)], remembered: .nothing)
        let before = try #require(try store.highlights(fingerprint: first.fingerprint).first)
        #expect(before.start.position == TextPosition(block: 2, offset: 23))

        let edited = Self.article(["A paragraph added at the top of the story."] + Self.paragraphs)
        let identity = ArticleIdentity(article: edited, location: "/tmp/ferry.txt")
        let opened = try store.reanchored(edited, identity: identity)
        #expect(opened.replacing == nil)
        #expect(opened.highlights.map(\.start) == [TextPosition(block: 3, offset: 23)])
        #expect(opened.position == TextPosition(block: 3, offset: 5))
        // Written back: the record is the new version's, with the progress kept; the old one is gone.
        #expect(try store.record(fingerprint: first.fingerprint) == nil)
        let record = try #require(try store.record(fingerprint: identity.fingerprint))
        #expect(record.percent == 40)
        #expect(record.position?.position == TextPosition(block: 3, offset: 5))
        #expect(record.marks["a"]?.position == TextPosition(block: 4, offset: 0))
        let stored = try #require(try store.highlights(fingerprint: identity.fingerprint).first)
        #expect(stored.start.position == TextPosition(block: 3, offset: 23))
        #expect(stored.end.position == TextPosition(block: 3, offset: 23 + 34))
        #expect(stored.note == "mine")
        #expect(stored.text == "The board says the numbers add up.")
        // Nothing left to move: opening again finds it by fingerprint and writes nothing.
        let again = try store.database.read { db in
            try ReadingStore.lookUp(db, article: edited, identity: identity)
        }
        #expect(!again.isStale)
        #expect(again.remembered.highlights == opened.highlights)
    }

    @Test("a highlight moved to a new version by another reader's save (not re-anchored) is re-anchored on opening")
    func staleHighlightOfSameText() throws {
        let folder = TemporaryFolder()
        let store = try ReadingStoreTests.open(folder)
        let original = Self.article()
        try Self.save(store, original, texts: [("Critics want an audit.", "old reader")])
        // Another reader opened the edited text before this highlight existed and saves it,
        // passing no highlight: the row moves to the new fingerprint with its old places.
        let edited = Self.article(["A new first paragraph.", "And a second one."] + Self.paragraphs)
        let identity = ArticleIdentity(article: edited, location: "/tmp/ferry.txt")
        let openedEarlier = Remembered(
            position: nil, marks: [:], replacing: ArticleIdentity(article: original, location: nil).fingerprint, firstRead: nil)
        try store.save(edited, identity: identity, position: TextPosition(block: 0, offset: 0), percent: 0, marks: [:],
                       remembered: openedEarlier)
        let moved = try #require(try store.highlights(fingerprint: identity.fingerprint).first)
        #expect(moved.start.position == TextPosition(block: 2, offset: 0))
        // Opening finds it by its words and writes the new place back.
        let opened = try store.reanchored(edited, identity: identity)
        #expect(opened.highlights.map(\.start) == [TextPosition(block: 4, offset: 0)])
        #expect(try store.highlights(fingerprint: identity.fingerprint).map(\.start.position) == [TextPosition(block: 4, offset: 0)])
    }

    @Test("words edited around the highlight in its own paragraph: found again by its text")
    func editedParagraph() throws {
        let folder = TemporaryFolder()
        let store = try ReadingStoreTests.open(folder)
        try Self.save(store, Self.article(), texts: [("The board says the numbers add up.", nil)])
        var paragraphs = Self.paragraphs
        paragraphs[1] = "Some critics, led by a councillor, want an audit. The board says the numbers add up."
        let edited = Self.article(paragraphs)
        #expect(try Self.remembered(store, edited).map(\.0) == ["The board says the numbers add up."])
    }

    @Test("the highlighted words deleted: it stays at the nearest place, never inverted")
    func deletedWords() throws {
        let folder = TemporaryFolder()
        let store = try ReadingStoreTests.open(folder)
        try Self.save(store, Self.article(), texts: [("It voted to run boats all night.", "gone")])
        var paragraphs = Self.paragraphs
        paragraphs[0] = "The ferry board met on Tuesday."
        let edited = Self.article(paragraphs)
        let identity = ArticleIdentity(article: edited, location: "/tmp/ferry.txt")
        let highlight = try #require(try store.remembered(edited, identity: identity).highlights.first)
        #expect(highlight.start.block == 1)
        #expect(highlight.start < highlight.end)
        #expect(highlight.note == "gone")
    }

    @Test("two readers at once: each one's new highlights are kept; a deletion removes only that one")
    func twoReaders() throws {
        let folder = TemporaryFolder()
        let first = try ReadingStoreTests.open(folder)
        let second = try ReadingStoreTests.open(folder)
        let article = Self.article()
        try Self.save(first, article, texts: [("Critics want an audit.", "a")])
        // Both open the article now; each adds one and saves.
        let identity = ArticleIdentity(article: article, location: "/tmp/ferry.txt")
        let openedByFirst = try first.remembered(article, identity: identity)
        let openedBySecond = try second.remembered(article, identity: identity)
        try Self.save(second, article, texts: [("The first night crossing is planned for March.", "b")], opened: openedBySecond)
        try Self.save(first, article, texts: [("The ferry board met on Tuesday.", "c")], opened: openedByFirst)
        #expect(try Self.remembered(first, article).compactMap(\.1).sorted() == ["a", "b", "c"])
        // The second deletes "a" (it no longer passes it): "b" and "c" stay.
        let now = try second.remembered(article, identity: identity)
        try Self.save(second, article, texts: [], opened: now, keep: now.highlights.filter { $0.note != "a" })
        #expect(try Self.remembered(first, article).compactMap(\.1).sorted() == ["b", "c"])
    }

    @Test("a database of the previous schema (v1) is migrated: its article stays, highlights can be added")
    func migration() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/byline", withIntermediateDirectories: true)
        let path = folder.path + "/byline/" + ReadingStore.fileName
        let article = Self.article()
        let fingerprint = ArticleIdentity(article: article, location: nil).fingerprint
        try GRDBHelper.makeStore(path: path, upTo: "v1: articles and marks", sql: """
            INSERT INTO article (fingerprint, location, headline, source, wordCount, percent, position, firstRead, lastRead)
            VALUES ('\(fingerprint)', '/tmp/ferry.txt', 'Ferry Vote Delayed', NULL, 30, 40, NULL, 0, 0)
            """)
        #expect(!(try GRDBHelper.tables(path: path)).contains("highlight"))
        let store = try ReadingStoreTests.open(folder)
        #expect(try GRDBHelper.tables(path: path).contains("highlight"))
        #expect(try store.record(fingerprint: fingerprint)?.percent == 40)
        try Self.save(store, article, texts: [("Critics want an audit.", "new")])
        #expect(try Self.remembered(store, article).map(\.1) == ["new"])
        #expect(try store.allHighlights().map(\.record.fingerprint) == [fingerprint])
    }

    @Test("forgetting an article removes its highlights")
    func forget() throws {
        let folder = TemporaryFolder()
        let store = try ReadingStoreTests.open(folder)
        let article = Self.article()
        try Self.save(store, article, texts: [("Critics want an audit.", "x")])
        #expect(try store.forget(location: "/tmp/ferry.txt", fingerprint: nil) == 1)
        #expect(try store.allHighlights().isEmpty)
        #expect(try store.highlights(fingerprint: ArticleIdentity(article: article, location: nil).fingerprint).isEmpty)
    }
}

@Suite("Reading store: saving highlights more than once in a run")
struct HighlightLedgerTests {
    @Test("saved on leaving and again on quitting: a new highlight is added once, then updated; deleted after a save, it goes")
    func savedTwice() throws {
        let folder = TemporaryFolder()
        let store = try ReadingStoreTests.open(folder)
        let article = HighlightStoreTests.article()
        let identity = ArticleIdentity(article: article, location: "/tmp/ferry.txt")
        let remembered = try store.remembered(article, identity: identity)
        let ledger = HighlightLedger()
        let (start, end) = try #require(HighlightStoreTests.span("Critics want an audit.", in: article))
        let (start2, end2) = try #require(HighlightStoreTests.span("The ferry board met on Tuesday.", in: article))
        func save(_ highlights: [HighlightToSave]) throws {
            try ledger.save(article, in: store, identity: identity, position: TextPosition(block: 0, offset: 0), percent: 0,
                            marks: [:], highlights: highlights, remembered: remembered)
        }
        try save([HighlightToSave(id: nil, start: start, end: end, note: "one", citation: nil),
                  HighlightToSave(id: nil, start: start2, end: end2, note: nil, citation: nil)])
        try save([HighlightToSave(id: nil, start: start, end: end, note: "one, edited", citation: nil),
                  HighlightToSave(id: nil, start: start2, end: end2, note: nil, citation: nil)])
        #expect(try store.highlights(fingerprint: identity.fingerprint).map(\.note) == ["one, edited", nil])
        try save([HighlightToSave(id: nil, start: start, end: end, note: "one, edited", citation: nil)])
        #expect(try store.highlights(fingerprint: identity.fingerprint).map(\.note) == ["one, edited"])
    }
}
