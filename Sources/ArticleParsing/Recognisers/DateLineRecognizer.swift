/// Recognises a line that is nothing but a date, possibly with a weekday, a time and an
/// "Updated"/"Published" label: "Friday, January 4, 2019", "June 17, 2021", "4 June 2021",
/// "2021-06-18", "2021-06-18T09:30Z", "18/06/2021", "Updated 3:15 PM EDT, Jun 18, 2021",
/// "Published: Jun. 18, 2021 at 10:02 a.m. ET".
///
/// The rule (general, from how English-language news sites print dates): every token of the
/// line must be a weekday or month name (full or abbreviated), a day number (optionally
/// "4th"), a year (1800–2199), a time ("3:15", "09:30:05"), "am"/"pm"/"a.m."/"p.m.", a
/// time-zone abbreviation (2–5 capitals, optionally "UTC+8"), one of the labels
/// updated/published/posted/last/modified/first/on/at, a numeric date (yyyy-mm-dd,
/// dd/mm/yyyy, dd.mm.yyyy), or separator punctuation; and the line must hold a date core: a
/// month name with a day or a year, or a numeric date. Lines longer than 100 scalars never
/// match.
package enum DateLineRecognizer {
    static let maximumLength = 100

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let labels: Set<String> = [
        "updated", "published", "posted", "last", "modified", "first", "on", "at", "date",
    ]
    static let meridiems: Set<String> = ["am", "pm", "a.m", "p.m"]

    /// Whether the whole line is a date as described on the type.
    package static func isDateLine(_ line: String) -> Bool {
        guard line.hasAtMostScalars(maximumLength), !line.isEmpty else { return false }
        // Every date core needs a digit (a day, a year or a numeric date): an ASCII line
        // without one is never a date line.
        guard mayHoldDigit(line) else { return false }
        var hasMonth = false
        var hasDay = false
        var hasYear = false
        var hasNumericDate = false
        for token in tokens(line) {
            let lower = token.lowercased()
            let bare = lower.hasSuffix(".") ? String(lower.dropLast()) : lower
            if months.contains(bare) {
                hasMonth = true
            } else if weekdays.contains(bare) || labels.contains(bare) || meridiems.contains(bare) {
                continue
            } else if let number = Int(bare), bare.count <= 4 {
                if bare.count == 4 && (1800...2199).contains(number) {
                    hasYear = true
                } else if bare.count <= 2 && (1...31).contains(number) {
                    hasDay = true
                } else {
                    return false
                }
            } else if isOrdinalDay(bare) {
                hasDay = true
            } else if isTime(bare) {
                continue
            } else if isNumericDate(bare) {
                hasNumericDate = true
            } else if isTimeZone(token) {
                continue
            } else {
                return false
            }
        }
        return hasNumericDate || (hasMonth && (hasDay || hasYear))
    }

    /// Whether the line has an ASCII digit or any non-ASCII byte (which might be a digit of
    /// another script).
    private static func mayHoldDigit(_ line: String) -> Bool {
        line.utf8.contains { ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }
    }

    /// Whether `text` holds a month name next to a day number ("June 18", "18 June",
    /// "Sept. 28"). Used for place datelines.
    static func containsMonthAndDay(_ text: Substring) -> Bool {
        let words = tokens(String(text)).map { $0.lowercased() }
        for (index, word) in words.enumerated() {
            let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
            guard months.contains(bare) else { continue }
            let neighbours = [index - 1, index + 1].filter { words.indices.contains($0) }
            if neighbours.contains(where: { isDayNumber(words[$0]) }) { return true }
        }
        return false
    }

    /// Splits a line into tokens: runs of letters, digits and the joiners `.:/-+` inside
    /// them; other punctuation separates and is dropped.
    static func tokens(_ line: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        let joiners: Set<Character> = [".", ":", "/", "-", "+"]
        for character in line {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if joiners.contains(character) && !current.isEmpty {
                current.append(character)
            } else {
                if !current.isEmpty { tokens.append(trimJoiners(current)) }
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(trimJoiners(current)) }
        return tokens.filter { !$0.isEmpty }
    }

    /// Removes trailing joiners except a period after letters ("Jun.", "a.m.").
    private static func trimJoiners(_ token: String) -> String {
        var token = Substring(token)
        while let last = token.last, ":/-+".contains(last) { token = token.dropLast() }
        if token.hasSuffix("."), token.dropLast().last?.isNumber == true { token = token.dropLast() }
        return String(token)
    }

    private static func isDayNumber(_ word: String) -> Bool {
        let bare = word.hasSuffix(".") || word.hasSuffix(",") ? String(word.dropLast()) : word
        if let number = Int(bare), bare.count <= 2 { return (1...31).contains(number) }
        return isOrdinalDay(bare)
    }

    private static func isOrdinalDay(_ word: String) -> Bool {
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            if let number = Int(word.dropLast(2)), word.count <= 4 { return (1...31).contains(number) }
        }
        return false
    }

    /// "3:15", "09:30:05".
    private static func isTime(_ word: String) -> Bool {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return false }
        guard let hour = Int(parts[0]), parts[0].count <= 2, (0...24).contains(hour) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 2 && Int($0).map { (0...59).contains($0) } == true }
    }

    /// "2021-06-18" (optionally "T09:30", "T09:30:00Z", "T09:30+02:00"), "18/06/2021",
    /// "6/18/21", "18.06.2021".
    private static func isNumericDate(_ word: String) -> Bool {
        var word = Substring(word)
        if let t = word.firstIndex(where: { $0 == "t" }) {
            let time = word[word.index(after: t)...]
            word = word[..<t]
            let clock = time.prefix(while: { $0.isNumber || $0 == ":" })
            guard isTime(String(clock)) else { return false }
            let zone = time.dropFirst(clock.count)
            guard zone.isEmpty || zone == "z" || zone.first == "+" || zone.first == "-" else { return false }
        }
        for separator: Character in ["-", "/", "."] {
            let parts = word.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { continue }
            let lengths = parts.map(\.count)
            if separator == "-" { return lengths == [4, 2, 2] }
            return lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2)
        }
        return false
    }

    /// "EDT", "UTC", "ET", "UTC+8" (the token as written, so case counts).
    private static func isTimeZone(_ token: String) -> Bool {
        let letters = token.prefix(while: { $0.isLetter })
        guard (2...5).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isASCII }) else { return false }
        let rest = token.dropFirst(letters.count)
        if rest.isEmpty { return true }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return false }
        return rest.dropFirst().allSatisfy { $0.isNumber || $0 == ":" } && rest.count > 1
    }
}
