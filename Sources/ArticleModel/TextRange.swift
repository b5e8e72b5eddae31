/// A position in an article's text: a block index and an offset in Unicode scalars into that
/// block's ``Block/text``. Positions order by block, then offset.
public struct TextPosition: Sendable, Hashable, Codable, Comparable {
    /// Index into ``Article/blocks``.
    public var block: Int
    /// Offset in Unicode scalars from the start of the block's text (0...scalarCount).
    public var offset: Int

    /// Creates a position.
    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    /// Orders by block, then by offset.
    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.block, lhs.offset) < (rhs.block, rhs.offset)
    }
}

/// A half-open span of text inside one block, in Unicode scalars: `start..<end`.
/// Something that crosses blocks (a quotation over several paragraphs) is a list of ranges.
public struct TextRange: Sendable, Hashable, Codable {
    /// Index into ``Article/blocks``.
    public var block: Int
    /// First scalar offset of the span.
    public var start: Int
    /// Scalar offset one past the span's end (`end >= start`).
    public var end: Int

    /// Creates a range; callers keep `start <= end`.
    public init(block: Int, start: Int, end: Int) {
        self.block = block
        self.start = start
        self.end = end
    }

    /// The position where the span starts.
    public var lowerBound: TextPosition { TextPosition(block: block, offset: start) }
    /// The position just past the span.
    public var upperBound: TextPosition { TextPosition(block: block, offset: end) }
    /// Whether the span is empty.
    public var isEmpty: Bool { end <= start }
}
