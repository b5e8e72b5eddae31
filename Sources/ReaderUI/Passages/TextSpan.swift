import ArticleModel

/// A stretch of an article's text that may cross blocks: from ``start`` up to, not
/// including, ``end`` (model positions: block index and offset in Unicode scalars).
public struct TextSpan: Sendable, Hashable {
    /// Where the span starts.
    public var start: TextPosition
    /// Just past the span's last scalar (`end >= start`).
    public var end: TextPosition

    /// Creates a span; `start` and `end` are put in order.
    public init(start: TextPosition, end: TextPosition) {
        self.start = min(start, end)
        self.end = max(start, end)
    }

    /// The span of one block's range.
    public init(_ range: TextRange) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(start: min(start, other.start), end: max(end, other.end))
    }

    /// The span's part in each block it touches, in reading order, clamped to the blocks of
    /// `article` (each block's length in scalars); empty parts are left out.
    public func ranges(in article: Article) -> [TextRange] {
        let blocks = article.blocks
        guard !blocks.isEmpty, start.block < blocks.count, end.block >= 0 else { return [] }
        var result: [TextRange] = []
        for block in max(0, start.block)...min(end.block, blocks.count - 1) {
            let length = blocks[block].text.unicodeScalars.count
            let from = block == start.block ? min(max(0, start.offset), length) : 0
            let to = block == end.block ? min(max(from, end.offset), length) : length
            if to > from { result.append(TextRange(block: block, start: from, end: to)) }
        }
        return result
    }

    /// The span's text in `article`: each block's part, the parts joined with a line break.
    public func text(in article: Article) -> String {
        ranges(in: article).map { range -> String in
            let scalars = article.blocks[range.block].text.unicodeScalars
            let from = scalars.index(scalars.startIndex, offsetBy: range.start)
            let to = scalars.index(from, offsetBy: range.end - range.start)
            return String(scalars[from..<to])
        }.joined(separator: "\n")
    }
}
