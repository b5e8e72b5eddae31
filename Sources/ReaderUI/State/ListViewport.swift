/// The scroll state of one list on screen (a sidebar panel, the match list): the entry the
/// cursor is on and the first row shown. The one place that keeps a selection visible.
///
/// Rows are the list's own rows (below any title), counted from 0; an entry may take more
/// than one row, and rows that are not entries (group headers) may sit between entries.
public struct ListViewport: Sendable, Equatable {
    /// The entry under the cursor (0-based, in the list's entry order).
    public var cursor: Int = 0
    /// The first of the list's rows shown.
    public var top: Int = 0

    /// Creates a viewport at the first entry.
    public init(cursor: Int = 0, top: Int = 0) {
        self.cursor = cursor
        self.top = top
    }

    /// The first row to show, starting from `top`, so that the rows `wanted` (an entry's rows,
    /// with its group header when it has one) are on screen in `visible` rows of a list
    /// `total` rows long: untouched when they already are, otherwise scrolled just enough;
    /// never leaves empty rows at the bottom while rows above are hidden.
    public static func scrolledTop(top: Int, wanted: Range<Int>?, visible: Int, total: Int) -> Int {
        var top = top
        let visible = max(1, visible)
        if let wanted {
            if wanted.lowerBound < top { top = wanted.lowerBound }
            if wanted.upperBound > top + visible { top = wanted.upperBound - visible }
        }
        return max(0, min(top, total - visible))
    }

    /// Moves ``top`` so that the rows `wanted` are shown (see ``scrolledTop(top:wanted:visible:total:)``).
    public mutating func reveal(_ wanted: Range<Int>?, visible: Int, total: Int) {
        top = Self.scrolledTop(top: top, wanted: wanted, visible: visible, total: total)
    }

    /// Moves the cursor by `step` entries in a list of `count` entries, stopping at the ends
    /// (a step larger than the list goes to the end).
    public mutating func move(by step: Int, count: Int) {
        guard count > 0 else { cursor = 0; return }
        let clamped = min(count, max(-count, step))
        cursor = min(count - 1, max(0, cursor + clamped))
    }
}
