/// How Byline counts words: the one definition behind the time left on the status line and
/// the word count the store keeps for the history.
///
/// A word is a run of characters between spaces that holds at least one letter or digit, the
/// convention of word processors (so "3.5", "1,000", "can't" and "rock-and-roll" are one word
/// each, and a dash set between spaces is none). Spaces are ASCII white space, no-break space,
/// the Unicode spaces U+2000–U+200B, the line and paragraph separators and the ideographic
/// space; ASCII letters and digits, and every scalar from U+00C0 up except General
/// Punctuation (U+2000–U+206F) and CJK Symbols and Punctuation (U+3000–U+303F), count as
/// letters. Text without spaces between its words (Chinese, Japanese, Thai) counts as one
/// word per run. Linear in the scalars with no Unicode property look-ups: a 1 MB article
/// costs a few milliseconds.
public enum WordCount {
    /// The words in `text`.
    public static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var hasLetter = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if isSpace(v) {
                if inWord, hasLetter { count += 1 }
                inWord = false
                hasLetter = false
                continue
            }
            inWord = true
            if !hasLetter, isLetterOrDigit(v) { hasLetter = true }
        }
        if inWord, hasLetter { count += 1 }
        return count
    }

    /// The words of each block of `article` (its text; a caption's credit is not counted),
    /// in block order.
    public static func perBlock(_ article: Article) -> [Int] {
        article.blocks.map { count($0.text) }
    }

    private static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || (0x09...0x0D).contains(v) || v == 0xA0 || (0x2000...0x200B).contains(v)
            || v == 0x2028 || v == 0x2029 || v == 0x3000
    }

    private static func isLetterOrDigit(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            || (v >= 0xC0 && !(0x2000...0x206F).contains(v) && !(0x3000...0x303F).contains(v))
    }
}
