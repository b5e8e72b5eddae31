// Foundation is used only for the canonical decomposition of non-ASCII scalars, once per
// distinct scalar while an index is built (results are cached); never while searching.
import Foundation

/// How one variant of the searchable text is folded.
struct FoldingMode: Sendable, Hashable {
    /// Fold case (upper-case then lower-case mapping, repeated to a fixed point, so that
    /// ß, ẞ and "SS" all become "ss", ﬁ becomes "fi", İ becomes "i̇").
    var ignoresCase: Bool
    /// Drop non-spacing marks after canonical decomposition and apply the letter table.
    var ignoresDiacritics: Bool
}

/// Per-scalar folding rules shared by the article text and the pattern, so both sides are
/// prepared identically: ignorable format characters are removed, case is folded (optional),
/// everything is canonically decomposed (NFD), marks are stripped (optional). Canonical
/// reordering of combining marks is done by the caller over the whole sequence.
enum ScalarFolding {
    /// Soft hyphen, zero-width space, ZWNJ, ZWJ, word joiner, BOM / ZWNBSP: invisible inside
    /// words, removed from the folded text.
    static func isIgnorable(_ value: UInt32) -> Bool {
        switch value {
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// Letters with no canonical decomposition that diacritic-insensitive search still
    /// treats as their base letter(s).
    static let diacriticLetters: [UInt32: String] = [
        0xF8: "o", 0xD8: "O", 0x142: "l", 0x141: "L", 0x111: "d", 0x110: "D",
        0xF0: "d", 0xD0: "D", 0x127: "h", 0x126: "H", 0x167: "t", 0x166: "T",
        0x131: "i", 0x140: "l", 0x13F: "L", 0xE6: "ae", 0xC6: "AE", 0x153: "oe", 0x152: "OE",
        0xFE: "th", 0xDE: "TH", 0xDF: "ss", 0x1E9E: "SS",
    ]

    /// The no-break spaces U+00A0, U+2007 FIGURE SPACE and U+202F NARROW NO-BREAK SPACE:
    /// folded to U+0020, so a pattern typed with an ordinary space finds "Mr.<NBSP>Seo".
    static func isNoBreakSpace(_ value: UInt32) -> Bool {
        value == 0xA0 || value == 0x2007 || value == 0x202F
    }

    /// The folded form of one scalar (possibly empty, possibly several scalars).
    static func fold(_ scalar: Unicode.Scalar, mode: FoldingMode) -> [Unicode.Scalar] {
        if isIgnorable(scalar.value) { return [] }
        if isNoBreakSpace(scalar.value) { return [" "] }
        var scalars: [Unicode.Scalar] = [scalar]
        if mode.ignoresCase { scalars = caseFold(scalars) }
        scalars = scalars.flatMap(decompose)
        if mode.ignoresDiacritics {
            var stripped: [Unicode.Scalar] = []
            stripped.reserveCapacity(scalars.count)
            for s in scalars {
                if let letters = diacriticLetters[s.value] {
                    stripped.append(contentsOf: letters.unicodeScalars)
                } else if s.properties.generalCategory != .nonspacingMark {
                    stripped.append(s)
                }
            }
            scalars = stripped
            // The letter table may emit capitals ("SS", "AE") in a case-folding variant only
            // from a capital input, which case folding already lowered; nothing to redo.
        }
        return scalars
    }

    /// Lower-case of upper-case, repeated until stable (at most four rounds).
    static func caseFold(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var current = input
        for _ in 0..<4 {
            var next: [Unicode.Scalar] = []
            for s in current {
                for u in s.properties.uppercaseMapping.unicodeScalars {
                    next.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
                }
            }
            if next == current { break }
            current = next
        }
        return current
    }

    /// Full canonical decomposition of one scalar (nothing below U+00C0 decomposes).
    static func decompose(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.value < 0xC0 { return [scalar] }
        return Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// Whether a scalar attaches to the one before it (a mark), so a match may not end just
    /// before it: "cafe" does not match inside "café". Variation selectors are excluded so
    /// that "❤" still finds "❤️".
    static func isAttachingMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
