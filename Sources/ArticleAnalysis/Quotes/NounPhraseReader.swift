/// Reads speakers' noun phrases around cues. Every walk is bounded (at most a dozen tokens).
struct NounPhraseReader {
    /// The block's tokens and scalars.
    let text: TokenText

    private var tokens: [TextToken] { text.tokens }

    /// Whether the word at `index` may sit inside a speaker's description although it is
    /// lower case: a role, document or organization noun, "side", or a hyphenated modifier
    /// ("state-run").
    private func isDescriptionWord(_ index: Int) -> Bool {
        let token = tokens[index]
        let key = token.key
        return token.has(TextToken.hyphenated) || NameLexicon.roles.contains(key) || NameLexicon.documents.contains(key)
            || NameLexicon.organizations.contains(key) || key == NameLexicon.side
    }

    private func isCue(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isLowercaseWord || text.isHeadline else { return false }
        return CueLexicon.info(token.key) != nil || token.key == CueLexicon.Keys.according
    }

    /// The phrase that ends at token `end` and starts no earlier than `lower` (the subject of
    /// a cue: "Lin", "the report", "Norland Foreign Ministry spokesperson Lin Meiyu",
    /// "The official Valmont Press Agency (VPA)"). An appositive between commas is
    /// skipped when a name stands before it ("Lin, the ministry's spokesman,").
    func backward(end: Int, lower: Int, sentenceStart: Int, allowAppositive: Bool = true) -> NounPhrase? {
        guard end >= lower, end < tokens.count else { return nil }
        var last = end
        if tokens[last].isPunct(")") {
            var open = last - 1
            while open >= lower, open > last - 8, !tokens[open].isPunct("(") { open -= 1 }
            guard open > lower, tokens[open].isPunct("(") else { return nil }
            last = open - 1
        }
        let token = tokens[last]
        if token.isPunct(",") {
            guard allowAppositive else { return nil }
            return beforeAppositives(comma: last, lower: lower, sentenceStart: sentenceStart)
        }
        guard token.kind == .word || token.kind == .number else { return nil }
        // "the 34-year-old mother of three": "of" and a count after the head noun.
        if last - 2 >= lower, tokens[last - 1].isLowercaseWord, tokens[last - 1].key == NameLexicon.of,
           token.kind == .number || NameLexicon.countWords.contains(token.key) && token.isLowercaseWord,
           let head = backward(end: last - 2, lower: lower, sentenceStart: sentenceStart, allowAppositive: false),
           head.last == last - 2, tokens[last - 2].isLowercaseWord, !NameLexicon.pronouns.contains(tokens[last - 2].key) {
            return NounPhrase(first: head.first, last: last)
        }
        guard token.kind == .word else { return nil }
        if NameLexicon.pronouns.contains(token.key), token.isLowercaseWord || last == sentenceStart || text.isHeadline
            || NameLexicon.firstPersonSingular.contains(token.key) {
            return NounPhrase(first: last, last: last)
        }
        var index = last
        var first = last + 1
        while index >= lower, last - index < 12 {
            let current = tokens[index]
            if current.kind == .number, index < last {
                first = index
                index -= 1
                continue
            }
            if index < last, text.isNickname(index) {
                index -= 1  // `Marta "Tess" Holm`
                continue
            }
            guard current.kind == .word else { break }
            if text.isNameWord(index, sentenceStart: sentenceStart) {
                if NameLexicon.determiners.contains(current.key) && !text.isHeadline && !text.isInitial(index) { break }
                first = index
                index -= 1
                continue
            }
            let key = current.key
            if NameLexicon.determiners.contains(key) {
                first = index
                break
            }
            if NameLexicon.pronouns.contains(key) || isCue(index) { break }
            if text.isConnector(index, lower: lower, upper: last + 1, sentenceStart: sentenceStart) {
                first = index
                index -= 1
                continue
            }
            if NameLexicon.stops.contains(key) { break }
            if isDescriptionWord(index) || determinerWithin(3, before: index, lower: lower) {
                first = index
                index -= 1
                continue
            }
            break
        }
        guard first <= last else { return nil }
        if NameLexicon.determiners.contains(tokens[last].key) && tokens[last].isLowercaseWord { return nil }
        return NounPhrase(first: first, last: last)
    }

    /// The name before up to three comma-separated descriptions ending at the comma `comma`:
    /// "Lin, the ministry's spokesman, said"; "Michael Mulgrew, president of the teachers'
    /// union, which represents the city's teachers, said". A person's name is preferred to an
    /// organization's ("the United Federation of Teachers" in the second example).
    private func beforeAppositives(comma: Int, lower: Int, sentenceStart: Int) -> NounPhrase? {
        var boundary = comma
        var found: NounPhrase?
        var segments = 0
        while segments < 3 {
            // The description may be the name itself: "editorial director, Rachel Giese, said".
            if boundary - 1 > lower, let inner = backward(end: boundary - 1, lower: lower, sentenceStart: sentenceStart, allowAppositive: false),
               inner.first > lower, tokens[inner.first - 1].isPunct(","), segments == 0 {
                let description = describe(inner, sentenceStart: sentenceStart)
                if description.head == .name, description.nameKind == .person, inner.first == inner.last || description.name?.first == inner.first {
                    return inner
                }
            }
            var previous = boundary - 1
            while previous > lower, previous > comma - 40 {
                let candidate = tokens[previous]
                if candidate.kind == .quote
                    || (candidate.kind == .punct && ScalarClass.isTerminal(Unicode.Scalar(UInt32(truncatingIfNeeded: candidate.key)) ?? " ")) {
                    return found
                }
                if candidate.isPunct(",") { break }
                previous -= 1
            }
            guard previous > lower, tokens[previous].isPunct(",") else { return found }
            if let phrase = backward(end: previous - 1, lower: lower, sentenceStart: sentenceStart, allowAppositive: false) {
                let description = describe(phrase, sentenceStart: sentenceStart)
                if description.head == .name {
                    if description.nameKind == .person || description.nameKind == .unknown { return phrase }
                    if found == nil { found = phrase }
                }
            }
            boundary = previous
            segments += 1
        }
        return found
    }

    /// Whether a determiner stands within `distance` words before `index`, with only plain
    /// words between ("a senior administration official"); a possessive name counts as one
    /// ("Scott's family").
    private func determinerWithin(_ distance: Int, before index: Int, lower: Int) -> Bool {
        var probe = index - 1
        while probe >= lower, probe >= index - distance {
            let token = tokens[probe]
            guard token.kind == .word || token.kind == .number else { return false }
            if NameLexicon.determiners.contains(token.key) { return true }
            if token.has(TextToken.possessive) && text.isNameWord(probe, sentenceStart: -1) { return true }
            if NameLexicon.stops.contains(token.key) || isCue(probe) || NameLexicon.pronouns.contains(token.key) { return false }
            probe -= 1
        }
        return false
    }

    /// The phrase that starts at token `start` and ends before `upper` (a speaker after an
    /// inverted cue, "said Norland Foreign Ministry spokesperson Lin Meiyu", after
    /// "according to", or a subject after a quotation, "the report said").
    func forward(start: Int, upper: Int, sentenceStart: Int) -> NounPhrase? {
        guard start < upper, start < tokens.count else { return nil }
        let token = tokens[start]
        // A number may open the phrase: "said 9/11 widow Nora Quill" (the loop checks a name follows).
        guard token.kind == .word || token.kind == .number else { return nil }
        if NameLexicon.pronouns.contains(token.key), token.isLowercaseWord || start == sentenceStart || text.isHeadline
            || NameLexicon.firstPersonSingular.contains(token.key) {
            return NounPhrase(first: start, last: start)
        }
        var index = start
        var sawDeterminer = false
        var plainWords = 0
        var last = start - 1
        while index < upper, index - start < 12 {
            let current = tokens[index]
            if current.kind == .number {
                // "9/11": one number.
                if index + 2 < upper, tokens[index + 1].isPunct("/"), tokens[index + 2].kind == .number,
                   tokens[index + 1].start == current.end, tokens[index + 2].start == tokens[index + 1].end {
                    index += 2
                }
                // "the two men"; "9/11 widow Terry Strada".
                guard sawDeterminer || (plainWords < 4 && nameFollows(index + 1, upper: upper, sentenceStart: sentenceStart)) else { break }
                if !sawDeterminer { plainWords += 1 }
                last = index
                index += 1
                continue
            }
            if last >= start, text.isNickname(index) {
                index += 1  // `Marta "Tess" Holm`
                continue
            }
            guard current.kind == .word else { break }
            if isCue(index) { break }
            if text.isNameWord(index, sentenceStart: sentenceStart) {
                last = index
                index += 1
                if current.has(TextToken.possessive) && (index >= upper || !text.isNameWord(index, sentenceStart: sentenceStart)) {
                    guard isDescriptionAhead(index, upper) else { break }
                    // "Obama's former campaign strategist": the possessive name works like a
                    // determiner; up to three plain words may come before the head.
                    sawDeterminer = true
                }
                continue
            }
            let key = current.key
            if index == start && NameLexicon.determiners.contains(key) {
                sawDeterminer = true
                last = index
                index += 1
                continue
            }
            if text.isConnector(index, lower: start, upper: upper, sentenceStart: sentenceStart) {
                last = index
                index += 1
                continue
            }
            if NameLexicon.stops.contains(key) || NameLexicon.pronouns.contains(key) { break }
            if isDescriptionWord(index) {
                last = index
                index += 1
                continue
            }
            // "a readout issued by …": the participle starts a description of the document.
            if last >= start, NameLexicon.documents.contains(tokens[last].key), text.wordEnds(index, with: "ed") { break }
            // "The Ruiz campaign recycled a statement": a past-tense verb after the head noun
            // ends the phrase.
            if last > start, tokens[last].isLowercaseWord, isDescriptionWord(last), text.wordEnds(index, with: "ed") { break }
            // "the Harbour Council issued a statement", "the letter reads": a verb after a name
            // or a document ends the phrase.
            if last > start, text.isNameWord(last, sentenceStart: sentenceStart), text.wordEnds(index, with: "ed") { break }
            if last >= start, NameLexicon.documents.contains(tokens[last].key), CueLexicon.documentVerbs.contains(key) { break }
            if sawDeterminer && plainWords < 3 && !text.wordEnds(index, with: "ing") {
                plainWords += 1
                last = index
                index += 1
                continue
            }
            // Lower-case modifiers before a name: "panel Chairman Rep. Jason Chaffetz"; after an
            // organization's name when a role comes before the person's ("Harbour Council press
            // officer Nora Quill").
            // A number before them counts like a modifier ("9/11 widow Nora Quill", "34-year-old
            // mother Ana Ruiz").
            if !sawDeterminer, plainWords < 4,
               last < start || tokens[last].isLowercaseWord || tokens[last].kind == .number || roleBeforeName(index, upper: upper),
               !CueLexicon.Keys.quotedForms.contains(key), nameFollows(index + 1, upper: upper, sentenceStart: sentenceStart) {
                plainWords += 1
                last = index
                index += 1
                continue
            }
            break
        }
        guard last >= start else { return nil }
        if NameLexicon.determiners.contains(tokens[last].key) && tokens[last].isLowercaseWord { return nil }
        return NounPhrase(first: start, last: last)
    }

    /// Whether the lower-case words from `index` hold a role of ``NameLexicon/roles`` before
    /// the next name word, at most three words on ("press officer Nora Quill").
    private func roleBeforeName(_ index: Int, upper: Int) -> Bool {
        var probe = index
        while probe < upper, probe < index + 3, tokens[probe].isLowercaseWord {
            if NameLexicon.roles.contains(tokens[probe].key) { return true }
            probe += 1
        }
        return false
    }

    /// Whether a name comes at `index` after at most three more plain lower-case words
    /// ("conservative talk radio host Rush Limbaugh").
    private func nameFollows(_ index: Int, upper: Int, sentenceStart: Int) -> Bool {
        var probe = index
        while probe < upper, probe < index + 4 {
            if text.isNameWord(probe, sentenceStart: sentenceStart) { return true }
            let token = tokens[probe]
            guard token.isLowercaseWord, !NameLexicon.stops.contains(token.key), !isCue(probe),
                  !NameLexicon.pronouns.contains(token.key) else { return false }
            probe += 1
        }
        return false
    }

    /// The source written after a document's phrase: "a readout issued by the Velarian
    /// Foreign Ministry", "a statement from Norrland Freight".
    func documentSource(after phrase: NounPhrase, upper: Int, sentenceStart: Int) -> NounPhrase? {
        var next = phrase.last + 1
        if next < upper, tokens[next].isLowercaseWord, text.wordEnds(next, with: "ed") { next += 1 }
        guard next + 1 < upper, tokens[next].isLowercaseWord, NameLexicon.documentAgents.contains(tokens[next].key),
              let source = forward(start: next + 1, upper: upper, sentenceStart: sentenceStart) else { return nil }
        return describe(source, sentenceStart: sentenceStart).head == .name ? source : nil
    }

    /// Whether a role, document or organization noun, or a noun of relation after the
    /// possessive (``NameLexicon/relations``: "Scott's niece"), follows at `index`, after at
    /// most two plain lower-case words ("former campaign strategist", "chief engineer").
    private func isDescriptionAhead(_ index: Int, _ upper: Int) -> Bool {
        var probe = index
        while probe < upper, probe <= index + 2, tokens[probe].isLowercaseWord {
            if isDescriptionWord(probe) || NameLexicon.relations.contains(tokens[probe].key) { return true }
            let key = tokens[probe].key
            if NameLexicon.stops.contains(key) || NameLexicon.pronouns.contains(key) || NameLexicon.determiners.contains(key)
                || isCue(probe) {
                return false
            }
            probe += 1
        }
        return false
    }

    /// Reads `phrase`: its head, its name part, whether it is definite.
    func describe(_ phrase: NounPhrase, sentenceStart: Int) -> SpeakerDescription {
        let last = phrase.last
        let lastToken = tokens[last]
        let firstKey = tokens[phrase.first].key
        let hasPossessive = (phrase.first..<last).contains { tokens[$0].has(TextToken.possessive) }
        let definite = (NameLexicon.definiteDeterminers.contains(firstKey) || hasPossessive) && phrase.first < last
        if phrase.first == last, lastToken.kind == .word, NameLexicon.pronouns.contains(lastToken.key),
           lastToken.isLowercaseWord || last == sentenceStart || text.isHeadline || NameLexicon.firstPersonSingular.contains(lastToken.key) {
            return SpeakerDescription(
                phrase: phrase, head: .pronoun(lastToken.key), name: nil, nameKind: .unknown, headKey: lastToken.key,
                definite: true)
        }
        if text.isNameWord(last, sentenceStart: sentenceStart) {
            var runFirst = last
            while runFirst > phrase.first {
                let previous = runFirst - 1
                if text.isNameWord(previous, sentenceStart: sentenceStart), !tokens[previous].has(TextToken.possessive) {
                    runFirst = previous
                } else if text.isConnector(previous, lower: phrase.first, upper: last + 1, sentenceStart: sentenceStart) {
                    runFirst = previous
                } else if previous > phrase.first, text.isNickname(previous) {
                    runFirst = previous - 1  // `Marta "Tess" Holm`
                } else {
                    break
                }
            }
            let run = NameRun(text, first: runFirst, last: last, sentenceStart: sentenceStart)
            guard let nameFirst = run.first else {
                // Only titles: "the President", "the Secretary of State".
                return SpeakerDescription(
                    phrase: phrase, head: .role, name: nil, nameKind: .person, headKey: run.title ?? lastToken.key,
                    definite: definite)
            }
            var kind = run.kind
            if kind == .unknown, runFirst > phrase.first, NameLexicon.roles.contains(tokens[runFirst - 1].key),
               tokens[runFirst - 1].isLowercaseWord {
                kind = .person  // "press secretary Tom Bell", "spokesperson Lin"
            }
            return SpeakerDescription(
                phrase: phrase, head: .name, name: NounPhrase(first: nameFirst, last: run.last), nameKind: kind,
                headKey: tokens[run.last].key, definite: definite)
        }
        let key = lastToken.key
        let head: SpeakerHead
        if key == NameLexicon.side {
            head = .side
        } else if NameLexicon.documents.contains(key) {
            head = .document
        } else if NameLexicon.organizations.contains(key) {
            head = .organization
        } else if NameLexicon.roles.contains(key) {
            head = .role
        } else {
            head = .other
        }
        // A capitalised modifier right before the head: "State Department" readout.
        var name: NounPhrase?
        var nameKind = NameKind.unknown
        var possessiveModifier = false
        if last > phrase.first, text.isNameWord(last - 1, sentenceStart: sentenceStart) {
            let modifierLast = last - 1
            possessiveModifier = tokens[modifierLast].has(TextToken.possessive)
            var modifierFirst = modifierLast
            while modifierFirst > phrase.first {
                let previous = modifierFirst - 1
                if text.isNameWord(previous, sentenceStart: sentenceStart) && !tokens[previous].has(TextToken.possessive) {
                    modifierFirst = previous
                } else if text.isConnector(previous, lower: phrase.first, upper: modifierLast + 1, sentenceStart: sentenceStart) {
                    modifierFirst = previous
                } else {
                    break
                }
            }
            let run = NameRun(text, first: modifierFirst, last: modifierLast, sentenceStart: sentenceStart)
            if let runFirst = run.first {
                name = NounPhrase(first: runFirst, last: modifierLast)
                nameKind = run.kind
            }
        }
        return SpeakerDescription(
            phrase: phrase, head: head, name: name, nameKind: nameKind, headKey: key,
            definite: definite || possessiveModifier)
    }
}
