import ArticleModel
import Foundation

/// A highlight as the store keeps it: both ends as ``SavedPosition``s (model positions with
/// the hashes of the blocks around them), the highlighted text, the reader's note, and the
/// citation the executable made of it (an opaque JSON text, for exporting without the
/// article).
public struct SavedHighlight: Sendable, Equatable {
    /// The row's id, or `nil` for a highlight not yet stored.
    public var id: Int64?
    /// Where the highlight starts.
    public var start: SavedPosition
    /// Just past its last scalar.
    public var end: SavedPosition
    /// The highlighted text when it was saved: each block's part, joined with LF.
    public var text: String
    /// The reader's note, or `nil`.
    public var note: String?
    /// The citation as JSON (the Citations target's form), or `nil`.
    public var citation: String?
    /// When the highlight was first stored.
    public var created: Date

    /// Creates a stored highlight.
    public init(
        id: Int64?, start: SavedPosition, end: SavedPosition, text: String, note: String?, citation: String?,
        created: Date = Date()
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.text = text
        self.note = note
        self.citation = citation
        self.created = created
    }

    /// Where the highlight is in an article with `blocks` (each block's text) and block hashes
    /// `hashes` (``ArticleIdentity/blockHashes``): both ends resolved as reading places are
    /// (``SavedPosition/resolve(in:blockLengths:)``); when the text there is no longer
    /// ``text``, the occurrence of ``text`` nearest to the resolved start (within one block, or
    /// across consecutive blocks for a text of several parts) is taken instead; when there
    /// is none, the resolved start and, if the end came before it, the end of the start's
    /// block.
    public func resolve(blocks: [String], hashes: [UInt64]) -> (start: TextPosition, end: TextPosition) {
        let length = { (block: Int) -> Int in blocks.indices.contains(block) ? blocks[block].unicodeScalars.count : 0 }
        let from = start.resolve(in: hashes, blockLength: length)
        var to = end.resolve(in: hashes, blockLength: length)
        if Self.text(from: from, to: to, in: blocks) == text { return (from, to) }
        if let found = Self.find(text, in: blocks, near: from) { return found }
        if to <= from {
            to = TextPosition(block: from.block, offset: length(from.block))
        }
        return (from, to)
    }

    /// The text from `start` to `end` in `blocks`, each block's part joined with LF.
    public static func text(from start: TextPosition, to end: TextPosition, in blocks: [String]) -> String {
        guard start < end, blocks.indices.contains(start.block), end.block < blocks.count else { return "" }
        var parts: [String] = []
        for block in start.block...end.block {
            let scalars = Array(blocks[block].unicodeScalars)
            let a = block == start.block ? min(max(0, start.offset), scalars.count) : 0
            let b = block == end.block ? min(max(a, end.offset), scalars.count) : scalars.count
            parts.append(String(String.UnicodeScalarView(scalars[a..<b])))
        }
        return parts.joined(separator: "\n")
    }

    /// The occurrence of `text` in `blocks` nearest to `near` (by block, then offset).
    static func find(_ text: String, in blocks: [String], near: TextPosition) -> (start: TextPosition, end: TextPosition)? {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty || parts.count > 1, !text.isEmpty else { return nil }
        var best: (start: TextPosition, end: TextPosition, distance: (Int, Int))?
        func consider(_ start: TextPosition, _ end: TextPosition) {
            let distance = (abs(start.block - near.block), abs(start.offset - near.offset))
            if let b = best, b.distance <= distance { return }
            best = (start, end, distance)
        }
        for (index, block) in blocks.enumerated() {
            if parts.count == 1 {
                for offset in occurrences(of: first, in: block) {
                    consider(TextPosition(block: index, offset: offset),
                             TextPosition(block: index, offset: offset + first.unicodeScalars.count))
                }
                continue
            }
            // Several parts: the first ends this block, the middle ones are whole blocks, the
            // last starts the block after them.
            guard index + parts.count - 1 < blocks.count, block.hasSuffix(first) else { continue }
            let middle = parts.dropFirst().dropLast()
            guard zip(middle, blocks[(index + 1)...]).allSatisfy({ $0 == $1 }) else { continue }
            let lastBlock = index + parts.count - 1
            guard let last = parts.last, blocks[lastBlock].hasPrefix(last) else { continue }
            consider(TextPosition(block: index, offset: block.unicodeScalars.count - first.unicodeScalars.count),
                     TextPosition(block: lastBlock, offset: last.unicodeScalars.count))
        }
        return best.map { ($0.start, $0.end) }
    }

    /// The scalar offsets where `needle` starts in `haystack` (at most 1000 of them).
    static func occurrences(of needle: String, in haystack: String) -> [Int] {
        let n = Array(needle.unicodeScalars)
        let h = Array(haystack.unicodeScalars)
        guard !n.isEmpty, n.count <= h.count else { return [] }
        var result: [Int] = []
        var i = 0
        while i + n.count <= h.count, result.count < 1000 {
            var j = 0
            while j < n.count, h[i + j] == n[j] { j += 1 }
            if j == n.count { result.append(i) }
            i += 1
        }
        return result
    }
}
