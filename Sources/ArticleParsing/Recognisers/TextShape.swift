/// Small questions about the shape of a short piece of text (a line, a fragment of a
/// caption), shared by the recognisers. Callers only pass short strings, so none of these
/// needs to be clever about cost; each is linear in its input.
enum TextShape {
    /// Closing quotation marks and brackets that may follow a sentence's final punctuation.
    static let closers: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}", "\u{203A}"]
    /// Opening quotation marks.
    static let openingQuotes: Set<Character> = ["\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{201E}"]
    /// Punctuation that ends a sentence.
    static let sentenceEnders: Set<Character> = [".", "!", "?", "\u{2026}"]

    /// Words split on whitespace.
    static func words<S: StringProtocol>(_ text: S) -> [S.SubSequence] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    /// Whether the text ends with sentence punctuation (`.`, `!`, `?`, `…`), possibly followed
    /// by closing quotation marks or brackets.
    static func endsLikeSentence<S: StringProtocol>(_ text: S) -> Bool {
        var index = text.endIndex
        while index > text.startIndex {
            let previous = text.index(before: index)
            let character = text[previous]
            if closers.contains(character) {
                index = previous
                continue
            }
            return sentenceEnders.contains(character)
        }
        return false
    }

    /// Whether the last character is any punctuation that a heading or headline would not end
    /// with: sentence punctuation, a comma, semicolon or colon, or a closing quotation mark.
    static func endsWithPunctuation<S: StringProtocol>(_ text: S) -> Bool {
        guard let last = text.last else { return false }
        return sentenceEnders.contains(last) || closers.contains(last) || ",;:".contains(last)
    }

    /// Whether the word's first letter is upper or title case ("Okafor", "NASA", "Émile",
    /// "McLeod"). A word that starts with a non-letter is not capitalized.
    static func isCapitalized<S: StringProtocol>(_ word: S) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter
    }

    /// Short function words that title case leaves in lower case.
    static let titleCaseExceptions: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "nor", "by",
        "with", "from", "as", "is", "vs", "via", "per", "into", "over", "up",
    ]

    /// Whether the text is written in title case: at least 75% of its words that contain a
    /// letter and are not short function words ("of", "the", "to", …) are capitalized, and
    /// there are at least two such words. "Poll: Wealthy Voters Abandon Party." is; "The board
    /// met on Monday." is not.
    static func isTitleCase<S: StringProtocol>(_ text: S) -> Bool {
        var counted = 0
        var capitalized = 0
        for word in words(text) {
            let letters = word.drop(while: { !$0.isLetter && !$0.isNumber })
            guard let first = letters.first, first.isLetter else { continue }
            if titleCaseExceptions.contains(normalisedWord(letters)) { continue }
            counted += 1
            if isCapitalized(letters) { capitalized += 1 }
        }
        return counted >= 2 && capitalized * 4 >= counted * 3
    }

    /// Whether the word starts with a decimal digit.
    static func startsWithDigit<S: StringProtocol>(_ word: S) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.properties.numericType == .decimal
    }

    /// Whether the text contains at least one letter.
    static func containsLetter<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Whether the text contains a decimal digit.
    static func containsDigit<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.contains { $0.properties.numericType == .decimal }
    }

    /// A word reduced for dictionary look-ups: lower-cased, typographic apostrophes made
    /// ASCII, and leading/trailing punctuation removed (the symbol `©` is kept).
    static func normalisedWord<S: StringProtocol>(_ word: S) -> String {
        let lowered = word.lowercased().replacingApostrophes()
        let kept: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "©" }
        guard let first = lowered.firstIndex(where: kept), let last = lowered.lastIndex(where: kept) else {
            return ""
        }
        return String(lowered[first...last])
    }

    /// Whether the word is an abbreviation made of single capital letters and periods, such
    /// as "U.S." or "D.C.".
    static func isInitialism<S: StringProtocol>(_ word: S) -> Bool {
        let characters = Array(word)
        guard characters.count >= 2, characters.count % 2 == 0 else { return false }
        for (offset, character) in characters.enumerated() {
            if offset % 2 == 0 {
                guard character.isUppercase else { return false }
            } else {
                guard character == "." else { return false }
            }
        }
        return true
    }
}

extension String {
    /// The string with U+2019 and U+2018 replaced by an ASCII apostrophe.
    func replacingApostrophes() -> String {
        guard contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) else { return self }
        return String(map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })
    }
}
