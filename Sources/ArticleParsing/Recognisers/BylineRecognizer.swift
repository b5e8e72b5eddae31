/// Recognises a byline line: "By Ana Ruiz", "By Ana Ruiz and Tom Bell, Reuters",
/// "BY J. K. OKAFOR", "Written by Ana Ruiz", "By Ana Ruiz | June 18, 2021".
///
/// The rule (general English news convention): the line starts with "By", "BY", or
/// "Written/Reported/Words/Story by", is at most 150 scalars, and the rest is names: every
/// word is capitalized, an initial ("J."), or one of the connectors and particles
/// and/&/of/for/the/de/del/della/der/den/van/von/da/di/du/la/le/al/bin/ibn/y/in; there are at
/// most 16 such words, no digits, and the rest does not end like a sentence (unless its last
/// word is an initial). A part after " | " that is a date (see ``DateLineRecognizer``) is
/// returned separately. So "By Tuesday, officials said" and "By the numbers" are not bylines.
/// Without a leading "By", names followed by a staff role ("Ana Cole and Tomas Reed, staff
/// writers") are a byline too (``matchRoleSuffix(_:)``). ``authors(in:)`` splits the names.
package enum BylineRecognizer {
    static let maximumLength = 150
    static let maximumWords = 16
    static let prefixes = ["by ", "written by ", "reported by ", "words by ", "story by ", "text by "]
    static let connectors: Set<String> = [
        "and", "&", "of", "for", "the", "de", "del", "della", "der", "den", "van", "von", "da", "di",
        "du", "la", "le", "al", "bin", "ibn", "y", "in",
    ]

    /// A recognised byline: the names as written without the leading "By", and a date that
    /// shared the line, if any.
    package struct Match: Equatable {
        /// The names as written, without "By".
        package var names: String
        /// A date that shared the line.
        package var date: String?
    }

    /// The byline on `line`, or `nil` when the line is not one.
    package static func match(_ line: String) -> Match? {
        guard line.hasAtMostScalars(maximumLength) else { return nil }
        let lower = line.lowercased()
        guard let prefix = prefixes.first(where: { lower.hasPrefix($0) }) else { return matchRoleSuffix(line) }
        // "by" itself must be written "By" or "BY" when it is the whole prefix.
        if prefix == "by ", !(line.hasPrefix("By ") || line.hasPrefix("BY ")) { return nil }
        var rest = String(line.dropFirst(prefix.count)).trimmingWhitespace()
        var date: String?
        let parts = rest.split(separator: " | ").map(String.init)
        if parts.count > 1 {
            let dateParts = parts.filter { DateLineRecognizer.isDateLine($0.trimmingWhitespace()) }
            date = dateParts.first?.trimmingWhitespace()
            rest = parts.filter { !DateLineRecognizer.isDateLine($0.trimmingWhitespace()) }
                .joined(separator: " | ").trimmingWhitespace()
        }
        guard isNames(rest) else { return nil }
        return Match(names: rest, date: date)
    }

    /// Whether `text` is a list of names as described on the type.
    package static func isNames(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        // Emoji (a flag or a pictograph beside a name) neither make nor break a byline.
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "|" || $0 == "/" })
            .filter { !isEmojiWord($0) }
        guard !words.contains(where: { TextShape.containsDigit($0) }) else { return false }
        guard !words.isEmpty, words.count <= maximumWords else { return false }
        var capitalized = 0
        for word in words {
            if TextShape.isCapitalized(word) {
                capitalized += 1
            } else if !connectors.contains(word.lowercased()) {
                return false
            }
        }
        guard capitalized > 0, let first = words.first, TextShape.isCapitalized(first) || first.lowercased() == "the" else {
            return false
        }
        if TextShape.endsLikeSentence(text), let last = words.last {
            // "By Ana J." is fine; "By Ana Ruiz." is a sentence fragment.
            return last.count == 2 && last.hasSuffix(".")
        }
        return true
    }

    /// Whether every grapheme cluster of `word` is an emoji: one shown as emoji by default
    /// (Unicode `Emoji_Presentation`: pictographs, flags), or an `Emoji` scalar with more
    /// scalars after it (a variation selector, skin tone, keycap or ZWJ sequence, as 1️⃣).
    static func isEmojiWord(_ word: Substring) -> Bool {
        !word.isEmpty && word.allSatisfy { cluster in
            let scalars = cluster.unicodeScalars
            guard let first = scalars.first else { return false }
            return first.properties.isEmojiPresentation
                || (first.properties.isEmoji && scalars.count > 1)
        }
    }
}
