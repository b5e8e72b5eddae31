/// Where the sentences of one block's text are, for selecting by sentences (`v`).
///
/// A sentence ends after `.`, `!`, `?`, `…` (and the CJK full stop, exclamation and question
/// marks, which need no space after them), together with any further end marks and closing
/// quotation marks or brackets right after it, when white space follows and the next word
/// opens like a sentence (not a lower-case letter). A full stop after an initial ("J.") or a
/// common English abbreviation of a title, month or Latin phrase ("Dr.", "Sept.", "e.g.") does
/// not end one. Offsets are Unicode scalars into the block's text.
enum SentenceBoundaries {
    /// The sentences of `text`: scalar ranges, in order, without the white space between
    /// them; together they cover every scalar that is not white space. Empty text has none.
    static func sentences(in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var result: [Range<Int>] = []
        var start: Int? = nil
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if start == nil {
                if scalar.properties.isWhitespace {
                    i += 1
                    continue
                }
                start = i
            }
            guard isTerminal(scalar) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < scalars.count, isTerminal(scalars[end]) || isCloser(scalars[end]) { end += 1 }
            if let sentenceStart = start, endsSentence(scalars, terminal: i, after: end, start: sentenceStart) {
                result.append(sentenceStart..<end)
                start = nil
            }
            i = end
        }
        if let start {
            var end = scalars.count
            while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
            if end > start { result.append(start..<end) }
        }
        return result
    }

    /// Whether the end mark at `terminal` (its closing marks run to `after`) ends the
    /// sentence that began at `start`.
    private static func endsSentence(_ scalars: [Unicode.Scalar], terminal: Int, after: Int, start: Int) -> Bool {
        let mark = scalars[terminal]
        if after >= scalars.count { return true }
        if fullWidthTerminals.contains(mark.value) { return true }
        guard scalars[after].properties.isWhitespace else { return false }
        var next = after
        while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
        guard next < scalars.count else { return true }
        if scalars[next].properties.isLowercase { return false }
        if mark == "." {
            // The word the full stop closes: letters (and inner full stops) back to a space.
            var wordStart = terminal
            while wordStart > start, scalars[wordStart - 1].properties.isAlphabetic || scalars[wordStart - 1] == "." {
                wordStart -= 1
            }
            let word = String(String.UnicodeScalarView(scalars[wordStart..<terminal])).lowercased()
            if word.unicodeScalars.count == 1, scalars[wordStart].properties.isUppercase { return false }
            if abbreviations.contains(word) { return false }
        }
        return true
    }

    private static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049: return true
        default: return fullWidthTerminals.contains(scalar.value)
        }
    }

    /// 。！？ and the full-width full stop: they end a sentence without a space after them.
    private static let fullWidthTerminals: Set<UInt32> = [0x3002, 0xFF01, 0xFF1F, 0xFF0E]

    /// Closing quotation marks and brackets that belong to the sentence before them.
    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F: return true
        default: return false
        }
    }

    /// Abbreviations (lower case, without their last full stop) after which a full stop does
    /// not end a sentence: titles, months, and the common Latin and English short forms.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt",
        "sgt", "cmdr", "adm", "rev", "hon", "mt", "ft", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
        "dept", "univ", "fig", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "a.m", "p.m",
    ]
}
