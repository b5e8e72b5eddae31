import ArticleModel
import TerminalText

/// An ``Article`` laid out at one text measure: styled screen lines plus the map from model
/// positions to line indexes, so that keeping the reading place across a resize (or, later,
/// jumping to a quotation or a search match) is a look-up.
///
/// Rules: the headline (bold) comes first, then a line with the byline and date, then the
/// blocks in order, each followed by one blank line. Captions are set apart with a `│ ` bar
/// and followed by their credit on a line of its own ("Photo: …"); list items hang after
/// a `• ` bullet; block quotes are indented by 4 columns. Text is wrapped with
/// ``WordWrap/wrap(_:width:tabWidth:)`` (tabs every 8 columns).
public struct ArticleLayout: Sendable {
    /// The text measure in columns that this layout was made for (at least 1).
    public let width: Int
    /// The laid-out lines, top to bottom.
    public let lines: [LayoutLine]
    /// For each block index, the index of its first line in ``lines``.
    public let firstLineOfBlock: [Int]

    /// Lays out `article` at `width` columns (values below 1 are treated as 1).
    ///
    /// Articles of at least ``parallelThreshold`` bytes of block text are laid out in
    /// consecutive runs of blocks on all the processor's cores and the runs joined in order:
    /// the lines are the same as a single pass would make, since each block is laid out on
    /// its own.
    public init(article: Article, width: Int) {
        self.init(article: article, width: width, parallelThreshold: Self.parallelThreshold)
    }

    /// The bytes of block text from which layout is spread over the cores (256 KiB): below
    /// it, starting threads costs more than it saves.
    public static let parallelThreshold = 256 << 10

    /// Lays out as ``init(article:width:)`` does, spreading the work over the cores from
    /// `parallelThreshold` bytes of block text (tests lower it to compare both ways).
    init(article: Article, width: Int, parallelThreshold: Int) {
        let measure = max(1, width)
        self.width = measure
        let blocks = article.blocks
        let runs = Self.runs(of: blocks, threshold: parallelThreshold)
        var lines: [LayoutLine]
        var firstLines: [Int]
        if runs.count <= 1 {
            (lines, firstLines) = Self.layOut(
                blocks[...], from: 0, metadata: article.metadata, measure: measure)
        } else {
            let results = ParallelRuns.map(runs) { run in
                Self.layOut(blocks[run], from: run.lowerBound, metadata: article.metadata, measure: measure)
            }
            lines = []
            lines.reserveCapacity(results.reduce(0) { $0 + $1.lines.count })
            firstLines = []
            firstLines.reserveCapacity(blocks.count)
            for result in results {
                let base = lines.count
                lines.append(contentsOf: result.lines)
                firstLines.append(contentsOf: result.firstLines.map { $0 + base })
            }
        }
        if blocks.isEmpty {
            lines.append(LayoutLine(spans: [Span("(this article is empty)", .dim)]))
        } else if lines.last == .blank {
            lines.removeLast()
        }
        self.lines = lines
        self.firstLineOfBlock = firstLines
    }

    /// Splits the blocks into one consecutive run per core, of about equal bytes, when
    /// their text reaches `threshold` bytes; otherwise one run of all of them.
    private static func runs(of blocks: [Block], threshold: Int) -> [Range<Int>] {
        let total = blocks.reduce(0) { $0 + $1.text.utf8.count }
        let cores = ParallelRuns.activeProcessorCount
        guard total >= threshold, cores > 1, blocks.count > 1 else { return [0..<blocks.count] }
        let share = total / cores + 1
        var runs: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (index, block) in blocks.enumerated() {
            bytes += block.text.utf8.count
            if bytes >= share, runs.count < cores - 1 {
                runs.append(start..<(index + 1))
                start = index + 1
                bytes = 0
            }
        }
        if start < blocks.count { runs.append(start..<blocks.count) }
        return runs
    }

    /// The lines of `blocks` (whose first has index `first` in the article), each block
    /// followed by a blank line, and the index of each block's first line.
    private static func layOut(
        _ blocks: ArraySlice<Block>, from first: Int, metadata: ArticleMetadata, measure: Int
    ) -> (lines: [LayoutLine], firstLines: [Int]) {
        var lines: [LayoutLine] = []
        var firstLines: [Int] = []
        firstLines.reserveCapacity(blocks.count)
        for (offset, block) in blocks.enumerated() {
            firstLines.append(lines.count)
            Self.appendLines(of: block, index: first + offset, measure: measure, into: &lines)
            if block.kind == .headline {
                let meta = [metadata.byline.map { "By " + $0 }, metadata.date]
                    .compactMap { $0 }
                if !meta.isEmpty {
                    for piece in WordWrap.wrap(meta.joined(separator: " · "), width: measure) {
                        lines.append(LayoutLine(spans: [Span(piece.text, .byline)]))
                    }
                }
            }
            lines.append(.blank)
        }
        return (lines, firstLines)
    }

    private static func appendLines(
        of block: Block, index: Int, measure: Int, into lines: inout [LayoutLine]
    ) {
        let prefix: Span?
        let indent: Int
        let role: StyleRole
        switch block.kind {
        case .headline: (prefix, indent, role) = (nil, 0, .headline)
        case .paragraph: (prefix, indent, role) = (nil, 0, .body)
        case .heading: (prefix, indent, role) = (nil, 0, .heading)
        case .caption: (prefix, indent, role) = (Span("│ ", .border), 0, .caption)
        case .listItem: (prefix, indent, role) = (nil, 2, .body)
        case .blockquote: (prefix, indent, role) = (nil, 4, .body)
        }
        let prefixWidth = prefix.map { DisplayWidth.of($0.text) } ?? 0
        let textWidth = max(1, measure - indent - prefixWidth)
        let wrapped = WordWrap.wrap(block.text, width: textWidth)
        let utf8Starts = UTF8OffsetWalker.utf8Offsets(ofScalars: wrapped.map(\.start), in: block.text)
        for (n, piece) in wrapped.enumerated() {
            var spans: [Span] = []
            var lineIndent = indent
            if let prefix { spans.append(prefix) }
            if block.kind == .listItem {
                lineIndent = 0
                spans.append(Span(n == 0 ? "• " : "  ", n == 0 ? .dim : .body))
            }
            spans.append(Span(piece.text, role))
            lines.append(LayoutLine(
                spans: spans, indent: lineIndent, block: index, start: piece.start, end: piece.end,
                utf8Start: utf8Starts[n], textSpan: spans.count - 1))
        }
        if block.kind == .caption, let credit = block.credit, !credit.isEmpty {
            let end = block.scalarCount
            for piece in WordWrap.wrap("Photo: " + credit, width: textWidth) {
                var spans: [Span] = []
                if let prefix { spans.append(prefix) }
                spans.append(Span(piece.text, .credit))
                lines.append(LayoutLine(
                    spans: spans, indent: indent, block: index, start: end, end: end,
                    utf8Start: block.text.utf8.count))
            }
        }
    }

    /// The index of the line that shows `position`: the last line of its block whose start is
    /// at or before the offset. Positions past the article map to the last line; an empty
    /// layout gives 0.
    public func lineIndex(for position: TextPosition) -> Int {
        guard !firstLineOfBlock.isEmpty else { return 0 }
        let block = min(max(0, position.block), firstLineOfBlock.count - 1)
        var index = firstLineOfBlock[block]
        let next = block + 1 < firstLineOfBlock.count ? firstLineOfBlock[block + 1] : lines.count
        // Binary search among this block's lines for the last one starting at or before offset.
        var low = index, high = next - 1
        while low <= high {
            let mid = (low + high) / 2
            let line = lines[mid]
            if line.block == block, line.start <= position.offset {
                index = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return index
    }

    /// The model position shown at the start of line `index`: for a line without a block, the
    /// start of the next block (or the end of the previous one at the end of the article).
    public func position(ofLine index: Int) -> TextPosition {
        guard !lines.isEmpty else { return TextPosition(block: 0, offset: 0) }
        let i = min(max(0, index), lines.count - 1)
        if let block = lines[i].block { return TextPosition(block: block, offset: lines[i].start) }
        for j in (i + 1)..<lines.count {
            if let block = lines[j].block { return TextPosition(block: block, offset: lines[j].start) }
        }
        for j in stride(from: i - 1, through: 0, by: -1) {
            if let block = lines[j].block { return TextPosition(block: block, offset: lines[j].end) }
        }
        return TextPosition(block: 0, offset: 0)
    }

    /// The whole layout as plain text, one string per line, indents included and no styling:
    /// what `byline --dump` prints.
    public var plainLines: [String] { lines.map(\.plainText) }
}
