/// Recognises the keyword line that some exports put before an image caption: a list of
/// short, mostly capitalized tokens separated by commas, such as "Mayor, Ortega, Opens,
/// Harbour, Bridge, 2nd" (alt-text keywords, not prose). When the next paragraph looks like a
/// caption (``CaptionRecognizer``) the parser drops the line and reads that paragraph as a
/// caption; otherwise it keeps both as paragraphs.
///
/// The rule: at most 200 scalars; at least 3 comma-separated tokens; every token has 1–3
/// words and at most 30 scalars; at least 70% of the tokens start with a capital letter or a
/// digit and at least half are single words; no token holds sentence punctuation or quotation
/// marks (`.` is allowed only inside initialisms such as "U.S."); and it is not a date line
/// ("Sunday, October 18, 2020"). "Paris, Berlin, and Rome
/// are capitals" fails (a five-word token); "bread, milk, eggs" fails (lower case).
enum KeywordLineRecognizer {
    static let maximumLength = 200
    static let forbidden: Set<Character> = [
        "!", "?", ";", ":", "\"", "\u{201C}", "\u{201D}", "(", ")", "[", "]", "\u{2026}",
    ]

    /// Whether `line` (trimmed) is a keyword line.
    static func isKeywordLine(_ line: String) -> Bool {
        guard line.hasAtMostScalars(maximumLength) else { return false }
        let tokens = line.split(separator: ",", omittingEmptySubsequences: false)
        guard tokens.count >= 3, !DateLineRecognizer.isDateLine(line) else { return false }
        var capitalized = 0
        var singleWords = 0
        for rawToken in tokens {
            let words = TextShape.words(rawToken)
            guard (1...3).contains(words.count), rawToken.hasAtMostScalars(30) else { return false }
            for word in words {
                if word.contains(where: { forbidden.contains($0) }) { return false }
                if word.contains("."), !TextShape.isInitialism(word) { return false }
            }
            if let first = words.first, TextShape.isCapitalized(first) || TextShape.startsWithDigit(first) {
                capitalized += 1
            }
            if words.count == 1 { singleWords += 1 }
        }
        return capitalized * 10 >= tokens.count * 7 && singleWords * 2 >= tokens.count
    }
}
