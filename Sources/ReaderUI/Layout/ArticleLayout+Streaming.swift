import ArticleModel
import TerminalText

extension ArticleLayout {
    /// How many blocks ``forEachLine(of:width:_:)`` lays out at a time.
    public static let streamingBlockCount = 1024

    /// Calls `body` with each line that ``init(article:width:)`` makes for `article` at
    /// `width` columns, in the same order and equal to them, but lays out only
    /// ``streamingBlockCount`` blocks at a time, so that the lines of a big article never
    /// exist all at once (for `--dump`, which writes each line and forgets it). Rethrows
    /// what `body` throws.
    public static func forEachLine(
        of article: Article, width: Int, _ body: (LayoutLine) throws -> Void
    ) rethrows {
        let measure = max(1, width)
        let blocks = article.blocks
        guard !blocks.isEmpty else {
            for piece in WordWrap.wrap(Self.emptyArticleText, width: measure) {
                try body(LayoutLine(text: piece.text, role: .dim))
            }
            return
        }
        // A blank line is held back until a line follows it: the layout ends without the
        // blank line after its last block.
        var heldBlank = false
        let links = article.links.isEmpty ? LinkReferences.none : LinkReferences(article: article)
        var start = 0
        while start < blocks.count {
            let end = min(blocks.count, start + streamingBlockCount)
            let lines = layOut(
                blocks[start..<end], from: start, metadata: article.metadata, measure: measure, links: links
            ).lines
            for line in lines {
                if heldBlank {
                    try body(.blank)
                    heldBlank = false
                }
                if line == .blank { heldBlank = true } else { try body(line) }
            }
            start = end
        }
        for line in linkListLines(links, measure: measure).lines {
            if heldBlank {
                try body(.blank)
                heldBlank = false
            }
            if line == .blank { heldBlank = true } else { try body(line) }
        }
    }
}
