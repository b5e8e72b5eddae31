import ArticleModel
import TerminalText

/// Paints the visible part of the article into the top ``ReaderState/viewportHeight`` rows
/// of the article pane, centred at the state's measure, with quotations highlighted (the
/// current one in its own role), the selected entity's mentions, and search matches. Only the lines in the viewport are touched, so the cost of a
/// frame does not grow with the article.
public enum ArticlePane {
    /// Paints rows `0..<state.viewportHeight` of `buffer` within the article pane.
    public static func render(_ state: ReaderState, into buffer: inout ScreenBuffer) {
        let layout = state.layout
        let geometry = state.geometry
        let paneColumns = geometry.sidebarIsOverlay ? state.columns : geometry.articleColumns
        let margin = geometry.articleLeft + max(0, (paneColumns - layout.width) / 2)
        let limit = min(geometry.articleLeft + paneColumns, margin + layout.width)
        let rows = min(state.viewportHeight, buffer.rows)
        let visible = state.topLine..<(state.topLine + rows)
        var highlights = quoteHighlights(state, lines: visible)
        if let blocks = visibleBlocks(layout, lines: visible) {
            for kept in state.highlights {
                add(kept.span, role: .highlight, blocks: blocks, article: state.article, to: &highlights)
            }
        }
        addMentionHighlights(state, lines: visible, to: &highlights)
        addSearchHighlights(state, lines: visible, to: &highlights)
        if let passage = state.passage, let blocks = visibleBlocks(layout, lines: visible) {
            add(passage.span, role: .selection, blocks: blocks, article: state.article, to: &highlights)
        }
        for row in 0..<rows {
            let index = state.topLine + row
            guard index < layout.lines.count else {
                buffer.write("~", row: row, column: margin, role: .dim, limit: limit)
                continue
            }
            let line = layout.lines[index]
            var column = margin + line.indent
            for (n, span) in line.spans.enumerated() {
                let pieces: [Span]
                if n == line.textSpan, let block = line.block,
                   !(highlights[block] ?? []).isEmpty || layout.links.markers[block] != nil
                {
                    pieces = HighlightPainter.spans(
                        text: span.text, base: span.role, source: state.article.blocks[block].text,
                        start: line.start, utf8Start: line.utf8Start, highlights: highlights[block] ?? [],
                        markers: layout.links.markers[block] ?? [])
                } else {
                    pieces = [span]
                }
                for piece in pieces {
                    column = buffer.write(piece.text, row: row, column: column, role: piece.role, limit: limit)
                }
            }
        }
    }

    /// Adds the mentions of the selected entity in the blocks of the visible lines, in the
    /// selected-mention role, the current mention in the current-match role (as search's
    /// current match); they are painted over quotation highlights, under search matches.
    private static func addMentionHighlights(
        _ state: ReaderState, lines visible: Range<Int>,
        to highlights: inout [Int: [HighlightPainter.Highlight]]
    ) {
        guard let entity = state.selection.entity, state.article.entities.indices.contains(entity),
              let blocks = visibleBlocks(state.layout, lines: visible)
        else { return }
        let mentions = state.article.entities[entity].mentions
        // Mentions are in reading order: start at the first in the first visible block.
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.block < blocks.lowerBound { low = mid + 1 } else { high = mid }
        }
        var index = low
        while index < mentions.count, mentions[index].range.block <= blocks.upperBound {
            let range = mentions[index].range
            let role: StyleRole = index == state.selection.mention ? .currentMatch : .selectedMention
            highlights[range.block, default: []].append(
                HighlightPainter.Highlight(range: range.start..<range.end, role: role))
            index += 1
        }
    }

    /// Adds the parts of `span` in `blocks` in `role` (highlights kept with `*`, over the
    /// quotations; the passage being selected, over everything).
    private static func add(
        _ span: TextSpan, role: StyleRole, blocks: ClosedRange<Int>, article: Article,
        to highlights: inout [Int: [HighlightPainter.Highlight]]
    ) {
        guard span.end.block >= blocks.lowerBound, span.start.block <= blocks.upperBound else { return }
        let clipped = TextSpan(
            start: max(span.start, TextPosition(block: blocks.lowerBound, offset: 0)),
            end: min(span.end, TextPosition(block: blocks.upperBound, offset: Int.max)))
        for range in clipped.ranges(in: article) {
            highlights[range.block, default: []].append(HighlightPainter.Highlight(range: range.start..<range.end, role: role))
        }
    }

    /// The first and last block shown by the visible lines, or `nil` when none shows text.
    private static func visibleBlocks(_ layout: ArticleLayout, lines visible: Range<Int>) -> ClosedRange<Int>? {
        guard !visible.isEmpty, !layout.lines.isEmpty else { return nil }
        let blocks = layout.lines[min(visible.lowerBound, layout.lines.count - 1)..<min(visible.upperBound, layout.lines.count)]
            .compactMap(\.block)
        guard let first = blocks.first, let last = blocks.last else { return nil }
        return first...last
    }

    /// Adds the search matches in the blocks of the visible lines (the current one in its own
    /// role); they are painted over quotation highlights.
    private static func addSearchHighlights(
        _ state: ReaderState, lines visible: Range<Int>,
        to highlights: inout [Int: [HighlightPainter.Highlight]]
    ) {
        let matches = state.search.matches
        let layout = state.layout
        guard !matches.isEmpty, !visible.isEmpty, !layout.lines.isEmpty else { return }
        let blocks = layout.lines[min(visible.lowerBound, layout.lines.count - 1)..<min(visible.upperBound, layout.lines.count)]
            .compactMap(\.block)
        guard let firstBlock = blocks.first, let lastBlock = blocks.last else { return }
        var low = 0, high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].block < firstBlock { low = mid + 1 } else { high = mid }
        }
        var index = low
        while index < matches.count, matches[index].block <= lastBlock {
            let match = matches[index]
            let role: StyleRole = index == state.search.current ? .currentMatch : .searchMatch
            highlights[match.block, default: []].append(
                HighlightPainter.Highlight(range: match.start..<match.end, role: role))
            index += 1
        }
    }

    /// The quotation ranges that touch the visible lines, by block.
    private static func quoteHighlights(
        _ state: ReaderState, lines visible: Range<Int>
    ) -> [Int: [HighlightPainter.Highlight]] {
        let layout = state.layout
        guard !state.article.quotes.isEmpty, !visible.isEmpty, !layout.lines.isEmpty else { return [:] }
        let first = layout.position(ofLine: visible.lowerBound)
        // The last visible line that shows text (blank separators belong to no block).
        var lastIndex = min(layout.lines.count - 1, visible.upperBound - 1)
        while lastIndex >= visible.lowerBound, layout.lines[lastIndex].block == nil { lastIndex -= 1 }
        guard lastIndex >= visible.lowerBound, let lastBlock = layout.lines[lastIndex].block else { return [:] }
        let last = TextPosition(block: lastBlock, offset: layout.lines[lastIndex].end)
        var result: [Int: [HighlightPainter.Highlight]] = [:]
        let quotes = state.article.quotes
        // Quotes are in reading order: skip those that end before the viewport.
        var low = 0, high = quotes.count
        while low < high {
            let mid = (low + high) / 2
            if let end = quotes[mid].ranges.last?.upperBound, end < first { low = mid + 1 } else { high = mid }
        }
        var index = max(0, low - 1)
        while index < quotes.count {
            let quote = quotes[index]
            if quote.start > last { break }
            let role: StyleRole = index == state.currentQuote ? .currentQuote : .quote
            for range in quote.ranges {
                result[range.block, default: []].append(
                    HighlightPainter.Highlight(range: range.start..<range.end, role: role))
            }
            index += 1
        }
        return result
    }
}
