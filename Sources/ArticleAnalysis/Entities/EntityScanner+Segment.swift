import ArticleModel

extension EntityScanner {
    /// Splits the run `first...last` into names and emits them.
    ///
    /// In order: a whole gazetteer name; a name ending in an organization's head
    /// (organization, a demonym inside it included: "Chinese Foreign Ministry") or in an
    /// event's, law's or work's head (other); a title inside the run (the person after it,
    /// the place or organization before it, the title left out); a gazetteer name at the
    /// start followed by more ("South Africa Ada Kim"); else the shape of the words.
    mutating func segment(_ first: Int, _ last: Int) {
        let tokens = text.tokens
        var first = first
        var last = last
        // A connector left at the start by a split ("South Africa of Ruiz" → "Ruiz").
        while first <= last, tokens[first].isLowercaseWord { first += 1 }
        // "Former US ambassador …", "Then President …": a word saying an office was held
        // before is no part of a name (a title after it keeps it in its role).
        while first < last, tokens[first].isCapitalizedWord, EntityScanner.formerWords.contains(tokens[first].key) { first += 1 }
        // A media label after a name ("Ana Ruiz Image: …", "Harbour Photo:").
        while last > first, EntityLexicon.mediaLabels.contains(tokens[last].key) { last -= 1 }
        guard first <= last else { return }
        // "Shares of Halbrook rose …": a holding noun starting the sentence is no part of the
        // firm's name after "of" or "in".
        if last >= first + 2, EntityLexicon.holdingNouns.contains(tokens[first].key), tokens[first + 1].isLowercaseWord,
           tokens[first + 1].key == NameLexicon.of || tokens[first + 1].key == EntityScanner.inWord,
           EntityScanner.isInitial(tokens, first, sentenceStart: sentenceStart) {
            segment(first + 2, last)
            return
        }
        // "Die Fähre kommt …": a German article starting a run is no part of a name.
        if last > first, EntityScanner.germanArticles.contains(tokens[first].key), isGermanSentence() {
            segment(first + 1, last)
            return
        }
        // "the New EU envoy": "New" before an acronym is an adjective, not part of a name.
        if last == first + 1, tokens[first].key == EntityScanner.new, tokens[last].has(TextToken.allCaps) {
            segment(last, last)
            return
        }
        let match = gazetteerMatch(at: first, limit: last)
        // "completed in English", "translated into French and …": a language, not a mention
        // of a place.
        if first == last, isLanguage(first), match.map({ $0.hit.form == .demonym }) ?? hasLanguageEnding(first) {
            lastLanguage = (block, first)
            return
        }
        if let match, match.last == last {
            emitGazetteer(first, last, match.hit)
            return
        }
        let lastKey = tokens[last].key
        let isTitle = NameLexicon.titles.contains(lastKey)
        // "Storm Delphine", "Hurricane Odalys", "Tropical Storm Kai": an event, not a person.
        if last > first, EntityLexicon.eventPrefixes.contains(tokens[first].key) {
            emit(first, last, kind: .other, guess: false)
            return
        }
        // "Republic of Ostrand": a place, also named by its short name.
        if last >= first + 2, EntityLexicon.statePrefixes.contains(tokens[first].key), tokens[first + 1].key == NameLexicon.of,
           tokens[first + 1].isLowercaseWord, !isOrganizationHead(lastKey) {
            emit(first, last, kind: .place, guess: false)
            var core = tokens[first + 2].key
            if last > first + 2 {
                for index in first + 3...last where tokens[index].kind == .word { core = Gazetteer.extend(core, with: tokens[index].key) }
            }
            details.setCoreKey(core, of: &candidates[candidates.count - 1])
            return
        }
        // "County Cork", "Canton Ticino": a county's or canton's name after the word, a place
        // (not a person's name by its shape).
        if last == first + 1, EntityScanner.divisionWords.contains(tokens[first].key), tokens[last].isCapitalizedWord,
           !tokens[last].has(TextToken.allCaps), !isOrganizationHead(lastKey) {
            emit(first, last, kind: .place, guess: false)
            candidates[candidates.count - 1].inPlaceContext = true
            return
        }
        // "Team Estonia", "Team Kessler": a sports team named "Team" and its name, an
        // organization (not the place or person it is named after).
        if last > first, tokens[first].key == EntityScanner.team, !tokens[first].has(TextToken.allCaps),
           !tokens[first + 1].isLowercaseWord, titleIndex(first, last) == nil {
            emit(first, last, kind: .organization, guess: false)
            return
        }
        // "Ana Ruiz for Harbour Foods Ltd", "Ana Ruiz of Valmont University": a given name and
        // a surname, then the organization or place the person speaks for or is of.
        if last > first + 2, GivenNames.shared.contains(tokens[first].key),
           let connector = (first + 2...min(first + 3, last - 1)).first(where: {
               tokens[$0].isLowercaseWord && (tokens[$0].key == NameLexicon.of || tokens[$0].key == EntityScanner.for)
           }),
           looksLikePersonName(first, connector - 1), titleIndex(first, connector - 1) == nil,
           !(first..<connector).contains(where: { isOrganizationHead(tokens[$0].key) }) {
            emit(first, connector - 1, kind: .person, guess: true)
            segment(connector + 1, last)
            return
        }
        // "Lida Okonkwo for Harbour Standards Westholm": two words shaped like a person's name,
        // then "for" and a name of two words or more, is the person and whom she speaks for,
        // though the first word is not in the list of given names ("for" rarely joins the words
        // of one name unless a head or title comes first: "Campaign for …", "Minister for …").
        if last >= first + 4, tokens[first + 2].isLowercaseWord, tokens[first + 2].key == EntityScanner.for,
           looksLikePersonName(first, first + 1), titleIndex(first, first + 1) == nil,
           !text.isCommonWord(tokens[first].key), !text.isCommonWord(tokens[first + 1].key),
           tokens[first + 3].isCapitalizedWord {
            emit(first, first + 1, kind: .person, guess: true)
            segment(first + 3, last)
            return
        }
        if last > first, EntityLexicon.buildingHeads.contains(lastKey), !tokens[first...last].contains(where: { $0.isLowercaseWord }),
           !EntityLexicon.denominations.contains(tokens[first].key), gazetteerMatch(at: first, limit: first) == nil {
            emit(first, last, kind: .place, guess: false)
            return
        }
        // "Harbourside Convention Centre", "Kelby Community Center": a centre named for what
        // happens in it is a venue, a place.
        if last >= first + 2, EntityScanner.centres.contains(lastKey), EntityScanner.venueKinds.contains(tokens[last - 1].key),
           !tokens[first...last].contains(where: { $0.isLowercaseWord }) {
            emit(first, last, kind: .place, guess: false)
            return
        }
        if !isTitle, last > first || !text.isHeadline, isOrganizationHead(lastKey), lastKey != EntityScanner.affairs {
            if last > first || tokens[last].has(TextToken.allCaps) || !EntityLexicon.genericWords.contains(lastKey) {
                emit(first, last, kind: .organization, guess: false)
            }
            return
        }
        // "British Red Cross": a gazetteer organization at the end makes the run one.
        if last > first, let end = firstGazetteerEnd(after: first, at: last),
           let match = gazetteerMatch(at: end, limit: last), gazetteer.entries[Int(match.hit.entry)].kind == .organization,
           match.hit.form != .abbreviation {
            emit(first, last, kind: .organization, guess: false)
            return
        }
        // "Athletics Norland": a sport's national body.
        if last > first, EntityLexicon.sportBodies.contains(tokens[first].key), tokens[first + 1].isCapitalizedWord {
            emit(first, last, kind: .organization, guess: false)
            return
        }
        // "Rowing Norway", "Athletics Canada": a country's name after a word that is neither a
        // given name nor part of a place's name is the national body of that sport or field.
        if last == first + 1, let match = gazetteerMatch(at: last, limit: last), match.hit.form == .name,
           gazetteer.entries[Int(match.hit.entry)].isCountry, gazetteerMatch(at: first, limit: first) == nil,
           !GivenNames.shared.contains(tokens[first].key), !NameLexicon.placeFirstWords.contains(tokens[first].key),
           !NameLexicon.titles.contains(tokens[first].key), !isTitleModifier(tokens[first].key),
           !tokens[first].has(TextToken.possessive), !EntityScanner.isInitial(tokens, first, sentenceStart: sentenceStart) {
            emit(first, last, kind: .organization, guess: false)
            return
        }
        if last > first + 1, isOrganizationHead(tokens[first].key), tokens[first + 1].isLowercaseWord, titleIndex(first, last) == nil {
            emit(first, last, kind: .organization, guess: false)
            return
        }
        // "Song of the Harbour": a work's title.
        if last >= first + 2, EntityLexicon.workHeads.contains(tokens[first].key), tokens[first + 1].key == NameLexicon.of,
           tokens[first + 1].isLowercaseWord {
            emit(first, last, kind: .other, guess: false)
            return
        }
        // "singer Maria Day", "Ruby Hall, 61,": a given name and a surname that is also the
        // head of an event's or a place's name ("Day", "Hall"), with a role before it or a
        // person's context next to it, is a person.
        if last == first + 1, EntityLexicon.placeHeads.contains(lastKey) || EntityLexicon.otherHeads.contains(lastKey),
           GivenNames.shared.contains(tokens[first].key), looksLikePersonName(first, first), !tokens[last].has(TextToken.allCaps),
           roleBefore(first) != nil || isInPersonContext(first, last) {
            emit(first, last, kind: .person, guess: false)
            return
        }
        if last > first, EntityLexicon.placeHeads.contains(lastKey) {
            emit(first, last, kind: .place, guess: false)
            return
        }
        if last > first, EntityLexicon.otherHeads.contains(lastKey) {
            emit(first, last, kind: .other, guess: false)
            return
        }
        // "Transport Workers United": a group of people by a plural noun, an organization.
        if last > first, (first...last).contains(where: { tokens[$0].isCapitalizedWord && EntityLexicon.pluralGroupWords.contains(tokens[$0].key) }),
           !(first...last).contains(where: { NameLexicon.titles.contains(tokens[$0].key) }) {
            emit(first, last, kind: .organization, guess: false)
            return
        }
        // "Teodor Varga of Ostrand": a person and the place or organization they are of.
        if last > first + 2, let of = (first + 2..<last).first(where: { tokens[$0].key == NameLexicon.of && tokens[$0].isLowercaseWord }),
           of - first <= 3, looksLikePersonName(first, of - 1), titleIndex(first, of - 1) == nil,
           !NameLexicon.placeFirstWords.contains(tokens[first].key), !EntityLexicon.statePrefixes.contains(tokens[first].key) {
            emit(first, of - 1, kind: .person, guess: true)
            segment(of + 1, last)
            return
        }
        // "University of Nordhaven", "Department for Environment": a head before a connector.
        if titleIndex(first, last) == nil,
           (first..<last).contains(where: { isOrganizationHead(tokens[$0].key) && tokens[$0 + 1].isLowercaseWord }) {
            emit(first, last, kind: .organization, guess: false)
            return
        }
        if let title = titleIndex(first, last) {
            segmentTitled(first, last, title: title)
            return
        }
        if let match = gazetteerMatch(at: first, limit: last - 1) {
            // "Sofia Moreau": a given name that is also a city's, before a surname.
            if match.last == first, last - first <= 2, GivenNames.shared.contains(tokens[first].key), looksLikePersonName(first, last) {
                emitPlain(first, last, hint: .person)
                return
            }
            emitGazetteer(first, match.last, match.hit)
            segment(match.last + 1, last)
            return
        }
        // "Bürgermeisterin Katrin Albers", "Herr Weber", "Madame Roux": a title of another
        // language before a name is no part of it; the name after it is a person's.
        if last > first, EntityLexicon.foreignTitles.contains(tokens[first].key), looksLikePersonName(first + 1, last) {
            emit(first + 1, last, kind: .person, guess: false)
            return
        }
        // An organization's head inside the run, a person after it ("Harbour Affairs Wen Li").
        var head = last - 1
        while head > first {
            if isOrganizationHead(tokens[head].key), !tokens[head + 1].isLowercaseWord, last - head <= 4, last - head >= 2,
               looksLikePersonName(head + 1, last) {
                if tokens[head].key != EntityScanner.affairs { emit(first, head, kind: .organization, guess: false) }
                segment(head + 1, last)
                return
            }
            head -= 1
        }
        // "Fishmonger Ana Ruiz said": a word capitalised only because it starts the
        // sentence, before a person's name of two words or more.
        // A first word that reads as a given name does not go ("Ricarda Moralez Nevarro
        // resigned …" at the start of a text): only a common word does, one the body writes
        // in lower case, a role, or a word with an occupation's ending. Inside a sentence the
        // same holds before a given name ("the actor and Scientologist Tom Cruise").
        let initial = EntityScanner.isInitial(tokens, first, sentenceStart: sentenceStart)
        if last - first >= 2, !text.isHeadline,
           initial && !bodyNameWords.contains(tokens[first].key) || !initial && GivenNames.shared.contains(tokens[first + 1].key),
           looksLikePersonName(first + 1, last),
           !GivenNames.shared.contains(tokens[first].key),
           bodyLowerWords.contains(tokens[first].key) || NameLexicon.roles.contains(tokens[first].key)
            || NameLexicon.titles.contains(tokens[first].key) || hasOccupationEnding(first) {
            emitPlain(first + 1, last, hint: .unknown)
            return
        }
        emitPlain(first, last, hint: .unknown)
        // "Local Tory activists …": two words starting a sentence, the first of which may be a
        // common word capitalised only there; decided once the body has been read
        // (``EntityScanner/trimInitialCommonWords()``).
        if last == first + 1, !text.isHeadline, candidates.count > 0, first == sentenceStart,
           !GivenNames.shared.contains(tokens[first].key), !tokens[first].has(TextToken.allCaps),
           !tokens[first].has(TextToken.possessive), tokens[last].isCapitalizedWord, !tokens[last].has(TextToken.allCaps),
           candidates[candidates.count - 1].wordCount == 2, candidates[candidates.count - 1].start == Int(tokens[first].start) {
            initialPairs.append((candidates.count - 1, Int(tokens[last].start)))
        }
    }

    /// Whether the word at `index` ends like an English noun of an occupation or agent
    /// ("Fishmonger", "Baker", "Florist", "Chairman"): at least three letters before "er",
    /// "or", "ist", "man" or "woman".
    private func hasOccupationEnding(_ index: Int) -> Bool {
        let length = Int(text.tokens[index].end - text.tokens[index].start)
        let endings: [StaticString] = ["er", "or", "ist", "man", "woman"]
        for ending in endings where length >= ending.utf8CodeUnitCount + 3 && text.wordEnds(index, with: ending) {
            return true
        }
        return false
    }

    /// Emits `first...last`, which has no title, by the shape of its words.
    mutating func emitPlain(_ first: Int, _ last: Int, hint: NameKind) {
        let tokens = text.tokens
        if first == last {
            let token = tokens[first]
            // "Foreign ministers met …": a portfolio or title modifier alone is an adjective,
            // unless it is used as a noun: possessive, or before punctuation, a function word
            // or a verb of saying ("Labour's leader", "Labour has a plan", "voted Labour.").
            let next = first + 1 < sentenceUpper ? tokens[first + 1] : nil
            // "Labour leader Ruth Kemp": a party's name before a noun of its people is the party.
            let usedAsNoun = token.has(TextToken.possessive) || next.map { next in
                next.kind != .word || (next.isLowercaseWord && (text.isCommonWord(next.key) || NameLexicon.betweenSubjectAndCue.contains(next.key)
                    || EntityLexicon.partyMemberNouns.contains(next.key) && EntityLexicon.partyNames.contains(token.key)))
            } ?? true
            // "[S]evengill", "C$10,000", "C++": one letter alone names nothing.
            if token.end - token.start == 1 { return }
            // "Die Fähre kommt im Frühjahr": German capitalises every noun; a lone word of a
            // German sentence is a name only when the gazetteer or GeoNames knows it.
            if !text.isHeadline, !token.has(TextToken.allCaps), isGermanSentence(),
               !GeoNamesPlaces.shared.contains(token.key) { return }
            if EntityLexicon.genericWords.contains(token.key) || NameLexicon.titles.contains(token.key)
                || NameLexicon.roles.contains(token.key)
                || (!token.has(TextToken.allCaps) && (NameLexicon.portfolios.contains(token.key) || isTitleModifier(token.key))
                    && !(NameLexicon.portfolios.contains(token.key) && usedAsNoun)) {
                return
            }
            if token.has(TextToken.allCaps) {
                // "IE9", "A380": letters and digits in one word name a model or product.
                emit(first, last, kind: hasDigit(first) ? .other : .organization, guess: true)
                return
            }
            // A lone word starting a sentence, or in the headline, is a name only when the
            // body writes it with a capital elsewhere.
            let initial = EntityScanner.isInitial(tokens, first, sentenceStart: sentenceStart)
            if text.isHeadline, !bodyNameWords.contains(token.key) { return }
            // "Marlshire", "Wexhamshire": the English suffix of a county's name.
            if token.end - token.start > 6, text.wordEnds(first, with: "shire") {
                emit(first, last, kind: .place, guess: false)
                candidates[candidates.count - 1].inPlaceContext = true
                candidates[candidates.count - 1].sentenceInitial = initial
                return
            }
            emit(first, last, kind: hint, guess: true)
            candidates[candidates.count - 1].sentenceInitial = initial
            // "Tolverton's mayor …" at the start of a sentence: a possessive before a role or
            // a place's noun is a name's, whatever the rest of the article writes.
            // "Kestrel's Shadow Home Secretary …": so is a possessive before a capitalised title.
            let ownsRole = token.has(TextToken.possessive) && next.map { next in
                next.isLowercaseWord
                    && (NameLexicon.roles.contains(next.key) || NameLexicon.titles.contains(next.key)
                        || EntityLexicon.placeNounsAfter.contains(next.key))
                    || next.isCapitalizedWord && (NameLexicon.titles.contains(next.key) || isTitleModifier(next.key)
                        || NameLexicon.portfolios.contains(next.key))
            } ?? false
            // "Veltrix unveiled …", "Corvane declined to comment.": a firm's verb after a word
            // starting a sentence says it is a name (a plural noun such as "Analysts" is not).
            candidates[candidates.count - 1].tentative = initial && !text.isHeadline && !ownsRole
                && !(!text.wordEnds(first, with: "s") && (candidates[candidates.count - 1].organizationContext || isBeforeNoComment(first)))
            return
        }
        if (first...last).contains(where: { tokens[$0].isPunct("&") }) {
            // "Marks & Spencer": names joined by an ampersand are a firm's.
            emit(first, last, kind: .organization, guess: true)
        } else if NameLexicon.placeFirstWords.contains(tokens[first].key) || NameLexicon.placeLastWords.contains(tokens[last].key),
                  // "Festival director Adaeze Park said": a role before it, or a speech cue
                  // next to it, says a person ("Park" is a surname as well as a place's head).
                  !(last == first + 1 && NameLexicon.placeLastWords.contains(tokens[last].key)
                      && !NameLexicon.placeFirstWords.contains(tokens[first].key)
                      && (roleBefore(first) != nil || isInPersonContext(first, last))) {
            emit(first, last, kind: .place, guess: true)
        } else if last - first <= 3, looksLikePersonName(first, last) {
            // "the Grand Hyatt", "the Evening Lantern": "the" before capitalised words shaped
            // like a person's name, the first no given name, names a thing (a venue, a work, a
            // product); a place after "at the", "in the" and the like.
            if last > first, first - 1 >= sentenceLower, tokens[first - 1].kind == .word, tokens[first - 1].key == NameLexicon.the,
               !GivenNames.shared.contains(tokens[first].key), !(first...last).contains(where: { tokens[$0].isLowercaseWord }) {
                let place = first - 2 >= sentenceLower && tokens[first - 2].isLowercaseWord
                    && EntityLexicon.placePrepositions.contains(tokens[first - 2].key)
                emit(first, last, kind: place ? .place : .other, guess: true)
                return
            }
            emit(first, last, kind: .person, guess: true)
        } else {
            emit(first, last, kind: hint == .unknown ? .other : hint, guess: true)
        }
    }

    /// Emits a run with a title at `title`: the person after it, the place or organization
    /// before it, the portfolio of "Secretary of State", "Minister for Harbour Affairs" left
    /// out (gazetteer places inside it are mentions).
    private mutating func segmentTitled(_ first: Int, _ last: Int, title: Int) {
        let tokens = text.tokens
        // Modifiers and portfolios before the title belong to it: "Vice President", "Deputy
        // Foreign Minister", "Shadow Home Secretary", "Health Minister".
        var prefixLast = title - 1
        while prefixLast >= first, tokens[prefixLast].isCapitalizedWord && !tokens[prefixLast].has(TextToken.possessive)
                && (isTitleModifier(tokens[prefixLast].key) || NameLexicon.portfolios.contains(tokens[prefixLast].key))
                || EntityScanner.isFormerWord(text, prefixLast) {
            prefixLast -= 1
        }
        if prefixLast >= first { emitPrefix(first, prefixLast) }
        // "the Home Secretary", "The President later …": a title alone after "the" is a
        // mention of the one person the article gives that role, or of no one (decided by
        // ``AliasMerger``).
        if prefixLast < first, title == last, !text.isHeadline, first - 1 >= sentenceLower,
           tokens[first - 1].kind == .word, tokens[first - 1].key == NameLexicon.the {
            emit(first, last, kind: .person, guess: false)
            candidates[candidates.count - 1].titleOnly = true
            details.setRole(text.text(first, last), of: &candidates[candidates.count - 1])
            return
        }
        var nameFirst = title + 1
        if nameFirst <= last, tokens[nameFirst].isLowercaseWord, NameLexicon.titleConnectors.contains(tokens[nameFirst].key) {
            nameFirst += 1
            var afterHead: Int?
            for index in nameFirst..<max(nameFirst, last) where isOrganizationHead(tokens[index].key) { afterHead = index + 1 }
            let portfolioEnd = afterHead ?? last
            var index = nameFirst
            // Places inside the portfolio are mentions ("Special Envoy on Baltic Sea Affairs").
            while index < portfolioEnd {
                if let match = gazetteerMatch(at: index, limit: portfolioEnd - 1), match.last < last {
                    emitGazetteer(index, match.last, match.hit)
                    index = match.last + 1
                    if afterHead == nil { nameFirst = index }
                    continue
                }
                index += 1
            }
            if let afterHead {
                nameFirst = afterHead
            } else {
                let start = nameFirst
                while nameFirst < last, NameLexicon.portfolios.contains(tokens[nameFirst].key) { nameFirst += 1 }
                if nameFirst == start, last - nameFirst + 1 >= 3 {
                    nameFirst += NameLexicon.placeFirstWords.contains(tokens[nameFirst].key) && last - nameFirst + 1 >= 4 ? 2 : 1
                }
                // One word left after a portfolio that is not a known one ("for Harbour
                // Peace") belongs to the portfolio.
                if nameFirst == last, nameFirst == start || tokens[nameFirst - 1].kind != .word
                    || !NameLexicon.portfolios.contains(tokens[nameFirst - 1].key) { return }
            }
        }
        while nameFirst < last, NameLexicon.titles.contains(tokens[nameFirst].key) || isTitleModifier(tokens[nameFirst].key) {
            nameFirst += 1
        }
        guard nameFirst <= last, last - nameFirst <= 4 else { return }
        let titleKey = tokens[title].key
        var role: String?
        if !EntityLexicon.honorifics.contains(titleKey), nameFirst - 1 >= first {
            var roleLast = nameFirst - 1
            while roleLast > first, tokens[roleLast].isLowercaseWord { roleLast -= 1 }
            // "Former Home Secretary Edwin Marsh", "ex-Home Secretary …": a word saying the
            // office was held before, left out of the run, stays in the role (a former holder
            // is not "the Home Secretary" of ``AliasMerger``).
            var roleFirst = first
            if let former = formerBefore(first) { roleFirst = former }
            role = text.text(roleFirst, roleLast)
        }
        if let match = gazetteerMatch(at: nameFirst, limit: last), match.last == last {
            emitGazetteer(nameFirst, last, match.hit)
            return
        }
        if nameFirst == last, EntityLexicon.genericWords.contains(tokens[last].key) { return }
        emit(nameFirst, last, kind: .person, guess: false)
        candidates[candidates.count - 1].title = titleKey
        details.setRole(role, of: &candidates[candidates.count - 1])
    }

    /// Emits the words before a title: a place or an organization ("U.S. President", "Harbour
    /// Authority Director"), never a person.
    private mutating func emitPrefix(_ first: Int, _ last: Int) {
        // "Undersecretary for Education Mr. Toccafondi": a name never ends in a connector.
        var last = last
        while last > first, text.tokens[last].isLowercaseWord { last -= 1 }
        if last > first, isOrganizationHead(text.tokens[last].key), text.tokens[last].key != EntityScanner.affairs {
            emit(first, last, kind: .organization, guess: false)
            return
        }
        if let match = gazetteerMatch(at: first, limit: last) {
            emitGazetteer(first, match.last, match.hit)
            if match.last < last { emitPrefix(match.last + 1, last) }
            return
        }
        let tokens = text.tokens
        if first == last {
            let key = tokens[first].key
            if isTitleModifier(key) || EntityLexicon.genericWords.contains(key) || NameLexicon.titles.contains(key) { return }
            if text.isHeadline, !bodyNameWords.contains(key) { return }
        }
        emit(first, last, kind: .organization, guess: !isOrganizationHead(tokens[last].key))
        candidates[candidates.count - 1].beforeTitle = true
        // "Kestrel's Shadow Home Secretary …" at the start of a sentence: a possessive before
        // a title is a name's, not a common word's.
        if first == last, !text.isHeadline, EntityScanner.isInitial(tokens, first, sentenceStart: sentenceStart),
           !tokens[first].has(TextToken.possessive) {
            candidates[candidates.count - 1].tentative = true
        }
    }

    /// The last title of `first...last` that has a name or nothing after it (not the last
    /// word of a name such as "General Motors").
    private func titleIndex(_ first: Int, _ last: Int) -> Int? {
        let tokens = text.tokens
        var index = last
        while index >= first {
            let token = tokens[index]
            if token.kind == .word, token.flags & (TextToken.capitalized | TextToken.allCaps) != 0,
               NameLexicon.titles.contains(token.key) || (index < last && NameLexicon.roles.contains(token.key)
                && !NameLexicon.organizationHeads.contains(token.key)) {
                return index
            }
            index -= 1
        }
        return nil
    }

    private func isTitleModifier(_ key: UInt64) -> Bool {
        NameLexicon.titleModifiers.contains(key) || EntityLexicon.titleModifiers.contains(key)
    }

    func isOrganizationHead(_ key: UInt64) -> Bool {
        NameLexicon.organizationHeads.contains(key) || EntityLexicon.organizationHeads.contains(key)
    }

    /// Two to four capitalised words, none of them an acronym, number, time word or
    /// organization head, no possessive inside, none written in camel case ("GameDeck").
    private func looksLikePersonName(_ first: Int, _ last: Int) -> Bool {
        let tokens = text.tokens
        for index in first...last {
            let token = tokens[index]
            if token.isLowercaseWord, NameLexicon.connectors.contains(token.key), index > first, index < last { continue }
            if token.kind != .word || token.flags & TextToken.capitalized == 0 { return false }
            if isCamelCase(index) { return false }
            if token.has(TextToken.allCaps) && !token.has(TextToken.endsWithPeriod) { return false }
            // "Anna May Tolland": a month that is also a given name may be a middle name.
            if NameLexicon.timeWords.contains(token.key),
               !(index > first && index < last && EntityScanner.monthGivenNames.contains(token.key)) { return false }
            if isOrganizationHead(token.key) { return false }
            if index == last, EntityLexicon.placeHeads.contains(token.key) || EntityLexicon.otherHeads.contains(token.key) { return false }
            if index < last && token.has(TextToken.possessive) { return false }
        }
        return true
    }

    /// Whether the word at `index` has a capital after three lower-case letters or more
    /// ("GameDeck", "PowerSlate", "YouTube"): a product's, a brand's or a website's name, not a
    /// person's ("McDonald", "MacArthur", "DeSantis", "LeBron" have at most two lower-case
    /// letters before the inner capital; "FitzGerald" is let through).
    func isCamelCase(_ index: Int) -> Bool {
        let token = text.tokens[index]
        var lowers = 0
        var offset = Int(token.start)
        let end = text.wordEnd(index)
        while offset < end {
            let scalar = text.scalars[offset]
            if ScalarClass.isUppercase(scalar) {
                if lowers >= 3, !(offset - Int(token.start) == 4 && text.scalars[Int(token.start) + 1] == "i"
                    && text.scalars[Int(token.start) + 2] == "t" && text.scalars[Int(token.start) + 3] == "z") { return true }
                lowers = 0
            } else if ScalarClass.isLetter(scalar) {
                lowers += 1
            } else {
                lowers = 0
            }
            offset += 1
        }
        return false
    }

    static let affairs = WordKey.of("affairs")
    static let or = WordKey.of("or")

    /// Whether the demonym at token `index` names a language: right after "in" or "into" and
    /// before no word it could describe (the sentence ends, a mark follows, or a stop word such
    /// as "and" or "by": "written in English, not …", "in French and German"), or next in a
    /// list after one ("into Japanese and Portuguese"). Before a noun it stays the place's
    /// adjective ("in Chinese markets").
    func isLanguage(_ index: Int) -> Bool {
        let tokens = text.tokens
        // "into Japanese and Portuguese": the next of a list of languages.
        if let language = lastLanguage, language.block == block, language.token == index - 2, index > sentenceLower + 1,
           tokens[index - 1].key == NameLexicon.and || tokens[index - 1].key == EntityScanner.or || tokens[index - 1].isPunct(",") {
            return true
        }
        guard index > sentenceLower, tokens[index - 1].isLowercaseWord,
              tokens[index - 1].key == EntityScanner.inWord || tokens[index - 1].key == EntityScanner.into else { return false }
        guard index + 1 < sentenceUpper else { return true }
        let next = tokens[index + 1]
        if next.kind != .word { return true }
        return next.isLowercaseWord && NameLexicon.stops.contains(next.key)
    }

    /// Whether the word at token `index` has an ending of English names of languages
    /// ("English", "Japanese", "Russian", "Arabic"; source: English word formation).
    func hasLanguageEnding(_ index: Int) -> Bool {
        let token = text.tokens[index]
        let word = text.scalars[Int(token.start)..<Int(token.end)]
        guard word.count >= 5 else { return false }
        for ending in EntityScanner.languageEndings where word.count >= ending.count + 3 {
            if zip(word.suffix(ending.count), ending).allSatisfy({ $0 == $1 }) { return true }
        }
        return false
    }

    /// The token of a word saying an office was held before ("former", "ex", "then", "late",
    /// "erstwhile", "onetime") right before token `first`, directly or through a hyphen
    /// ("ex-Home Secretary"), in the sentence; `nil` otherwise. "Outgoing" is not one: an
    /// outgoing holder still holds the office.
    func formerBefore(_ first: Int) -> Int? {
        let tokens = text.tokens
        var index = first - 1
        guard index >= sentenceLower else { return nil }
        if tokens[index].kind != .word, index - 1 >= sentenceLower, tokens[index].end - tokens[index].start == 1,
           tokens[index].end == tokens[first].start, tokens[index - 1].end == tokens[index].start {
            index -= 1
        }
        guard EntityScanner.isFormerWord(text, index) else { return nil }
        return index
    }

    /// Whether token `index` of `text` is a word of ``formerWords`` ("former", "Then"), or a
    /// hyphenated word starting with one ("ex-Home", "then-President").
    static func isFormerWord(_ text: TokenText, _ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .word else { return false }
        if formerWords.contains(token.key) { return true }
        guard token.flags & TextToken.hyphenated != 0,
              let hyphen = text.scalars[Int(token.start)..<Int(token.end)].firstIndex(of: "-") else { return false }
        let head = String(String.UnicodeScalarView(text.scalars[Int(token.start)..<hyphen])).lowercased()
        return ["ex", "then", "former"].contains(head)
    }

    /// Words saying an office was held before (``formerBefore(_:)``).
    static let formerWords = WordSet(["former", "ex", "then", "late", "erstwhile", "onetime", "one-time"])

    /// Whether the word at token `index` is the last word of a place's, a venue's, an event's
    /// or an organization's name ("Sound", "Garden", "Square", "Park", "Hall", "Centre"),
    /// from ``NameLexicon/placeLastWords``, ``EntityLexicon/placeHeads``,
    /// ``EntityLexicon/buildingHeads``, ``EntityLexicon/otherHeads`` and the organization heads.
    func hasPlaceOrOrganizationHead(_ index: Int) -> Bool {
        let key = text.tokens[index].key
        return NameLexicon.placeLastWords.contains(key) || EntityLexicon.placeHeads.contains(key)
            || EntityLexicon.buildingHeads.contains(key) || EntityLexicon.otherHeads.contains(key)
            || EntityScanner.venueHeads.contains(key) || isOrganizationHead(key)
    }

    static let languageEndings: [[Unicode.Scalar]] = ["ish", "ese", "ian", "ic"].map { Array($0.unicodeScalars) }
    /// Generational suffixes after a person's name ("Jr.", "Sr.", "II", "III").
    static let generationalSuffixes: Set<UInt64> = Set(["jr", "sr", "ii", "iii", "iv"].map { WordKey.of($0) })
    static let team = WordKey.of("team")
    /// German articles ("Der", "Die", "Das", "Ein", "Eine") starting a sentence.
    static let germanArticles = WordSet(["der", "die", "das", "ein", "eine", "den", "dem"])
    /// Words written before the name of a county or canton ("County Cork", "Canton Ticino");
    /// Irish and Swiss usage.
    static let divisionWords = WordSet(["county", "canton"])
    /// "Centre" and "Center".
    static let centres = WordSet(["centre", "center"])
    /// Words saying what a centre is for when it is a venue ("Convention Centre", "Community
    /// Center"); Byline's own list.
    static let venueKinds = WordSet([
        "convention", "exhibition", "conference", "shopping", "sports", "leisure", "arts", "community", "civic",
        "trade", "events", "aquatic", "aquatics", "performing", "congress", "visitor", "visitors", "heritage",
    ])
    static let inWord = WordKey.of("in")
    static let into = WordKey.of("into")

    // MARK: - Emitting

    mutating func emitGazetteer(_ first: Int, _ last: Int, _ hit: Gazetteer.Hit) {
        let kind: NameKind = gazetteer.entries[Int(hit.entry)].kind == .place ? .place : .organization
        emit(first, last, kind: kind, guess: false)
        candidates[candidates.count - 1].gazetteer = hit
    }

    /// Appends the candidate for tokens `first...last`, with the role written before it
    /// ("Foreign Ministry spokesperson", "press secretary") for a person.
    mutating func emit(_ first: Int, _ last: Int, kind: NameKind, guess: Bool) {
        let tokens = text.tokens
        var key = tokens[first].key
        var count = 1
        if last > first {
            for index in first + 1...last where tokens[index].kind == .word || tokens[index].kind == .number {
                key = Gazetteer.extend(key, with: tokens[index].key)
                count += 1
            }
        }
        let bounds = text.range(first, last, block: block)
        let previous = first > sentenceLower ? tokens[first - 1] : nil
        var candidate = EntityCandidate(
            block: block, start: bounds.start, end: bounds.end, kind: kind, kindIsGuess: guess, phraseKey: key,
            firstKey: tokens[first].key, lastKey: tokens[last].key, wordCount: count,
            isAcronym: first == last && tokens[first].has(TextToken.allCaps), inHeadline: text.isHeadline)
        // "In Brittany, …" at the start of a sentence: the capitalised preposition too.
        candidate.inPlaceContext = previous.map {
            ($0.isLowercaseWord || $0.isCapitalizedWord && first - 1 == sentenceStart) && EntityLexicon.placePrepositions.contains($0.key)
        } ?? false
        // "shares in Norvane", "a stake in Calder": a holding in a firm, not a place.
        if candidate.inPlaceContext, first - 2 >= sentenceLower, tokens[first - 2].kind == .word,
           EntityLexicon.holdingNouns.contains(tokens[first - 2].key) {
            candidate.inPlaceContext = false
        }
        if count >= 2, count <= 3 {
            candidate.readsAsCommonWords = EntityScanner.readsAsCommonWords(text.scalars, bounds.start..<bounds.end)
        }
        // "at Ostrava Motors headquarters", "at Cobalt's offices": the preposition is about the
        // site, and the name is its owner's, not a place.
        if candidate.inPlaceContext, last + 1 < sentenceUpper, tokens[last + 1].isLowercaseWord,
           EntityLexicon.organizationSites.contains(tokens[last + 1].key) {
            candidate.inPlaceContext = false
        }
        if kind == .person || kind == .unknown {
            details.setRole(roleBefore(first), of: &candidate)
            candidate.inPersonContext = isInPersonContext(first, last)
            candidate.strongPersonContext = candidate.inPersonContext && isInPersonContext(first, last, strong: true)
        }
        // "in Mountain View, California": a name guessed a person's by its shape, where a
        // place is expected and followed by a comma and a place of the gazetteer, is a place.
        if kind == .person, guess, candidate.inPlaceContext, !candidate.inPersonContext, details.role(of: candidate) == nil,
           isBeforeCommaAndPlace(last) {
            candidate.kind = .place
            candidate.kindIsGuess = false
        }
        // "Pieter van der Berg": the surname with its particles, "van der Berg".
        if kind == .person, last >= first + 2, tokens[last - 1].isLowercaseWord {
            var particle = last - 1
            while particle > first + 1, tokens[particle - 1].isLowercaseWord { particle -= 1 }
            if (particle..<last).allSatisfy({ NameLexicon.connectors.contains(tokens[$0].key) || EntityLexicon.connectors.contains(tokens[$0].key) }) {
                var surname = tokens[particle].key
                for index in particle + 1...last { surname = Gazetteer.extend(surname, with: tokens[index].key) }
                details.setSurnameKey(surname, of: &candidate)
            }
        }
        // "Ricardo Rosselló Nevares", "Robert Downey Jr.": the inner word ("Rosselló",
        // "Downey") may stand alone for the person later (Spanish and Portuguese double
        // surnames; a surname before a generational suffix).
        // Never for a name whose last word is the head of a place's, a venue's or an
        // organization's name: "Long Island Sound", "Madison Square Garden" have no person's
        // inner word.
        if kind == .person, last >= first + 2, !hasPlaceOrOrganizationHead(last) {
            let end = EntityScanner.generationalSuffixes.contains(tokens[last].key) ? last - 1 : last
            let inner = end == last ? last - 1 : end
            let token = tokens[inner]
            if inner > first, token.isCapitalizedWord, token.end - token.start >= 2,
               token.flags & TextToken.endsWithPeriod == 0 || token.end - token.start > 2 {
                details.setInnerKey(token.key, of: &candidate)
            }
        }
        // "Hofmann Academy of Music": also "Hofmann Academy".
        if kind == .organization, let of = (first + 2..<max(first + 2, last)).first(where: { tokens[$0].isLowercaseWord }),
           isOrganizationHead(tokens[of - 1].key) {
            var prefix = tokens[first].key
            for index in first + 1..<of { prefix = Gazetteer.extend(prefix, with: tokens[index].key) }
            details.setCoreKey(prefix, of: &candidate)
        }
        // "Aydoğan" beside "Aydogan": keys without diacritics, for the merge.
        if DiacriticFolding.hasFoldable(text.scalars, bounds.start..<bounds.end) {
            var folded: UInt64 = 0
            var firstFolded: UInt64 = 0
            var lastFolded: UInt64 = 0
            var words = 0
            for index in first...last where tokens[index].kind == .word || tokens[index].kind == .number {
                let wordKey = DiacriticFolding.key(text.scalars, Int(tokens[index].start)..<text.wordEnd(index))
                folded = words == 0 ? wordKey : Gazetteer.extend(folded, with: wordKey)
                if words == 0 { firstFolded = wordKey }
                lastFolded = wordKey
                words += 1
            }
            details.setFoldedKeys(phrase: folded, first: firstFolded, last: lastFolded, of: &candidate)
        }
        if kind != .person, kind != .other { candidate.besideScore = isBesideScore(first, last) }
        // "Veltrix unveiled", "shares of Corvane", "Veltrix's chief executive", "analysts at
        // Halden Brook": where a firm is expected. A name guessed a person's by its shape
        // becomes an organization's there only after a firm's staff and "at".
        if candidate.kindIsGuess || kind == .unknown, candidate.title == nil {
            let context = isOrganizationContext(first, last)
            if context != .none, kind != .person || context == .staffAt, details.role(of: candidate) == nil {
                candidate.organizationContext = true
                candidate.inPlaceContext = false
                if kind == .person {
                    candidate.kind = .organization
                    candidate.inPersonContext = false
                    candidate.strongPersonContext = false
                }
            }
        }
        if !candidate.inPlaceContext, kind != .person, isInPlaceContext(first, last) {
            candidate.inPlaceContext = true
            // "the Mora and Silan rivers": the names listed before are places too.
            var earlier = lastInSentence
            var start = first
            while let name = earlier, name.last >= start - 2, start >= 2,
                  text.tokens[start - 1].isPunct(",") || text.tokens[start - 1].key == NameLexicon.and,
                  candidates[name.candidate].kind != .person {
                candidates[name.candidate].inPlaceContext = true
                start = name.first
                earlier = nil
            }
        }
        // A list of places: "in Taluna, Mora and Silan".
        if !candidate.inPlaceContext, let previousName = lastInSentence, first >= 2, previousName.last >= first - 2,
           let separator = previous, separator.isPunct(",") || separator.key == NameLexicon.and || separator.key == EntityScanner.or {
            let earlier = candidates[previousName.candidate]
            candidate.inPlaceContext = earlier.inPlaceContext || earlier.kind == .place
        }
        // "published on Thursday in Coastal Letters", "the journal Coastal Letters": a journal
        // or newspaper, an organization rather than a place or a person; a guess, so that
        // a place the article names elsewhere stays one ("published in Valmont", "grew up in
        // Valmont"), and so does a place of GeoNames ("published in Toulouse").
        if candidate.kindIsGuess || candidate.kind == .unknown, candidate.title == nil, candidate.gazetteer == nil,
           isPublicationContext(before: first), !GeoNamesPlaces.shared.contains(key) {
            candidate.kind = .organization
            candidate.kindIsGuess = true
            candidate.inPlaceContext = false
        }
        // "Tamsin, the electronics maker,", "Civic Renewal, a small party,": an apposition
        // whose head says what a name with no other evidence is.
        if candidate.kindIsGuess || candidate.kind == .unknown, candidate.title == nil, let appositive = appositionKind(after: last) {
            candidate.kind = appositive
            candidate.kindIsGuess = false
            if appositive == .place { candidate.inPlaceContext = true }
        }
        candidates.appendGrowingByQuarter(candidate)
        lastInSentence = (first, last, candidates.count - 1)
    }

    /// Whether the words before token `first` say a publication is named there: a noun of a
    /// publication right before it ("the journal", "the newspaper"; ``EntityLexicon/publicationNouns``),
    /// or "published" and then "in" right before it, with at most four words of a time
    /// phrase or of what was published between ("published in", "published on Thursday in",
    /// "published a study in", "published their findings this week in").
    func isPublicationContext(before first: Int) -> Bool {
        let tokens = text.tokens
        guard first > sentenceLower else { return false }
        let previous = tokens[first - 1]
        guard previous.isLowercaseWord else { return false }
        if EntityLexicon.publicationNouns.contains(previous.key) { return true }
        guard previous.key == EntityScanner.inWord else { return false }
        var index = first - 2
        while index >= sentenceLower, index >= first - 6 {
            let token = tokens[index]
            if token.isLowercaseWord, token.key == EntityScanner.published { return true }
            let isTime = token.kind == .number || (token.kind == .word
                && (NameLexicon.timeWords.contains(token.key) || NameLexicon.timePrepositions.contains(token.key)
                    || EntityLexicon.timeAdverbs.contains(token.key)
                    || token.isLowercaseWord && (EntityLexicon.publishedObjects.contains(token.key)
                        || NameLexicon.determiners.contains(token.key))))
            guard isTime else { return false }
            index -= 1
        }
        return false
    }

    static let published = WordKey.of("published")

    /// What says a firm is named at `first...last` (``EntityCandidate/organizationContext``).
    enum OrganizationContext { case none, verb, staffAt }

    /// Whether the words around `first...last` say a firm is named there: a firm's verb right
    /// after a lone word ("Veltrix unveiled", "Corvane posted"; ``EntityLexicon/firmVerbs``),
    /// "shares of" or "a stake in" before it (``EntityLexicon/holdingNouns``), a possessive
    /// before a firm's officer, stock or accounts ("Veltrix's chief executive", "Corvane's
    /// shares"; ``EntityLexicon/firmNouns``), or a firm's staff and "at" before it
    /// ("analysts at Halden Brook"; ``EntityLexicon/firmStaff``: `.staffAt`).
    func isOrganizationContext(_ first: Int, _ last: Int) -> OrganizationContext {
        let tokens = text.tokens
        if first - 2 >= sentenceLower, tokens[first - 1].kind == .word, tokens[first - 2].kind == .word {
            let preposition = tokens[first - 1].key
            if preposition == EntityScanner.at, tokens[first - 1].isLowercaseWord, EntityLexicon.firmStaff.contains(tokens[first - 2].key) {
                return .staffAt
            }
            if preposition == NameLexicon.of || preposition == EntityScanner.inWord, tokens[first - 1].isLowercaseWord,
               EntityLexicon.holdingNouns.contains(tokens[first - 2].key) {
                return .verb
            }
        }
        guard last + 1 < sentenceUpper, tokens[last + 1].isLowercaseWord else { return .none }
        let next = tokens[last + 1].key
        if tokens[last].has(TextToken.possessive) {
            return EntityLexicon.firmNouns.contains(next) ? .verb : .none
        }
        return first == last && EntityLexicon.firmVerbs.contains(next) ? .verb : .none
    }

    /// Whether "declined to comment" follows the word at `first` (a name's, a person's or a firm's).
    func isBeforeNoComment(_ first: Int) -> Bool {
        let tokens = text.tokens
        guard first + 3 < sentenceUpper else { return false }
        return tokens[first + 1].key == EntityScanner.declined && tokens[first + 2].key == EntityScanner.to
            && tokens[first + 3].key == EntityScanner.comment && tokens[first + 1].isLowercaseWord
    }

    static let at = WordKey.of("at")
    static let declined = WordKey.of("declined")
    static let to = WordKey.of("to")
    static let comment = WordKey.of("comment")

    /// The kind an apposition right after token `last` gives: ", a/an/the" and at most four
    /// lower-case words whose last is a noun of ``EntityLexicon/appositionOrganizations``
    /// (organization), ``EntityLexicon/appositionPlaces`` (place) or a role of
    /// ``NameLexicon/roles`` (person), ended by a comma, a full stop or "that"/"which"/"who".
    private func appositionKind(after last: Int) -> NameKind? {
        let tokens = text.tokens
        guard last + 3 < sentenceUpper, tokens[last + 1].isPunct(","), tokens[last + 2].isLowercaseWord,
              NameLexicon.articles.contains(tokens[last + 2].key) else { return nil }
        var index = last + 3
        var head: UInt64?
        while index < sentenceUpper, index <= last + 7, tokens[index].isLowercaseWord,
              !NameLexicon.relativePronouns.contains(tokens[index].key) {
            head = tokens[index].key
            index += 1
        }
        guard let head, index >= sentenceUpper || tokens[index].kind == .punct || tokens[index].kind == .dash
            || NameLexicon.relativePronouns.contains(tokens[index].key) else { return nil }
        if index < sentenceUpper, tokens[index].isPunct("(") { return nil }
        if EntityLexicon.appositionOrganizations.contains(head) { return .organization }
        if EntityLexicon.appositionPlaces.contains(head) { return .place }
        if NameLexicon.roles.contains(head) || NameLexicon.titles.contains(head) { return .person }
        return nil
    }

    /// Whether the words around `first...last` say it is a place: a place noun and "of"
    /// before it ("the port of Dunmere", "the city of Lunara"), "capital" before it ("the
    /// capital, Rivna"), or a place noun after it ("the Dalun district", "Silan rivers").
    private func isInPlaceContext(_ first: Int, _ last: Int) -> Bool {
        let tokens = text.tokens
        if first - 2 >= sentenceLower, tokens[first - 2].kind == .word, !tokens[first - 2].has(TextToken.allCaps) {
            // "the port of Dunmere"; "Residents of Brackwell" starting a sentence.
            let noun = tokens[first - 2].key
            if tokens[first - 1].key == NameLexicon.of, tokens[first - 1].isLowercaseWord,
               EntityLexicon.placeNounsBefore.contains(noun) {
                return true
            }
            if tokens[first - 1].isPunct(","), noun == EntityScanner.capital { return true }
        }
        if first - 1 >= sentenceLower, tokens[first - 1].isLowercaseWord, tokens[first - 1].key == EntityScanner.capital {
            return true
        }
        if last + 1 < sentenceUpper, tokens[last + 1].isLowercaseWord, EntityLexicon.placeNounsAfter.contains(tokens[last + 1].key),
           !tokens[last].has(TextToken.possessive) {
            return true
        }
        return false
    }

    static let capital = WordKey.of("capital")
    /// Key of "new".
    static let new = WordKey.of("new")

    /// Whether a comma and a place of the gazetteer follow token `last` ("…, California").
    private func isBeforeCommaAndPlace(_ last: Int) -> Bool {
        let tokens = text.tokens
        guard last + 2 < sentenceUpper, tokens[last + 1].isPunct(","),
              let match = gazetteerMatch(at: last + 2, limit: min(sentenceUpper - 1, last + 1 + gazetteer.longestName)) else { return false }
        return match.hit.form != .demonym && gazetteer.entries[Int(match.hit.entry)].kind == .place
    }

    /// Whether the word at `index` has a digit among its scalars ("IE9").
    func hasDigit(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return text.scalars[Int(token.start)..<Int(token.end)].contains { $0.value >= 0x30 && $0.value <= 0x39 }
    }

    /// The role written in lower case right before a name, with the name of the
    /// organization or place right before that: "Chinese Foreign Ministry spokesperson",
    /// "White House press secretary", "spokesperson".
    private func roleBefore(_ first: Int) -> String? {
        let tokens = text.tokens
        let before = first - 1
        guard before >= sentenceLower, tokens[before].isLowercaseWord, NameLexicon.roles.contains(tokens[before].key),
              !tokens[before].has(TextToken.possessive) else { return nil }
        var start = before
        while start - 1 >= sentenceLower, before - start < 2, tokens[start - 1].isLowercaseWord,
              !NameLexicon.stops.contains(tokens[start - 1].key), !NameLexicon.determiners.contains(tokens[start - 1].key) {
            start -= 1
        }
        if let previous = lastInSentence, previous.last == start - 1 {
            start = previous.first
        }
        return text.text(start, before)
    }

    /// The first token after `first` where a gazetteer name starts that ends at `last`, if
    /// any (a loop, not a closure: a closure over `self` copied the whole scanner per run).
    private func firstGazetteerEnd(after first: Int, at last: Int) -> Int? {
        var index = first + 1
        while index <= last {
            if gazetteerMatch(at: index, limit: last)?.last == last { return index }
            index += 1
        }
        return nil
    }
}
