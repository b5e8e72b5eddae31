/// A hyperlink in an article's text: the words that carry it and where it points.
public struct Link: Sendable, Hashable, Codable {
    /// The linked words, a range of one block's text (Unicode scalars).
    public var range: TextRange
    /// The target as an absolute `http` or `https` URL (relative references are resolved
    /// against the page's address by the parser; other schemes are not kept as links).
    public var url: String

    /// Creates a link.
    public init(range: TextRange, url: String) {
        self.range = range
        self.url = url
    }
}
