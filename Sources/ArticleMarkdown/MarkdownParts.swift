#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a long Markdown document may be cut into parts that cmark-gfm parses one by one to
/// the same blocks as the whole, so that the parts can be parsed on several cores
/// (``MarkdownTree``).
///
/// A cut goes before a line that starts a top-level block whatever came before: a line after
/// a blank line, not indented, that is neither a list marker (`-`, `+`, `*`, a digit) nor
/// inside a fenced code block. After a blank line such a line closes every open container
/// (block quotes need `>`, list items their indentation, and a blank line ends paragraphs,
/// tables and HTML blocks of kinds 6 and 7): CommonMark 0.29 §5, GFM §4.10. What is left
/// open across blank lines at the top level is tracked: fenced code blocks (to their closing
/// fence, §4.5). Everything else that could join the two sides makes the document stay whole,
/// or stops the cuts at that point:
///
/// - a `]:` anywhere: link reference and footnote definitions serve the whole document
///   (§4.7, GFM footnotes); the document is not cut;
/// - a carriage return anywhere (a line ending of its own, §2.1): not cut;
/// - a line starting, after at most three spaces, with `<!`, `<?` or `<script`, `<pre`,
///   `<style`, `<textarea`: an HTML block of kinds 1–5 runs across blank lines to its end
///   marker (§4.6); no cut from there on;
/// - a fence indented by one to three spaces (it may belong to a list item rather than the
///   top level), or a fence line in a run of lines that began with a `<` line (it may be the
///   content of an HTML block): no cut from there on.
///
/// Linear in the input: one pass over its lines with `memchr`.
enum MarkdownParts {
    /// Offsets (line starts, ascending, never 0) where the document in `bytes` may be cut, each
    /// at least `spacing` bytes after the previous cut; empty when it stays whole.
    static func cuts(_ bytes: UnsafeBufferPointer<UInt8>, spacing: Int) -> [Int] {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }
        let count = bytes.count
        if memchr(base, 0x0D, count) != nil || contains(bytes, 0x5D, 0x3A) { return [] }
        var cuts: [Int] = []
        var lastCut = 0
        var fence: (mark: UInt8, length: Int)?
        var previousBlank = true
        // Whether the current run of non-blank lines has a line starting with `<`.
        var runHasTag = false
        var start = 0
        while start < count {
            let end = memchr(base + start, 0x0A, count - start).map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? count
            defer { start = end + 1 }
            var indent = 0
            var tabbed = false
            var first = start
            while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 {
                if bytes[first] == 0x09 { tabbed = true }
                indent += 1
                first += 1
            }
            let blank = first == end
            if let open = fence {
                if !blank, !tabbed, indent <= 3, closesFence(bytes, from: first, to: end, open) { fence = nil }
                previousBlank = false
                continue
            }
            if blank {
                previousBlank = true
                runHasTag = false
                continue
            }
            if indent == 0, previousBlank, start - lastCut >= spacing, !mayStartListItem(bytes, from: first, to: end) {
                cuts.append(start)
                lastCut = start
            }
            previousBlank = false
            guard !tabbed, indent <= 3 else { continue }
            let byte = bytes[first]
            if byte == 0x3C {
                if startsLongHTMLBlock(bytes, from: first, to: end) { return cuts }
                runHasTag = true
            } else if byte == 0x60 || byte == 0x7E, let open = opensFence(bytes, from: first, to: end) {
                if indent > 0 || runHasTag { return cuts }
                fence = open
            }
        }
        return cuts
    }

    /// Whether the bytes hold `first` followed by `second`.
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ first: UInt8, _ second: UInt8) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index < bytes.count, let hit = memchr(base + index, Int32(first), bytes.count - index) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            if at + 1 < bytes.count, bytes[at + 1] == second { return true }
            index = at + 1
        }
        return false
    }

    /// Whether the line from `first` could be a list item's first line (or a thematic break
    /// made of `-`, `*`): it starts with `-`, `+`, `*` or a digit.
    private static func mayStartListItem(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, to end: Int) -> Bool {
        let byte = bytes[first]
        return byte == 0x2D || byte == 0x2B || byte == 0x2A || (byte >= 0x30 && byte <= 0x39)
    }

    /// A fence opening at `first`: at least three backticks or tildes; a backtick fence's info
    /// string holds no backtick (CommonMark 0.29 §4.5).
    private static func opensFence(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, to end: Int) -> (mark: UInt8, length: Int)? {
        let mark = bytes[first]
        var index = first
        while index < end, bytes[index] == mark { index += 1 }
        let length = index - first
        guard length >= 3 else { return nil }
        if mark == 0x60 {
            while index < end {
                if bytes[index] == 0x60 { return nil }
                index += 1
            }
        }
        return (mark, length)
    }

    /// Whether the line from `first` closes `open`: its mark at least as many times, then
    /// only spaces and tabs.
    private static func closesFence(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, to end: Int, _ open: (mark: UInt8, length: Int)) -> Bool {
        var index = first
        while index < end, bytes[index] == open.mark { index += 1 }
        guard index - first >= open.length else { return false }
        while index < end {
            if bytes[index] != 0x20 && bytes[index] != 0x09 { return false }
            index += 1
        }
        return true
    }

    /// Whether the line from `first` (a `<`) may start an HTML block of kinds 1–5, which runs
    /// across blank lines: `<!`, `<?`, or `<script`, `<pre`, `<style`, `<textarea` in any case
    /// (whatever follows: a longer name only makes this cautious).
    private static func startsLongHTMLBlock(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, to end: Int) -> Bool {
        guard first + 1 < end else { return false }
        let next = bytes[first + 1]
        if next == 0x21 || next == 0x3F { return true }
        for name in ["script", "pre", "style", "textarea"] {
            var matches = true
            for (offset, letter) in name.utf8.enumerated() {
                let at = first + 1 + offset
                if at >= end || bytes[at] | 0x20 != letter {
                    matches = false
                    break
                }
            }
            if matches { return true }
        }
        return false
    }
}
