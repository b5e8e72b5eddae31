/// A cue found in the tokens: one word ("said") or several ("according to", "was cited as
/// saying").
struct CueMatch: Sendable {
    /// How the cue is built, which decides where its speaker is.
    enum Form: Sendable, Equatable {
        /// A reporting verb; the speaker is its subject (or follows it when inverted).
        case verb
        /// "according to X": the speaker follows.
        case according
        /// "X was quoted/cited as saying": the speaker is the subject.
        case quotedAs
        /// "VPA quoted Park as saying": the speaker is the object, tokens `first...last`.
        case quotedObject(first: Int, last: Int)
        /// "it was said by X": the speaker follows "by".
        case passiveBy
    }

    /// First token of the cue.
    var first: Int
    /// Last token of the cue.
    var last: Int
    /// The verb's behaviour.
    var info: CueInfo
    /// How the cue is built.
    var form: Form
}

/// An attribution found next to a quotation, before resolution.
struct FoundAttribution: Sendable {
    /// The cue, or `nil` for a dash sign-off or a colon lead-in without a verb.
    var cue: CueMatch?
    /// The speaker's phrase, or `nil` when it is not written next to the cue (a participle,
    /// "adding that", or a second verb, "and said").
    var speaker: NounPhrase?
    /// True when the speaker must come from the sentence: the subject of the main clause or
    /// the speaker of the sentence's previous quotation.
    var needsSubject: Bool
}

/// Finds the cue and speaker phrase of a quotation in the same sentence, by patterns over
/// tokens, in bounded windows (``QuoteExtractor`` passes the sentence around the quotation,
/// at most 60 tokens before and 40 after).
///
/// Patterns after a quotation: `"…," as X put it`, `"…," X said` (with an appositive, "Lin, a spokesman, said",
/// adverbs and time phrases, "Bell later said", "Ruiz on Tuesday said"), `"…," said X`,
/// `"…," according to X`, `"…" — X` (dash sign-off), `"…," X was cited as saying`, `"…,"
/// it was said by X`. Before a quotation: the last cue of the window with its subject (`X
/// said: "…"`, `X said that "…"`, `X told a press conference Friday that "…"`, `She said the
/// "…"`), `according to X, "…"`, an inverted cue (`, said X, "…"`), a participle or a second
/// verb whose subject is the sentence's (`…, adding "…"`, `and called it "…"`), and a colon
/// lead-in without a verb (`X had a message: "…"`).
struct AttributionFinder {
    /// The block's tokens and scalars.
    let text: TokenText

    private var tokens: [TextToken] { text.tokens }
    private var reader: NounPhraseReader { NounPhraseReader(text: text) }

    /// The cue starting at token `index`, not reaching `limit`.
    func cue(at index: Int, limit: Int) -> CueMatch? {
        guard index < limit, index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        let key = token.key
        let accordingWord = key == CueLexicon.Keys.according || CueLexicon.Keys.accordingWords.contains(key)
        if token.isCapitalizedWord && !text.isHeadline && !accordingWord {
            // Only an inverted cue opening a clause: "Said Ellis: …".
            guard index == 0 || tokens[index - 1].kind != .word, index + 1 < limit, tokens[index + 1].isCapitalizedWord,
                  let info = CueLexicon.info(key), info.invertible, !info.naming, !info.participle else { return nil }
        }
        let next = index + 1 < limit ? tokens[index + 1].key : 0
        let strong = CueInfo(invertible: false, participle: false, naming: false, strong: true)
        if CueLexicon.Keys.callForms.contains(key), index + 1 < limit, tokens[index + 1].kind == .word,
           CueLexicon.Keys.callParticles.contains(next) {
            // "called on the administration to …", "called for …": like "urged".
            let participle = CueInfo(invertible: false, participle: true, naming: false, strong: true)
            return CueMatch(first: index, last: index + 1, info: text.wordEnds(index, with: "ing") ? participle : strong, form: .verb)
        }
        if accordingWord {
            if key != CueLexicon.Keys.according { return CueMatch(first: index, last: index, info: strong, form: .according) }  // "selon X"
            return next == CueLexicon.Keys.to ? CueMatch(first: index, last: index + 1, info: strong, form: .according) : nil
        }
        if key == CueLexicon.Keys.frenchHas, index + 1 < limit, tokens[index + 1].isLowercaseWord,
           CueLexicon.Keys.frenchParticiples.contains(next) {
            // French "a déclaré", "a dit": one cue.
            let info = CueInfo(invertible: true, participle: false, naming: false, strong: true)
            return CueMatch(first: index, last: index + 1, info: info, form: .verb)
        }
        if CueLexicon.Keys.passiveAuxiliaries.contains(key) {
            var verb = index + 1
            if verb < limit, tokens[verb].key == CueLexicon.Keys.been { verb += 1 }
            guard verb < limit else { return nil }
            let verbKey = tokens[verb].key
            if CueLexicon.Keys.quotedForms.contains(verbKey), verb + 2 < limit, tokens[verb + 1].key == CueLexicon.Keys.asWord,
               CueLexicon.Keys.quotedAsVerbs.contains(tokens[verb + 2].key) {
                return CueMatch(first: index, last: verb + 2, info: strong, form: .quotedAs)
            }
            if CueLexicon.Keys.passiveParticiples.contains(verbKey), verb + 1 < limit, tokens[verb + 1].key == CueLexicon.Keys.by {
                return CueMatch(first: index, last: verb, info: strong, form: .passiveBy)
            }
            return nil
        }
        if CueLexicon.Keys.quotedForms.contains(key) {
            if next == CueLexicon.Keys.asWord, index + 2 < limit, CueLexicon.Keys.quotedAsVerbs.contains(tokens[index + 2].key) {
                return CueMatch(first: index, last: index + 2, info: strong, form: .quotedAs)
            }
            var probe = index + 2
            while probe + 1 < limit, probe <= index + 8 {
                if tokens[probe].key == CueLexicon.Keys.asWord, CueLexicon.Keys.quotedAsVerbs.contains(tokens[probe + 1].key) {
                    return CueMatch(first: index, last: probe + 1, info: strong, form: .quotedObject(first: index + 1, last: probe - 1))
                }
                if tokens[probe].kind != .word { break }
                probe += 1
            }
        }
        if CueLexicon.Keys.pointForms.contains(key) {
            return next == CueLexicon.Keys.out ? CueMatch(first: index, last: index + 1, info: strong, form: .verb) : nil
        }
        guard let info = CueLexicon.info(key) else { return nil }
        if info.naming, index + 1 < limit, tokens[index + 1].kind == .word, CueLexicon.namingBreakers.contains(next) {
            return nil
        }
        return CueMatch(first: index, last: index, info: info, form: .verb)
    }

    /// The cue text as written, lower-cased ("said", "according to", "was cited as saying";
    /// "quoted as saying" for "quoted Park as saying").
    func cueText(_ cue: CueMatch) -> String {
        switch cue.form {
        case .quotedObject:
            return (text.text(cue.first, cue.first) + " as " + text.text(cue.last, cue.last)).lowercased()
        default:
            var words: [String] = []
            for index in cue.first...cue.last where tokens[index].kind == .word {
                words.append(text.text(index, index))
            }
            return words.joined(separator: " ").lowercased()
        }
    }

    /// The attribution right after the quotation token `quote`, within tokens `..<end`.
    func after(quote: Int, end: Int, sentenceStart: Int) -> FoundAttribution? {
        var index = quote + 1
        if index < end, tokens[index].isPunct(",") { index += 1 }
        guard index < end else { return nil }
        if tokens[index].kind == .dash {
            guard let phrase = reader.forward(start: index + 1, upper: end, sentenceStart: sentenceStart),
                  reader.describe(phrase, sentenceStart: sentenceStart).head == .name else { return nil }
            let next = phrase.last + 1
            guard next >= end || tokens[next].isPunct(",") || tokens[next].isPunct("(") || tokens[next].isPunct(".") else { return nil }
            return FoundAttribution(cue: nil, speaker: phrase, needsSubject: false)
        }
        if let cue = cue(at: index, limit: end) {
            switch cue.form {
            case .according, .passiveBy:
                let start = cue.form == .passiveBy ? cue.last + 2 : cue.last + 1
                guard let phrase = reader.forward(start: start, upper: end, sentenceStart: sentenceStart) else { return nil }
                return FoundAttribution(cue: cue, speaker: phrase, needsSubject: false)
            case .quotedObject(let first, let last):
                return FoundAttribution(cue: cue, speaker: NounPhrase(first: first, last: last), needsSubject: false)
            case .quotedAs:
                return nil
            case .verb:
                if cue.info.participle { return FoundAttribution(cue: cue, speaker: nil, needsSubject: true) }
                guard cue.info.invertible, !cue.info.naming,
                      let phrase = reader.forward(start: cue.last + 1, upper: end, sentenceStart: sentenceStart) else { return nil }
                return FoundAttribution(cue: cue, speaker: phrase, needsSubject: false)
            }
        }
        // German `„…“, so Weber.`: "so" and a name ending the sentence.
        if tokens[index].isLowercaseWord, tokens[index].key == CueLexicon.Keys.germanSo,
           let phrase = reader.forward(start: index + 1, upper: end, sentenceStart: sentenceStart),
           reader.describe(phrase, sentenceStart: sentenceStart).head == .name,
           phrase.last + 1 >= end || tokens[phrase.last + 1].isPunct(".") || tokens[phrase.last + 1].isPunct(",") {
            let info = CueInfo(invertible: true, participle: false, naming: false, strong: true)
            return FoundAttribution(cue: CueMatch(first: index, last: index, info: info, form: .according), speaker: phrase, needsSubject: false)
        }
        // "…," as a harbour council memo put it: the phrase between "as" and "put it".
        if tokens[index].isLowercaseWord, tokens[index].key == CueLexicon.Keys.asWord,
           let found = putIt(asWord: index, end: end, sentenceStart: sentenceStart) {
            return found
        }
        if let found = subjectFirst(at: index, end: end, sentenceStart: sentenceStart) { return found }
        // A few words after the quotation, then the attribution ending the sentence: ""…" for
        // criminal behavior, she said.", "A clerk who "takes a few notes" is punished, Ruiz
        // said.": the whole sentence is the speaker's.
        var comma = index
        while comma < end, comma <= quote + 12, tokens[comma].kind != .quote {
            if tokens[comma].isPunct(","), let found = subjectFirst(at: comma + 1, end: end, sentenceStart: sentenceStart),
               let cue = found.cue, cue.last + 1 >= end || tokens[cue.last + 1].kind == .punct {
                return found
            }
            comma += 1
        }
        return nil
    }

    /// `as a harbour council memo put it`: the phrase between "as" at `asWord` and "put it"
    /// (at most 12 tokens on, before `end`), with "put it" as the cue.
    private func putIt(asWord: Int, end: Int, sentenceStart: Int) -> FoundAttribution? {
        var put = asWord + 2
        while put + 1 < end, put <= asWord + 12, tokens[put].kind == .word || tokens[put].kind == .number {
            if tokens[put].isLowercaseWord, CueLexicon.Keys.putForms.contains(tokens[put].key), tokens[put + 1].key == CueLexicon.Keys.it,
               tokens[put + 1].isLowercaseWord {
                guard let phrase = reader.forward(start: asWord + 1, upper: put, sentenceStart: sentenceStart), phrase.last + 1 == put else {
                    return nil
                }
                let cue = CueMatch(
                    first: put, last: put + 1, info: CueInfo(invertible: false, participle: false, naming: false, strong: true), form: .verb)
                return FoundAttribution(cue: cue, speaker: phrase, needsSubject: false)
            }
            put += 1
        }
        return nil
    }

    /// Nouns of saying that, owned by a possessive name and followed by "that", attribute
    /// the clause's quotation to the owner ("Ruiz's claim that the toll is "a tax on
    /// tourists"").
    private static let claimNouns = WordSet([
        "claim", "claims", "statement", "assertion", "assertions", "promise", "pledge", "warning", "remark",
        "remarks", "comment", "comments", "argument", "contention", "insistence", "suggestion", "charge",
        "accusation", "allegation", "allegations", "vow", "boast", "prediction", "complaint",
    ])

    /// `Ruiz's claim that the toll is "a tax on tourists"`, `As Ruiz put it, "…"`: the owner
    /// of a noun of saying (``claimNouns``) with a "that" clause holding the quotation (at
    /// most 15 tokens before it, no other quotation between), or "as X put it" right before
    /// the quotation's comma.
    private func ownedClaim(quote: Int, lower: Int, sentenceStart: Int) -> FoundAttribution? {
        if quote - 4 >= lower, tokens[quote - 1].isPunct(",") {
            // "put it" and up to six more words ("in a long review") before the comma.
            var it = quote - 2
            while it - 2 >= lower, it >= quote - 8, tokens[it].kind == .word || tokens[it].kind == .number {
                if tokens[it].key == CueLexicon.Keys.it, CueLexicon.Keys.putForms.contains(tokens[it - 1].key) {
                    var asWord = it - 3
                    while asWord >= lower, asWord >= it - 14 {
                        if tokens[asWord].key == CueLexicon.Keys.asWord, tokens[asWord].kind == .word,
                           let found = putIt(asWord: asWord, end: it + 1, sentenceStart: sentenceStart) {
                            return found
                        }
                        asWord -= 1
                    }
                    break
                }
                it -= 1
            }
        }
        var index = quote - 1
        while index - 2 >= lower, index >= quote - 15 {
            let token = tokens[index]
            if token.kind == .quote || token.isPunct(";") { return nil }
            if token.isLowercaseWord, token.key == NameLexicon.that, tokens[index - 1].isLowercaseWord,
               Self.claimNouns.contains(tokens[index - 1].key), tokens[index - 2].has(TextToken.possessive),
               text.isNameWord(index - 2, sentenceStart: sentenceStart),
               let owner = reader.backward(end: index - 2, lower: lower, sentenceStart: sentenceStart, allowAppositive: false),
               reader.describe(owner, sentenceStart: sentenceStart).head == .name {
                let info = CueInfo(invertible: false, participle: false, naming: false, strong: false)
                return FoundAttribution(cue: CueMatch(first: index - 1, last: index - 1, info: info, form: .verb), speaker: owner, needsSubject: false)
            }
            index -= 1
        }
        return nil
    }

    /// `X said`, `X was cited as saying`, `it was said by X` starting at token `index`.
    private func subjectFirst(at index: Int, end: Int, sentenceStart: Int) -> FoundAttribution? {
        guard let subject = reader.forward(start: index, upper: end, sentenceStart: sentenceStart) else { return nil }
        var position = skipDescription(from: subject.last + 1, end: end)
        position = skipBetweenSubjectAndCue(from: position, end: end)
        if position < end, tokens[position].isLowercaseWord, CueLexicon.documentVerbs.contains(tokens[position].key),
           reader.describe(subject, sentenceStart: sentenceStart).head == .document {
            // `"…," the letter reads.`: what a document says.
            let info = CueInfo(invertible: false, participle: false, naming: false, strong: true)
            return FoundAttribution(cue: CueMatch(first: position, last: position, info: info, form: .verb), speaker: subject, needsSubject: false)
        }
        if position + 1 < end, tokens[position].isLowercaseWord, NameLexicon.prepositions.contains(tokens[position].key) {
            // `"…," a narrator in the council video asks`: a short prepositional phrase
            // after the subject, then the cue.
            var probe = position + 1
            while probe < end, probe <= position + 5, tokens[probe].kind == .word || tokens[probe].kind == .number,
                  cue(at: probe, limit: end) == nil {
                probe += 1
            }
            if probe < end, let cue = cue(at: probe, limit: end), cue.form == .verb, !cue.info.participle { position = probe }
        }
        guard let cue = cue(at: position, limit: end), !cue.info.naming else { return nil }
        switch cue.form {
        case .passiveBy:
            guard let agent = reader.forward(start: cue.last + 2, upper: end, sentenceStart: sentenceStart) else { return nil }
            return FoundAttribution(cue: cue, speaker: agent, needsSubject: false)
        case .according:
            guard let source = reader.forward(start: cue.last + 1, upper: end, sentenceStart: sentenceStart) else { return nil }
            return FoundAttribution(cue: cue, speaker: source, needsSubject: false)
        case .quotedObject(let first, let last):
            return FoundAttribution(cue: cue, speaker: NounPhrase(first: first, last: last), needsSubject: false)
        case .verb, .quotedAs:
            // `Pike's niece, dock steward Marta Holm, shouted`: a person's name in the
            // appositive says who the description is.
            let next = subject.last + 1
            if next + 1 < cue.first, tokens[next].isPunct(","), reader.describe(subject, sentenceStart: sentenceStart).head == .other,
               let appositive = reader.forward(start: next + 1, upper: cue.first, sentenceStart: sentenceStart),
               appositive.last + 1 < cue.first, tokens[appositive.last + 1].isPunct(",") || tokens[appositive.last + 1].isPunct("(") {
                let description = reader.describe(appositive, sentenceStart: sentenceStart)
                if description.head == .name, description.nameKind == .person || description.nameKind == .unknown {
                    return FoundAttribution(cue: cue, speaker: appositive, needsSubject: false)
                }
            }
            return FoundAttribution(cue: cue, speaker: subject, needsSubject: false)
        }
    }

    /// `…, I laughed and said, "…"`, `Ruiz stood up and said`: the subject of the clause whose
    /// first verb is joined to the cue by "and" (from the last comma or the window's start,
    /// at most 12 tokens back), when it is a name or a pronoun.
    private func coordinatedSubject(cueFirst: Int, lower: Int, sentenceStart: Int) -> NounPhrase? {
        let and = cueFirst - 1
        guard and - 2 >= lower, tokens[and].isLowercaseWord, tokens[and].key == NameLexicon.and else { return nil }
        var start = and - 1
        while start > lower, start > and - 12, !tokens[start - 1].isPunct(","), tokens[start - 1].kind != .quote { start -= 1 }
        guard let phrase = reader.forward(start: start, upper: and, sentenceStart: sentenceStart), phrase.last + 1 < and else { return nil }
        switch reader.describe(phrase, sentenceStart: sentenceStart).head {
        case .name, .pronoun: break
        default: return nil
        }
        // Only a verb between the subject and "and" ("laughed", "stood up"), no other clause.
        for index in (phrase.last + 1)..<and where tokens[index].kind != .word || NameLexicon.relativePronouns.contains(tokens[index].key) {
            return nil
        }
        return phrase
    }

    /// Whether the word at `index` is a lower-case role, document or organization noun ("a
    /// guard at the gate", "the letter from …").
    private func isDescriptionNoun(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.isLowercaseWord && (NameLexicon.roles.contains(token.key) || NameLexicon.documents.contains(token.key)
            || NameLexicon.organizations.contains(token.key))
    }

    /// Skips what may follow a speaker's name before the cue: a parenthesis ("(R-Utah)"), an
    /// affiliation ("of the Sierra Club"), and up to two appositives between commas
    /// ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said").
    private func skipDescription(from start: Int, end: Int, toAnyVerb: Bool = false) -> Int {
        var position = start
        if position < end, tokens[position].isPunct("(") {
            var close = position + 1
            while close < end, close <= position + 8, !tokens[close].isPunct(")") { close += 1 }
            if close < end, tokens[close].isPunct(")") { position = close + 1 }
        }
        if position + 1 < end, tokens[position].isLowercaseWord, NameLexicon.affiliations.contains(tokens[position].key) {
            var probe = position + 1
            if probe < end, tokens[probe].key == NameLexicon.the { probe += 1 }
            var names = 0
            while probe < end, names < 6, text.isNameWord(probe, sentenceStart: -1) || text.isConnector(probe, lower: position, upper: end, sentenceStart: -1) {
                probe += 1
                names += 1
            }
            if names > 0 { position = probe }
        }
        var jumps = 0
        while position < end, tokens[position].isPunct(","), jumps < 2 {
            var comma = position + 1
            while comma < end, comma <= position + 24, !tokens[comma].isPunct(","), tokens[comma].kind != .quote || text.isNickname(comma) {
                comma += 1
            }
            guard comma < end, tokens[comma].isPunct(",") else { return position }
            let candidate = skipBetweenSubjectAndCue(from: comma + 1, end: end)
            if cue(at: candidate, limit: end) != nil { return comma + 1 }
            if toAnyVerb, candidate < end, tokens[candidate].isLowercaseWord, !NameLexicon.stops.contains(tokens[candidate].key) {
                return comma + 1
            }
            position = comma
            jumps += 1
        }
        return position
    }

    /// Skips adverbs, auxiliaries and time phrases after a subject ("also", "has", "later",
    /// "on Friday"), at most four words; stops at a cue.
    private func skipBetweenSubjectAndCue(from start: Int, end: Int) -> Int {
        var position = start
        var skipped = 0
        while position < end, skipped < 4, tokens[position].kind == .word, cue(at: position, limit: end) == nil {
            let key = tokens[position].key
            if NameLexicon.betweenSubjectAndCue.contains(key) || text.isAdverb(position) {
                position += 1
            } else if NameLexicon.timePrepositions.contains(key), position + 1 < end, NameLexicon.timeWords.contains(tokens[position + 1].key) {
                position += 2
            } else if NameLexicon.timeWords.contains(key) {
                position += 1
            } else {
                break
            }
            skipped += 1
        }
        return position
    }

    /// The token where the subject before the cue at `cueFirst` ends, after skipping adverbs
    /// and time phrases backwards.
    private func subjectEnd(before cueFirst: Int, lower: Int) -> Int {
        var position = cueFirst - 1
        var skipped = 0
        while position >= lower, skipped < 4, tokens[position].kind == .word {
            let key = tokens[position].key
            if tokens[position].isLowercaseWord && (NameLexicon.betweenSubjectAndCue.contains(key) || text.isAdverb(position)) {
                position -= 1
            } else if NameLexicon.timeWords.contains(key) {
                // "Day said": a capitalised time word alone is a name, not a time phrase
                // (weekdays excepted: "Ruiz Tuesday said").
                let hasPreposition = position - 1 >= lower && tokens[position - 1].isLowercaseWord
                    && NameLexicon.timePrepositions.contains(tokens[position - 1].key)
                if tokens[position].isCapitalizedWord, !NameLexicon.weekdays.contains(key), !hasPreposition { break }
                position -= 1
                if hasPreposition {
                    position -= 1
                }
            } else {
                break
            }
            skipped += 1
        }
        return position
    }

    /// "is", "are", "was", "were", "been": before a participle, a progressive tense.
    private static let progressiveAuxiliaries = WordSet(["is", "are", "was", "were", "been"])

    /// Words before a naming verb that make it passive ("is called", "I'm usually called"):
    /// someone else's name for the thing, not the subject's words.
    private static let passiveNamingAuxiliaries = WordSet([
        "is", "was", "are", "were", "be", "been", "being", "am", "get", "gets", "got", "i'm", "we're", "they're",
        "you're", "it's", "that's",
    ])
    /// Generic subjects of "what … call" ("what they call", "what some call"): nobody's words.
    private static let genericSubjects = WordSet(["they", "you", "we", "some", "many", "people", "others", "one"])

    /// Whether the naming verb at `verb` quotes no one: a passive ("is called "…"", "I'm
    /// usually called "…""; up to two adverbs between) or "what they call "…"" with a
    /// generic subject.
    private func isUnattributedNaming(_ verb: Int, lower: Int) -> Bool {
        var probe = verb - 1
        var skipped = 0
        while probe >= lower, skipped < 2, tokens[probe].isLowercaseWord, text.isAdverb(probe) {
            probe -= 1
            skipped += 1
        }
        guard probe >= lower, tokens[probe].kind == .word else { return false }
        // "is calling" is a progressive, not a passive.
        if Self.passiveNamingAuxiliaries.contains(tokens[probe].key) { return !text.wordEnds(verb, with: "ing") }
        return probe - 1 >= lower && Self.genericSubjects.contains(tokens[probe].key) && tokens[probe - 1].key == NameLexicon.what
            && tokens[probe - 1].kind == .word
    }

    /// The attribution in tokens `lower..<quote` before the quotation token `quote`.
    func before(quote: Int, lower: Int, sentenceStart: Int) -> FoundAttribution? {
        var index = lower
        var cues: [CueMatch] = []
        while index < quote {
            if tokens[index].kind == .word, let cue = cue(at: index, limit: quote) {
                if !cue.info.naming || quote - cue.last <= 10 && !isUnattributedNaming(cue.first, lower: lower) { cues.append(cue) }
                index = cue.last + 1
                continue
            }
            index += 1
        }
        // The last cue that really is a verb: "of Republican claims as" is a noun; a verb
        // inside the source of "according to" ("according to agreed facts") is not a cue.
        for (position, cue) in cues.enumerated().reversed() {
            if position > 0, cues[position - 1].form == .according, cue.first - cues[position - 1].last <= 4 { continue }
            if let found = attribution(of: cue, quote: quote, lower: lower, sentenceStart: sentenceStart) { return found }
        }
        if quote - 1 >= lower, tokens[quote - 1].isPunct(":") {
            // A colon lead-in without a verb: "Obama has a new message: "…"", "The campaign
            // issued a statement: "…"".
            guard let subject = sentenceSubject(sentenceStart: sentenceStart, upper: quote - 1) else { return nil }
            switch reader.describe(subject, sentenceStart: sentenceStart).head {
            case .name, .pronoun, .document, .organization, .role: return FoundAttribution(cue: nil, speaker: subject, needsSubject: false)
            default: return nil
            }
        }
        if let found = commaLeadIn(quote: quote, lower: lower, sentenceStart: sentenceStart) { return found }
        if let found = characterization(quote: quote, lower: lower, sentenceStart: sentenceStart) { return found }
        if let found = stanceClause(quote: quote, lower: lower, sentenceStart: sentenceStart) { return found }
        return ownedClaim(quote: quote, lower: lower, sentenceStart: sentenceStart)
    }

    /// Verbs by which a subject takes a stance on words it quotes or coins, though they are
    /// no reporting verbs ("Dalby attacked "the old guard"", "the panel ruled the claim
    /// "true"", "Ruiz has used the phrase "quiet reform""): the quotation is the subject's.
    /// Past tense and third person present.
    static let stanceVerbs = WordSet([
        "attacked", "attacks", "accused", "accuses", "ruled", "rules", "blasted", "blasts", "slammed", "slams",
        "lauded", "lauds", "hailed", "hails", "dismissed", "dismisses", "denounced", "denounces", "condemned",
        "condemns", "mocked", "mocks", "touted", "touts", "labelled", "labeled", "labels", "branded", "brands",
        "dubbed", "dubs", "decried", "decries", "derided", "derides", "ridiculed", "ridicules", "compared",
        "compares", "characterized", "characterised", "characterizes", "characterises", "promised", "promises",
        "pledged", "pledges", "used", "uses", "invoked", "invokes", "demanded", "demands", "rejected", "rejects",
        "welcomed", "welcomes", "lamented", "laments", "bemoaned", "bemoans", "blamed", "blames", "praised",
        "praises", "criticized", "criticised", "criticizes", "criticises", "warned", "warns", "vowed", "vows",
        "urged", "urges", "chanted", "chants", "defended", "defends", "seethed",
    ])

    /// `In a speech, Dalby attacked "the hateful ideology …"`, `Ruiz has used the phrase
    /// "quiet reform" often`: a quotation inside a clause whose subject (a name, a pronoun or
    /// an organization) is followed by one of ``stanceVerbs``, with no other quotation or
    /// semicolon between the verb and it, at most 12 tokens on.
    private func stanceClause(quote: Int, lower: Int, sentenceStart: Int) -> FoundAttribution? {
        var start = max(lower, text.afterDateline(sentenceStart, upper: quote))
        if start < quote, tokens[start].isPunct(",") { start += 1 }
        guard let subject = sentenceSubject(sentenceStart: start, upper: quote) else { return nil }
        switch reader.describe(subject, sentenceStart: start).head {
        case .name, .pronoun, .organization: break
        default: return nil
        }
        var verb = skipDescription(from: subject.last + 1, end: quote, toAnyVerb: true)
        verb = skipBetweenSubjectAndCue(from: verb, end: quote)
        guard verb < quote, quote - verb <= 12, tokens[verb].isLowercaseWord, Self.stanceVerbs.contains(tokens[verb].key) else { return nil }
        for index in verb..<quote where tokens[index].kind == .quote || tokens[index].isPunct(";") { return nil }
        let info = CueInfo(invertible: false, participle: false, naming: false, strong: false)
        return FoundAttribution(cue: CueMatch(first: verb, last: verb, info: info, form: .verb), speaker: subject, needsSubject: false)
    }

    /// Verbs that are not cues but introduce a quotation after a comma ("Graham spoke on Fox
    /// News, "…"", "Trump defended his decision, "…"").
    private static let leadInVerbs = WordSet([
        "spoke", "speaks", "wrote", "writes", "tweeted", "tweets", "posted", "posts", "added", "adds",
        "continued", "continues", "elaborated", "elaborates", "defended", "defends", "explained",
        "explains", "responded", "responds", "replied", "replies", "reacted", "reacts", "commented",
        "comments", "remarked", "remarks", "argued", "argues", "insisted", "insists", "concluded",
        "concludes", "reiterated", "reiterates", "stressed", "stresses", "noted", "notes", "went",
        "took", "appeared", "appears", "addressed", "addresses", "weighed", "chimed", "summed",
        "followed", "doubled", "pushed", "hit", "fired", "lashed", "shot", "struck", "offered",
        "gave", "opened", "closed", "ended", "began", "started", "put", "joked", "quipped",
        "warned", "vowed", "pleaded", "boasted", "complained", "praised", "criticized", "criticised",
        "thanked", "congratulated", "urged", "appealed", "pointed", "turned", "referred", "reflected",
    ])

    /// `Trump, also on Twitter, defended his decision, "As I …"`, `Senator X spoke on Fox
    /// News, "This …"`: a quotation opening with a capital after a comma, when the clause
    /// before it has a person's name or a pronoun as subject and one of ``leadInVerbs``.
    private func commaLeadIn(quote: Int, lower: Int, sentenceStart: Int) -> FoundAttribution? {
        guard quote - 1 > lower, tokens[quote - 1].isPunct(","), text.quoteStartsWithCapital(quote) else { return nil }
        // The clause: from the start of the window (after an earlier quotation) or the sentence.
        let clauseStart = max(lower, text.afterDateline(sentenceStart, upper: quote))
        var start = clauseStart
        if start < quote, tokens[start].isPunct(",") { start += 1 }
        guard let subject = sentenceSubject(sentenceStart: start, upper: quote - 1) else { return nil }
        switch reader.describe(subject, sentenceStart: start).head {
        case .name, .pronoun: break
        default: return nil
        }
        var verb = skipDescription(from: subject.last + 1, end: quote - 1, toAnyVerb: true)
        verb = skipBetweenSubjectAndCue(from: verb, end: quote - 1)
        guard verb < quote - 1, tokens[verb].isLowercaseWord, Self.leadInVerbs.contains(tokens[verb].key) else { return nil }
        // Only the clause's own quotation: no other verb-like break (a second comma clause
        // after the verb is fine, a full stop or a quotation is not).
        for index in verb..<(quote - 1) where tokens[index].kind == .quote { return nil }
        let info = CueInfo(invertible: false, participle: false, naming: false, strong: false)
        return FoundAttribution(cue: CueMatch(first: verb, last: verb, info: info, form: .verb), speaker: subject, needsSubject: false)
    }

    /// The attribution by `cue` of the quotation at `quote`, or `nil` when the cue turns out
    /// to be a noun ("Trump’s tweet", "of Republican claims").
    private func attribution(of cue: CueMatch, quote: Int, lower: Int, sentenceStart: Int) -> FoundAttribution? {
        switch cue.form {
        case .according:
            guard let source = reader.forward(start: cue.last + 1, upper: quote, sentenceStart: sentenceStart) else { return nil }
            return FoundAttribution(cue: cue, speaker: source, needsSubject: false)
        case .passiveBy:
            guard let agent = reader.forward(start: cue.last + 2, upper: quote, sentenceStart: sentenceStart) else { return nil }
            return FoundAttribution(cue: cue, speaker: agent, needsSubject: false)
        case .quotedObject(let first, let last):
            return FoundAttribution(cue: cue, speaker: NounPhrase(first: first, last: last), needsSubject: false)
        case .verb, .quotedAs:
            let subject = subjectPhrase(before: cue.first, lower: lower, sentenceStart: sentenceStart)
            if cue.info.participle, cue.first - 2 >= lower, tokens[cue.first - 1].isLowercaseWord,
               Self.progressiveAuxiliaries.contains(tokens[cue.first - 1].key),
               let phrase = subjectPhrase(before: cue.first - 1, lower: lower, sentenceStart: sentenceStart).phrase {
                // A progressive tense is a finite verb with its own subject: "the candidate's
                // doctor is calling him "…"", "officials were saying "…"".
                switch reader.describe(phrase, sentenceStart: sentenceStart).head {
                case .side: break
                default: return FoundAttribution(cue: cue, speaker: phrase, needsSubject: false)
                }
            }
            if cue.info.participle {
                // "footage of Trump saying, "…"" has its subject; ", adding "…"" does not.
                if let phrase = subject.phrase, tokens[cue.first - 1].kind == .word {
                    switch reader.describe(phrase, sentenceStart: sentenceStart).head {
                    case .name, .pronoun: return FoundAttribution(cue: cue, speaker: phrase, needsSubject: false)
                    default: break
                    }
                }
                return FoundAttribution(cue: cue, speaker: nil, needsSubject: true)
            }
            if subject.isNoun { return nil }
            if let phrase = subject.phrase { return FoundAttribution(cue: cue, speaker: phrase, needsSubject: false) }
            if let phrase = coordinatedSubject(cueFirst: cue.first, lower: lower, sentenceStart: sentenceStart) {
                return FoundAttribution(cue: cue, speaker: phrase, needsSubject: false)
            }
            if cue.info.invertible, cue.form == .verb,
               let speaker = reader.forward(start: cue.last + 1, upper: quote, sentenceStart: sentenceStart) {
                let next = speaker.last + 1
                if next >= quote || tokens[next].isPunct(",") || tokens[next].isPunct(":") {
                    return FoundAttribution(cue: cue, speaker: speaker, needsSubject: false)
                }
            }
            return FoundAttribution(cue: cue, speaker: nil, needsSubject: true)
        }
    }

    /// The subject written before the cue starting at `cueFirst`: the phrase, or `isNoun`
    /// when what looks like a subject shows the cue is a noun (a possessive, "Trump’s tweet";
    /// a preposition before it, "of Republican claims"). A relative pronoun stands for the
    /// phrase before it ("the Chicago Police Department, which reported").
    private func subjectPhrase(before cueFirst: Int, lower: Int, sentenceStart: Int) -> (phrase: NounPhrase?, isNoun: Bool) {
        let end = subjectEnd(before: cueFirst, lower: lower)
        guard end >= lower else { return (nil, false) }
        let token = tokens[end]
        if token.has(TextToken.possessive) || token.has(TextToken.pluralPossessive), !NameLexicon.pronouns.contains(token.key) {
            return (nil, true)  // "Trump’s tweet" (but "He’s claiming" is "he is")
        }
        if token.isLowercaseWord, NameLexicon.relativePronouns.contains(token.key) {
            var antecedent = end - 1
            if antecedent >= lower, tokens[antecedent].isPunct(",") { antecedent -= 1 }
            guard antecedent >= lower,
                  let phrase = reader.backward(end: antecedent, lower: lower, sentenceStart: sentenceStart, allowAppositive: false)
            else { return (nil, false) }
            return (phrase, false)
        }
        guard let phrase = reader.backward(end: end, lower: lower, sentenceStart: sentenceStart) else { return (nil, false) }
        let before = phrase.first - 1
        if phrase.last == end, before >= lower, tokens[before].isLowercaseWord, tokens[before].key == NameLexicon.of,
           text.wordEnds(cueFirst, with: "s") {
            return (nil, true)  // "of Republican claims"
        }
        // "Protesters marching through the streets chanted", "a guard at the gate said": the
        // phrase after a preposition is its object, not the subject; the subject is the word
        // the prepositional phrase hangs on (a participle skipped).
        if before - 1 >= lower, tokens[before].isLowercaseWord, tokens[before].key != NameLexicon.of,
           NameLexicon.prepositions.contains(tokens[before].key) {
            var head = before - 1
            if tokens[head].isLowercaseWord, text.wordEnds(head, with: "ing") || text.wordEnds(head, with: "ed"), cue(at: head, limit: cueFirst) == nil {
                head -= 1
            }
            if head >= lower, head < before - 1 || isDescriptionNoun(head),
               let subject = reader.backward(end: head, lower: lower, sentenceStart: sentenceStart, allowAppositive: false) {
                switch reader.describe(subject, sentenceStart: sentenceStart).head {
                case .name, .role, .organization, .document, .other: return (subject, false)
                case .pronoun, .side: break
                }
            }
        }
        // "Dr. Ana Ruiz of the Harbour Institute told …": the person, not the institute.
        if before - 1 >= lower, tokens[before].isLowercaseWord, NameLexicon.affiliations.contains(tokens[before].key),
           let person = reader.backward(end: before - 1, lower: lower, sentenceStart: sentenceStart, allowAppositive: false) {
            let description = reader.describe(person, sentenceStart: sentenceStart)
            if description.head == .name, description.nameKind == .person || description.nameKind == .unknown {
                return (person, false)
            }
        }
        return (phrase, false)
    }

    /// The subject at the start of the sentence (for participles and second verbs with no
    /// subject of their own): a name, a pronoun or a description, before `upper`. A leading
    /// phrase up to the first comma is skipped when the sentence does not start with one ("In
    /// a speech on Friday, Trump attacked …").
    func sentenceSubject(sentenceStart: Int, upper: Int) -> NounPhrase? {
        let sentenceStart = text.afterDateline(sentenceStart, upper: upper)
        // "Facing pressure from the European Rail Commission, Okonkwo said …", "After
        // talks with X, the minister said …": a name inside a participial or prepositional
        // phrase before the first comma is not the subject.
        let opensWithPhrase = sentenceStart < upper && tokens[sentenceStart].isCapitalizedWord
            && (text.wordEnds(sentenceStart, with: "ing") || NameLexicon.prepositions.contains(tokens[sentenceStart].key))
            && !NameLexicon.namesLikeAdverbs.contains(tokens[sentenceStart].key)
        // "On September 27 the board published …": a date after the preposition, no comma.
        if opensWithPhrase, NameLexicon.timePrepositions.contains(tokens[sentenceStart].key) {
            var probe = sentenceStart + 1
            while probe < upper, probe <= sentenceStart + 4, tokens[probe].kind == .number || NameLexicon.timeWords.contains(tokens[probe].key) {
                probe += 1
            }
            if probe > sentenceStart + 1, probe < upper, tokens[probe].isLowercaseWord,
               let subject = reader.forward(start: probe, upper: upper, sentenceStart: sentenceStart) {
                switch reader.describe(subject, sentenceStart: sentenceStart).head {
                case .name, .pronoun, .role, .organization, .document: return subject
                case .side, .other: break
                }
            }
        }
        if !opensWithPhrase, let subject = reader.forward(start: sentenceStart, upper: upper, sentenceStart: sentenceStart) {
            // "Protesters' demands …": a possessive is not the subject.
            let last = tokens[subject.last]
            if last.has(TextToken.possessive) || last.has(TextToken.pluralPossessive), !NameLexicon.pronouns.contains(last.key) {
                return nil
            }
            if reader.describe(subject, sentenceStart: sentenceStart).head != .other { return subject }
        }
        // The subject after the leading phrase; when what follows the first comma is no
        // subject, the phrase may hold commas of its own ("On July 6, 2015, Ruiz …",
        // "Following a long, late meeting, the council …"): up to three commas are tried.
        var comma = sentenceStart
        var tries = 0
        while tries < 3 {
            while comma < upper, comma < sentenceStart + 20, !tokens[comma].isPunct(","), tokens[comma].kind != .quote {
                comma += 1
            }
            guard comma + 1 < upper, tokens[comma].isPunct(",") || tokens[comma].kind == .quote else { return nil }
            // `After saying it was "too slow," she …`: the comma after the quotation.
            if tokens[comma].kind == .quote, tokens[comma + 1].isPunct(","), comma + 2 < upper { comma += 1 }
            if let subject = reader.forward(start: comma + 1, upper: upper, sentenceStart: sentenceStart) {
                switch reader.describe(subject, sentenceStart: sentenceStart).head {
                case .name:
                    // "In her 2003 book, Harbour Lights, Ruiz noted …": a name between commas
                    // after the leading phrase is its appositive when a name or pronoun follows.
                    let next = subject.last + 1
                    if opensWithPhrase, next + 1 < upper, tokens[next].isPunct(","),
                       let following = reader.forward(start: next + 1, upper: upper, sentenceStart: sentenceStart) {
                        switch reader.describe(following, sentenceStart: sentenceStart).head {
                        case .name, .pronoun: return following
                        default: break
                        }
                    }
                    return subject
                case .pronoun, .role, .organization, .document: return subject
                case .side, .other: break
                }
            }
            // Only a comma continues the leading phrase; a quotation or a real subject ends it.
            guard opensWithPhrase, tokens[comma].isPunct(",") else { return nil }
            comma += 1
            tries += 1
        }
        return nil
    }

    /// `X criticized the law as a "crazy system"`, `Reid has been pounding Trump as a "con
    /// artist"`: a quotation after "as" (and an article) takes the sentence's subject, and the
    /// verb after it as the cue. Not after "known as", "such as", "as well as", and only for
    /// quotations of the sentence's own clause (a name, pronoun, role or organization as
    /// subject).
    private func characterization(quote: Int, lower: Int, sentenceStart: Int) -> FoundAttribution? {
        var asIndex = quote - 1
        if asIndex >= lower, tokens[asIndex].isPunct(",") { asIndex -= 1 }  // "as, "a little desperate""
        if asIndex >= lower, tokens[asIndex].kind == .word, NameLexicon.articles.contains(tokens[asIndex].key) { asIndex -= 1 }
        guard asIndex - 1 >= lower, tokens[asIndex].key == CueLexicon.Keys.asWord, tokens[asIndex].kind == .word,
              !NameLexicon.notCharacterizing.contains(tokens[asIndex - 1].key) else { return nil }
        guard let subject = sentenceSubject(sentenceStart: sentenceStart, upper: asIndex) else { return nil }
        switch reader.describe(subject, sentenceStart: sentenceStart).head {
        case .name, .pronoun, .role, .organization: break
        default: return nil
        }
        var verb = skipDescription(from: subject.last + 1, end: asIndex, toAnyVerb: true)
        verb = skipBetweenSubjectAndCue(from: verb, end: asIndex)
        guard verb < asIndex, tokens[verb].isLowercaseWord, !NameLexicon.stops.contains(tokens[verb].key),
              !NameLexicon.notCharacterizing.contains(tokens[verb].key) else { return nil }
        let info = CueInfo(invertible: false, participle: false, naming: true, strong: false)
        return FoundAttribution(cue: CueMatch(first: verb, last: verb, info: info, form: .verb), speaker: subject, needsSubject: false)
    }

    /// Reported speech without a quotation ("He said Beijing hoped …", "Bell announced
    /// that …", "according to the ministry"): the first strong cue of tokens `range` with a
    /// written subject or source.
    func reportedSpeech(in range: Range<Int>) -> FoundAttribution? {
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            guard token.kind == .word, token.isLowercaseWord || text.isHeadline || token.key == CueLexicon.Keys.according,
                  let cue = cue(at: index, limit: range.upperBound), cue.info.strong, !cue.info.participle else {
                index += 1
                continue
            }
            switch cue.form {
            case .according:
                if let source = reader.forward(start: cue.last + 1, upper: range.upperBound, sentenceStart: range.lowerBound) {
                    return FoundAttribution(cue: cue, speaker: source, needsSubject: false)
                }
            case .verb, .quotedAs:
                if let subject = subjectPhrase(before: cue.first, lower: range.lowerBound, sentenceStart: range.lowerBound).phrase {
                    return FoundAttribution(cue: cue, speaker: subject, needsSubject: false)
                }
            case .passiveBy, .quotedObject:
                break
            }
            index = cue.last + 1
        }
        return nil
    }
}
