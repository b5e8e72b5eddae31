import ArticleModel

/// A run of text in one style inside a ``LayoutLine``.
public struct Span: Sendable, Equatable {
    /// The text, ready to show (tabs already expanded); sanitised again when painted.
    public var text: String
    /// How it is styled.
    public var role: StyleRole

    /// Creates a span.
    public init(_ text: String, _ role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// One screen line of an article laid out at a given measure.
public struct LayoutLine: Sendable, Equatable {
    /// The styled runs of the line, left to right, starting at ``indent``.
    public var spans: [Span]
    /// Columns of blank space before the first span, inside the text measure.
    public var indent: Int
    /// The block this line shows text of, or `nil` for lines that belong to no block
    /// (blank separators, the byline under the headline).
    public var block: Int?
    /// Offset in Unicode scalars into the block's text where this line's text starts.
    public var start: Int
    /// Offset in Unicode scalars just past the text this line shows (tiles with the next
    /// line of the same block).
    public var end: Int
    /// The UTF-8 offset in the block's text that corresponds to ``start``, so that painting
    /// highlights can reach the source of a line in constant time, however long the block.
    public var utf8Start: Int
    /// Index in ``spans`` of the span that shows the block's text (the others are bullets,
    /// caption bars and the like), or `nil` for a line that shows no block text.
    public var textSpan: Int?

    /// Creates a line.
    public init(
        spans: [Span], indent: Int = 0, block: Int? = nil, start: Int = 0, end: Int = 0,
        utf8Start: Int = 0, textSpan: Int? = nil
    ) {
        self.spans = spans
        self.indent = indent
        self.block = block
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.textSpan = textSpan
    }

    /// A line with nothing on it.
    public static let blank = LayoutLine(spans: [])

    /// The line's text without styling, indent included.
    public var plainText: String {
        String(repeating: " ", count: indent) + spans.map(\.text).joined()
    }
}
