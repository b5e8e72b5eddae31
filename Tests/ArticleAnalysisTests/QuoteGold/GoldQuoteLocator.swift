import ArticleModel

/// Finds where each gold quotation is in an article, so gold and predicted quotes can be
/// compared by position (ranges of Unicode scalars) rather than by text.
///
/// Gold quotes are searched in reading order: each search starts one scalar after the start
/// of the previous gold quote (a nested quote starts inside its outer quote, so it is still
/// found). An occurrence counts only when a quotation mark stands right before it and,
/// unless the gold quote is optional (it may lack a closing mark), right after it. A
/// quotation over several paragraphs is written in the gold as its parts joined with one
/// space: the first part must run to the end of its block, and each following part starts
/// just after the opening mark at the start of the next block.
enum GoldQuoteLocator {
    /// Why a gold quote could not be located: the annotation does not fit the text.
    struct NotFound: Error, CustomStringConvertible {
        /// The gold text that was not found.
        var text: String
        /// Where the search started.
        var after: TextPosition

        /// A message naming the text and the search start.
        var description: String {
            "gold quote not found after block \(after.block), offset \(after.offset): \(text)"
        }
    }

    /// Every scalar that may open or close a quotation in the fixtures.
    static let marks: Set<Unicode.Scalar> = Set("\"'“”„‟‘’‚‛«»‹›「」『』".unicodeScalars)

    /// The ranges of each of `quotes` in `article`, in the same order.
    /// - Throws: ``NotFound`` for the first quote that cannot be located.
    static func locate(_ quotes: [GoldQuote], in article: Article) throws -> [[TextRange]] {
        let blocks = article.blocks.map { Array($0.text.unicodeScalars) }
        var cursor = TextPosition(block: 0, offset: 0)
        var result: [[TextRange]] = []
        for quote in quotes {
            guard let ranges = find(Array(quote.text.unicodeScalars), in: blocks, from: cursor, needsClosingMark: !quote.optional)
            else { throw NotFound(text: quote.text, after: cursor) }
            result.append(ranges)
            cursor = TextPosition(block: ranges[0].block, offset: ranges[0].start + 1)
        }
        return result
    }

    /// The first occurrence of `needle` at or after `cursor` that satisfies the rules above.
    static func find(
        _ needle: [Unicode.Scalar], in blocks: [[Unicode.Scalar]], from cursor: TextPosition, needsClosingMark: Bool
    ) -> [TextRange]? {
        guard !needle.isEmpty, cursor.block < blocks.count else { return nil }
        for block in cursor.block..<blocks.count {
            let text = blocks[block]
            let first = max(block == cursor.block ? cursor.offset : 0, 1)
            guard first <= text.count else { continue }
            for start in first...text.count where marks.contains(text[start - 1]) {
                if let ranges = match(needle[...], block: block, start: start, in: blocks, needsClosingMark: needsClosingMark) {
                    return ranges
                }
            }
        }
        return nil
    }

    /// Matches `needle` at `start` of `block`, continuing into following blocks for a
    /// quotation over several paragraphs.
    private static func match(
        _ needle: ArraySlice<Unicode.Scalar>, block: Int, start: Int, in blocks: [[Unicode.Scalar]], needsClosingMark: Bool
    ) -> [TextRange]? {
        let text = blocks[block]
        let available = text.count - start
        if needle.count <= available {
            let end = start + needle.count
            guard text[start..<end].elementsEqual(needle) else { return nil }
            if needsClosingMark, !(end < text.count && marks.contains(text[end])) { return nil }
            return [TextRange(block: block, start: start, end: end)]
        }
        // The part in this block must run to its end, then one space, then the next block.
        guard available > 0, needle.count > available + 1,
            text[start...].elementsEqual(needle.prefix(available)),
            needle[needle.startIndex + available] == " ",
            block + 1 < blocks.count, let opening = blocks[block + 1].first, marks.contains(opening),
            let rest = match(needle.dropFirst(available + 1), block: block + 1, start: 1, in: blocks, needsClosingMark: needsClosingMark)
        else { return nil }
        return [TextRange(block: block, start: start, end: text.count)] + rest
    }
}
