/// One terminal cell of a ``ScreenBuffer``.
///
/// A grapheme cluster of display width 2 occupies its own cell plus the cell to its right,
/// which holds a continuation (``isContinuation``); a cell of width 0 never exists (zero-width
/// clusters are merged into the cell before them or dropped by the painter).
public struct Cell: Sendable, Equatable {
    /// The printable grapheme cluster shown in this cell, or `""` for a continuation cell.
    public var grapheme: String
    /// Display width in columns: 1 or 2 for a lead cell, 0 for a continuation.
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

    /// Whether this cell is the right half of a wide grapheme cluster.
    public var isContinuation: Bool { width == 0 }
}
