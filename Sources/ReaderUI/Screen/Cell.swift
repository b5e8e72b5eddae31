/// One terminal cell of a ``ScreenBuffer``.
///
/// A grapheme cluster of display width `w > 1` (2 for CJK; up to the sum of its parts for an
/// emoji sequence, as ncurses advances it) occupies its own cell plus `w - 1` cells to its
/// right, which hold continuations (``isContinuation``). Zero-width clusters never get a
/// cell of their own: they are merged into the cell before them or dropped by the painter.
public struct Cell: Sendable, Equatable {
    /// The printable grapheme cluster shown in this cell, or `""` for a continuation cell.
    public var grapheme: String
    /// Display width in columns: 1 or more for a lead cell, 0 for a continuation.
    public var width: Int
    /// The semantic style of the cell.
    public var role: StyleRole

    /// Creates a cell; `width` is in columns.
    public init(grapheme: String, width: Int, role: StyleRole) {
        self.grapheme = grapheme
        self.width = width
        self.role = role
    }

    /// A blank cell (one space) in the given role.
    public static func blank(_ role: StyleRole = .body) -> Cell {
        Cell(grapheme: " ", width: 1, role: role)
    }

    /// Whether this cell is covered by the wide grapheme cluster to its left.
    public var isContinuation: Bool { width == 0 }
}
