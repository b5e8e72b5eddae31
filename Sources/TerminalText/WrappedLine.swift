/// One screen line produced by ``WordWrap/wrap(_:width:tabWidth:)``.
///
/// `text` and `width` describe what is shown (columns as measured by ``DisplayWidth``);
/// `start` and `end` locate the line in the source string in Unicode scalars, so a model
/// position (an offset into the source) maps to a line without re-measuring. Consecutive lines
/// tile the source: `lines[i].end == lines[i + 1].start`, the first `start` is 0 and the last
/// `end` is the source's scalar count.
public struct WrappedLine: Sendable, Equatable {
    /// What to show: tabs expanded to spaces, a cluster wider than the line replaced by
    /// U+FFFD, a soft hyphen the line breaks at replaced by "-", no trailing break spaces, no
    /// line-break characters. Not sanitised: controls stay in and are shown by the screen buffer as
    /// ``CellText`` stand-ins (whose widths are already counted in `width`).
    public var text: String
    /// Display width of `text` in columns, at most the wrap width.
    public var width: Int
    /// Offset in Unicode scalars into the source of the first scalar belonging to this line.
    public var start: Int
    /// Offset in Unicode scalars just past the last scalar belonging to this line, including
    /// the break spaces and the line-break character consumed at the break.
    public var end: Int

    /// Creates a line; `width` is in columns, `start` and `end` are Unicode-scalar offsets.
    public init(text: String, width: Int, start: Int, end: Int) {
        self.text = text
        self.width = width
        self.start = start
        self.end = end
    }
}
