/// A run of capitalised words read as a name: titles stripped, split into an organization
/// and a person where a title or an organization's head sits inside the run.
///
/// Examples: "Norland President Ana Ruiz" → person "Ana Ruiz" (title "President");
/// "Norland Labour Party Central Harbour Affairs Commission Director Wen Li" →
/// organization "Norland Labour Party Central Harbour Affairs Commission" and person
/// "Wen Li"; "Secretary of State Mara Holt" → "Mara Holt"; "Valmont Press Agency" →
/// organization; "North Norland" → place.
struct NameRun {
    /// First token of the name (after titles), or `nil` when the run is only titles.
    var first: Int?
    /// Last token of the name.
    var last: Int
    /// What the name names.
    var kind: NameKind
    /// Whether ``kind`` is only a guess from the shape of the words ("Norrland Freight" looks
    /// like a person's name); later evidence may change it.
    var kindIsGuess = false
    /// The key of the last title before the name ("president"), if any.
    var title: UInt64?
    /// An organization written before the title or person inside the run, as token bounds.
    var organization: (first: Int, last: Int)?

    /// Reads the run `first...last` (capitalised words and connectors) of `text`.
    init(_ text: TokenText, first runFirst: Int, last runLast: Int, sentenceStart: Int) {
        var first = runFirst
        let tokens = text.tokens
        while first <= runLast, text.isCommonSentenceStart(first, sentenceStart: sentenceStart) { first += 1 }
        self.last = runLast
        self.title = nil
        self.organization = nil
        guard first <= runLast else {
            self.first = nil
            self.kind = .unknown
            return
        }
        let lastKey = tokens[runLast].key
        if NameLexicon.organizationHeads.contains(lastKey) && !NameLexicon.titles.contains(lastKey) {
            self.first = first
            self.kind = .organization
            return
        }
        // The last title in the run; the name starts after it.
        var titleIndex: Int?
        var index = runLast
        while index >= first {
            let token = tokens[index]
            // A title, or a role written like one before the name ("Actor Denzel Washington").
            if token.kind == .word, token.flags & TextToken.capitalized != 0,
               NameLexicon.titles.contains(token.key) || (index < runLast && NameLexicon.roles.contains(token.key)) {
                titleIndex = index
                break
            }
            index -= 1
        }
        var nameFirst = first
        var personHint = false
        if let titleIndex {
            personHint = true
            title = NameRun.titleKey(text, titleIndex, first: first)
            if titleIndex > first, NameLexicon.organizationHeads.contains(tokens[titleIndex - 1].key) {
                organization = (first, titleIndex - 1)
            }
            nameFirst = titleIndex + 1
            // "Secretary of State Mara Holt": skip the portfolio; "President of Argentina
            // Alberto Fernández": skip the country (two words when it starts like "South Korea").
            if nameFirst <= runLast, tokens[nameFirst].isLowercaseWord, NameLexicon.titleConnectors.contains(tokens[nameFirst].key) {
                nameFirst += 1
                let start = nameFirst
                while nameFirst < runLast, NameLexicon.portfolios.contains(tokens[nameFirst].key) { nameFirst += 1 }
                if nameFirst == start, runLast - nameFirst + 1 >= 3 {
                    nameFirst += NameLexicon.placeFirstWords.contains(tokens[nameFirst].key) && runLast - nameFirst + 1 >= 4 ? 2 : 1
                }
            }
            // Titles written twice ("Vice President Kamala Harris"): skip leading titles.
            while nameFirst <= runLast, NameLexicon.titles.contains(tokens[nameFirst].key), nameFirst < runLast {
                nameFirst += 1
            }
        }
        // An organization's head inside the rest ("… Affairs Liu Xiaoming"): the name follows it.
        var headBeforeConnector = false
        if nameFirst <= runLast {
            var head = runLast - 1
            while head >= nameFirst {
                if NameLexicon.organizationHeads.contains(tokens[head].key) {
                    // "University of California", "Institute for Coastal Study": one name.
                    if tokens[head + 1].isLowercaseWord {
                        headBeforeConnector = true
                    } else {
                        if titleIndex == nil && organization == nil { organization = (nameFirst, head) }
                        nameFirst = head + 1
                        break
                    }
                }
                head -= 1
            }
        }
        // A place written before the name: "United Nations Nikki Haley", "North Norland Ada Kim".
        if titleIndex == nil, runLast - nameFirst + 1 >= 3, NameLexicon.placeLastWords.contains(tokens[nameFirst + 1].key) {
            nameFirst += 2
        }
        guard nameFirst <= runLast else {
            self.first = nil
            self.kind = .unknown
            return
        }
        // An affiliation after a person's name: "Sheldon Yett of UNICEF" is Sheldon Yett.
        var nameLast = runLast
        var connector = nameFirst + 2
        while connector < runLast {
            if tokens[connector].isLowercaseWord {
                if tokens[connector].key == NameLexicon.of,
                   (nameFirst..<connector).allSatisfy({ !NameLexicon.organizationHeads.contains(tokens[$0].key) && tokens[$0].isCapitalizedWord }),
                   NameRun.looksLikePersonName(text, nameFirst, connector - 1) {
                    nameLast = connector - 1
                    personHint = true
                }
                break
            }
            connector += 1
        }
        self.last = nameLast
        self.first = nameFirst
        let runLast = nameLast
        let count = runLast - nameFirst + 1
        if personHint {
            kind = .person
        } else if headBeforeConnector {
            kind = .organization
        } else if count == 1 {
            kind = tokens[runLast].has(TextToken.allCaps) ? .organization : .unknown
        } else if NameLexicon.placeFirstWords.contains(tokens[nameFirst].key)
            || NameLexicon.placeLastWords.contains(tokens[runLast].key) {
            kind = .place
        } else if count <= 4, NameRun.looksLikePersonName(text, nameFirst, runLast) {
            kind = .person
            kindIsGuess = true
        } else {
            kind = .unknown
        }
    }

    /// The key of the title ending at `titleIndex`: the title word, or the pair with the
    /// modifier before it ("Vice President" → "vice president").
    static func titleKey(_ text: TokenText, _ titleIndex: Int, first: Int) -> UInt64 {
        let key = text.tokens[titleIndex].key
        if titleIndex > first, text.tokens[titleIndex - 1].isCapitalizedWord,
           NameLexicon.titleModifiers.contains(text.tokens[titleIndex - 1].key) {
            return WordKey.combining(text.tokens[titleIndex - 1].key, with: key)
        }
        return key
    }

    /// Two to four capitalised words, none of them an acronym, number, connector, time word
    /// or title, the last not an organization's head.
    private static func looksLikePersonName(_ text: TokenText, _ first: Int, _ last: Int) -> Bool {
        for index in first...last {
            let token = text.tokens[index]
            if token.kind != .word || token.flags & TextToken.capitalized == 0 { return false }
            if token.has(TextToken.allCaps) && !token.has(TextToken.endsWithPeriod) { return false }
            if NameLexicon.timeWords.contains(token.key) || NameLexicon.organizationHeads.contains(token.key) {
                return false
            }
            if index < last && token.has(TextToken.possessive) { return false }
        }
        return true
    }
}
