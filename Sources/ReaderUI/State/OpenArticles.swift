import Foundation

/// One of the articles open in this run (named on the command line, or opened from the
/// history), as the articles panel lists it. The executable hands the list in
/// (``Message/openArticlesChanged(_:current:)``); the reader never loads an article itself.
public struct OpenArticle: Sendable, Equatable {
    /// The headline once the article was read, else what it was named by (a file name, a
    /// URL), on one line.
    public var title: String
    /// The path or URL it comes from, or `nil` (standard input, the built-in sample).
    public var location: String?

    /// Creates an entry.
    public init(title: String, location: String?) {
        self.title = title
        self.location = location
    }
}

/// One article of the reading history (the store's, the same list as `byline --history`),
/// as the history panel lists it.
public struct HistoryEntry: Sendable, Equatable {
    /// The headline, or `nil` when the article had none.
    public var headline: String?
    /// The absolute path or URL it was read from; `nil` for standard input, which cannot be
    /// opened again.
    public var location: String?
    /// How far through it the reader got, 0–100 percent.
    public var percent: Int
    /// When it was last read.
    public var lastRead: Date

    /// Creates an entry.
    public init(headline: String?, location: String?, percent: Int, lastRead: Date) {
        self.headline = headline
        self.location = location
        self.percent = percent
        self.lastRead = lastRead
    }
}

/// An article the reader asks the executable to open (``Effect/openArticle(_:)``).
public enum ArticleRequest: Sendable, Equatable {
    /// The open article at this index of ``ReaderState/openArticles``.
    case open(Int)
    /// The article at this path or URL (from the history): the open one with that location,
    /// else loaded and added to the open articles.
    case location(String)
}

/// `:n`, `:p` and `:x` as in less: which open article to go to.
public enum ArticleMove: Sendable, Equatable {
    /// `n` articles on (`:n`; `3:n` three on).
    case next(Int)
    /// `n` articles back (`:p`).
    case previous(Int)
    /// The first article (`:x`).
    case first
}
