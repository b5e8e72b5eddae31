import ArticleModel

/// The article's searchable text, prepared once and reused for every keystroke of an
/// incremental search.
///
/// **What is searched**: every block's ``Block/text`` (headline, paragraphs, headings,
/// captions, list items, block quotes). Photo credits and metadata that are not block text
/// (byline, date) are not searched. Every range returned is inside one block and counts
/// Unicode scalars of the *original* block text.
///
/// **Literal search** compares folded copies of the text and the pattern, prepared the same
/// way: the ignorable format characters U+00AD (soft hyphen), U+200B, U+200C, U+200D, U+2060
/// and U+FEFF are removed (so "news\u{AD}paper" matches "newspaper"); text is canonically
/// decomposed with canonical mark order (NFD), so precomposed and decomposed letters match;
/// with smart case (``SearchQuery/ignoresCase``) case is folded fully (ß → ss, ﬁ → fi,
/// İ → i̇, final σ); in diacritic-insensitive mode non-spacing marks are dropped and the letter
/// table of ``SearchQuery/diacriticInsensitive`` applies. A match that starts or ends inside
/// the folded form of one original scalar covers that whole scalar ("s" in "Straße" marks
/// "ß"), and a match never ends just before a combining mark ("cafe" does not match
/// "café" unless diacritics are ignored).
///
/// **Overlaps**: like `less`, matches do not overlap. Within each block the leftmost match
/// wins and the next one is looked for after it ("aaa" in "aaaaa" is one match, at 0..<3);
/// two folded matches that land on the same original scalar count once.
///
/// **Regex mode** runs Swift `Regex` (grapheme-cluster semantics, so canonically
/// equivalent text matches) over each original block text, case-insensitive per smart case.
/// It does not remove ignorable characters, fold ß/ﬁ or ignore diacritics. Empty matches
/// are skipped.
///
/// Building is lazy: creating the index keeps only references to the block texts, and each
/// folded variant (exact, case-folded, diacritic-folded, both) is made by one pass over the
/// text the first time a query needs it, then kept; searching is a byte search over the
/// folded UTF-8. A smart-case search of a lower-case pattern thus costs one folded copy of
/// the text (about its size again plus 24 bytes per non-ASCII scalar), not four.
public struct SearchIndex: Sendable {
    /// Original block texts, for regex mode.
    let texts: [String]
    /// Folded variants, made on first use.
    private let variants: FoldedVariants

    /// Prepares every block of `article` for searching (no text is folded yet).
    public init(article: Article) {
        let texts = article.blocks.map(\.text)
        self.texts = texts
        self.variants = FoldedVariants(texts: texts)
    }

    /// The number of blocks indexed.
    public var blockCount: Int { texts.count }

    /// All matches in reading order (block, then offset), each inside one block, as scalar
    /// ranges of the original block text. Empty for an empty pattern; throws
    /// ``SearchError/invalidRegex(_:)`` for a bad regular expression.
    public func matches(_ query: SearchQuery) throws(SearchError) -> [TextRange] {
        guard !texts.isEmpty else { return [] }
        return try matches(query, inBlocks: 0...(texts.count - 1))
    }

    /// Matches inside blocks `blocks` only (clamped to the article), in reading order, for
    /// highlighting what is on screen without searching the whole article. The same
    /// non-overlapping matches as ``matches(_:)`` restricted to those blocks.
    public func matches(_ query: SearchQuery, inBlocks blocks: ClosedRange<Int>) throws(SearchError) -> [TextRange] {
        guard !query.pattern.isEmpty, !texts.isEmpty else { return [] }
        let lo = max(blocks.lowerBound, 0)
        let hi = min(blocks.upperBound, texts.count - 1)
        guard lo <= hi else { return [] }
        if query.isRegex {
            let regex = try SearchIndex.compile(query)
            var result: [TextRange] = []
            for block in lo...hi { result.append(contentsOf: regexMatches(regex, block: block)) }
            return result
        }
        let variant = variant(for: query)
        guard let needle = Needle(pattern: query.pattern, mode: mode(for: query)) else { return [] }
        var result: [TextRange] = []
        variant.scanForward(needle, from: variant.blockStart[lo], to: variant.blockEnd[hi]) { range in
            result.append(range)
            return false
        }
        return result
    }

    /// The first match at or after `position` searching forward (a match starting at
    /// `position` counts), or the last match starting before `position` with
    /// `forward: false`; when there is none on that side and `wrap` is true, the search
    /// continues from the other end of the article and `wrapped` is true. `nil` when the
    /// pattern is empty or there is no match at all.
    ///
    /// To step through exactly the matches of ``matches(_:)``, pass the current match's
    /// `end` (or `start` + 1) going forward and its `start` going backward. Literal search
    /// scans only from `position` until it finds a match (a pattern that can overlap itself,
    /// such as "aa", rescans from the start of the position's block to keep the same
    /// non-overlapping matches). A position outside the article is clamped to it.
    public func firstMatch(
        _ query: SearchQuery, from position: TextPosition, forward: Bool, wrap: Bool = true
    ) throws(SearchError) -> (range: TextRange, wrapped: Bool)? {
        guard !query.pattern.isEmpty, !texts.isEmpty else { return nil }
        let position = clamped(position)
        if query.isRegex {
            let regex = try SearchIndex.compile(query)
            return regexFirstMatch(regex, from: position, forward: forward, wrap: wrap)
        }
        guard let needle = Needle(pattern: query.pattern, mode: mode(for: query)) else { return nil }
        let variant = variant(for: query)
        if forward {
            return variant.firstForward(needle, from: position, wrap: wrap)
        }
        return variant.firstBackward(needle, from: position, wrap: wrap)
    }

    /// `position` moved into the article: block clamped to the blocks, offset to `0...`.
    private func clamped(_ position: TextPosition) -> TextPosition {
        if position.block < 0 { return TextPosition(block: 0, offset: 0) }
        if position.block >= texts.count {
            return TextPosition(block: texts.count - 1, offset: Int.max / 2)
        }
        return TextPosition(block: position.block, offset: max(position.offset, 0))
    }

    /// The folding a literal query needs.
    func mode(for query: SearchQuery) -> FoldingMode {
        FoldingMode(ignoresCase: query.ignoresCase, ignoresDiacritics: query.diacriticInsensitive)
    }

    /// The folded variant a literal query searches (made now if no query needed it yet).
    func variant(for query: SearchQuery) -> FoldedText {
        variants.variant(for: mode(for: query))
    }
}
