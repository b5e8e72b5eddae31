/// Recognises a place dateline at the start of a first paragraph, such as
/// "MARLOW BAY, June 18 (Coastline Wire) - The council voted…": an upper-case place, a month
/// and day, and optionally an agency in parentheses, ended by " - ", " – ", " — ", " -- " or
/// "—".
///
/// The parser records the dateline (without the dash) as ``ArticleMetadata/date`` when the
/// article has no date line, and leaves the paragraph's text whole, so nothing the reader
/// sees is removed. Only the first 120 scalars of the paragraph are examined.
package enum PlaceDatelineRecognizer {
    static let window = 120
    static let maximumLength = 80
    static let separators = [" -- ", " - ", " \u{2013} ", " \u{2014} ", "\u{2014}"]

    /// The dateline that opens `paragraph`, or `nil`.
    package static func dateline(in paragraph: String) -> String? {
        let head = Substring(paragraph).prefix(window)
        var best: Range<Substring.Index>?
        for separator in separators {
            if let range = head.firstRange(of: separator), best.map({ range.lowerBound < $0.lowerBound }) ?? true {
                best = range
            }
        }
        guard let separator = best else { return nil }
        let prefix = head[..<separator.lowerBound]
        guard prefix.hasAtMostScalars(maximumLength),
              let firstWord = prefix.split(whereSeparator: { $0 == " " || $0 == "," }).first,
              firstWord.count >= 2, firstWord.allSatisfy({ !$0.isLetter || $0.isUppercase }),
              firstWord.contains(where: \.isLetter),
              DateLineRecognizer.containsMonthAndDay(prefix) else { return nil }
        return prefix.trimmingWhitespace()
    }
}
