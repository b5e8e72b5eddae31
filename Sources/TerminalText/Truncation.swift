/// Cutting and padding text to a number of terminal columns, measured with ``DisplayWidth``.
/// Grapheme clusters are never split, and a wide (2-column) character is never cut in half.
public enum Truncation {
    /// Cuts `text` to at most `width` columns. When anything is cut the result ends with
    /// `ellipsis` (default "…", 1 column), and whitespace just before the ellipsis is removed;
    /// when `text` fits it is returned unchanged. If the ellipsis itself is wider than `width`,
    /// the result is the ellipsis cut to `width` columns. `width <= 0` gives "".
    /// Zero-width clusters directly after the last kept cluster are kept with it.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        // No cluster is wider in columns than it is long in UTF-8 bytes.
        if text.utf8.count <= width { return text }
        let budget = width - DisplayWidth.of(ellipsis)
        var used = 0
        var offset = 0
        var cut: Int? = nil
        var fits = true
        for cluster in text {
            let w = DisplayWidth.of(cluster)
            if used + w > width {
                fits = false
                break
            }
            if cut == nil && used + w > budget { cut = offset }
            used += w
            offset += cluster.utf8.count
        }
        if fits { return text }
        guard budget >= 0 else { return truncate(ellipsis, toWidth: width, ellipsis: "") }
        let end = text.utf8.index(text.utf8.startIndex, offsetBy: cut ?? offset)
        var kept = text[..<end]
        while let last = kept.last, last.isWhitespace { kept = kept.dropLast() }
        return String(kept) + ellipsis
    }

    /// Returns `text` padded on the right with spaces to exactly `width` columns, truncating
    /// it first (with "…") when it is wider. `width <= 0` gives "".
    public static func pad(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, toWidth: width)
        let w = DisplayWidth.of(cut)
        guard w < width else { return cut }
        return cut + String(repeating: " ", count: width - w)
    }
}
