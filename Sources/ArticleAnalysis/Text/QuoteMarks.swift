/// The quotation marks Byline recognises, grouped in families that pair with each other.
///
/// - `double`: `"` (U+0022), `“` `”` (U+201C/D), `„` (U+201E), `‟` (U+201F), `＂` (U+FF02).
///   English `“…”`, German `„…“`, Polish `„…”`, Swedish `”…”` and straight quotes all pair
///   inside the family; whether a mark opens or closes is decided by its position first
///   (see ``QuoteMarks/flanking(_:at:)``) and by its glyph second, so a mistyped mark still
///   pairs.
/// - `single`: `'` (U+0027), `‘` `’` (U+2018/9), `‚` (U+201A), `‛` (U+201B); they double as
///   apostrophes, so ``QuoteMarks/singleRole(_:at:)`` tells the two apart.
/// - `guillemet`: `«` and `»`, French `« … »` or German/Danish `» … «`: the mark that opens
///   decides which one closes.
/// - `corner`: `「` `」` and the half-width `｢` `｣`; `whiteCorner`: `『` `』`.
enum MarkFamily: UInt8, Sendable {
    /// `"` `“` `”` `„` `‟` `＂`.
    case double
    /// `'` `‘` `’` `‚` `‛`.
    case single
    /// `«` `»`.
    case guillemet
    /// `「` `」` `｢` `｣`.
    case corner
    /// `『` `』`.
    case whiteCorner
}

/// What a quotation-mark glyph does when its position does not decide.
enum GlyphDefault: UInt8, Sendable {
    /// `“`, `„`, `‘`, `「`: opens.
    case open
    /// `”`, `’`, `」`: closes.
    case close
    /// `"`, `'`: opens when no quote is open, closes otherwise.
    case toggle
    /// `«`, `»`: see ``MarkFamily/guillemet``.
    case guillemet
}

/// The role a single-quote scalar plays at one position.
enum SingleRole: UInt8, Sendable {
    /// Not a quotation mark: an apostrophe inside a word (`can’t`, `O’Neill`), an elision
    /// (`’90s`, `’em`), a stray mark between spaces.
    case apostrophe
    /// Opens a quotation: after a space or opening punctuation, before a letter or digit.
    case open
    /// Closes a quotation: after a letter or punctuation, before a space, punctuation or the
    /// end of the block.
    case close
    /// Closes a quotation or is a plural possessive (`the Workers’ Party`): the mark follows
    /// an `s` and precedes a space and a word. The scanner takes it as closing only when no
    /// other closing mark follows before the next opening one.
    case weakClose
}

/// Classification of quotation-mark scalars in context. All offsets are indexes into a
/// block's array of Unicode scalars.
enum QuoteMarks {
    /// The family of `scalar` when it is a quotation-mark glyph, else `nil`.
    @inline(__always)
    static func family(of scalar: Unicode.Scalar) -> MarkFamily? {
        switch scalar.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xFF02: return .double
        case 0x27, 0x2018, 0x2019, 0x201A, 0x201B: return .single
        case 0xAB, 0xBB: return .guillemet
        case 0x300C, 0x300D, 0xFF62, 0xFF63: return .corner
        case 0x300E, 0x300F: return .whiteCorner
        default: return nil
        }
    }

    /// What the glyph does when its position does not decide.
    @inline(__always)
    static func glyphDefault(of scalar: Unicode.Scalar) -> GlyphDefault {
        switch scalar.value {
        case 0x201C, 0x201E, 0x201F, 0x2018, 0x201A, 0x201B, 0x300C, 0x300E, 0xFF62: return .open
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF63: return .close
        case 0xAB, 0xBB: return .guillemet
        default: return .toggle
        }
    }

    /// Whether `scalar` may stand right before an opening mark: opening brackets, dashes,
    /// slashes and other quotation marks (`“‘Tis`).
    @inline(__always)
    static func isOpeningContext(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x28, 0x5B, 0x7B, 0x2F, 0x2D, 0x2013, 0x2014, 0x2015, 0x3A,
             0x22, 0x27, 0x201C, 0x2018, 0x201E, 0x201A, 0xAB, 0xBB, 0x300C, 0x300E, 0xFF62:
            return true
        default:
            return ScalarClass.isWhitespace(scalar)
        }
    }

    /// Whether `scalar` may stand right after a closing mark: punctuation, closing brackets,
    /// dashes and other quotation marks (`no.’”`).
    @inline(__always)
    static func isClosingContext(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2F, 0x2D, 0x2013, 0x2014,
             0x2015, 0x2026, 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0xAB, 0x300D, 0x300F, 0xFF63,
             0x3001, 0x3002, 0xFF0C, 0xFF01, 0xFF1F:
            return true
        default:
            return ScalarClass.isWhitespace(scalar)
        }
    }

    /// Whether the mark at `index` can open (`left`: at the start or after a space or opening
    /// punctuation, and followed by something other than a space) and can close (`right`:
    /// after something other than a space, and at the end or before a space or closing
    /// punctuation), in the sense of Markdown's flanking delimiters.
    @inline(__always)
    static func flanking(_ scalars: [Unicode.Scalar], at index: Int) -> (canOpen: Bool, canClose: Bool) {
        let hasPrevious = index > 0
        let hasNext = index + 1 < scalars.count
        let previousIsSpace = !hasPrevious || ScalarClass.isWhitespace(scalars[index - 1])
        let nextIsSpace = !hasNext || ScalarClass.isWhitespace(scalars[index + 1])
        let canOpen = !nextIsSpace && (!hasPrevious || isOpeningContext(scalars[index - 1]))
        let canClose = !previousIsSpace && (!hasNext || isClosingContext(scalars[index + 1]))
        return (canOpen, canClose)
    }

    /// Words that follow an elision apostrophe at the start of a word (`’em`, `’tis`,
    /// `rock ’n’ roll`), so the apostrophe does not open a quotation.
    private static let elisions = WordSet([
        "n", "em", "tis", "twas", "til", "cause", "bout", "nuff", "cos", "ol", "neath", "tween",
        "twixt", "gainst", "fraid",
    ])

    /// The role of the single-quote scalar at `index`. See ``SingleRole``.
    ///
    /// Apostrophes: a mark between two letters or digits (`can’t`, `O’Neill`, `rock’n’roll`);
    /// a mark before two digits and an optional `s` (`’90s`, `'08`); a mark before an elided
    /// word (`’em`, `’tis`, `’n’`). `‚` (U+201A) only opens.
    static func singleRole(_ scalars: [Unicode.Scalar], at index: Int) -> SingleRole {
        let count = scalars.count
        let previous: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
        let next: Unicode.Scalar? = index + 1 < count ? scalars[index + 1] : nil
        let previousIsWord = previous.map(ScalarClass.isAlphanumeric) ?? false
        let nextIsWord = next.map(ScalarClass.isAlphanumeric) ?? false
        if previousIsWord && nextIsWord { return .apostrophe }
        let flank = flanking(scalars, at: index)
        if flank.canOpen && !flank.canClose {
            if isElision(scalars, after: index) { return .apostrophe }
            return .open
        }
        if flank.canClose && !flank.canOpen {
            if scalars[index].value == 0x201A { return .apostrophe }
            // The second mark of "rock ’n’ roll".
            if index >= 2, previous == "n" || previous == "N", ScalarClass.isApostrophe(scalars[index - 2]),
               index == 2 || ScalarClass.isWhitespace(scalars[index - 3]) {
                return .apostrophe
            }
            // A plural possessive looks like a closing mark: "the Workers' Party".
            if let previous, previous == "s" || previous == "S", let next, ScalarClass.isWhitespace(next),
               index + 2 < count, ScalarClass.isAlphanumeric(scalars[index + 2]) {
                return .weakClose
            }
            return .close
        }
        return .apostrophe
    }

    /// Whether the word after the mark at `index` is an elision: two digits with an optional
    /// `s` (`’90s`), or a word in the elision list followed by a non-letter.
    private static func isElision(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var end = index + 1
        var key = WordKey.empty
        var digits = 0
        var letters = 0
        while end < scalars.count, end - index <= 8, ScalarClass.isAlphanumeric(scalars[end]) {
            if ScalarClass.isDigit(scalars[end]) { digits += 1 } else { letters += 1 }
            key = WordKey.adding(scalars[end], to: key)
            end += 1
        }
        if digits == 2 && (letters == 0 || (letters == 1 && (scalars[end - 1] == "s" || scalars[end - 1] == "S"))) {
            return true
        }
        if digits == 0 && letters <= 6 && elisions.contains(key) { return true }
        return false
    }

    /// Whether `scalar` is an opening mark of `family` at the start of a block, for the rule
    /// that a quotation continues into a paragraph that starts with an opening mark.
    static func opensContinuation(_ scalar: Unicode.Scalar, family: MarkFamily) -> Bool {
        guard self.family(of: scalar) == family else { return false }
        switch glyphDefault(of: scalar) {
        case .open, .toggle, .guillemet: return true
        case .close: return family == .double  // Swedish ” or a mistyped mark
        }
    }
}
