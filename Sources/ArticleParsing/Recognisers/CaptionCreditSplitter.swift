/// Splits a photo credit off the end of a caption.
///
/// Two kinds of credit are recognised (general conventions of news captions, not any one
/// site's wording):
///
/// 1. **Labelled** (``split(_:allowUnlabelled:)`` always tries these): a label —
///    "Photo:", "Photograph:", "Photo credit:", "Image:", "Picture:", "Credit:", "Photo by",
///    "Photograph by", "Image by", "Picture by" — near the end, followed by a short credit;
///    also a final parenthesis holding a label or an agency form ("(Photo: Ana Ruiz)",
///    "(AP Photo/Ana Ruiz)", "(Ana Ruiz/Getty Images)"). The label is not part of the credit.
///    A capitalized label may follow a letter directly ("…the harbourImage: Ana Ruiz"),
///    which is how some exports glue the two together.
/// 2. **Unlabelled** (only when `allowUnlabelled`, i.e. for a caption the parser already
///    knows is one): the fragment after the caption's last sentence end, when it has no
///    sentence punctuation of its own and looks like a name: 1–8 words, capitalized apart
///    from particles (of, and, de, van, via, …), no digits, no quotation marks, at most 80
///    scalars. Agency forms with "/" ("AP Photo/Ana Ruiz", "Ana Ruiz/Reuters") may end with a
///    period. "… at the harbour. Coastline Press Agency" has the credit "Coastline Press
///    Agency", and so has "… at the harbour. (Coastline Press Agency)"; a caption without a sentence end before the fragment has no credit.
///
/// Only the last 300 scalars of a caption are examined, so splitting costs the same for any
/// caption length. A trailing period on a credit is dropped.
package enum CaptionCreditSplitter {
    static let window = 300
    static let maximumCreditLength = 80
    static let maximumCreditWords = 8

    /// Labels, lower-cased, longest first so "photo credit:" wins over "credit:".
    static let labels = [
        "photograph by", "photography by", "photo credit:", "photograph:", "picture by",
        "image by", "photo by", "picture:", "credit:", "photo:", "image:", "pictures:", "photos:",
    ]
    static let particles: Set<String> = [
        "of", "and", "&", "for", "the", "de", "del", "della", "der", "den", "van", "von", "da",
        "di", "du", "la", "le", "al", "bin", "y", "via", "by", "at", "/", "-", "|",
    ]

    /// A caption split into text and credit.
    package struct Result: Equatable {
        /// The caption without its credit.
        package var text: String
        /// The credit without its label, or `nil`.
        package var credit: String?
    }

    /// Splits `caption` (trimmed) into its text and credit as described on the type.
    /// Returns the caption unchanged with a `nil` credit when no credit is recognised.
    /// Without `allowUnlabelled` (a paragraph that is only a caption if it carries a credit),
    /// labels must also be written with a capital.
    package static func split(_ caption: String, allowUnlabelled: Bool) -> Result {
        let trimmed = caption.trimmingWhitespace()
        // Work on the tail only; `head` is everything before it, untouched.
        var tailStart = trimmed.unicodeScalars.endIndex
        var scalars = 0
        while tailStart > trimmed.unicodeScalars.startIndex && scalars < window {
            tailStart = trimmed.unicodeScalars.index(before: tailStart)
            scalars += 1
        }
        let tailIndex = String.Index(tailStart, within: trimmed) ?? trimmed.startIndex
        let head = trimmed[..<tailIndex]
        let tail = trimmed[tailIndex...]

        let requireCapital = !allowUnlabelled
        if let (textEnd, credit) = (tail.hasSuffix(")") ? parenthesised(tail) : nil)
            ?? labelled(tail, requireCapital: requireCapital) {
            let text = (head + tail[..<textEnd]).trimmingSeparators()
            if !text.isEmpty { return Result(text: text, credit: credit) }
        }
        if allowUnlabelled, let (textEnd, credit) = unlabelled(tail) {
            return Result(text: String(head + tail[..<textEnd]).trimmingWhitespace(), credit: credit)
        }
        return Result(text: trimmed, credit: nil)
    }

    /// A final "( … )" holding a labelled or agency-form credit.
    static func parenthesised(_ tail: Substring) -> (String.Index, String)? {
        guard tail.hasSuffix(")"), let open = tail.lastIndex(of: "(") else { return nil }
        let inner = tail[tail.index(after: open)..<tail.index(before: tail.endIndex)].trimmingWhitespace()
        let lower = inner.lowercased()
        if let label = labels.first(where: { lower.hasPrefix($0) }) {
            let credit = cleanCredit(inner.dropFirst(label.count))
            guard let credit, isShortCredit(credit) else { return nil }
            return (open, credit)
        }
        guard hasAgencyForm(inner), isNameLike(inner) else { return nil }
        return (open, inner)
    }

    /// The labels as ASCII bytes.
    static let labelBytes: [[UInt8]] = labels.map { Array($0.utf8) }

    /// The last label in the tail that is followed by a short credit to the end. With
    /// `requireCapital`, only labels written with a capital ("Photo:", not "photo:") count.
    /// Searches the UTF-8 bytes, comparing ASCII case-insensitively.
    static func labelled(_ tail: Substring, requireCapital: Bool) -> (String.Index, String)? {
        let bytes = Array(tail.utf8)
        // Every label ends with ":" or contains "by"; most paragraphs have neither.
        guard bytes.contains(0x3A) || containsBy(bytes) else { return nil }
        var best: (offset: Int, length: Int)?
        for label in labelBytes {
            var start = bytes.count - label.count
            while start >= 0 {
                if matches(bytes, at: start, label), atLabelBoundary(bytes, offset: start),
                   !requireCapital || (bytes[start] >= 0x41 && bytes[start] <= 0x5A) {
                    break
                }
                start -= 1
            }
            if start >= 0, best.map({ start > $0.offset }) ?? true {
                best = (start, label.count)
            }
        }
        guard let best else { return nil }
        let labelIndex = tail.utf8.index(tail.startIndex, offsetBy: best.offset)
        let creditStart = tail.utf8.index(labelIndex, offsetBy: best.length)
        guard let credit = cleanCredit(tail[creditStart...]), isShortCredit(credit) else { return nil }
        return (labelIndex, credit)
    }

    private static func containsBy(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        for index in 0..<bytes.count - 1 where bytes[index] | 0x20 == 0x62 && bytes[index + 1] | 0x20 == 0x79 {
            return true
        }
        return false
    }

    /// ASCII case-insensitive match of a lower-case label at `start`.
    private static func matches(_ bytes: [UInt8], at start: Int, _ label: [UInt8]) -> Bool {
        for (offset, expected) in label.enumerated() {
            let byte = bytes[start + offset]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if folded != expected { return false }
        }
        return true
    }

    /// A label counts at the start, after whitespace or punctuation, or — when written with a
    /// capital — straight after a letter.
    private static func atLabelBoundary(_ bytes: [UInt8], offset: Int) -> Bool {
        guard offset > 0 else { return true }
        let labelIsCapitalized = bytes[offset] >= 0x41 && bytes[offset] <= 0x5A
        let before = bytes[offset - 1]
        if before < 0x80 {
            let isAlphanumeric = (before >= 0x30 && before <= 0x39) || (before | 0x20 >= 0x61 && before | 0x20 <= 0x7A)
            return !isAlphanumeric || (labelIsCapitalized && !(before >= 0x30 && before <= 0x39))
        }
        // A non-ASCII scalar: find its first byte and ask whether it is a letter.
        var lead = offset - 1
        while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let scalar = String(decoding: bytes[lead..<offset], as: UTF8.self).unicodeScalars.first
        let isLetter = scalar?.properties.isAlphabetic ?? false
        return !isLetter || labelIsCapitalized
    }

    /// The fragment after the last sentence end, when it looks like a credit.
    static func unlabelled(_ tail: Substring) -> (String.Index, String)? {
        guard let boundary = lastSentenceEnd(in: tail) else { return nil }
        var fragment = tail[boundary...].trimmingWhitespace()
        if fragment.hasSuffix(".") {
            guard hasAgencyForm(fragment) else { return nil }
            fragment = String(fragment.dropLast())
        }
        if fragment.hasPrefix("("), fragment.hasSuffix(")") {
            fragment = String(fragment.dropFirst().dropLast()).trimmingWhitespace()
        }
        guard !fragment.isEmpty, !TextShape.endsWithPunctuation(fragment),
              isShortCredit(fragment), isNameLike(fragment) else { return nil }
        return (boundary, fragment)
    }

    /// The index just past the last sentence end (". ", "?\" ", ".” ", …) that is followed by
    /// more text, or `nil`.
    static func lastSentenceEnd(in text: Substring) -> String.Index? {
        var index = text.endIndex
        var sawText = false
        while index > text.startIndex {
            let previous = text.index(before: index)
            let character = text[previous]
            if character.isWhitespace, sawText {
                // Walk back over closers to a sentence ender.
                var probe = previous
                while probe > text.startIndex {
                    let before = text.index(before: probe)
                    if TextShape.closers.contains(text[before]) {
                        probe = before
                        continue
                    }
                    if TextShape.sentenceEnders.contains(text[before]) {
                        // "J. Doe": a single capital before the period is an initial.
                        let isInitial = before > text.startIndex
                            && text[text.index(before: before)].isUppercase
                            && (text.index(before: before) == text.startIndex
                                || !text[text.index(before: text.index(before: before))].isLetter)
                        if !isInitial { return index }
                    }
                    break
                }
            }
            if !character.isWhitespace { sawText = true }
            index = previous
        }
        return nil
    }

    /// Whether a credit has one of the agency forms: a slash between words, "via", "Getty
    /// Images"-style "Images", or "Photo" inside it.
    static func hasAgencyForm(_ text: String) -> Bool {
        if let answer = asciiHasAgencyForm(text) { return answer }
        let lower = text.lowercased()
        return lower.contains("/") || lower.contains(" via ") || lower.hasPrefix("via ")
            || lower.contains("images") || lower.contains("photo")
    }

    /// ``hasAgencyForm(_:)`` on the bytes of a text that is all ASCII without CR (where
    /// characters are bytes and lower-casing is ASCII folding); `nil` for any other text.
    private static func asciiHasAgencyForm(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
            let count = bytes.count
            func lower(_ index: Int) -> UInt8 {
                let byte = bytes[index]
                return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            func matches(_ start: Int, _ pattern: StaticString) -> Bool {
                let length = pattern.utf8CodeUnitCount
                guard start + length <= count else { return false }
                let pointer = pattern.utf8Start
                for offset in 0..<length where lower(start + offset) != pointer[offset] { return false }
                return true
            }
            if matches(0, "via ") { return true }
            for index in 0..<count {
                switch lower(index) {
                case 0x2F: return true
                case 0x20: if matches(index, " via ") { return true }
                case 0x69: if matches(index, "images") { return true }
                case 0x70: if matches(index, "photo") { return true }
                default: break
                }
            }
            return false
        }
    }

    /// Whether the words look like a name or an agency: capitalized words and particles,
    /// starting with a capitalized word, no digits and no quotation marks.
    static func isNameLike(_ text: String) -> Bool {
        guard !TextShape.containsDigit(text) else { return false }
        if text.contains(where: { TextShape.openingQuotes.contains($0) || $0 == "\u{201D}" }) { return false }
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == "," })
        guard let first = words.first, TextShape.isCapitalized(first) else { return false }
        for word in words where !TextShape.isCapitalized(word) {
            if !particles.contains(word.lowercased()) { return false }
        }
        return true
    }

    /// At most 80 scalars and 8 words (12 with an agency form), with a letter and without a
    /// sentence break inside.
    private static func isShortCredit(_ credit: String) -> Bool {
        if let answer = asciiIsShortCredit(credit) { return answer }
        let words = TextShape.words(credit)
        let wordLimit = hasAgencyForm(credit) ? maximumCreditWords + 4 : maximumCreditWords
        return !words.isEmpty && words.count <= wordLimit
            && credit.hasAtMostScalars(maximumCreditLength)
            && !credit.contains(". ") && TextShape.containsLetter(credit)
    }

    /// ``isShortCredit(_:)`` on the bytes of an all-ASCII text without CR; `nil` otherwise.
    private static func asciiIsShortCredit(_ credit: String) -> Bool? {
        guard let agency = asciiHasAgencyForm(credit) else { return nil }
        var credit = credit
        return credit.withUTF8 { bytes -> Bool in
            var words = 0
            var inWord = false
            var hasLetter = false
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
                if byte == 0x20 && previous == 0x2E { return false }
                if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A { hasLetter = true }
                previous = byte
            }
            let wordLimit = agency ? maximumCreditWords + 4 : maximumCreditWords
            return words > 0 && words <= wordLimit && bytes.count <= maximumCreditLength && hasLetter
        }
    }

    /// Trims a credit and drops one trailing period; `nil` when nothing is left.
    private static func cleanCredit(_ raw: Substring) -> String? {
        var credit = raw.trimmingWhitespace()
        if credit.hasSuffix("."), !(credit.split(separator: " ").last.map(TextShape.isInitialism) ?? false) {
            credit = String(credit.dropLast()).trimmingWhitespace()
        }
        return credit.isEmpty ? nil : credit
    }
}
