import ArticleModel

/// Finds the candidate mentions of named entities in an article, in one linear pass over
/// its tokens (the text layer's ``BlockText``, shared with the quotation extractor, with
/// quotations read as ordinary text, since names inside quotations count).
///
/// - It collects the words written with a capital in the middle of a sentence of the body:
///   a word capitalised only at the start of a sentence ("Recent", "Days") or in a
///   title-case headline ("Says", "Concerns") is a name only when the body writes it so
///   elsewhere or the gazetteer knows it. Such lone words are kept as tentative until the
///   body has been read; the headline is read last.
/// - It reads runs of capitalised words (with connectors: "Ministry of Foreign Affairs",
///   "van der Berg") and splits each into names (``EntityScanner+Segment``): titles and roles
///   are left out ("Vice President", "Secretary of State"), a place or organization before a
///   title is a mention of its own ("South African", "Valmont Press Agency"), organization
///   heads make organizations, the gazetteer names places and organizations.
struct EntityScanner {
    let article: Article
    let gazetteer: Gazetteer
    /// Keys of words written with a capital in the middle of a sentence of the body.
    var bodyNameWords = KeySet()
    /// Keys of words written in lower case in the body ("internet", "global"): a word the
    /// article also uses as a common word is weak evidence of a given name.
    var bodyLowerWords = KeySet()
    var candidates: [EntityCandidate] = []
    /// The rarer facts of ``candidates`` (roles, core and surname keys).
    var details = CandidateDetails()
    /// Where the blocks' tokens and sentences come from (built once, shared with the
    /// quotation extractor when both run).
    let layer: TextLayer.Reader
    /// Names of two words that start a sentence, with the offset of their second word, for
    /// ``trimInitialCommonWords()``.
    var initialPairs: [(candidate: Int, secondStart: Int)] = []

    // State of the block and sentence being read in pass 2.
    var text = TokenText(scalars: [], tokens: [], isHeadline: false)
    var block = 0
    var sentenceLower = 0
    var sentenceUpper = 0
    var sentenceStart = 0
    /// The block and token of the last word read as a language ("in English"), for a list of
    /// them ("into Japanese and Portuguese").
    var lastLanguage: (block: Int, token: Int)?
    /// The token bounds of the last candidate of the current sentence.
    var lastInSentence: (first: Int, last: Int, candidate: Int)?
    /// Whether the current sentence is German (``isGermanSentence()``), worked out on first need.
    var germanSentence: Bool?

    /// Prepares a scan of `article`, reading its blocks' text through `layer` (a layer of
    /// its own when `nil`).
    init(article: Article, gazetteer: Gazetteer = .shared, layer: TextLayer.Reader? = nil) {
        self.article = article
        self.gazetteer = gazetteer
        self.layer = layer ?? TextLayer(article: article, readers: 1).reader(0)
    }

    /// Runs the scan; returns the candidates in reading order, the headline's last.
    mutating func run() -> [EntityCandidate] {
        var headlines: [Int] = []
        // About one name per 64 bytes of text: news dense with names (the fixtures) have one
        // per 80 or so; fewer grow the array, more would waste memory on sparse text.
        candidates.reserveCapacity(article.blocks.reduce(0) { $0 + $1.text.utf8.count } / 64)
        for (index, block) in article.blocks.enumerated() {
            // Code is program text: its identifiers are not names of people or places.
            if block.kind == .code { continue }
            if block.kind == .headline {
                headlines.append(index)
                continue
            }
            scanBlock(index, layer.text(of: index), collect: true)
        }
        layer.finish()
        trimInitialCommonWords()
        // Lone names of the body, for the evidence of a surname used alone.
        var loneNames = KeySet()
        // Words of names of people of two words or more ("Ana Ruiz"): "Ruiz" alone is a name
        // even where the body also writes it in lower case.
        var personWords = KeySet()
        for candidate in candidates {
            if candidate.wordCount == 1 && candidate.gazetteer == nil { loneNames.insert(candidate.phraseKey) }
            if candidate.wordCount >= 2 && candidate.kind == .person {
                personWords.insert(candidate.firstKey)
                personWords.insert(candidate.lastKey)
            }
        }
        // Lone names with evidence of their own where they start a sentence ("Kestrel's Shadow
        // Home Secretary"): the same word starting another sentence is a name too.
        var confirmed = KeySet()
        for candidate in candidates where candidate.wordCount == 1 && !candidate.tentative && !candidate.dropped && !candidate.inHeadline {
            confirmed.insert(candidate.phraseKey)
        }
        // Words capitalised only at the start of a sentence are names only when the body
        // capitalises them elsewhere, which is known only now.
        for index in candidates.indices {
            // A place GeoNames knows ("Tromsø council members …") is a name there too.
            // So is a party's short name or nickname ("Tory MP Rachel Dunn …", "Labour's
            // shadow chancellor …"; ``EntityLexicon/partyNames``).
            if candidates[index].tentative && !bodyNameWords.contains(candidates[index].phraseKey)
                && !confirmed.contains(candidates[index].phraseKey)
                && !GeoNamesPlaces.shared.contains(candidates[index].phraseKey)
                && !EntityLexicon.partyNames.contains(candidates[index].phraseKey) {
                candidates[index].dropped = true
            }
            // "Selenium deficiency can …" where the body also writes "selenium": a common word
            // capitalised at the start of a sentence, unless the gazetteer knows it or it is
            // part of a person's name.
            if candidates[index].tentative, candidates[index].gazetteer == nil,
               bodyLowerWords.contains(candidates[index].phraseKey), !personWords.contains(candidates[index].phraseKey) {
                candidates[index].dropped = true
            }
            // "Internet Explorer", "Better Idea": a name guessed a person's by its shape whose
            // first word the article also writes as a common word is a product, work or the
            // like, unless a title says otherwise.
            if candidates[index].kind == .person, candidates[index].kindIsGuess,
               candidates[index].title == nil, candidates[index].wordCount == 2,
               bodyLowerWords.contains(candidates[index].firstKey) || EntityLexicon.genericWords.contains(candidates[index].firstKey) {
                candidates[index].kind = .other
            }
            if candidates[index].kind == .person, candidates[index].kindIsGuess, !isPersonByNameList(candidates[index], loneNames: loneNames) {
                candidates[index].kind = .other
            }
            // "Player of the Match", "Radio": a lone word the body also writes in lower case
            // reads as a common word (``AliasMerger`` then calls it `other` when nothing else
            // says what it is).
            if candidates[index].wordCount == 1, !candidates[index].isAcronym, candidates[index].gazetteer == nil,
               bodyLowerWords.contains(candidates[index].phraseKey), !personWords.contains(candidates[index].phraseKey) {
                candidates[index].readsAsCommonWords = true
            }
        }
        markSurnamesThatAreHeads()
        markProducts()
        // Read after the body, so with a layer of their own (the shared one has moved on).
        for index in headlines { scanBlock(index, BlockText(article.blocks[index]), collect: false) }
        return candidates
    }

    /// "Local Tory activists …": a name of two words starting a sentence whose first word the
    /// body writes in lower case and never with a capital inside a sentence, and which is no
    /// given name, is the second word alone: the first is a common word capitalised only
    /// because it starts the sentence.
    private mutating func trimInitialCommonWords() {
        for (index, secondStart) in initialPairs {
            let old = candidates[index]
            guard !old.dropped, bodyLowerWords.contains(old.firstKey), !bodyNameWords.contains(old.firstKey),
                  old.gazetteer == nil, old.title == nil else { continue }
            var trimmed = EntityCandidate(
                block: old.block, start: secondStart, end: old.end, kind: .unknown, kindIsGuess: true, phraseKey: old.lastKey,
                firstKey: old.lastKey, lastKey: old.lastKey, wordCount: 1, isAcronym: false, inHeadline: false)
            trimmed.inPlaceContext = old.inPlaceContext
            trimmed.besideScore = old.besideScore
            candidates[index] = trimmed
        }
        initialPairs = []
    }

    /// "singer Maria Day … Day said …": a given name and a last word that is the head of an
    /// event's or a place's name ("Day", "Hall"), taken for a thing by that head, is a person
    /// when the last word alone stands where a person is expected elsewhere in the article
    /// (before a speech cue, "who" or an age: ``EntityCandidate/inPersonContext``); the lone
    /// word then joins her (``AliasMerger``).
    private mutating func markSurnamesThatAreHeads() {
        var personLastWords = KeySet()
        var any = false
        for candidate in candidates where candidate.wordCount == 1 && candidate.inPersonContext && !candidate.dropped {
            personLastWords.insert(candidate.phraseKey)
            any = true
        }
        guard any else { return }
        for index in candidates.indices where candidates[index].wordCount == 2 && candidates[index].kind != .person
            && !candidates[index].dropped && candidates[index].gazetteer == nil {
            let candidate = candidates[index]
            guard personLastWords.contains(candidate.lastKey), GivenNames.shared.contains(candidate.firstKey),
                  EntityLexicon.otherHeads.contains(candidate.lastKey) || EntityLexicon.placeHeads.contains(candidate.lastKey)
                    || NameLexicon.placeLastWords.contains(candidate.lastKey) else { continue }
            candidates[index].kind = .person
            candidates[index].kindIsGuess = false
        }
    }

    /// "Tamsin Pocketdeck" beside "Tamsin Electronics" (or "Tamsin, the electronics maker"):
    /// a name of two words guessed a person's by its shape, whose first word begins (or is)
    /// an organization's name of the article and is no given name, is that organization's
    /// product or work (kind `other`); so is its last word written alone ("the Pocketdeck").
    private mutating func markProducts() {
        var organizationFirstWords = KeySet()
        var productWords = KeySet()
        for candidate in candidates where candidate.kind == .organization && !candidate.kindIsGuess && !candidate.isAcronym {
            organizationFirstWords.insert(candidate.firstKey)
        }
        // A guess of `other` too: "the Tamsin Pocketdeck" (``segment``'s "the" before a name).
        for index in candidates.indices
        where candidates[index].kind == .person && candidates[index].kindIsGuess || candidates[index].kind == .other && candidates[index].kindIsGuess {
            let candidate = candidates[index]
            guard candidate.wordCount == 2, candidate.title == nil, details.role(of: candidate) == nil,
                  organizationFirstWords.contains(candidate.firstKey), !GivenNames.shared.contains(candidate.firstKey) else { continue }
            candidates[index].kind = .other
            candidates[index].kindIsGuess = false
            productWords.insert(candidate.lastKey)
        }
        // "The Pocketdeck": the product by its own word alone.
        for index in candidates.indices where candidates[index].wordCount == 1 && productWords.contains(candidates[index].phraseKey) {
            guard candidates[index].kindIsGuess || candidates[index].kind == .unknown, candidates[index].gazetteer == nil else { continue }
            candidates[index].kind = .other
            candidates[index].kindIsGuess = false
        }
    }

    private mutating func scanBlock(_ index: Int, _ blockText: BlockText, collect: Bool) {
        text = blockText.tokenText
        if collect { collectNameWords(blockText.tokens, sentences: blockText.sentences, text: text, block: index) }
        self.block = index
        for sentence in blockText.sentences { scanSentence(sentence) }
    }

    private mutating func collectNameWords(_ tokens: [TextToken], sentences: [Range<Int>], text: TokenText, block: Int) {
        for sentence in sentences {
            var start = text.afterDateline(sentence.lowerBound, upper: sentence.upperBound)
            // A dateline's words are names wherever they stand ("Valmont, Norland — …").
            if let dateline = dateline(of: sentence, in: text, block: block) {
                for part in dateline.parts {
                    for index in part { bodyNameWords.insert(tokens[index].key) }
                }
                start = dateline.end
            }
            for index in sentence where tokens[index].kind == .word {
                let token = tokens[index]
                if index == start, token.flags & (TextToken.capitalized | TextToken.allCaps) == 0 { continue }
                guard token.flags & (TextToken.capitalized | TextToken.allCaps) != 0 else {
                    bodyLowerWords.insert(token.key)
                    continue
                }
                if EntityScanner.isInitial(tokens, index, sentenceStart: start) {
                    // "Calder Foods reported …": a word starting the sentence before an
                    // organization's head is the organization's own word.
                    if index + 1 < sentence.upperBound, tokens[index + 1].isCapitalizedWord, isOrganizationHead(tokens[index + 1].key),
                       !text.isCommonSentenceStart(index, sentenceStart: index), !NameLexicon.placeFirstWords.contains(token.key) {
                        bodyNameWords.insert(token.key)
                    }
                    continue
                }
                bodyNameWords.insert(token.key)
            }
        }
    }

    /// Whether the token at `index` starts a sentence or a clause that takes a capital: the
    /// sentence's first word, or a word after an opening quotation mark, a colon, a bullet or
    /// sentence punctuation.
    static func isInitial(_ tokens: [TextToken], _ index: Int, sentenceStart: Int) -> Bool {
        if index <= sentenceStart { return true }
        let previous = tokens[index - 1]
        guard previous.kind == .punct, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: previous.key)) else {
            return previous.kind == .dash && index - 1 == sentenceStart
        }
        if scalar == ")", index >= 2, index - 2 <= sentenceStart || tokens[index - 3].kind == .punct,
           tokens[index - 2].kind == .number || (tokens[index - 2].kind == .word && tokens[index - 2].end - tokens[index - 2].start == 1) {
            // A list marker: "a) Leaving …", "(2) Refusing …", "sins: b) Refusing …".
            return true
        }
        // "[...] Unfortunately …", "((Interviewer)) Initially …", "(…) Meanwhile …": an
        // editorial mark or speaker label in brackets that itself starts the sentence.
        if scalar == ")" || scalar == "]" {
            // The splitter may end a sentence at the dots inside "[...]".
            if index - 1 == sentenceStart { return true }
            if let opener = bracketGroupStart(tokens, closing: index - 1, sentenceStart: sentenceStart) {
                return isInitial(tokens, opener, sentenceStart: sentenceStart)
            }
        }
        return QuoteMarks.family(of: scalar) != nil || ScalarClass.isTerminal(scalar) || scalar == ":" || scalar == "\u{2022}"
            || scalar == "*"
    }

    /// Whether the hyphenated word at `index` starts with a capital and its last part, of three
    /// letters or more, with a lower-case letter ("Minecraft-like", "Trump-critic"; not
    /// "al-Assad", "Jae-in").
    func endsInLowercasePart(_ index: Int) -> Bool {
        let token = text.tokens[index]
        let start = Int(token.start)
        let end = text.wordEnd(index)
        guard ScalarClass.isUppercase(text.scalars[start]) else { return false }
        var offset = end - 1
        while offset > start {
            let scalar = text.scalars[offset]
            if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" {
                // "Jae-in", "Seo-yeon": the second syllable of a Korean given name.
                guard end - offset - 1 >= 3 else { return false }
                return ScalarClass.isLowercase(text.scalars[offset + 1])
            }
            offset -= 1
        }
        return false
    }

    /// The token of the opening bracket matching the closing bracket at `closing`, looked for
    /// at most 12 tokens back and not before `sentenceStart`; `nil` when there is none.
    static func bracketGroupStart(_ tokens: [TextToken], closing: Int, sentenceStart: Int) -> Int? {
        var depth = 0
        var index = closing
        while index >= sentenceStart, closing - index <= 12 {
            let token = tokens[index]
            if token.kind == .punct {
                switch token.key {
                case 0x29, 0x5D: depth += 1
                case 0x28, 0x5B:
                    depth -= 1
                    if depth == 0 { return index }
                default: break
                }
            }
            index -= 1
        }
        return nil
    }

    // MARK: - Runs

    private mutating func scanSentence(_ sentence: Range<Int>) {
        sentenceLower = sentence.lowerBound
        sentenceUpper = sentence.upperBound
        sentenceStart = text.afterDateline(sentence.lowerBound, upper: sentence.upperBound)
        lastInSentence = nil
        germanSentence = nil
        let tokens = text.tokens
        var index = sentence.lowerBound
        if let dateline = dateline(of: sentence, in: text, block: block) {
            emitDateline(dateline)
            sentenceStart = dateline.end
            index = dateline.end
        }
        while index < sentenceUpper {
            let token = tokens[index]
            if token.kind == .word, token.has(TextToken.hyphenated), based(index) || compound(index) {
                index += 1
                continue
            }
            guard isNameWord(index) else {
                index += 1
                continue
            }
            let last = readRun(from: index)
            let emitted = candidates.count
            if isModelNumber(first: index, last: last) {
                // "Lumen 5", "Orbit 360": a product and its model number, a thing.
                emit(index, last + 1, kind: .other, guess: false)
                index = last + 2
                continue
            }
            segment(index, last)
            emitNestedPlaces(index, last, from: emitted)
            index = last + 1
            // An acronym defined right after the name: "Valmont Press Agency (VPA)".
            if index + 2 < sentenceUpper, tokens[index].isPunct("("), tokens[index + 2].isPunct(")"),
               tokens[index + 1].kind == .word, tokens[index + 1].has(TextToken.allCaps) {
                let acronym = index + 1
                var abbreviates: Int?
                if let previous = lastInSentence, previous.last == last,
                   EntityScanner.spells(text, acronym: acronym, first: previous.first, last: previous.last) {
                    abbreviates = previous.candidate
                }
                if let match = gazetteerMatch(at: acronym, limit: acronym) {
                    emitGazetteer(acronym, acronym, match.hit)
                } else {
                    emit(acronym, acronym, kind: abbreviates.map { candidates[$0].kind } ?? .organization, guess: abbreviates == nil)
                }
                candidates[candidates.count - 1].abbreviates = abbreviates
                index = acronym + 2
            }
        }
    }

    /// Whether the run `first...last` (one capitalised word, no title, no gazetteer name; a
    /// longer name keeps its version number apart, "Internet Explorer 6", so that it joins
    /// the product's other names) is followed by a model number: a number of one to three
    /// digits, then a lower-case word, the end of the sentence or a comma before a lower-case
    /// word ("the Lumen 5 smartphone", "sold the Orbit 360, its …"), not a score ("City 3-2",
    /// "Ostrand 2, Velmark 1").
    func isModelNumber(first: Int, last: Int) -> Bool {
        let tokens = text.tokens
        let number = last + 1
        guard last == first, number < sentenceUpper, tokens[number].kind == .number, !text.isHeadline,
              tokens[number].end - tokens[number].start <= 3, tokens[number].end > tokens[last].end,
              text.scalars[Int(tokens[last].end)] == " ",
              !(first...last).contains(where: { tokens[$0].kind != .word || tokens[$0].has(TextToken.allCaps)
                  || tokens[$0].has(TextToken.possessive) || NameLexicon.titles.contains(tokens[$0].key)
                  || EntityLexicon.months.contains(tokens[$0].key) || NameLexicon.weekdays.contains(tokens[$0].key) }),
              gazetteerMatch(at: first, limit: last) == nil else { return false }
        for offset in Int(tokens[number].start)..<Int(tokens[number].end) {
            let value = text.scalars[offset].value
            guard value >= 0x30 && value <= 0x39 else { return false }
        }
        let after = number + 1
        if after >= sentenceUpper { return true }
        if tokens[after].isLowercaseWord { return true }
        if tokens[after].isPunct(","), after + 1 < sentenceUpper, tokens[after + 1].isLowercaseWord { return true }
        return tokens[after].isPunct(".") && after + 1 >= sentenceUpper
    }

    /// Whether the current sentence is written in German: at least two of its lower-case
    /// words, and at least half of them, are German function words (``EntityLexicon/germanFunctionWords``).
    /// German capitalises every noun, so a capitalised word there says nothing of a name.
    /// Worked out once per sentence, on first need.
    mutating func isGermanSentence() -> Bool {
        if let germanSentence { return germanSentence }
        var lower = 0
        var german = 0
        for index in sentenceLower..<sentenceUpper where text.tokens[index].isLowercaseWord {
            lower += 1
            if EntityLexicon.germanFunctionWords.contains(text.tokens[index].key) { german += 1 }
        }
        let result = german >= 2 && german * 2 >= lower
        germanSentence = result
        return result
    }

    /// Months' names that are also given names ("Anna May Tolland", "Rose June Okafor").
    static let monthGivenNames = WordSet(["april", "may", "june", "july", "august"])
    /// Key of "Jan", a month's abbreviation and a given name ("Mayor Jan Holt").
    static let jan = WordKey.of("jan")

    /// Whether the word at `index` may be part of a name.
    func isNameWord(_ index: Int) -> Bool {
        let tokens = text.tokens
        let token = tokens[index]
        guard token.kind == .word, token.flags & (TextToken.capitalized | TextToken.allCaps) != 0 else { return false }
        let key = token.key
        if NameLexicon.weekdays.contains(key) { return false }
        // "Anna May Tolland": a month's name that is also a given name, between a given name
        // and another capitalised word, is a middle name (not "in May Tolland …").
        // "Mayor Jan Holt", "Dr. May Ostrow": after a capitalised title, a month's name or
        // abbreviation that is also a given name starts the person's name (a title is
        // followed by a name, never by a date).
        if EntityLexicon.months.contains(key) {
            guard EntityScanner.monthGivenNames.contains(key) || key == EntityScanner.jan, index > sentenceLower,
                  index + 1 < sentenceUpper, tokens[index - 1].isCapitalizedWord,
                  GivenNames.shared.contains(tokens[index - 1].key) && key != EntityScanner.jan
                    || NameLexicon.titles.contains(tokens[index - 1].key),
                  !token.has(TextToken.endsWithPeriod),
                  tokens[index + 1].isCapitalizedWord, !EntityLexicon.months.contains(tokens[index + 1].key),
                  !NameLexicon.weekdays.contains(tokens[index + 1].key) else { return false }
            return true
        }
        // "T-shirt", "X-ray", "U-turn": one capital joined to a word.
        if token.has(TextToken.hyphenated), token.end - token.start > 2, text.scalars[Int(token.start) + 1] == "-" { return false }
        // "mid-September", "early-March": a lower-case prefix before a month is a date.
        if token.has(TextToken.hyphenated), ScalarClass.isLowercase(text.scalars[Int(token.start)]),
           let hyphen = text.scalars[Int(token.start)..<text.wordEnd(index)].firstIndex(of: "-"), hyphen + 1 < text.wordEnd(index),
           EntityLexicon.months.contains(WordKey.of(text.scalars, hyphen + 1..<text.wordEnd(index))) {
            return false
        }
        // "Minecraft-like", "Ebola-infected", "II-era": a name joined to a lower-case word is
        // an adjective, not a name.
        // A short one after a capitalised word is a Korean given name ("Lee Jae-yong").
        if token.has(TextToken.hyphenated), endsInLowercasePart(index),
           !(index > sentenceLower && tokens[index - 1].isCapitalizedWord && token.end - token.start <= 9) { return false }
        let common = text.isCommonWord(key)
        if token.has(TextToken.allCaps) {
            // "US", "WHO": an abbreviation of the gazetteer, though also a common word;
            // "UNLESS", "GMT", "VIP", "XVII" are never names on their own.
            if common || EntityLexicon.connectives.contains(key) { return gazetteerMatch(at: index, limit: index) != nil }
            if EntityLexicon.commonAcronyms.contains(key) || isRomanNumeral(index) {
                // Only at the start of a longer name ("PC World").
                return gazetteerMatch(at: index, limit: index) != nil
                    || (index + 1 < sentenceUpper && tokens[index + 1].isCapitalizedWord && !tokens[index + 1].has(TextToken.allCaps))
            }
            if text.isHeadline { return true }
        } else if EntityLexicon.connectives.contains(key) {
            return false
        }
        if text.isHeadline {
            return bodyNameWords.contains(key) || gazetteer.firstWords.contains(key)
        }
        if common { return gazetteerMatch(at: index, limit: min(sentenceUpper - 1, index + gazetteer.longestName)) != nil }
        if EntityScanner.isInitial(tokens, index, sentenceStart: sentenceStart) {
            if gazetteer.firstWords.contains(key) { return true }
            // "Team Estonia had to …": a team's name starting the sentence.
            if key == EntityScanner.team, index + 1 < sentenceUpper, tokens[index + 1].isCapitalizedWord { return true }
            // "President Ana Ruiz said": a title starting the sentence before a name.
            if NameLexicon.titles.contains(key), index + 1 < sentenceUpper, tokens[index + 1].isCapitalizedWord { return true }
            // "Minister of Education Ana Ruiz said": a title, "of" or "for", and a name.
            if NameLexicon.titles.contains(key), index + 2 < sentenceUpper, tokens[index + 1].isLowercaseWord,
               NameLexicon.titleConnectors.contains(tokens[index + 1].key), tokens[index + 2].isCapitalizedWord {
                return true
            }
            return !text.isCommonSentenceStart(index, sentenceStart: index)
        }
        return true
    }

    /// The last token of the run of name words starting at `first`: capitalised words and the
    /// connectors between them, up to a possessive ("Russia's" ends a run, "People's" does
    /// not), extended to the end of a longer gazetteer name ("Republic of the Congo").
    private func readRun(from first: Int) -> Int {
        let tokens = text.tokens
        var last = first
        while last + 1 < sentenceUpper {
            let token = tokens[last]
            let next = last + 1
            if token.flags & (TextToken.possessive | TextToken.pluralPossessive) != 0,
               !EntityLexicon.possessiveInsideNames.contains(token.key) {
                // "St. Mary's Church", "King's College": a saint's or sovereign's possessive
                // before the head of a building or institution stays inside the name.
                guard EntityLexicon.possessiveNameStarts.contains(tokens[first].key), last - first <= 2, isNameWord(next),
                      isOrganizationHead(tokens[next].key) || EntityLexicon.placeHeads.contains(tokens[next].key) else { break }
                last = next
                continue
            }
            if tokens[next].has(TextToken.hyphenated), isCompound(next) { break }
            // A capitalised cue word continues the name unless it ends a gazetteer name there
            // ("United States Navy" stays "United States" and "Navy", as before).
            // Not in a title-case headline, where every verb is capitalised ("Brightwell
            // Systems Confirms Data Breach").
            if isNameWord(next) || (!text.isHeadline && isCapitalizedCueWord(next) && gazetteerMatch(at: first, limit: next)?.last != next),
               !EntityScanner.isInitial(tokens, next, sentenceStart: sentenceStart) {
                last = next
                continue
            }
            // "Demir & Sato Architects", "Marks & Spencer".
            if next + 1 < sentenceUpper, tokens[next].isPunct("&"), isNameWord(next + 1) {
                last = next + 1
                continue
            }
            // "Song of the Harbour", "Ballad of the North": a work's head before "of the".
            if next + 2 < sentenceUpper, last == first, EntityLexicon.workHeads.contains(token.key), tokens[next].key == NameLexicon.of,
               tokens[next].isLowercaseWord, tokens[next + 1].key == NameLexicon.the, tokens[next + 1].isLowercaseWord,
               isNameWord(next + 2) {
                last = next + 2
                continue
            }
            // A regnal or sequel number ends the name ("Elizabeth II", "Rocky IV"); a common
            // abbreviation after a name is part of it ("PlayStation VR").
            if tokens[next].kind == .word, tokens[next].has(TextToken.allCaps), !tokens[next].has(TextToken.possessive),
               isRomanNumeral(next) || EntityLexicon.commonAcronyms.contains(tokens[next].key) {
                last = next
                if isRomanNumeral(next) { break }
                continue
            }
            // "Institute of Technology and Colorado State University": "and" before another
            // institution's name joins two names, not one.
            if tokens[next].key == NameLexicon.and, tokens[next].isLowercaseWord, startsInstitutionName(next + 1) { break }
            // A title starting the sentence before "of" or "for", a portfolio and a name
            // ("Minister of Education Ana Ruiz said"), where the tokenizer's test of a
            // connector takes the title for an ordinary sentence start.
            let titleConnector = last == first && NameLexicon.titles.contains(token.key) && tokens[next].isLowercaseWord
                && NameLexicon.titleConnectors.contains(tokens[next].key) && next + 2 < sentenceUpper && isNameWord(next + 2)
                && !EntityScanner.isInitial(tokens, next + 2, sentenceStart: sentenceStart)
            if next + 1 < sentenceUpper,
               text.isConnector(next, lower: sentenceLower, upper: sentenceUpper, sentenceStart: sentenceStart)
                || (tokens[next].isLowercaseWord && EntityLexicon.connectors.contains(tokens[next].key)) || titleConnector,
               isNameWord(next + 1) || isCapitalizedCueWord(next + 1) {
                last = next + 1
                continue
            }
            // Two particles: "Pieter van der Berg", "María de la Cruz".
            if next + 2 < sentenceUpper, isParticle(next), isParticle(next + 1), isNameWord(next + 2) {
                last = next + 2
                continue
            }
            // "Ministry of the Interior", "Republic of the Congo", "Council for the Welfare of …".
            if next + 2 < sentenceUpper, tokens[next].key == NameLexicon.of || tokens[next].key == EntityScanner.for,
               tokens[next].isLowercaseWord,
               tokens[next + 1].key == NameLexicon.the, tokens[next + 1].isLowercaseWord, isNameWord(next + 2),
               NameLexicon.organizationHeads.contains(token.key) || NameLexicon.placeLastWords.contains(token.key)
                || EntityLexicon.organizationHeads.contains(token.key) {
                last = next + 2
                continue
            }
            break
        }
        if let match = gazetteerMatch(at: first, limit: min(sentenceUpper - 1, first + gazetteer.longestName)), match.last > last {
            last = match.last
        }
        return last
    }

    static let `for` = WordKey.of("for")

    /// Whether the capitalised words from `index` are an institution's own name: up to five
    /// of them ending in an institution's head ("Colorado State University"), or the head
    /// first and "of" after it ("University of Sheffield"). Heads: ``EntityLexicon/institutionHeads``.
    func startsInstitutionName(_ index: Int) -> Bool {
        let tokens = text.tokens
        var current = index
        while current < sentenceUpper, current - index < 5, tokens[current].isCapitalizedWord {
            if EntityLexicon.institutionHeads.contains(tokens[current].key) {
                if current > index { return true }
                return current + 1 < sentenceUpper && tokens[current + 1].key == NameLexicon.of && tokens[current + 1].isLowercaseWord
            }
            current += 1
        }
        return false
    }

    /// Whether the word at `index` is a reporting verb written with a capital ("States",
    /// "Notes", "Reports"), which continues a name after a name word or connector ("Council
    /// of States", "Alliance of Small Island States").
    func isCapitalizedCueWord(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.isCapitalizedWord, !token.has(TextToken.allCaps), CueLexicon.info(token.key) != nil else { return false }
        return !NameLexicon.stops.contains(token.key) && !NameLexicon.pronouns.contains(token.key)
            && !NameLexicon.determiners.contains(token.key)
    }

    /// Whether the word at `index` is a Roman numeral of two letters or more in capitals
    /// ("II", "XVII"; only I, V, X and L, so "MD", "CD" and "DC" are not).
    func isRomanNumeral(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .word, token.has(TextToken.allCaps) else { return false }
        let start = Int(token.start), end = text.wordEnd(index)
        guard end - start >= 2 else { return false }
        var previous = 1000
        var repeats = 0
        var offset = start
        while offset < end {
            let value: Int
            switch text.scalars[offset] {
            case "I": value = 1
            case "V": value = 5
            case "X": value = 10
            case "L": value = 50
            default: return false
            }
            repeats = value == previous ? repeats + 1 : 0
            // Subtractive pairs only as in IV, IX, XL: at most one smaller letter before.
            if value > previous, value > previous * 10 || offset - start >= 2 && text.scalars[offset - 2] == text.scalars[offset - 1] {
                return false
            }
            if repeats >= 3 { return false }
            previous = value
            offset += 1
        }
        return true
    }

    /// A lower-case particle of a personal name ("van", "der", "de", "la", "bin").
    private func isParticle(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.isLowercaseWord && token.key != NameLexicon.of
            && (NameLexicon.connectors.contains(token.key) || EntityLexicon.connectors.contains(token.key))
    }

    // MARK: - Gazetteer

    /// The longest gazetteer name starting at token `first` and ending at or before `limit`.
    func gazetteerMatch(at first: Int, limit: Int) -> (last: Int, hit: Gazetteer.Hit)? {
        let tokens = text.tokens
        let token = tokens[first]
        guard token.kind == .word || token.kind == .number, gazetteer.firstWords.contains(token.key) else { return nil }
        var key = token.key
        var best: (last: Int, hit: Gazetteer.Hit)?
        var index = first
        while true {
            if let hit = gazetteer.hit(key), hit.form != .abbreviation || token.has(TextToken.allCaps),
               tokens[index].flags & (TextToken.capitalized | TextToken.allCaps) != 0 {
                best = (index, hit)
            }
            let current = tokens[index]
            if current.flags & (TextToken.possessive | TextToken.pluralPossessive) != 0,
               !EntityLexicon.possessiveInsideNames.contains(current.key) { break }
            index += 1
            guard index <= limit, index - first < gazetteer.longestName, tokens[index].kind == .word else { break }
            key = Gazetteer.extend(key, with: tokens[index].key)
        }
        return best
    }

    // MARK: - Hyphenated compounds

    /// Whether the hyphenated word at `index` joins a gazetteer name to other words
    /// ("U.S.-backed", "ex-U.S.", "Norway-Russia"), rather than being a name itself
    /// ("Jae-in", "Guinea-Bissau").
    private func isCompound(_ index: Int) -> Bool {
        let token = text.tokens[index]
        if gazetteer.hit(token.key) != nil { return false }
        // Every part a gazetteer name or a lower-case word, one at least a name.
        var found = false
        var other = false
        forEachPart(index) { start, end, key in
            if ScalarClass.isUppercase(text.scalars[start]) {
                if let hit = gazetteer.hit(key), hit.form != .abbreviation || isCapitals(start, end) {
                    found = true
                } else {
                    other = true
                }
            }
        }
        return found && !other
    }

    /// Key of "based" ("Westholm-based").
    static let basedKey = WordKey.of("based")

    /// Emits the place in "X-based" ("the Westholm-based company": a firm based in a place)
    /// when X is a capitalised word the gazetteer does not know (a known one is a
    /// ``compound(_:)``); returns whether the word at `index` was such a word.
    private mutating func based(_ index: Int) -> Bool {
        var parts: [(start: Int, end: Int, key: UInt64)] = []
        forEachPart(index) { start, end, key in parts.append((start, end, key)) }
        guard parts.count == 2, parts[1].key == EntityScanner.basedKey, ScalarClass.isUppercase(text.scalars[parts[0].start]),
              gazetteer.hit(parts[0].key) == nil else { return false }
        var candidate = EntityCandidate(
            block: block, start: parts[0].start, end: parts[0].end, kind: .place, kindIsGuess: false, phraseKey: parts[0].key,
            firstKey: parts[0].key, lastKey: parts[0].key, wordCount: 1, isAcronym: isCapitals(parts[0].start, parts[0].end),
            inHeadline: text.isHeadline)
        candidate.inPlaceContext = true
        candidates.appendGrowingByQuarter(candidate)
        return true
    }

    /// Emits the gazetteer names inside the hyphenated word at `index`; returns whether it
    /// was such a compound.
    private mutating func compound(_ index: Int) -> Bool {
        guard isCompound(index) else { return false }
        var parts: [(Int, Int, UInt64, Gazetteer.Hit)] = []
        forEachPart(index) { start, end, key in
            if ScalarClass.isUppercase(text.scalars[start]), let hit = gazetteer.hit(key),
               hit.form != .abbreviation || isCapitals(start, end) {
                parts.append((start, end, key, hit))
            }
        }
        for (start, end, key, hit) in parts {
            let kind: NameKind = gazetteer.entries[Int(hit.entry)].kind == .place ? .place : .organization
            var candidate = EntityCandidate(
                block: block, start: start, end: end, kind: kind, kindIsGuess: false, phraseKey: key, firstKey: key,
                lastKey: key, wordCount: 1, isAcronym: isCapitals(start, end), inHeadline: text.isHeadline)
            candidate.gazetteer = hit
            candidates.appendGrowingByQuarter(candidate)
        }
        return true
    }

    /// Calls `body` with the scalar bounds and key of each part of the hyphenated word at
    /// `index` (a final period stays in the bounds, out of the key, as in ``Tokenizer``).
    private func forEachPart(_ index: Int, _ body: (Int, Int, UInt64) -> Void) {
        let token = text.tokens[index]
        let scalars = text.scalars
        var start = Int(token.start)
        let end = text.wordEnd(index)
        var offset = start
        while offset <= end {
            let isBreak = offset == end || scalars[offset] == "-" || scalars[offset] == "\u{2010}" || scalars[offset] == "\u{2011}"
            if isBreak {
                if offset > start {
                    var keyEnd = offset
                    if scalars[keyEnd - 1] == "." { keyEnd -= 1 }
                    body(start, offset, WordKey.of(scalars, start..<keyEnd))
                }
                start = offset + 1
            }
            offset += 1
        }
    }

    /// Whether the letters of `start..<end` are all capitals (at least two).
    private func isCapitals(_ start: Int, _ end: Int) -> Bool {
        var letters = 0
        for offset in start..<end where ScalarClass.isLetter(text.scalars[offset]) {
            guard ScalarClass.isUppercase(text.scalars[offset]) else { return false }
            letters += 1
        }
        return letters >= 2
    }

    // MARK: - Acronyms

    /// Whether the letters of the acronym at `acronym` are the initials of the capitalised
    /// words of `first...last`: in order from the end ("Valmont Press Agency" → VPA), or the
    /// same letters in another order ("Norland Labour Party" → LNP).
    static func spells(_ text: TokenText, acronym: Int, first: Int, last: Int) -> Bool {
        let tokens = text.tokens
        var letters: [UInt32] = []
        for offset in Int(tokens[acronym].start)..<Int(tokens[acronym].end) where ScalarClass.isLetter(text.scalars[offset]) {
            letters.append(text.scalars[offset].value | 0x20)
        }
        guard letters.count >= 2 else { return false }
        var initials: [UInt32] = []
        for index in first...last where !tokens[index].isLowercaseWord && tokens[index].kind == .word {
            initials.append(text.scalars[Int(tokens[index].start)].value | 0x20)
        }
        if initials.count >= letters.count {
            let tail = Array(initials.suffix(letters.count))
            if tail == letters || tail.sorted() == letters.sorted() { return true }
        }
        // "Alliance of Small Island States (AOSIS)": the connectors' initials spelled too.
        var all: [UInt32] = []
        for index in first...last where tokens[index].kind == .word {
            all.append(text.scalars[Int(tokens[index].start)].value | 0x20)
        }
        return all.count >= letters.count && Array(all.suffix(letters.count)) == letters
    }
}
