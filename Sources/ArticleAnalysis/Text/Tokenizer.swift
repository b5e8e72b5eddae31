/// Splits a block's scalars into ``TextToken``s in one pass, with each quotation stretch as a
/// single token.
enum Tokenizer {
    /// Words that take the period after them (abbreviations), so the period does not end a
    /// sentence: titles, months, company suffixes and a few others. Words with inner dots
    /// (`U.S.`, `a.m.`) and single capitals (initials) take it too.
    static let abbreviations = WordSet([
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
        "adm", "cmdr", "rev", "hon", "st", "jr", "sr", "mt", "ft", "no", "nos", "vs", "etc", "inc",
        "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "messrs", "dept", "est", "approx", "fig", "pp", "vol", "ave", "blvd",
        // Titles: Delegate, Attorney, Superintendent, Detective ("state Del. Ana Ruiz").
        "del", "atty", "supt", "det",
    ])

    /// Tokenizes `scalars`; `parts` are the block's quotation stretches in order, each
    /// becoming one ``TextToken/Kind/quote`` token.
    static func tokenize(_ scalars: [Unicode.Scalar], parts: [QuotePart], into tokens: inout [TextToken]) {
        tokens.removeAll(keepingCapacity: true)
        let count = scalars.count
        var index = 0
        var partIndex = 0
        while index < count {
            let limit = partIndex < parts.count ? parts[partIndex].spanStart : count
            if index >= limit {
                let part = parts[partIndex]
                tokens.append(TextToken(
                    start: Int32(part.spanStart), end: Int32(part.spanEnd), key: 0, kind: .quote, flags: 0,
                    part: Int32(partIndex)))
                index = max(index, part.spanEnd)
                partIndex += 1
                continue
            }
            let scalar = scalars[index]
            if ScalarClass.isWhitespace(scalar) {
                index += 1
                continue
            }
            if ScalarClass.isAlphanumeric(scalar) {
                index = word(scalars, from: index, limit: limit, into: &tokens)
                continue
            }
            if ScalarClass.isDash(scalar) {
                tokens.append(TextToken(start: Int32(index), end: Int32(index + 1), key: 0, kind: .dash, flags: 0, part: -1))
                index += 1
                continue
            }
            if scalar == "-" {
                if index + 1 < limit, scalars[index + 1] == "-" {
                    var end = index + 2
                    while end < limit, scalars[end] == "-" { end += 1 }
                    tokens.append(TextToken(start: Int32(index), end: Int32(end), key: 0, kind: .dash, flags: 0, part: -1))
                    index = end
                    continue
                }
                let spaceBefore = index == 0 || ScalarClass.isWhitespace(scalars[index - 1])
                let spaceAfter = index + 1 >= count || ScalarClass.isWhitespace(scalars[index + 1])
                if spaceBefore && spaceAfter {
                    tokens.append(TextToken(start: Int32(index), end: Int32(index + 1), key: 0, kind: .dash, flags: 0, part: -1))
                    index += 1
                    continue
                }
            }
            tokens.append(TextToken(
                start: Int32(index), end: Int32(index + 1), key: UInt64(scalar.value), kind: .punct, flags: 0, part: -1))
            index += 1
        }
    }

    /// Reads one word or number starting at `start` (an alphanumeric scalar), appends it and
    /// returns the offset after it.
    private static func word(_ scalars: [Unicode.Scalar], from start: Int, limit: Int, into tokens: inout [TextToken]) -> Int {
        var index = start
        var key = WordKey.empty
        var letters = 0
        var uppers = 0
        var flags: UInt8 = 0
        var innerPeriod = false
        let first = scalars[start]
        let isNumber = ScalarClass.isDigit(first)
        if ScalarClass.isUppercase(first) { flags |= TextToken.capitalized }
        while index < limit {
            let scalar = scalars[index]
            let value = scalar.value
            if value < 0x80 {
                // ASCII fast path: letters and digits.
                let folded = value | 0x20
                if folded >= 0x61 && folded <= 0x7A {
                    letters += 1
                    if value < 0x61 { uppers += 1 }
                    key = WordKey.adding(folded: folded, to: key)
                    index += 1
                    continue
                }
                if value >= 0x30 && value <= 0x39 {
                    key = WordKey.adding(folded: value, to: key)
                    index += 1
                    continue
                }
            } else if ScalarClass.isAlphanumeric(scalar) {
                if ScalarClass.isLetter(scalar) {
                    letters += 1
                    if ScalarClass.isUppercase(scalar) { uppers += 1 }
                }
                key = WordKey.adding(scalar, to: key)
                index += 1
                continue
            }
            guard index > start, index + 1 < limit, ScalarClass.isAlphanumeric(scalars[index + 1]) else { break }
            if ScalarClass.isApostrophe(scalar) {
                let next = scalars[index + 1]
                if (next == "s" || next == "S") && (index + 2 >= scalars.count || !ScalarClass.isAlphanumeric(scalars[index + 2])) {
                    flags |= TextToken.possessive
                    index += 2
                    break
                }
            } else if value == 0x2D || value == 0x2010 || value == 0x2011 {
                flags |= TextToken.hyphenated
                // "al-Assad", "bin-Salman": a lower-case particle before a capitalised name.
                if ScalarClass.isUppercase(scalars[index + 1]) && index - start <= 3 { flags |= TextToken.capitalized }
            } else if value == 0x2E {
                guard ScalarClass.isLetter(scalars[index - 1]) else { break }
                innerPeriod = true
            } else if value == 0x2C || value == 0x3A {
                // 1,000 and 10:30
                guard isNumber, ScalarClass.isDigit(scalars[index - 1]), ScalarClass.isDigit(scalars[index + 1]) else { break }
            } else if value == 0x26 {
                // AT&T
                guard ScalarClass.isUppercase(scalars[index - 1]) else { break }
            } else {
                break
            }
            key = WordKey.adding(scalar, to: key)
            index += 1
        }
        // Plural possessive: "Workers' Party".
        if index < limit, index > start, ScalarClass.isApostrophe(scalars[index]),
           scalars[index - 1] == "s" || scalars[index - 1] == "S",
           index + 1 >= scalars.count || !ScalarClass.isAlphanumeric(scalars[index + 1]) {
            flags |= TextToken.pluralPossessive
            index += 1
        } else if index < limit, scalars[index] == ".", flags & TextToken.possessive == 0 {
            if innerPeriod || (letters == 1 && uppers == 1 && index - start == 1) || Tokenizer.abbreviations.contains(key) {
                flags |= TextToken.endsWithPeriod
                index += 1
            }
        }
        if letters >= 2 && uppers == letters { flags |= TextToken.allCaps }
        tokens.append(TextToken(
            start: Int32(start), end: Int32(index), key: key, kind: isNumber ? .number : .word, flags: flags, part: -1))
        return index
    }
}
