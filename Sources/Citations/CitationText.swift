/// Cleans text for a citation: what a citation holds goes to the clipboard (through OSC 52),
/// into files and into other programs, so it never carries a control character or anything
/// that reorders text, and never grows without bound.
///
/// Rules, applied per Unicode scalar:
/// - C0 controls U+0000–U+001F (TAB, LF and CR included), U+2028 LINE SEPARATOR and U+2029
///   PARAGRAPH SEPARATOR become a space; runs of white space (any scalar with the Unicode
///   `White_Space` property) become one space; leading and trailing white space is removed.
/// - DEL U+007F and the C1 controls U+0080–U+009F (CSI U+009B, OSC U+009D, ST U+009C) are
///   dropped.
/// - Bidi controls are dropped: U+061C ALM, U+200E LRM, U+200F RLM, U+202A–U+202E
///   (embeddings and overrides), U+2066–U+2069 (isolates) — the "Trojan Source" set of
///   Unicode Technical Standard #39 / CVE-2021-42574.
/// - The result is cut at a grapheme-cluster boundary to at most `limit` characters
///   (grapheme clusters), the last one "…" when anything was cut.
public enum CitationText {
    /// The ellipsis that ends a text that was cut: U+2026.
    public static let ellipsis: Character = "\u{2026}"

    /// Whether `value` is a scalar ``clean(_:limit:)`` drops (DEL, C1 controls, bidi controls).
    public static func isDropped(_ value: UInt32) -> Bool {
        switch value {
        case 0x7F, 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Whether `value` is a scalar ``clean(_:limit:)`` turns into a space (C0 controls, line
    /// and paragraph separators).
    public static func isSpaced(_ value: UInt32) -> Bool {
        value < 0x20 || value == 0x2028 || value == 0x2029
    }

    /// `text` on one line, without controls or bidi controls, white space collapsed, at most
    /// `limit` grapheme clusters (the last "…" when cut). `limit` below 1 gives "".
    public static func clean(_ text: String, limit: Int) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if isDropped(value) { continue }
            if isSpaced(value) || scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return cap(String(scalars), limit: limit)
    }

    /// A template or other text that may keep its line breaks: LF is kept, CR LF and CR
    /// become LF, TAB becomes a space, every other scalar follows ``clean(_:limit:)``'s
    /// rules except that white space is not collapsed. Cut to `limit` grapheme clusters.
    public static func cleanKeepingLines(_ text: String, limit: Int) -> String {
        var scalars = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            defer { afterCR = value == 0x0D }
            if value == 0x0A {
                if !afterCR { scalars.append("\n") }
                continue
            }
            if value == 0x0D {
                scalars.append("\n")
                continue
            }
            if isDropped(value) { continue }
            scalars.append(isSpaced(value) ? " " : scalar)
        }
        return cap(String(scalars), limit: limit)
    }

    /// `text` cut to at most `limit` grapheme clusters, the last "…" when anything was cut.
    public static func cap(_ text: String, limit: Int) -> String {
        guard limit > 0 else { return "" }
        var count = 0
        var index = text.startIndex
        while index < text.endIndex {
            if count == limit - 1 {
                // One cluster left: the rest fits only when it is exactly one cluster.
                let next = text.index(after: index)
                return next == text.endIndex ? text : String(text[..<index]) + String(ellipsis)
            }
            count += 1
            index = text.index(after: index)
        }
        return text
    }

    /// `text` cut at a grapheme-cluster boundary to at most `bytes` bytes of UTF-8, ending in
    /// "…" (3 bytes) when anything was cut; `bytes` below 3 gives "" for a text that is
    /// too long.
    public static func cap(_ text: String, utf8Bytes bytes: Int) -> String {
        guard text.utf8.count > bytes else { return text }
        let room = bytes - 3
        guard room >= 0 else { return "" }
        var used = 0
        var end = text.startIndex
        for cluster in text {
            let size = cluster.utf8.count
            if used + size > room { break }
            used += size
            end = text.index(end, offsetBy: 1)
        }
        return String(text[..<end]) + String(ellipsis)
    }
}
