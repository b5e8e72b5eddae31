/// Greedy word wrapping into lines of a given number of terminal columns, measured with
/// ``DisplayWidth`` (glibc `wcwidth`, summed over each grapheme cluster's scalars).
///
/// Break rules (a simplified subset of Unicode UAX #14, line breaking):
/// - Mandatory breaks: LF, CR, CR LF, VT, FF, NEL U+0085, U+2028, U+2029. A text that ends
///   with one ends with an empty line.
/// - Break opportunities: after a run of break spaces (U+0020, tab, U+1680, U+2000–U+2006,
///   U+2008–U+200A, U+205F, U+3000); after U+200B ZERO WIDTH SPACE; between two wide (2+
///   column) clusters, so unspaced CJK, kana, Hangul and emoji runs wrap, except before
///   closing CJK punctuation and small kana or after opening CJK brackets (kinsoku); after a
///   hyphen, U+2010 or U+2012–U+2014 inside a word (not before a digit after "-", nor before
///   another dash or ASCII punctuation).
/// - Soft hyphen U+00AD (0 columns) inside a word is a break opportunity; a line that breaks
///   there ends with a visible hyphen-minus "-" (1 column, counted in the line's width, and
///   only taken when it fits); elsewhere the soft hyphen stays invisible.
/// - Never a break opportunity (UAX #14 classes GL and WJ): before or after the no-break
///   spaces U+00A0, U+2007, U+202F (they are content, 1 column each, joining the words around
///   them), and before or after U+2060 WORD JOINER or U+FEFF (0 columns).
/// - A word wider than the line is hard-broken at grapheme-cluster boundaries, filling the line.
/// - A wide cluster never straddles the right edge: it moves to the next line. A single
///   cluster wider than the whole line (a wide character at width 1, or 👨‍👩‍👧 = 6 columns at
///   width 4) is shown as U+FFFD (one column), so no line is ever wider than `width`.
/// - Break spaces at a break are consumed by the line before it (in its `end`, not its `text`),
///   so continuation lines never start with a space. Spaces at the start of the text or after a
///   mandatory break are indentation and are shown, unless they do not fit together with the
///   first cluster after them; then they are dropped.
/// - Tabs expand to the next tab stop: the next of `tabStops` beyond the column, past the
///   last of them the next multiple of `tabWidth` columns from the start of the line (as
///   terminals set tab stops every 8 columns).
///
/// Runs in time linear in the length of the text, including a paragraph without spaces.
public enum WordWrap {
    /// Wraps `text` into lines of at most `width` columns.
    ///
    /// - Parameters:
    ///   - text: the source; `WrappedLine.start`/`end` are Unicode-scalar offsets into it.
    ///   - width: line width in columns; values below 1 are treated as 1.
    ///   - tabWidth: distance between tab stops in columns (default 8); clamped to 1...256.
    ///   - tabStops: explicit tab stops in columns from the line's start, ascending (for
    ///     aligned table columns); empty by default.
    /// - Returns: at least one line; empty text gives one empty line (start 0, end 0). Each
    ///   line's `width` is at most `width` columns. The lines tile the source scalars exactly.
    public static func wrap(_ text: String, width: Int, tabWidth: Int = 8, tabStops: [Int] = []) -> [WrappedLine] {
        var breaker = LineBreaker(
            source: text,
            width: max(1, width),
            tabWidth: min(max(1, tabWidth), 256),
            tabStops: tabStops
        )
        breaker.run()
        return breaker.lines
    }
}
