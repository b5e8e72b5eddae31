import ArticleModel
import Foundation
import TerminalText

/// An ``Article`` laid out at one text measure: styled screen lines plus the map from model
/// positions to line indexes, so that keeping the reading place across a resize (or, later,
/// jumping to a quotation or a search match) is a look-up.
///
/// Rules: the headline (bold) comes first, then a line with the byline and date, then the
/// blocks in order, each followed by one blank line. Captions are set apart with a `│ ` bar
/// and followed by their credit on a line of its own ("Photo: …"); a block quote with a
/// credit (a pull quote) is followed by it on a line of its own ("— Lea Park on …"); list items hang after
/// a `• ` bullet; block quotes are indented by 4 columns (bar, bullet and indent are left out
/// when fewer than ``minimumTextWidth`` columns would remain for the text). Text is wrapped
/// with ``WordWrap/wrap(_:width:tabWidth:tabStops:)``: tabs every 8 columns, except in a
/// tab-separated table (see ``TableColumns``), whose columns are aligned. No line is wider
/// than the measure. Links are numbered (``LinkReferences``): a marker `[n]` follows each
/// link's words, and the article ends with the list of link targets ("Links", then one
/// `[n] URL` entry each; these lines belong to no block).
public struct ArticleLayout: Sendable {
    /// The text measure in columns that this layout was made for (at least 1).
    public let width: Int
    /// The laid-out lines, top to bottom (a random-access collection indexed from 0).
    public let lines: LayoutLines
    /// For each block index, the index of its first line in ``lines``.
    public let firstLineOfBlock: [Int]
    /// The article's numbered link references (markers and the list at the end).
    public let links: LinkReferences
    /// For each entry of the link list at the end (reference `n` at index `n - 1`), the
    /// index of its first line in ``lines``.
    public let linkEntryLines: [Int]

    /// Lays out `article` at `width` columns (values below 1 are treated as 1).
    ///
    /// Articles of at least ``parallelThreshold`` bytes of block text are laid out in
    /// consecutive runs of blocks on all the processor's cores and the runs joined in order:
    /// the lines are the same as a single pass would make, since each block is laid out on
    /// its own.
    public init(article: Article, width: Int) {
        self.init(article: article, width: width, parallelThreshold: Self.parallelThreshold)
    }

    /// What the layout of an article without blocks shows (dim).
    static let emptyArticleText = "(this article is empty)"

    /// The bytes of block text from which layout is spread over the cores (256 KiB): below
    /// it, starting threads costs more than it saves.
    public static let parallelThreshold = 256 << 10

    /// Lays out as ``init(article:width:)`` does, spreading the work over the cores from
    /// `parallelThreshold` bytes of block text (tests lower it to compare both ways).
    init(article: Article, width: Int, parallelThreshold: Int) {
        let measure = max(1, width)
        self.width = measure
        let blocks = article.blocks
        let links = article.links.isEmpty ? LinkReferences.none : LinkReferences(article: article)
        let runs = Self.runs(of: blocks, threshold: parallelThreshold)
        var lines: LayoutLines
        var firstLines: [Int]
        var entryLines: [Int] = []
        if runs.count <= 1 {
            let result = Self.layOut(blocks[...], from: 0, metadata: article.metadata, measure: measure, links: links)
            lines = LayoutLines(runs: [result.lines])
            firstLines = result.firstLines
        } else {
            var results = ParallelRuns.map(runs) { run in
                Self.layOut(blocks[run], from: run.lowerBound, metadata: article.metadata, measure: measure, links: links)
            }
            // The runs' lines are kept as they are (no joined copy); only the block starts
            // are offset.
            firstLines = []
            firstLines.reserveCapacity(blocks.count)
            var base = 0
            for result in results {
                firstLines.append(contentsOf: result.firstLines.map { $0 + base })
                base += result.lines.count
            }
            lines = LayoutLines(runs: results.map(\.lines))
            results.removeAll()
        }
        if blocks.isEmpty {
            for piece in WordWrap.wrap(Self.emptyArticleText, width: measure) {
                lines.append(LayoutLine(text: piece.text, role: .dim))
            }
        } else {
            let listStart = lines.count
            let list = Self.linkListLines(links, measure: measure)
            for line in list.lines { lines.append(line) }
            entryLines = list.entryLines.map { $0 + listStart }
            if lines.last == .blank { lines.removeLast() }
        }
        self.lines = lines
        self.firstLineOfBlock = firstLines
        self.links = links
        self.linkEntryLines = entryLines
    }

    /// The lines listing `links`' targets after the last block: a "Links" heading, then
    /// `[n] URL` for each (wrapped, later lines under the URL's start; on a measure too narrow
    /// for that, the number on a line of its own), then a blank line; none when there are no
    /// links.
    /// Also gives the index in those lines of each entry's first line.
    static func linkListLines(_ links: LinkReferences, measure: Int) -> (lines: [LayoutLine], entryLines: [Int]) {
        guard !links.urls.isEmpty else { return ([], []) }
        var lines: [LayoutLine] = []
        var entryLines: [Int] = []
        for piece in WordWrap.wrap(LinkReferences.listTitle, width: measure) {
            lines.append(LayoutLine(text: piece.text, role: .heading))
        }
        let labelWidth = "[\(links.urls.count)] ".count
        for (index, url) in links.urls.enumerated() {
            let label = "[\(index + 1)]"
            let padded = label + String(repeating: " ", count: max(1, labelWidth - label.count))
            let hang = measure - labelWidth >= minimumTextWidth ? labelWidth : 0
            let pieces = WordWrap.wrap(url, width: max(1, measure - hang))
            entryLines.append(lines.count)
            for (n, piece) in pieces.enumerated() {
                if n == 0, hang > 0 {
                    lines.append(LayoutLine(text: padded + piece.text, role: .body))
                } else if n == 0 {
                    for labelPiece in WordWrap.wrap(label, width: measure) {
                        lines.append(LayoutLine(text: labelPiece.text, role: .body))
                    }
                    lines.append(LayoutLine(text: piece.text, role: .body))
                } else {
                    lines.append(LayoutLine(text: piece.text, role: .body, indent: hang))
                }
            }
        }
        lines.append(.blank)
        return (lines, entryLines)
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
    static func layOut(
        _ blocks: ArraySlice<Block>, from first: Int, metadata: ArticleMetadata, measure: Int,
        links: LinkReferences
    ) -> (lines: [LayoutLine], firstLines: [Int]) {
        var lines: [LayoutLine] = []
        var firstLines: [Int] = []
        firstLines.reserveCapacity(blocks.count)
        for (offset, block) in blocks.enumerated() {
            firstLines.append(lines.count)
            Self.appendLines(
                of: block, index: first + offset, measure: measure,
                markers: links.markers[first + offset] ?? [], into: &lines)
            if block.kind == .headline {
                let meta = [metadata.byline.map { "By " + $0 }, metadata.date]
                    .compactMap { $0 }
                if !meta.isEmpty {
                    for piece in WordWrap.wrap(meta.joined(separator: " · "), width: measure) {
                        lines.append(LayoutLine(text: piece.text, role: .byline))
                    }
                }
            }
            lines.append(.blank)
        }
        return (lines, firstLines)
    }

    /// Appends the lines of `block` (index `index`), with `markers` drawn in its text: the
    /// lines then show a copy of the text with the markers in it, while their offsets
    /// (``LayoutLine/start``, ``LayoutLine/end``, ``LayoutLine/utf8Start``) stay those of
    /// the block's own text.
    private static func appendLines(
        of block: Block, index: Int, measure: Int, markers: [LinkReferences.Marker],
        into lines: inout [LayoutLine]
    ) {
        var decoration: LayoutLine.Decoration
        var indent: Int
        let role: StyleRole
        switch block.kind {
        case .headline: (decoration, indent, role) = (.none, 0, .headline)
        case .paragraph: (decoration, indent, role) = (.none, 0, .body)
        case .heading: (decoration, indent, role) = (.none, 0, .heading)
        case .caption: (decoration, indent, role) = (.captionBar, 0, .caption)
        case .listItem: (decoration, indent, role) = (.bullet, 2, .body)
        case .blockquote: (decoration, indent, role) = (.none, 4, .body)
        case .table: (decoration, indent, role) = (.none, 2, .body)
        case .code: (decoration, indent, role) = (.none, 2, .code)
        }
        // The caption bar "│ " and the bullet "• " both take 2 columns; the bullet's 2 are
        // counted in the list item's indent, which its lines then leave out.
        var prefixWidth = block.kind == .caption ? DisplayWidth.of("│ ") : 0
        if measure - indent - prefixWidth < Self.minimumTextWidth {
            // Too narrow for the decoration: the text takes the whole measure, so no line is
            // ever wider than the measure.
            (decoration, indent, prefixWidth) = (.none, 0, 0)
        }
        let isListItem = block.kind == .listItem && decoration == .bullet
        let textWidth = max(1, measure - indent - prefixWidth)
        let blockText = block.text
        // The text as shown: the block's own, or a copy with the link markers in it and the
        // block offset of each of its scalars.
        let (text, sourceOffsets): (String, [Int]?) = markers.isEmpty
            ? (blockText, nil) : LinkReferences.insert(markers, into: blockText)
        // A caption with no text of its own (it repeated the paragraph beside it) shows only
        // its credit line.
        let wrapped = blockText.isEmpty && block.kind == .caption && block.credit?.isEmpty == false
            ? [] : WordWrap.wrap(text, width: textWidth, tabStops: TableColumns.tabStops(of: text))
        let shownUTF8Starts = UTF8OffsetWalker.utf8Offsets(ofScalars: wrapped.map(\.start), in: text)
        let starts: [Int]
        let ends: [Int]
        let utf8Starts: [Int]
        if let sourceOffsets, let last = sourceOffsets.last {
            let map = { (offset: Int) in offset < sourceOffsets.count ? sourceOffsets[offset] : last }
            starts = wrapped.map { map($0.start) }
            ends = wrapped.map { map($0.end) }
            utf8Starts = UTF8OffsetWalker.utf8Offsets(ofScalars: starts, in: blockText)
        } else {
            starts = wrapped.map(\.start)
            ends = wrapped.map(\.end)
            utf8Starts = shownUTF8Starts
        }
        let shownUTF8Count = text.utf8.count
        let utf8Count = blockText.utf8.count
        let located = text.utf8.withContiguousStorageIfAvailable { bytes in
            wrapped.indices.map { n in
                Self.locate(
                    wrapped[n].text, in: bytes, from: shownUTF8Starts[n],
                    to: n + 1 < shownUTF8Starts.count ? shownUTF8Starts[n + 1] : shownUTF8Count)
            }
        }
        for (n, piece) in wrapped.enumerated() {
            var lineDecoration = decoration
            var lineIndent = indent
            if isListItem {
                lineIndent = 0
                lineDecoration = n == 0 ? .bullet : .bulletHang
            }
            if let range = located?[n] ?? nil {
                lines.append(LayoutLine(
                    source: text, text: range, role: role, decoration: lineDecoration,
                    indent: lineIndent, block: index, start: starts[n], end: ends[n],
                    utf8Start: utf8Starts[n], showsBlockText: true))
            } else {
                // Tabs were expanded (or the text is not contiguous UTF-8): keep a copy.
                lines.append(LayoutLine(
                    source: piece.text, text: 0..<piece.text.utf8.count, role: role,
                    decoration: lineDecoration, indent: lineIndent, block: index,
                    start: starts[n], end: ends[n], utf8Start: utf8Starts[n],
                    showsBlockText: true))
            }
        }
        let creditLabel: String? = switch block.kind {
        case .caption: "Photo: "
        case .blockquote: "\u{2014} "
        default: nil
        }
        if let creditLabel, let credit = block.credit, !credit.isEmpty {
            let end = block.scalarCount
            for piece in WordWrap.wrap(creditLabel + credit, width: textWidth) {
                lines.append(LayoutLine(
                    text: piece.text, role: .credit, decoration: decoration, indent: indent,
                    block: index, start: end, end: end, utf8Start: utf8Count))
            }
        }
    }

    /// The fewest columns left for a block's text beside its indent and decoration (bar,
    /// bullet) for them to be shown: 2, so a wide character still fits. Narrower measures
    /// show the text alone.
    static let minimumTextWidth = 2

    /// The UTF-8 range in `bytes`, starting in `lower..<upper` (a wrapped line's share of
    /// its block), that holds exactly the bytes of `text` (a wrapped line's text: the
    /// block's bytes after any dropped leading spaces), or `nil` when there is none (tabs
    /// expanded into spaces). Tries a bounded number of starts, so it costs O(line).
    private static func locate(
        _ text: String, in bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int
    ) -> Range<Int>? {
        var text = text
        return text.withUTF8 { wanted -> Range<Int>? in
            let length = wanted.count
            let upper = min(upper, bytes.count)
            guard lower >= 0, lower <= upper, length <= upper - lower else { return nil }
            guard length > 0, let base = bytes.baseAddress, let target = wanted.baseAddress else {
                return lower..<lower
            }
            let lastStart = min(upper - length, lower + 64)
            var start = lower
            while start <= lastStart {
                if memcmp(base + start, target, length) == 0 { return start..<(start + length) }
                start += 1
            }
            return nil
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

    /// The whole layout as plain text, one string per line, indents included and no styling
    /// (`byline --dump` prints each line's ``LayoutLine/printedText``).
    public var plainLines: [String] { lines.map(\.plainText) }
}
