/// Makes text safe to put in terminal cells: article text never reaches the terminal as
/// control bytes or as characters that reorder the screen (DESIGN.md principle 7).
///
/// Replacements (each keeps the display width that ``DisplayWidth`` reports for the original,
/// so layout measured on raw text still agrees with the rendered cells):
/// - C0 controls U+0000–U+001F -> Control Pictures U+2400 + code (ESC -> ␛, NUL -> ␀,
///   LF -> ␊), except tab -> one space; CR LF (one cluster) -> ␤ U+2424.
/// - DEL U+007F -> ␡ U+2421.
/// - C1 controls U+0080–U+009F (e.g. CSI U+009B) -> U+FFFD.
/// - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR -> one space.
/// - Bidi controls (U+202A–U+202E embeddings/overrides, U+2066–U+2069 isolates, U+200E LRM,
///   U+200F RLM, U+061C ALM) -> ``bidiStandIn`` (⇄ U+21C4, one column): shown, so a reader
///   sees that the text carries them, but not obeyed: terminals that apply the bidi algorithm
///   can then not reorder the screen. (less shows them the same way, as a visible marker.)
/// - A cluster containing a scalar that glibc's `wcwidth` calls unprintable (-1: unassigned
///   code points, emoji newer than glibc's Unicode tables, noncharacters) -> U+FFFD as a whole,
///   because ncursesw would not advance predictably over it.
/// - U+00AD SOFT HYPHEN (0 columns, see ``DisplayWidth``) is dropped from strings: it is
///   invisible inside a line, and terminals would advance over it (glibc's `wcwidth` is 1).
///   ``sanitize(_:)-(Character)`` keeps it (a `Character` cannot be empty); callers that
///   write single clusters skip ``softHyphen`` themselves, as the screen buffer does.
/// - Everything else is kept, including a cluster that starts with a combining mark or a
///   zero-width character (width 0: the screen buffer attaches it to the previous cell).
public enum CellText {
    /// The stand-in for unprintable clusters and C1 controls: U+FFFD REPLACEMENT CHARACTER (1 column).
    public static let replacement: Character = "\u{FFFD}"
    /// The visible stand-in for a bidi control: ⇄ U+21C4 RIGHTWARDS ARROW OVER LEFTWARDS
    /// ARROW (1 column), chosen because it says "direction" without reordering anything.
    public static let bidiStandIn: Character = "\u{21C4}"
    /// U+00AD SOFT HYPHEN: never written to a cell (see the type's table).
    public static let softHyphen: Character = "\u{AD}"

    /// Returns a grapheme cluster safe to put in one terminal cell: printable, never a control,
    /// never a bidi control (see the type's table). The result's display width in columns
    /// equals `DisplayWidth.of(cluster)`.
    public static func sanitize(_ cluster: Character) -> Character {
        let (_, scalars, replaced, _) = DisplayWidth.measure(cluster)
        guard replaced else { return cluster }
        guard scalars == 1, let scalar = cluster.unicodeScalars.first else {
            return cluster == "\r\n" ? "\u{2424}" : replacement
        }
        return standIn(for: scalar)
    }

    /// Returns `text` with every grapheme cluster sanitised as by ``sanitize(_:)-(Character)``.
    /// Returns `text` itself
    /// (no copy) when nothing needs replacing. Display width in columns is preserved.
    public static func sanitize(_ text: String) -> String {
        guard needsSanitizing(text) else { return text }
        var sink = SanitizingSink()
        walkClusters(of: text, into: &sink)
        return String(decoding: sink.output, as: UTF8.self)
    }

    /// Whether any scalar of `text` would be replaced or dropped by sanitising.
    static func needsSanitizing(_ text: String) -> Bool {
        var allPrintableASCII = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
            allPrintableASCII = false
            break
        }
        if allPrintableASCII { return false }
        for scalar in text.unicodeScalars
        where scalar.value == 0xAD || DisplayWidth.classify(scalar.value) < 0 {
            return true
        }
        return false
    }

    /// The UTF-8 of the stand-in for a single replaced scalar.
    fileprivate static func appendStandIn(for value: UInt32, to output: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        output.append(contentsOf: String(standIn(for: scalar)).utf8)
    }

    /// The stand-in for a single scalar that ``DisplayWidth/classify(_:)`` marked for replacement.
    private static func standIn(for scalar: Unicode.Scalar) -> Character {
        let v = scalar.value
        switch v {
        case 0x09, 0x2028, 0x2029:
            return " "
        case 0x00..<0x20:
            return Unicode.Scalar(0x2400 + v).map(Character.init) ?? replacement
        case 0x7F:
            return "\u{2421}"
        default:
            if DisplayWidth.classify(v) == DisplayWidth.bidiControl { return bidiStandIn }
            return replacement
        }
    }
}

/// Builds the UTF-8 of a sanitised string cluster by cluster (see ``CellText/sanitize(_:)-(String)``).
private struct SanitizingSink: ClusterSink {
    var output: [UInt8] = []

    mutating func ascii(_ byte: UInt8) {
        if byte >= 0x20 && byte < 0x7F {
            output.append(byte)
        } else {
            CellText.appendStandIn(for: UInt32(byte), to: &output)
        }
    }

    mutating func cluster(_ utf8: UnsafeBufferPointer<UInt8>) {
        let (_, scalars, replaced, first) = DisplayWidth.measure(scalars: UTF8Scalars(utf8))
        if scalars == 1 && first == 0xAD { return }  // soft hyphen: invisible, dropped
        if !replaced {
            output.append(contentsOf: utf8)
        } else if scalars == 1 {
            CellText.appendStandIn(for: first, to: &output)
        } else {
            // CR LF -> U+2424 SYMBOL FOR NEWLINE; any other replaced cluster -> U+FFFD.
            output.append(contentsOf: (first == 0x0D ? "\u{2424}" : "\u{FFFD}").utf8)
        }
    }
}
