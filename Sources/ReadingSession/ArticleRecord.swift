import Foundation

/// What the store remembers of one article.
public struct ArticleRecord: Sendable, Equatable {
    /// ``ArticleIdentity/fingerprint`` of the text it was last read as.
    public var fingerprint: String
    /// The absolute path or URL it was read from, or `nil`.
    public var location: String?
    /// The headline, for the history list.
    public var headline: String?
    /// Where the article says it comes from (site name, source), for the history list.
    public var source: String?
    /// Words in the article.
    public var wordCount: Int
    /// How far through the article the reader got, 0–100 percent.
    public var percent: Int
    /// The reading place, or `nil` when none was saved.
    public var position: SavedPosition?
    /// The marks set with `m<letter>`, by letter.
    public var marks: [String: SavedPosition]
    /// When the article was first opened.
    public var firstRead: Date
    /// When it was last closed.
    public var lastRead: Date

    /// Creates a record.
    public init(
        fingerprint: String, location: String?, headline: String?, source: String?, wordCount: Int,
        percent: Int = 0, position: SavedPosition? = nil, marks: [String: SavedPosition] = [:],
        firstRead: Date = Date(), lastRead: Date = Date()
    ) {
        self.fingerprint = fingerprint
        self.location = location
        self.headline = headline
        self.source = source
        self.wordCount = wordCount
        self.percent = percent
        self.position = position
        self.marks = marks
        self.firstRead = firstRead
        self.lastRead = lastRead
    }
}
