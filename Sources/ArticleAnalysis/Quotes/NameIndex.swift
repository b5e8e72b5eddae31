/// The names written in an article so far, for resolving speakers until Byline has an entity
/// model: people and organizations from runs of capitalised words, their titles and roles,
/// and acronyms defined inline.
///
/// It is filled sentence by sentence in reading order, so every look-up answers "the most
/// recent earlier name that fits". Names are keyed by ``WordKey``; a name's string is built
/// once, the first time it is seen.
struct NameIndex {
    /// One name.
    struct Entry: Sendable {
        /// The name as first written, titles and possessive left out ("Lin Meiyu").
        var text: String
        /// What it names.
        var kind: NameKind
        /// How many words it has.
        var wordCount: Int
        /// Whether ``kind`` is a guess from the shape of the words.
        var kindIsGuess: Bool
    }

    private(set) var entries: [Entry] = []
    private var byName: [UInt64: Int] = [:]
    /// Person names by first and by last word, with the stamp of their latest mention.
    private var personByWord: [UInt64: (entry: Int, stamp: Int)] = [:]
    private var acronyms: [UInt64: Int] = [:]
    private var byRole: [UInt64: Int] = [:]
    /// The sentence (``sentenceCount``) in which each role of ``byRole`` was last given.
    private var roleSentence: [UInt64: Int] = [:]
    private var byOrganizationHead: [UInt64: Int] = [:]
    private var organizationByFirstWord: [UInt64: Int] = [:]
    private var personWords: Set<UInt64> = []
    private var stamp = 0
    /// Evidence of each person's gender: positive for "he", negative for "she".
    private var genderVotes: [Int: Int] = [:]
    /// The people named in the sentence being indexed, with the token of their mention.
    private var sentencePersons: [(entry: Int, token: Int)] = []

    /// The organization whose document was mentioned since the last
    /// ``takeDocumentOwner()`` ("The Chinese Foreign Ministry's readout").
    private var documentOwner: Int?
    /// The people named in the last sentence before the current one that named anyone, with
    /// its block and its sentence number.
    private(set) var lastNamedPeople: (entries: [Int], block: Int, sentence: Int)?
    private var currentNamedPeople: (entries: [Int], block: Int, sentence: Int)?
    /// How many sentences were indexed: the number of the current sentence.
    private(set) var sentenceCount = 0

    /// Creates an empty index.
    init() {}

    // MARK: - Look-ups

    /// The person whose first or last name is the word with `key` ("Lin" → "Lin Meiyu",
    /// "Ruiz" → "Ana Ruiz", "Park" → "Park Ji-hoon"), the most recently mentioned: its entry
    /// index.
    func person(byWord key: UInt64) -> Int? {
        personByWord[key]?.entry
    }

    /// The entry of the name written in tokens `first...last`, if it was indexed.
    func entryIndex(_ text: TokenText, _ first: Int, _ last: Int) -> Int? {
        byName[nameKey(text, first, last)]
    }

    /// What the article says about the gender of the person `entry`: `true` for "he",
    /// `false` for "she", `nil` when it says nothing or contradicts itself.
    func isMale(_ entry: Int) -> Bool? {
        guard let votes = genderVotes[entry], votes != 0 else { return nil }
        return votes > 0
    }

    /// Records that "he" (`male`) or "she" referred to the person `entry` as a speaker: weak
    /// evidence of their gender (one vote; a title or "spokeswoman" counts two), so "Pike met
    /// Alder. He said … She said …" gives the second quotation to Alder.
    mutating func noteGender(of entry: Int, male: Bool) {
        genderVotes[entry, default: 0] += male ? 1 : -1
    }

    /// Whether the word with `key` was seen as (part of) a person's name.
    func isPersonWord(_ key: UInt64) -> Bool { personWords.contains(key) }

    /// The expansion of an acronym defined inline ("VPA" → "Valmont Press Agency").
    func acronym(_ key: UInt64) -> Entry? { acronyms[key].map { entries[$0] } }

    /// The last person written with a title or role ("spokesperson" → "Lin Meiyu"): its
    /// entry index.
    /// `nil` also when two people were given the role in the same sentence ("Mayor Ilse
    /// Brandt of Valmont and Mayor Oskar Lind of …"): "the mayor" is then either.
    func person(byRole key: UInt64) -> Int? { byRole[key].flatMap { $0 >= 0 ? $0 : nil } }

    /// The last organization whose name ends with the head `key` ("ministry" → "Chinese
    /// Foreign Ministry").
    func organization(byHead key: UInt64) -> Entry? { byOrganizationHead[key].map { entries[$0] } }

    /// The last organization whose name starts with the word `key` ("Chinese" → "Chinese
    /// Foreign Ministry").
    func organization(byFirstWord key: UInt64) -> Entry? { organizationByFirstWord[key].map { entries[$0] } }

    /// The organization whose document ("The Chinese Foreign Ministry's readout", "a State
    /// Department statement") was mentioned since the last call, if any.
    mutating func takeDocumentOwner() -> Entry? {
        defer { documentOwner = nil }
        return documentOwner.map { entries[$0] }
    }

    /// The entry with index `entry`.
    func entry(_ entry: Int) -> Entry { entries[entry] }

    // MARK: - Filling

    /// Records the names in tokens `range` (one sentence) of `text` in block `block`.
    mutating func index(_ text: TokenText, range: Range<Int>, block: Int) {
        let tokens = text.tokens
        let sentenceStart = text.afterDateline(range.lowerBound, upper: range.upperBound)
        sentencePersons.removeAll(keepingCapacity: true)
        sentenceCount += 1
        if let current = currentNamedPeople { lastNamedPeople = current }
        defer {
            noteGenderByPronouns(text, range: range)
            if !sentencePersons.isEmpty {
                // At most eight different people (enough to find "the one who fits").
                var people: [Int] = []
                for person in sentencePersons where !people.contains(person.entry) {
                    people.append(person.entry)
                    if people.count == 8 { break }
                }
                currentNamedPeople = (people, block, sentenceCount)
            }
        }
        var index = sentenceStart
        while index < range.upperBound {
            let token = tokens[index]
            if token.kind == .word, token.isLowercaseWord, NameLexicon.documents.contains(token.key), index > range.lowerBound {
                noteDocument(text, at: index, lower: range.lowerBound, upper: range.upperBound, block: block, sentenceStart: sentenceStart)
            }
            guard text.isNameWord(index, sentenceStart: sentenceStart) else {
                index += 1
                continue
            }
            let first = index
            while index + 1 < range.upperBound, !tokens[index].has(TextToken.possessive) {
                if text.isNameWord(index + 1, sentenceStart: sentenceStart) {
                    index += 1
                } else if index + 2 < range.upperBound,
                          text.isConnector(index + 1, lower: range.lowerBound, upper: range.upperBound, sentenceStart: sentenceStart) {
                    index += 2
                } else {
                    break
                }
            }
            record(text, first: first, last: index, range: sentenceStart..<range.upperBound, block: block)
            index += 1
        }
    }

    private mutating func record(_ text: TokenText, first: Int, last: Int, range: Range<Int>, block: Int) {
        let tokens = text.tokens
        let run = NameRun(text, first: first, last: last, sentenceStart: range.lowerBound)
        var roleKey: UInt64?
        if first > range.lowerBound, tokens[first - 1].isLowercaseWord, NameLexicon.roles.contains(tokens[first - 1].key) {
            roleKey = tokens[first - 1].key
        }
        if let organization = run.organization {
            _ = add(text, organization.first, organization.last, kind: .organization, block: block)
        }
        var entryIndex: Int?
        if let nameFirst = run.first {
            var kind = run.kind
            var guess = run.kindIsGuess
            if kind == .unknown && roleKey != nil { kind = .person }
            // A full name written before a role is an organization's: "Norrland Freight
            // spokesperson Elif Karaca" (a person's would be "Karaca's spokesperson").
            if run.title == nil, run.last > nameFirst, run.last + 1 < range.upperBound,
               tokens[run.last + 1].isLowercaseWord, NameLexicon.roles.contains(tokens[run.last + 1].key),
               !tokens[run.last].has(TextToken.possessive) {
                kind = .organization
                guess = false
            }
            if nameFirst == run.last {
                let key = tokens[run.last].key
                if kind == .person || run.title != nil { personWords.insert(key) }
                if kind == .organization || tokens[run.last].has(TextToken.allCaps) {
                    entryIndex = add(text, nameFirst, run.last, kind: .organization, block: block)
                } else if let person = personByWord[key]?.entry {
                    entryIndex = person
                    sentencePersons.append((person, nameFirst))
                }
            } else {
                entryIndex = add(text, nameFirst, run.last, kind: kind, block: block, guess: guess)
                if let entryIndex, entries[entryIndex].kind == .person { sentencePersons.append((entryIndex, nameFirst)) }
            }
            if let entryIndex, entries[entryIndex].kind == .person {
                // "Former Home Secretary Edwin Marsh": a former holder is not "the Home
                // Secretary" of a later cue.
                if let title = run.title, !NameIndex.saysFormer(text, first: first, lower: range.lowerBound) {
                    giveRole(title, to: entryIndex)
                } else if run.title == nil, first - 1 == range.lowerBound, tokens[first - 1].isCapitalizedWord,
                          NameLexicon.titles.contains(tokens[first - 1].key) {
                    // "Mayor Ilse Brandt of Valmont and Mayor Oskar Lind …" opening the sentence:
                    // the title is no name word there, but it still gives its role.
                    giveRole(tokens[first - 1].key, to: entryIndex)
                }
                for key in roleKeys(text, nameFirst: first, nameLast: run.last, range: range) { giveRole(key, to: entryIndex) }
                // Gender from the words next to the name: "Mr. Lin", "spokeswoman Ana Ruiz",
                // "Ruiz, a spokeswoman for …".
                var evidence = [run.title, roleKey].compactMap { $0 }
                if last + 3 < range.upperBound, tokens[last + 1].isPunct(",") {
                    evidence.append(contentsOf: (last + 2...min(last + 5, range.upperBound - 1)).map { tokens[$0].key })
                }
                for key in evidence {
                    if NameLexicon.male.contains(key) { genderVotes[entryIndex, default: 0] += 2 }
                    if NameLexicon.female.contains(key) { genderVotes[entryIndex, default: 0] -= 2 }
                }
            }
        }
        // An acronym defined right after the name: "Valmont Press Agency (VPA)".
        let open = last + 1
        if open + 2 < range.upperBound, tokens[open].isPunct("("), tokens[open + 2].isPunct(")"),
           tokens[open + 1].has(TextToken.allCaps) {
            let acronym = open + 1
            if let expansion = expansionEnd(text, acronym: acronym, runFirst: run.first ?? first, runLast: last) {
                let target = add(text, expansion, last, kind: .organization, block: block)
                acronyms[tokens[acronym].key] = target
            }
        }
    }

    /// The roles written next to a person's name, as ``NameIndex/roleKey(_:modifier:)``
    /// keys: before it ("press secretary Tom Bell", "opposition leader Bram Keller") and in
    /// an appositive after it ("Ingrid Halvorsen, Norrland's chief executive,", "Elif Karaca,
    /// a spokesperson for …").
    private func roleKeys(_ text: TokenText, nameFirst: Int, nameLast: Int, range: Range<Int>) -> [UInt64] {
        let tokens = text.tokens
        var keys: [UInt64] = []
        func add(role: Int, modifier: Int?) {
            keys.append(tokens[role].key)
            if let modifier { keys.append(NameIndex.roleKey(tokens[role].key, modifier: tokens[modifier].key)) }
        }
        let before = nameFirst - 1
        if before >= range.lowerBound, tokens[before].isLowercaseWord, NameLexicon.roles.contains(tokens[before].key) {
            let modifier = before - 1
            add(role: before, modifier: modifier >= range.lowerBound && isRoleModifier(text, modifier) ? modifier : nil)
        }
        var index = nameLast + 1
        guard index < range.upperBound, tokens[index].isPunct(",") else { return keys }
        index += 1
        // Determiners and possessive names: "a", "the", "Norrland's".
        while index < range.upperBound, index <= nameLast + 4,
              NameLexicon.determiners.contains(tokens[index].key) || tokens[index].has(TextToken.possessive) {
            index += 1
        }
        if index + 1 < range.upperBound, isRoleModifier(text, index), NameLexicon.roles.contains(tokens[index + 1].key),
           tokens[index + 1].isLowercaseWord {
            add(role: index + 1, modifier: index)
        } else if index < range.upperBound, tokens[index].isLowercaseWord, NameLexicon.roles.contains(tokens[index].key) {
            add(role: index, modifier: nil)
        }
        return keys
    }

    /// Whether the word at `index` can make a role more precise: a lower-case word that is
    /// not a function word ("opposition" leader, "chief" executive, "health" minister).
    private func isRoleModifier(_ text: TokenText, _ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.isLowercaseWord && !token.has(TextToken.possessive) && !NameLexicon.stops.contains(token.key)
            && !NameLexicon.determiners.contains(token.key) && !NameLexicon.pronouns.contains(token.key)
            && CueLexicon.info(token.key) == nil
    }

    /// Records `entry` as the last person given the role `key`; two different people given it
    /// in one sentence leave it to no one (-1) until the next person is given it.
    private mutating func giveRole(_ key: UInt64, to entry: Int) {
        if roleSentence[key] == sentenceCount, let previous = byRole[key], previous != entry {
            byRole[key] = -1
        } else {
            byRole[key] = entry
        }
        roleSentence[key] = sentenceCount
    }

    /// Whether the run of capitalised words starting at token `first` begins with, or
    /// follows (directly or through a hyphen, not before token `lower`), a word saying an
    /// office was held before ("Former Home Secretary …", "ex-President …";
    /// ``EntityScanner/formerWords``).
    static func saysFormer(_ text: TokenText, first: Int, lower: Int) -> Bool {
        let tokens = text.tokens
        if EntityScanner.isFormerWord(text, first) { return true }
        var index = first - 1
        guard index >= lower else { return false }
        if tokens[index].kind != .word, index - 1 >= lower, tokens[index].end - tokens[index].start == 1,
           tokens[index].end == tokens[first].start, tokens[index - 1].end == tokens[index].start {
            index -= 1
        }
        return EntityScanner.isFormerWord(text, index)
    }

    /// The key of a role made more precise by one word ("opposition leader").
    static func roleKey(_ role: UInt64, modifier: UInt64) -> UInt64 {
        WordKey.combining(modifier, with: role) ^ 0x5EED
    }

    /// Where the expansion of the acronym at `acronym` starts inside the run ending at
    /// `runLast`: the initials of the run's last words spell the acronym (in order, connectors
    /// and "People's"-style words allowed), or the same letters in another order ("Korean
    /// Workers' Party (WPK)").
    private func expansionEnd(_ text: TokenText, acronym: Int, runFirst: Int, runLast: Int) -> Int? {
        let tokens = text.tokens
        var letters: [UInt32] = []
        for index in Int(tokens[acronym].start)..<Int(tokens[acronym].end) where ScalarClass.isLetter(text.scalars[index]) {
            letters.append(text.scalars[index].value | 0x20)
        }
        guard letters.count >= 2 else { return nil }
        // In order, from the end.
        var letter = letters.count - 1
        var index = runLast
        while index >= runFirst, letter >= 0 {
            let token = tokens[index]
            if token.isLowercaseWord {
                index -= 1
                continue
            }
            let initial = text.scalars[Int(token.start)].value | 0x20
            guard initial == letters[letter] else { break }
            letter -= 1
            if letter < 0 { return index }
            index -= 1
        }
        // Any order: the last n capitalised words.
        var remaining = letters.sorted()
        var initials: [UInt32] = []
        index = runLast
        while index >= runFirst, initials.count < letters.count {
            let token = tokens[index]
            if !token.isLowercaseWord { initials.append(text.scalars[Int(token.start)].value | 0x20) }
            if initials.count == letters.count { break }
            index -= 1
        }
        initials.sort()
        remaining.sort()
        return initials == remaining && index >= runFirst ? index : nil
    }

    /// Remembers the source of a document mentioned at token `index` as the last one whose
    /// document was mentioned: "The Chinese Foreign Ministry's readout", "a State Department
    /// statement", "a readout issued by the Velarian Foreign Ministry", "a report from the
    /// agency's office", "The Halvard Institute published a report".
    private mutating func noteDocument(_ text: TokenText, at index: Int, lower: Int, upper: Int, block: Int, sentenceStart: Int) {
        let tokens = text.tokens
        // A name before the document: "State Department readout", "the Ministry's statement".
        var last = index - 1
        while last > lower, tokens[last].isLowercaseWord, tokens[last].has(TextToken.hyphenated) { last -= 1 }
        if last >= lower, text.isNameWord(last, sentenceStart: sentenceStart) {
            noteSource(text, runEndingAt: last, lower: lower, block: block, sentenceStart: sentenceStart)
            return
        }
        // "issued by X", "from X" after it.
        var next = index + 1
        if next < upper, tokens[next].isLowercaseWord, text.wordEnds(next, with: "ed") { next += 1 }
        if next + 1 < upper, tokens[next].isLowercaseWord, NameLexicon.documentAgents.contains(tokens[next].key) {
            var start = next + 1
            if start < upper, tokens[start].key == NameLexicon.the { start += 1 }
            var end = start
            while end + 1 < upper, text.isNameWord(end + 1, sentenceStart: sentenceStart)
                || text.isConnector(end + 1, lower: start, upper: upper, sentenceStart: sentenceStart) {
                end += 1
            }
            if start < upper, text.isNameWord(start, sentenceStart: sentenceStart) {
                noteSource(text, runEndingAt: end, lower: start, block: block, sentenceStart: sentenceStart)
                return
            }
        }
        // "X published a report": a publishing verb a few words before, its subject a name.
        var verb = index - 1
        while verb > lower, verb >= index - 4, !NameLexicon.publishing.contains(tokens[verb].key) {
            guard tokens[verb].isLowercaseWord, !NameLexicon.stops.contains(tokens[verb].key) || NameLexicon.determiners.contains(tokens[verb].key)
            else { return }
            verb -= 1
        }
        guard verb > lower, NameLexicon.publishing.contains(tokens[verb].key) else { return }
        var subject = verb - 1
        while subject > lower, tokens[subject].isLowercaseWord, NameLexicon.betweenSubjectAndCue.contains(tokens[subject].key) {
            subject -= 1
        }
        if subject >= lower, text.isNameWord(subject, sentenceStart: sentenceStart) {
            noteSource(text, runEndingAt: subject, lower: lower, block: block, sentenceStart: sentenceStart)
        }
    }

    /// Records the name run ending at `last` as the source of a document (an organization
    /// unless the article knows it as a person).
    private mutating func noteSource(_ text: TokenText, runEndingAt last: Int, lower: Int, block: Int, sentenceStart: Int) {
        let tokens = text.tokens
        var first = last
        while first > lower, !tokens[first - 1].has(TextToken.possessive),
              text.isNameWord(first - 1, sentenceStart: sentenceStart)
                || text.isConnector(first - 1, lower: lower, upper: last + 1, sentenceStart: sentenceStart) {
            first -= 1
        }
        let run = NameRun(text, first: first, last: last, sentenceStart: sentenceStart)
        guard let nameFirst = run.first else { return }
        if nameFirst == run.last, let acronym = acronyms[tokens[run.last].key] {
            documentOwner = acronym
            return
        }
        if nameFirst == run.last, let person = personByWord[tokens[run.last].key]?.entry {
            documentOwner = person
            return
        }
        let known = entryIndex(text, nameFirst, run.last).map { entries[$0] }
        let isPerson = run.kind == .person && !run.kindIsGuess || (known?.kind == .person && known?.kindIsGuess == false)
        documentOwner = add(text, nameFirst, run.last, kind: isPerson ? .person : .organization, block: block)
    }

    /// A sentence that names one person and then uses only "he/his/himself" (or only
    /// "she/herself") after the name is evidence of that person's gender: "Warren said she
    /// …". Object pronouns ("him", "her") are left out: "Calloway spoke after her" is about
    /// someone else.
    private mutating func noteGenderByPronouns(_ text: TokenText, range: Range<Int>) {
        guard let first = sentencePersons.first,
              sentencePersons.allSatisfy({ $0.entry == first.entry }) else { return }
        var male = 0
        var female = 0
        for index in (first.token + 1)..<range.upperBound where text.tokens[index].kind == .word {
            let key = text.tokens[index].key
            if NameLexicon.objectPronouns.contains(key) { continue }
            if NameLexicon.malePronouns.contains(key) { male += 1 }
            if NameLexicon.femalePronouns.contains(key) { female += 1 }
        }
        if male > 0 && female == 0 { genderVotes[first.entry, default: 0] += 1 }
        if female > 0 && male == 0 { genderVotes[first.entry, default: 0] -= 1 }
    }

    private func nameKey(_ text: TokenText, _ first: Int, _ last: Int) -> UInt64 {
        var key = WordKey.empty
        for index in first...last where text.tokens[index].kind == .word {
            key = WordKey.combining(key, with: text.tokens[index].key)
        }
        return key
    }

    /// Adds (or refreshes) the name in tokens `first...last`; returns its entry index.
    @discardableResult
    mutating func add(_ text: TokenText, _ first: Int, _ last: Int, kind: NameKind, block: Int, guess: Bool = false) -> Int {
        let tokens = text.tokens
        let key = nameKey(text, first, last)
        stamp += 1
        let entryIndex: Int
        if let existing = byName[key] {
            entryIndex = existing
            let current = entries[existing]
            if kind != .unknown, current.kind == .unknown || (current.kindIsGuess && !guess) {
                entries[existing].kind = kind
                entries[existing].kindIsGuess = guess
            }
        } else {
            entryIndex = entries.count
            entries.append(Entry(text: text.text(first, last), kind: kind, wordCount: last - first + 1, kindIsGuess: guess))
            byName[key] = entryIndex
        }
        let entry = entries[entryIndex]
        switch entry.kind {
        case .person:
            if entry.wordCount >= 2 {
                personByWord[tokens[first].key] = (entryIndex, stamp)
                personByWord[tokens[last].key] = (entryIndex, stamp)
                personWords.insert(tokens[first].key)
                personWords.insert(tokens[last].key)
            }
        case .organization:
            // Every head in the name: "the institute" is the Halvard Institute for Marine Science.
            for index in first...last where NameLexicon.organizationHeads.contains(tokens[index].key) {
                byOrganizationHead[tokens[index].key] = entryIndex
            }
            byOrganizationHead[tokens[last].key] = entryIndex
            organizationByFirstWord[tokens[first].key] = entryIndex
        case .place, .other, .unknown:
            break
        }
        return entryIndex
    }
}
