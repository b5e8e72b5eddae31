extension CellText {
    /// Splits a grapheme cluster into the pieces ncursesw stores one per cell when the cluster
    /// is written as a wide-character string (`waddnwstr`): each piece is one scalar of width
    /// 1 or 2 columns followed by the zero-width scalars after it (ncursesw appends those to the
    /// cell before them). The cluster is sanitised first (``sanitize(_:)-(Character)``).
    ///
    /// Widths are in columns and sum to `DisplayWidth.of(cluster)`. A cluster of width ≤ 2 is
    /// one piece; 👍🏽 -> ["👍" (2), "🏽" (2)]; 👨‍👩‍👧 -> ["👨\u{200D}" (2), "👩\u{200D}" (2),
    /// "👧" (2)]. A cluster that starts with zero-width scalars (a lone combining mark) yields a
    /// first piece of width 0, to be attached to the previous cell.
    public static func cellPieces(of cluster: Character) -> [(text: String, width: Int)] {
        let safe = sanitize(cluster)
        let total = DisplayWidth.of(safe)
        if total <= 2 { return [(String(safe), total)] }
        var pieces: [(text: String, width: Int)] = []
        var current = ""
        var currentWidth = 0
        for scalar in safe.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if w > 0 && !current.isEmpty {
                pieces.append((current, currentWidth))
                current = ""
                currentWidth = 0
            }
            current.unicodeScalars.append(scalar)
            currentWidth += w
        }
        if !current.isEmpty { pieces.append((current, currentWidth)) }
        return pieces
    }
}
