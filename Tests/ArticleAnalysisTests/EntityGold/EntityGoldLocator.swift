import ArticleModel

/// Turns a gold span (block, text, occurrence) into a ``ArticleModel/TextRange`` of Unicode
/// scalars, so gold errors fail loudly instead of shifting offsets.
///
/// An occurrence counts when the text's scalars appear in the block with no letter or digit
/// right before them and none right after them (word-bounded); every such occurrence is
/// counted, including one inside a longer name ("Lin" in "Lin Meiyu").
enum EntityGoldLocator {
    /// Why a span could not be located.
    struct NotFound: Error, CustomStringConvertible {
        /// The span that was not found.
        var span: EntityGoldSpan
        /// Why: block out of range, empty text, or too few occurrences.
        var reason: String

        /// A one-line message naming the span and the reason.
        var description: String {
            "gold span not found: block \(span.block), \"\(span.text)\" occurrence \(span.occurrence): \(reason)"
        }
    }

    /// The range of `span` in `article`.
    /// - Throws: ``NotFound`` when the block does not exist, the text is empty or the block
    ///   holds fewer word-bounded occurrences than `span.occurrence`.
    static func locate(_ span: EntityGoldSpan, in article: Article) throws -> TextRange {
        guard article.blocks.indices.contains(span.block) else {
            throw NotFound(span: span, reason: "the article has \(article.blocks.count) blocks")
        }
        let needle = Array(span.text.unicodeScalars)
        guard !needle.isEmpty, span.occurrence >= 1 else { throw NotFound(span: span, reason: "empty text or occurrence < 1") }
        let text = Array(article.blocks[span.block].text.unicodeScalars)
        var seen = 0
        var start = 0
        while start + needle.count <= text.count {
            let end = start + needle.count
            if text[start..<end].elementsEqual(needle),
                start == 0 || !isWordScalar(text[start - 1]),
                end == text.count || !isWordScalar(text[end])
            {
                seen += 1
                if seen == span.occurrence { return TextRange(block: span.block, start: start, end: end) }
            }
            start += 1
        }
        throw NotFound(span: span, reason: "the block has \(seen) word-bounded occurrences")
    }

    /// Whether `scalar` is a letter or a digit (the scalars that make up words).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
