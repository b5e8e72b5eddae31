/// A block's tokens and scalars, with the helpers that read words and names from them.
struct TokenText {
    /// The block's scalars.
    let scalars: [Unicode.Scalar]
    /// The block's tokens (see ``Tokenizer``).
    let tokens: [TextToken]
    /// Whether the block is a headline (title case: capitals say nothing about names, and
    /// capitalised cue words count).
    let isHeadline: Bool

    /// One past the last scalar of the word at `index` without a possessive ending.
    @inline(__always)
    func wordEnd(_ index: Int) -> Int {
        let token = tokens[index]
        var end = Int(token.end)
        if token.has(TextToken.possessive) {
            end -= 2
        } else if token.has(TextToken.pluralPossessive) {
            end -= 1
        }
        return end
    }

    /// The text of tokens `first...last` as written (possessive ending of the last dropped).
    func text(_ first: Int, _ last: Int) -> String {
        let start = Int(tokens[first].start)
        let end = wordEnd(last)
        guard end > start else { return "" }
        return ScalarText.string(scalars, start..<end)
    }

    /// Where the sentence really starts after a dateline ("VALMONT, Norland (VPA) — …"): the
    /// token after the dash when the sentence opens with a word in capitals and a dash
    /// follows within ten tokens; else `start`.
    func afterDateline(_ start: Int, upper: Int) -> Int {
        guard start < upper, tokens[start].kind == .word, tokens[start].has(TextToken.allCaps),
              tokens[start].end - tokens[start].start >= 3 else { return start }
        var index = start + 1
        while index < upper, index <= start + 10 {
            if tokens[index].kind == .dash { return index + 1 }
            if tokens[index].kind == .quote { return start }
            index += 1
        }
        return start
    }

    /// The range of tokens `first...last` in the block, in scalars.
    func range(_ first: Int, _ last: Int, block: Int) -> (start: Int, end: Int) {
        (Int(tokens[first].start), max(Int(tokens[first].start), wordEnd(last)))
    }

    /// Whether the word at `index` ends with `suffix` (ASCII, lower case) and is longer than
    /// it by at least two letters.
    func wordEnds(_ index: Int, with suffix: StaticString) -> Bool {
        let token = tokens[index]
        // The suffix's bytes are its scalars (ASCII): compared without making an array.
        let count = suffix.utf8CodeUnitCount
        let length = Int(token.end - token.start)
        guard token.kind == .word, length >= count + 2 else { return false }
        let bytes = suffix.utf8Start
        var offset = Int(token.end) - count
        for position in 0..<count {
            let value = scalars[offset].value | 0x20
            if value != UInt32(bytes[position]) { return false }
            offset += 1
        }
        return true
    }

    /// Whether the quotation token at `index` is a nickname inside a person's name (`Marta
    /// "Tess" Holm`, `Jan "the Hammer" Holt`): at most 24 scalars with its marks, between a
    /// capitalised word (no possessive) and a capitalised word. Such a quotation ends no
    /// attribution window and belongs to the name around it.
    func isNickname(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].kind == .quote, tokens[index].end - tokens[index].start <= 24 else {
            return false
        }
        let before = tokens[index - 1]
        let after = tokens[index + 1]
        return before.isCapitalizedWord && !before.has(TextToken.possessive) && after.isCapitalizedWord
    }

    /// The text of tokens `first...last` as written, without a nickname inside it ("Marta
    /// "Tess" Holm" → "Marta Holm").
    func nameText(_ first: Int, _ last: Int) -> String {
        guard last > first + 1, let nickname = (first + 1..<last).first(where: { isNickname($0) }) else { return text(first, last) }
        return text(first, nickname - 1) + " " + nameText(nickname + 1, last)
    }

    /// Whether the lower-case word at `index` is an adverb in "-ly" ("later", "publicly"),
    /// not one of the nouns and adjectives that end the same way ("family", "rally").
    func isAdverb(_ index: Int) -> Bool {
        tokens[index].isLowercaseWord && wordEnds(index, with: "ly") && !NameLexicon.lyWords.contains(tokens[index].key)
    }

    /// Whether the word with `key` is a function word, pronoun or cue (never a name, even in
    /// capitals).
    func isCommonWord(_ key: UInt64) -> Bool {
        NameLexicon.stops.contains(key) || NameLexicon.pronouns.contains(key) || NameLexicon.objectPronouns.contains(key)
            || NameLexicon.determiners.contains(key) || CueLexicon.info(key) != nil
    }

    /// Whether the capitalised word at `index` is an ordinary word that is capitalised only
    /// because it starts the sentence at `sentenceStart` ("The", "Officials", "Discussing").
    func isCommonSentenceStart(_ index: Int, sentenceStart: Int) -> Bool {
        guard index == sentenceStart, tokens[index].kind == .word else { return false }
        let key = tokens[index].key
        if NameLexicon.sentenceStarters.contains(key) || NameLexicon.determiners.contains(key)
            || NameLexicon.pronouns.contains(key) || NameLexicon.roles.contains(key)
            || NameLexicon.documents.contains(key) || NameLexicon.organizations.contains(key)
            || NameLexicon.stops.contains(key) || CueLexicon.info(key) != nil {
            return true
        }
        guard wordEnds(index, with: "ing") || wordEnds(index, with: "ly"), !NameLexicon.namesLikeAdverbs.contains(key) else {
            return false
        }
        // "Manning said", "Kelly Ortiz told": a word followed by its cue is the subject.
        if index + 1 < tokens.count, tokens[index + 1].isLowercaseWord, CueLexicon.info(tokens[index + 1].key) != nil {
            return false
        }
        return true
    }

    /// Whether the first letter inside the quotation token at `index` is a capital ("As I
    /// have stated …", "[T]his …").
    func quoteStartsWithCapital(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .quote else { return false }
        var offset = Int(token.start)
        while offset < Int(token.end), offset < scalars.count {
            let scalar = scalars[offset]
            if ScalarClass.isLetter(scalar) { return ScalarClass.isUppercase(scalar) }
            if ScalarClass.isAlphanumeric(scalar) { return false }
            offset += 1
        }
        return false
    }

    /// Whether the word at `index` is an initial written with a period ("A.", "I." in "Wayne
    /// A. I. Frederick"): one capital letter and a period, between capitalised words.
    func isInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.has(TextToken.endsWithPeriod), token.end - token.start <= 2,
              index > 0, index + 1 < tokens.count, tokens[index + 1].isCapitalizedWord else { return false }
        let previous = tokens[index - 1]
        return previous.kind == .word && (previous.isCapitalizedWord || previous.has(TextToken.allCaps))
    }

    /// Whether the word at `index` counts as capitalised for names: it starts with a capital
    /// (or is an acronym) and is not a sentence-initial ordinary word.
    @inline(__always)
    func isNameWord(_ index: Int, sentenceStart: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.flags & (TextToken.capitalized | TextToken.allCaps) != 0 else { return false }
        if token.has(TextToken.allCaps), isCommonWord(token.key), !isInitial(index) { return false }  // "HAS INVESTIGATED HIM"
        if NameLexicon.weekdays.contains(token.key) || NameLexicon.firstPersonContractions.contains(token.key) { return false }
        return !isCommonSentenceStart(index, sentenceStart: sentenceStart)
    }

    /// Whether the lower-case word at `index` joins the capitalised words around it into one
    /// name ("Ministry of Foreign Affairs", "Secretary of State", "Charles de Gaulle").
    func isConnector(_ index: Int, lower: Int, upper: Int, sentenceStart: Int) -> Bool {
        guard index > lower, index + 1 < upper, tokens[index].isLowercaseWord,
              isNameWord(index - 1, sentenceStart: sentenceStart), isNameWord(index + 1, sentenceStart: sentenceStart),
              !tokens[index - 1].has(TextToken.possessive) else { return false }
        let key = tokens[index].key
        if NameLexicon.connectors.contains(key) {
            return !NameLexicon.timeWords.contains(tokens[index + 1].key)
        }
        // "Institute of Allergy and Infectious Diseases": "and" inside an organization's
        // name, after "of"/"for" and one or two words that follow its head.
        if key == NameLexicon.and, !tokens[index + 1].has(TextToken.allCaps), !NameLexicon.titles.contains(tokens[index + 1].key) {
            for connector in [index - 2, index - 3] where connector - 1 > lower {
                let candidate = tokens[connector]
                if candidate.isLowercaseWord, NameLexicon.titleConnectors.contains(candidate.key), candidate.key != NameLexicon.on,
                   NameLexicon.organizationHeads.contains(tokens[connector - 1].key), tokens[connector - 1].isCapitalizedWord,
                   (connector + 1..<index).allSatisfy({ isNameWord($0, sentenceStart: sentenceStart) }) {
                    return true
                }
            }
            return false
        }
        if NameLexicon.titleConnectors.contains(key) {
            let previous = tokens[index - 1].key
            return NameLexicon.titles.contains(previous) || NameLexicon.organizationHeads.contains(previous)
        }
        return false
    }
}
