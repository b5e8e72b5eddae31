import ArticleModel

/// A passage being selected in the article pane (`v`, `V`, `a`): whole sentences, whole
/// paragraphs, or exactly one quotation. It is kept as model positions, so a resize or a
/// change of measure keeps it; the article pane paints it in the selection role.
///
/// The selection runs from the unit where it started (``anchor``) to the unit the
/// extending keys last moved to (``head``), whichever comes first, as in vim's visual mode.
public struct PassageSelection: Sendable, Equatable {
    /// What the extending keys move by.
    public enum Unit: Sendable, Equatable {
        /// Sentences (``SentenceBoundaries``).
        case sentence
        /// Paragraphs: whole blocks (headline, paragraphs, headings, captions, list items).
        case paragraph
        /// One quotation, as the analysis found it (extending moves to sentences).
        case quotation
    }

    /// What the extending keys move by.
    public internal(set) var unit: Unit
    /// The unit where the selection started.
    public internal(set) var anchor: TextSpan
    /// The unit the extending keys moved to last (the anchor at first).
    public internal(set) var head: TextSpan
    /// The quotation (index into `article.quotes`) when the selection is exactly it.
    public internal(set) var quote: Int?

    /// A selection of the one unit `span`.
    public init(unit: Unit, span: TextSpan, quote: Int? = nil) {
        self.unit = unit
        self.anchor = span
        self.head = span
        self.quote = quote
    }

    /// What is selected: from the start of the earlier of anchor and head to the end of the
    /// later.
    public var span: TextSpan { anchor.union(head) }
}

/// Finding sentences and paragraphs around a position, for ``PassageSelection``.
enum PassageUnits {
    /// The unit of `unit` kind at `position`: the sentence (paragraph) containing it, else
    /// the first one after it, else the last one before it; `nil` when the article has no
    /// text. A quotation unit is looked up as a sentence.
    static func unit(_ unit: PassageSelection.Unit, at position: TextPosition, in article: Article) -> TextSpan? {
        let blocks = article.blocks
        guard !blocks.isEmpty else { return nil }
        let first = min(max(0, position.block), blocks.count - 1)
        for block in first..<blocks.count {
            let units = self.units(unit, inBlock: block, of: article)
            let offset = block == first ? position.offset : 0
            if let found = units.first(where: { $0.end > offset }) { return TextSpan(found) }
        }
        return previous(unit, before: TextPosition(block: first, offset: position.offset), in: article)
    }

    /// The unit after `span` (the first that starts at or after its end), or `nil` at the end.
    static func next(_ unit: PassageSelection.Unit, after span: TextSpan, in article: Article) -> TextSpan? {
        let blocks = article.blocks
        guard span.end.block < blocks.count else { return nil }
        for block in max(0, span.end.block)..<blocks.count {
            let units = self.units(unit, inBlock: block, of: article)
            let offset = block == span.end.block ? span.end.offset : 0
            if let found = units.first(where: { $0.start >= offset }) { return TextSpan(found) }
        }
        return nil
    }

    /// The unit before `span` (the last that ends at or before its start), or `nil` at the top.
    static func previous(_ unit: PassageSelection.Unit, before position: TextPosition, in article: Article) -> TextSpan? {
        let blocks = article.blocks
        guard !blocks.isEmpty, position.block >= 0 else { return nil }
        var block = min(position.block, blocks.count - 1)
        while block >= 0 {
            let units = self.units(unit, inBlock: block, of: article)
            let offset = block == position.block ? position.offset : Int.max
            if let found = units.last(where: { $0.end <= offset }) { return TextSpan(found) }
            block -= 1
        }
        return nil
    }

    /// The units of one block: its sentences, or the whole block without the white space at
    /// its ends.
    static func units(_ unit: PassageSelection.Unit, inBlock block: Int, of article: Article) -> [TextRange] {
        let text = article.blocks[block].text
        switch unit {
        case .sentence, .quotation:
            return SentenceBoundaries.sentences(in: text).map { TextRange(block: block, start: $0.lowerBound, end: $0.upperBound) }
        case .paragraph:
            let sentences = SentenceBoundaries.sentences(in: text)
            guard let first = sentences.first, let last = sentences.last else { return [] }
            return [TextRange(block: block, start: first.lowerBound, end: last.upperBound)]
        }
    }
}
