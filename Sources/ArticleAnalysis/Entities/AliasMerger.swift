import ArticleModel

/// Groups candidate mentions into entities, one per referent (a wrong merge is worse than a
/// miss):
/// - a gazetteer name, abbreviation or demonym goes to its entry ("PRC", "China", "Chinese"
///   are one place; a capital is an entry of its own);
/// - an acronym defined inline ("Valmont Press Agency (VPA)") goes to the name it follows,
///   and so do its later uses;
/// - a name written the same way again goes to the same entity;
/// - a lone word that is the first or last word of a person's name ("Ruiz", "Lin"), or the
///   inner word of a name of three words ("Rosselló" of "Ricardo Rosselló Nevares"), goes to
///   that person when only one person fits: of several, the one named in this block or the
///   two before when only one of them was; titles that say a gender ("Mr.", "Ms.") rule out
///   people the article showed to be of the other; otherwise it stays an entity of its own.
///   A lone word met before the full name waits until the end of the body; a headline's
///   names are resolved after the body (title case says nothing there), and a headline word
///   that names nothing in the body is dropped.
/// - A lone word that begins one organization's or place's name of several words is that
///   organization or place ("Bluepine" for "Bluepine Freight Ltd"); one that begins several
///   and names nothing else is an adjective and dropped. A lone word the article also uses
///   as a place (in a dateline, after "in", "from", "across" and the like, or as a gazetteer
///   place) is never the alias of an organization or place it begins ("Norland" beside
///   "Norland Transport Agency" and "Valmont, Norland —"): it is a place of its own. A lone
///   word that is another lone name plus a demonym ending ("Ostrandi", "Ostrand") is the
///   same place.
struct AliasMerger {
    private struct Builder {
        var kind: NameKind
        var kindIsGuess: Bool
        var gazetteer: Int32?
        var candidates: [Int] = []
        /// The first role or description given.
        var role: String?
    }

    private let candidates: [EntityCandidate]
    private let details: CandidateDetails
    /// The candidates' names as written, read from the article's blocks.
    private var texts: CandidateText
    private let gazetteer: Gazetteer
    private var builders: [Builder] = []
    // Per entity, beside `builders` so that look-ups over many people stay cheap.
    private var lastBlocks: [Int] = []
    private var mentionCounts: [Int] = []
    private var fullKeys: [UInt64] = []
    /// Positive when titles say a man, negative for a woman.
    private var genders: [Int] = []
    private var byPhrase: [UInt64: Int] = [:]
    private var byGazetteer: [Int32: Int] = [:]
    private var personsByWord: [UInt64: [Int]] = [:]
    private var acronyms: [UInt64: Int] = [:]
    /// Organizations and places of several words by their first word ("Bluepine" →
    /// "Bluepine Freight Ltd").
    private var byFirstWord: [UInt64: [Int]] = [:]
    /// Organizations of several words by their head ("Commission" → "European Commission",
    /// "Council" → "Council of States").
    private var byHead: [UInt64: [Int]] = [:]
    /// The entity of each candidate, -1 for none (32 bits: one per candidate).
    private var entityOfCandidate: [Int32]
    /// Lone words left apart because several people share them: people, though unmerged.
    private var ambiguousPersonWords = Set<Int>()
    /// Candidates joined to a place as its demonym ("Sorvian"): never the canonical name.
    private var derivedDemonyms = Set<Int>()
    /// Keys of the names of several words written in the headline.
    private let headlineNames: Set<UInt64>
    /// Keys of lone words the article uses as places: written where a place is expected
    /// (a dateline, after "in", "from", "across"; ``EntityCandidate/inPlaceContext``) or a
    /// place of the gazetteer by its name.
    private let placeWords: Set<UInt64>

    /// Prepares a merge of `candidates` of `article` (in reading order), their rarer facts
    /// in `details`.
    init(article: Article, candidates: [EntityCandidate], details: CandidateDetails, gazetteer: Gazetteer = .shared) {
        self.candidates = candidates
        self.details = details
        self.texts = CandidateText(article: article)
        self.gazetteer = gazetteer
        self.entityOfCandidate = Array(repeating: -1, count: candidates.count)
        self.headlineNames = Set(candidates.lazy.filter { $0.inHeadline && $0.wordCount >= 2 }.map(\.phraseKey))
        self.placeWords = Set(candidates.lazy.filter { candidate in
            guard candidate.wordCount == 1, !candidate.dropped, !candidate.nestedPending, !candidate.inHeadline,
                  candidate.kind != .person else { return false }
            if let hit = candidate.gazetteer {
                return hit.form == .name && gazetteer.entries[Int(hit.entry)].kind == .place
            }
            return candidate.inPlaceContext
        }.map(\.phraseKey))
    }

    /// The entities, in order of first mention, each with its mentions in reading order.
    mutating func merge() -> [Entity] {
        var deferred: [Int] = []
        var headline: [Int] = []
        var pending: [Int] = []
        var titles: [Int] = []
        var strays = Set<Int>()
        for index in candidates.indices where !candidates[index].dropped {
            let candidate = candidates[index]
            if candidate.titleOnly {
                titles.append(index)
                continue
            }
            if candidate.nestedPending {
                pending.append(index)
                continue
            }
            if candidate.inHeadline {
                headline.append(index)
                continue
            }
            if let entity = resolve(index, final: false) {
                attach(index, to: entity)
            } else if candidate.wordCount == 1, !candidate.isAcronym, candidate.gazetteer == nil, candidate.title == nil,
                      personsByWord[candidate.phraseKey] == nil {
                deferred.append(index)
            } else {
                attach(index, to: create(index))
            }
        }
        // Lone words after "in", "at", "from" first: a place named alone is that place, not
        // the first word of an organization ("in Valmont", "Valmont Press Agency").
        deferred = deferred.filter { candidates[$0].inPlaceContext } + deferred.filter { !candidates[$0].inPlaceContext }
        for index in deferred {
            if let entity = derivedPlace(index) {
                derivedDemonyms.insert(index)
                attach(index, to: entity)
                builders[entity].kind = .place
                builders[entity].kindIsGuess = false
            } else if let entity = resolve(index, final: true) {
                if isStrayWord(index) { strays.insert(index) }
                attach(index, to: entity)
            } else if placeWords.contains(candidates[index].phraseKey), byFirstWord[candidates[index].phraseKey] != nil {
                // "Valmont, Norland —" beside "Norland Transport Agency": the place itself.
                let entity = create(index)
                builders[entity].kind = .place
                builders[entity].kindIsGuess = false
                attach(index, to: entity)
            } else if isStrayWord(index) {
                // A head word or a demonym alone: no entity of its own, unless a place of the
                // article takes it as its demonym (``mergeDerivedNames()``).
                strays.insert(index)
                attach(index, to: create(index))
            } else if (byFirstWord[candidates[index].phraseKey]?.count ?? 0) < 2 || details.role(of: candidates[index]) != nil {
                attach(index, to: create(index))
            }
            // Else the word starts several names and stands alone here: an adjective ("the
            // Norland coast" beside "Norland Labour Party", "Norland Press Agency").
        }
        mergeDerivedNames()
        dropStrayWords(strays)
        mergeAcronyms()
        mergePlurals()
        mergeShortForms()
        for index in pending {
            if let entity = namedPlace(candidates[index].phraseKey) { attach(index, to: entity) }
        }
        for index in titles {
            if let entity = holder(of: index) { attach(index, to: entity) }
        }
        for index in headline {
            if let entity = resolve(index, final: true) {
                attach(index, to: entity)
            } else if candidates[index].gazetteer != nil {
                attach(index, to: create(index))
            }
        }
        return build()
    }

    // MARK: - Resolution

    private mutating func resolve(_ index: Int, final: Bool) -> Int? {
        let candidate = candidates[index]
        if let abbreviated = candidate.abbreviates, entityOfCandidate[abbreviated] >= 0 {
            let entity = Int(entityOfCandidate[abbreviated])
            acronyms[candidate.phraseKey] = entity
            return entity
        }
        if let hit = candidate.gazetteer {
            return byGazetteer[hit.entry]
        }
        if candidate.isAcronym, let entity = acronyms[candidate.phraseKey] { return entity }
        if let entity = byPhrase[candidate.phraseKey] { return entity }
        // "Aydogan" after "Aydoğan" (or the other way round): the name without diacritics.
        let folded = details.foldedKeys(of: candidate)
        if let folded, let entity = byPhrase[folded.phrase] { return entity }
        if let core = details.coreKey(of: candidate), let entity = byPhrase[core], builders[entity].kind != .person { return entity }
        guard candidate.wordCount == 1 else { return nil }
        guard var people = personsByWord[candidate.phraseKey] ?? folded.flatMap({ personsByWord[$0.phrase] }), !people.isEmpty else {
            if final || candidate.inHeadline, !candidate.inPlaceContext, !candidate.beforeTitle,
               !placeWords.contains(candidate.phraseKey), let owners = byFirstWord[candidate.phraseKey], owners.count == 1 {
                return owners[0]
            }
            // "the Commission" after "the European Commission": the one organization with
            // that head.
            if final, !candidate.inHeadline, !candidate.isAcronym, let owners = byHead[candidate.phraseKey], owners.count == 1 {
                return owners[0]
            }
            return nil
        }
        if let title = candidate.title {
            let male = NameLexicon.male.contains(title) ? 1 : NameLexicon.female.contains(title) ? -1 : 0
            if male != 0 { people = people.filter { genders[$0] * male >= 0 } }
        }
        if people.count == 1 { return people[0] }
        // "Defence Minister Park": the one whose role has that title.
        if let role = details.role(of: candidate) {
            let fitting = people.filter { builders[$0].role?.hasSuffix(role) == true }
            if fitting.count == 1 { return fitting[0] }
        }
        // The one the headline names in full: the article's subject.
        let named = people.filter { headlineNames.contains(fullKeys[$0]) }
        if named.count == 1 { return named[0] }
        if candidate.inHeadline { return nil }
        let recent = people.filter { candidate.block - lastBlocks[$0] <= 2 }
        if recent.count == 1 { return recent[0] }
        // The article's main person: named at least three times as often as each other one.
        let counts = people.map { mentionCounts[$0] }
        if let top = counts.max(), top >= 3, let main = counts.firstIndex(of: top),
           counts.enumerated().allSatisfy({ $0.offset == main || $0.element * 3 <= top }) {
            return people[main]
        }
        ambiguousPersonWords.insert(index)
        return nil
    }

    /// The one person whose role ends with the title written alone at candidate `index`
    /// ("the Home Secretary" → the person introduced as "Home Secretary Ana Ruiz"; "the
    /// President" → "U.S. President …"), a role with a modifier before the title ("Vice
    /// President") not counting, and named before it (a title alone refers back); `nil` when
    /// no person or several fit.
    private mutating func holder(of index: Int) -> Int? {
        guard let written = details.role(of: candidates[index]), !written.isEmpty else { return nil }
        let title = written.lowercased()
        // "The Home Secretary, Nadia Okoro, …": the name in apposition is the holder, and later
        // uses of the title alone go to her.
        let candidate = candidates[index]
        if index + 1 < candidates.count, !candidates[index + 1].dropped, entityOfCandidate[index + 1] >= 0 {
            let next = candidates[index + 1]
            let entity = Int(entityOfCandidate[index + 1])
            if next.block == candidate.block, builders[entity].kind == .person, next.start > candidate.end,
               texts.text(block: candidate.block, candidate.end..<next.start).filter { $0 != " " } == "," {
                if builders[entity].role == nil { builders[entity].role = written }
                return entity
            }
        }
        var found: Int?
        for (entity, builder) in builders.enumerated() where builder.kind == .person {
            // A title alone refers back: the holder is named before it.
            guard let role = builder.role?.lowercased(), role.hasSuffix(title),
                  let firstNamed = builder.candidates.min(), firstNamed < index else { continue }
            let before = role.dropLast(title.count)
            if !before.isEmpty {
                guard before.last == " " else { continue }
                let word = before.dropLast().split(separator: " ").last.map(String.init) ?? ""
                if AliasMerger.titleModifiers.contains(word) { continue }
            }
            if found != nil { return nil }
            found = entity
        }
        return found
    }

    /// Whether the lone word of candidate `index`, which names no entity of the article, is
    /// no name of its own: nothing says it is a person's (no title, role or person's context),
    /// and it is the last word of places' and venues' names ("the Island", "Square tickets":
    /// a head written alone, ``NameLexicon/placeLastWords``, ``EntityLexicon/placeHeads``,
    /// ``EntityLexicon/buildingHeads``, ``EntityScanner/venueHeads``) or a demonym of a place
    /// the article does not name ("Valmontese officials", "an Ostravian envoy"): a word of at
    /// least three letters before "-ese", "-ian", "-ish" or "-ean" that is no given name and no
    /// organization's head ("Guardian"); a place the article names took its demonym before
    /// this, ``derivedPlace(_:)``, or takes it after, ``mergeDerivedNames()``, and a place
    /// named only where no entity was made of it (a headline, a sentence's start) keeps its
    /// demonym as a place (``dropStrayWords(_:)``).
    private mutating func isStrayWord(_ index: Int) -> Bool {
        let candidate = candidates[index]
        guard candidate.wordCount == 1, !candidate.isAcronym, candidate.gazetteer == nil, candidate.title == nil,
              details.role(of: candidate) == nil, !candidate.strongPersonContext else { return false }
        let key = candidate.phraseKey
        if NameLexicon.placeLastWords.contains(key) || EntityLexicon.placeHeads.contains(key)
            || EntityLexicon.buildingHeads.contains(key) || EntityScanner.venueHeads.contains(key) {
            return true
        }
        // "Guardian" is a newspaper's name; "Kardashian said" may be a surname.
        guard !candidate.inPersonContext, !GivenNames.shared.contains(key), !AliasMerger.isOrganizationHead(key) else { return false }
        let word = texts.text(of: candidate).lowercased()
        return AliasMerger.strayDemonymEndings.contains { word.hasSuffix($0) && word.count >= $0.count + 3 }
    }

    /// Takes the candidates of `strays` (``isStrayWord(_:)``) out of every entity made of such
    /// candidates alone: those no place took as its demonym. A demonym of a name the article
    /// writes somewhere, alone ("Castavian" beside "in Castavia" of the headline), stays, a place.
    private mutating func dropStrayWords(_ strays: Set<Int>) {
        guard !strays.isEmpty else { return }
        var loneWords = Set<UInt64>()
        for candidate in candidates where candidate.wordCount == 1 { loneWords.insert(candidate.phraseKey) }
        var checked = Set<Int>()
        for index in strays.sorted() {
            let entity = Int(entityOfCandidate[index])
            guard entity >= 0, checked.insert(entity).inserted,
                  builders[entity].candidates.allSatisfy({ strays.contains($0) }) else { continue }
            let word = texts.text(of: candidates[index])
            if AliasMerger.demonymEndings.contains(where: { suffix in
                word.hasSuffix(suffix) && word.count >= suffix.count + 4 && loneWords.contains(WordKey.of(String(word.dropLast(suffix.count))))
            }) {
                builders[entity].kind = .place
                builders[entity].kindIsGuess = false
                continue
            }
            for member in builders[entity].candidates {
                entityOfCandidate[member] = -1
                if byPhrase[candidates[member].phraseKey] == entity { byPhrase[candidates[member].phraseKey] = nil }
            }
            mentionCounts[entity] = 0
            builders[entity].candidates = []
        }
    }

    /// Endings of demonyms that names of people rarely have (``isStrayWord(_:)``).
    static let strayDemonymEndings = ["ese", "ian", "ish", "ean"]

    /// Words that make another office of a title ("Vice President", "Deputy Mayor").
    /// A word saying the office was held before ("former", "ex", "then") makes a former
    /// holder, not the holder.
    static let titleModifiers: Set<String> = [
        "vice", "deputy", "assistant", "acting", "former", "shadow", "junior", "associate", "under", "interim",
        "ex", "then", "late", "erstwhile", "onetime", "one-time",
    ]

    /// The place the article names by `key` elsewhere (not by a demonym), for a name written
    /// inside a longer one ("Wexley" in "University of Wexley"): an entity of a place, or one
    /// whose mentions are mostly where a place is expected.
    private func namedPlace(_ key: UInt64) -> Int? {
        guard let entity = byPhrase[key] else { return nil }
        let own = builders[entity].candidates
        guard own.contains(where: { candidates[$0].phraseKey == key && !derivedDemonyms.contains($0) && !candidates[$0].nestedPending }) else {
            return nil
        }
        if builders[entity].kind == .place { return entity }
        guard builders[entity].kind != .person, builders[entity].kindIsGuess || builders[entity].kind == .unknown else { return nil }
        var informative = 0, places = 0
        for index in own where !candidates[index].inHeadline && !candidates[index].beforeTitle {
            informative += 1
            if candidates[index].inPlaceContext { places += 1 }
        }
        return places > 0 && places * 2 >= informative ? entity : nil
    }

    private mutating func create(_ index: Int) -> Int {
        let candidate = candidates[index]
        let entity = builders.count
        builders.append(Builder(
            kind: candidate.kind, kindIsGuess: candidate.kindIsGuess, gazetteer: candidate.gazetteer?.entry,
            role: details.role(of: candidate)))
        lastBlocks.append(candidate.block)
        mentionCounts.append(0)
        fullKeys.append(candidate.phraseKey)
        genders.append(0)
        if let hit = candidate.gazetteer { byGazetteer[hit.entry] = entity }
        if byPhrase[candidate.phraseKey] == nil { byPhrase[candidate.phraseKey] = entity }
        let folded = details.foldedKeys(of: candidate)
        if let folded, byPhrase[folded.phrase] == nil { byPhrase[folded.phrase] = entity }
        if candidate.isAcronym, acronyms[candidate.phraseKey] == nil { acronyms[candidate.phraseKey] = entity }
        if ambiguousPersonWords.contains(index) {
            builders[entity].kind = .person
            builders[entity].kindIsGuess = false
        }
        if let core = details.coreKey(of: candidate), byPhrase[core] == nil { byPhrase[core] = entity }
        if candidate.kind == .person, !ambiguousPersonWords.contains(index) {
            personsByWord[candidate.firstKey, default: []].append(entity)
            if candidate.lastKey != candidate.firstKey { personsByWord[candidate.lastKey, default: []].append(entity) }
            if let folded {
                if folded.first != candidate.firstKey { personsByWord[folded.first, default: []].append(entity) }
                if folded.last != candidate.lastKey, folded.last != folded.first { personsByWord[folded.last, default: []].append(entity) }
            }
            if let surname = details.surnameKey(of: candidate), byPhrase[surname] == nil { byPhrase[surname] = entity }
            if let inner = details.innerKey(of: candidate), inner != candidate.firstKey, inner != candidate.lastKey {
                personsByWord[inner, default: []].append(entity)
            }
        } else if candidate.wordCount >= 2, candidate.gazetteer == nil, !EntityLexicon.statePrefixes.contains(candidate.firstKey),
                  candidate.kind == .organization || candidate.kind == .place {
            byFirstWord[candidate.firstKey, default: []].append(entity)
        }
        if candidate.kind == .organization, candidate.wordCount >= 2 {
            if AliasMerger.isOrganizationHead(candidate.lastKey) {
                byHead[candidate.lastKey, default: []].append(entity)
            } else if AliasMerger.isOrganizationHead(candidate.firstKey) {
                byHead[candidate.firstKey, default: []].append(entity)
            }
        }
        return entity
    }

    private mutating func attach(_ index: Int, to entity: Int) {
        let candidate = candidates[index]
        entityOfCandidate[index] = Int32(entity)
        builders[entity].candidates.append(index)
        mentionCounts[entity] += 1
        if !candidate.inHeadline { lastBlocks[entity] = max(lastBlocks[entity], candidate.block) }
        if candidate.wordCount >= 2, byPhrase[candidate.phraseKey] == nil { byPhrase[candidate.phraseKey] = entity }
        if builders[entity].role == nil, !candidate.titleOnly { builders[entity].role = details.role(of: candidate) }
        if let title = candidate.title {
            if NameLexicon.male.contains(title) { genders[entity] += 1 }
            if NameLexicon.female.contains(title) { genders[entity] -= 1 }
        }
        // Evidence beats a guess: a title makes a person, a gazetteer entry its kind.
        if candidate.kind != .unknown, !candidate.kindIsGuess, builders[entity].kindIsGuess || builders[entity].kind == .unknown {
            builders[entity].kind = candidate.kind
            builders[entity].kindIsGuess = false
        }
        if builders[entity].kind == .unknown, candidate.kind != .unknown { builders[entity].kind = candidate.kind }
    }

    /// Joins a lone word that is another lone name plus a demonym ending ("Ostrandi" and
    /// "Ostrand", "Sorvian" and "Sorvia") into that name's entity, a place.
    private mutating func mergeDerivedNames() {
        // One pass over the candidates in memory order: the lone words of each entity that
        // is not a person or a gazetteer entry.
        let count = builders.count
        var isLone = [Bool](repeating: true, count: count)
        var word = [Int](repeating: -1, count: count)
        var byWord: [UInt64: Int] = [:]
        for index in candidates.indices {
            let entity = Int(entityOfCandidate[index])
            guard entity >= 0, builders[entity].kind != .person, builders[entity].gazetteer == nil else { continue }
            let candidate = candidates[index]
            if candidate.wordCount == 1 {
                if byWord[candidate.phraseKey] == nil { byWord[candidate.phraseKey] = entity }
                if word[entity] < 0 { word[entity] = index }
            }
            if candidate.wordCount != 1 || candidate.isAcronym { isLone[entity] = false }
        }
        for entity in 0..<count where isLone[entity] && word[entity] >= 0 && !builders[entity].candidates.isEmpty {
            let text = texts.text(of: candidates[word[entity]])
            for suffix in AliasMerger.demonymEndings where text.hasSuffix(suffix) && text.count >= suffix.count + 4 {
                guard let target = byWord[WordKey.of(String(text.dropLast(suffix.count)))], target != entity,
                      !builders[target].candidates.isEmpty else { continue }
                for member in builders[entity].candidates {
                    entityOfCandidate[member] = Int32(target)
                    derivedDemonyms.insert(member)
                }
                builders[target].candidates += builders[entity].candidates
                builders[entity].candidates = []
                mentionCounts[target] += mentionCounts[entity]
                mentionCounts[entity] = 0
                builders[target].kind = .place
                builders[target].kindIsGuess = false
                break
            }
        }
    }

    /// Joins an entity named only by an acronym ("GRP") to the one organization or other
    /// named thing of the article whose capitalised words' initials spell it ("Green Renewal
    /// Party", a gazetteer organization such as "European Commission" for "EC", a product
    /// such as "Quill Notebook" for "QN"), wherever the two are written (an acronym defined
    /// inline is joined earlier, by ``resolve``). Several with those initials: left apart (a
    /// wrong merge is worse than a miss).
    private mutating func mergeAcronyms() {
        let count = builders.count
        var acronymOnly = [Bool](repeating: true, count: count)
        var longest = [Int](repeating: -1, count: count)
        for index in candidates.indices {
            let entity = Int(entityOfCandidate[index])
            guard entity >= 0 else { continue }
            let candidate = candidates[index]
            if !candidate.isAcronym { acronymOnly[entity] = false }
            if longest[entity] < 0 || candidate.wordCount > candidates[longest[entity]].wordCount { longest[entity] = index }
        }
        var byInitials: [String: [Int]] = [:]
        for entity in 0..<count where !acronymOnly[entity] && longest[entity] >= 0 {
            let candidate = candidates[longest[entity]]
            let builder = builders[entity]
            guard candidate.wordCount >= 2, builder.kind == .organization || builder.kind == .other else { continue }
            if let entry = builder.gazetteer, gazetteer.entries[Int(entry)].kind != .organization { continue }
            let initials = String(texts.text(of: candidate).split(separator: " ").compactMap { word in
                word.first.flatMap { $0.isUppercase ? $0 : nil }
            })
            if initials.count >= 2 { byInitials[initials, default: []].append(entity) }
        }
        for entity in 0..<count where acronymOnly[entity] && longest[entity] >= 0 {
            guard builders[entity].kind != .person, builders[entity].gazetteer == nil else { continue }
            let letters = String(texts.text(of: candidates[longest[entity]]).filter { $0.isLetter })
            guard let targets = byInitials[letters], targets.count == 1, let target = targets.first, target != entity else { continue }
            for member in builders[entity].candidates { entityOfCandidate[member] = Int32(target) }
            builders[target].candidates += builders[entity].candidates
            builders[entity].candidates = []
            mentionCounts[target] += mentionCounts[entity]
            mentionCounts[entity] = 0
        }
    }

    /// Joins an organization (or a name of unknown kind) written in the plural ("Harbour
    /// Democrats", "Foresters") to the entity of its singular form written elsewhere in the
    /// article ("Harbour Democrat", "Forester"), and the other way round: one referent, as
    /// for a party and its members' name; the group is an organization. "-ies" pairs with
    /// "-y" ("Tories", "Tory"). People known by a title, role or context, places and
    /// gazetteer entries are never joined this way.
    private mutating func mergePlurals() {
        let count = builders.count
        var longest = [Int](repeating: -1, count: count)
        for index in candidates.indices {
            let entity = Int(entityOfCandidate[index])
            guard entity >= 0 else { continue }
            if longest[entity] < 0 || candidates[index].wordCount > candidates[longest[entity]].wordCount { longest[entity] = index }
        }
        // A person only by the shape of the words (no title, role or given name's evidence):
        // a name written both in the singular and the plural is a group's, not a person's.
        func eligible(_ entity: Int) -> Bool {
            let builder = builders[entity]
            return (builder.kind != .person || (builder.kindIsGuess && builder.role == nil)) && builder.kind != .place
                && builder.gazetteer == nil && !builder.candidates.isEmpty
        }
        var byKey: [UInt64: Int] = [:]
        for entity in 0..<count where eligible(entity) && longest[entity] >= 0 {
            byKey[AliasMerger.key(of: texts.text(of: candidates[longest[entity]]))] = entity
        }
        for entity in 0..<count where eligible(entity) && longest[entity] >= 0 {
            let name = texts.text(of: candidates[longest[entity]])
            var singulars: [String] = []
            if name.hasSuffix("ies"), name.count > 5 { singulars.append(String(name.dropLast(3)) + "y") }
            if name.hasSuffix("s"), !name.hasSuffix("ss"), name.count > 4 { singulars.append(String(name.dropLast())) }
            for singular in singulars {
                guard let target = byKey[AliasMerger.key(of: singular)], target != entity, eligible(target) else { continue }
                for member in builders[entity].candidates { entityOfCandidate[member] = Int32(target) }
                builders[target].candidates += builders[entity].candidates
                builders[entity].candidates = []
                mentionCounts[target] += mentionCounts[entity]
                mentionCounts[entity] = 0
                if builders[target].kind == .unknown || builders[target].kindIsGuess, builders[entity].kind != .unknown,
                   !builders[entity].kindIsGuess {
                    builders[target].kind = builders[entity].kind
                    builders[target].kindIsGuess = false
                }
                if builders[target].kind == .person || builders[target].kind == .unknown {
                    builders[target].kind = .organization
                    builders[target].kindIsGuess = false
                }
                break
            }
        }
    }

    /// Joins a short form to the organization it stands for, when the article names both:
    /// - a clipped name: every word of a name of two words or more begins the word in the same
    ///   place of another's name, with three letters at least, a plural "s" left aside, one
    ///   word at least shorter ("Soc Dems" and "Social Democrats", "Lib Dem" and "Liberal
    ///   Democrat");
    /// - a party's nickname (``EntityLexicon/partyNicknames``: "Tory" and "Tories" for
    ///   "Conservative", "Conservatives" or "Conservative Party").
    /// Entities as in ``mergePlurals()``: never people known by a title, role or context,
    /// places or gazetteer entries; the group is an organization.
    private mutating func mergeShortForms() {
        let count = builders.count
        var longest = [Int](repeating: -1, count: count)
        /// The first candidate of each name (its entity may change as short forms join).
        var keysOf: [UInt64: Int] = [:]
        for index in candidates.indices {
            let entity = Int(entityOfCandidate[index])
            guard entity >= 0 else { continue }
            if longest[entity] < 0 || candidates[index].wordCount > candidates[longest[entity]].wordCount { longest[entity] = index }
            if keysOf[candidates[index].phraseKey] == nil { keysOf[candidates[index].phraseKey] = index }
        }
        func eligible(_ entity: Int) -> Bool {
            let builder = builders[entity]
            return (builder.kind != .person || (builder.kindIsGuess && builder.role == nil)) && builder.kind != .place
                && builder.gazetteer == nil && !builder.candidates.isEmpty
        }
        func words(_ entity: Int) -> [Substring] { texts.text(of: candidates[longest[entity]]).split(separator: " ") }
        func initials(_ words: [Substring]) -> String { String(words.compactMap(\.first)).lowercased() }
        var byInitials: [String: [Int]] = [:]
        for entity in 0..<count where longest[entity] >= 0 && eligible(entity) {
            let own = words(entity)
            if own.count >= 2 { byInitials[initials(own), default: []].append(entity) }
        }
        for entity in 0..<count where longest[entity] >= 0 && eligible(entity) {
            let short = words(entity)
            guard short.count >= 2, let targets = byInitials[initials(short)] else { continue }
            let fitting = targets.filter { $0 != entity && eligible($0) && AliasMerger.isClipped(short, of: words($0)) }
            if fitting.count == 1 { absorb(entity, into: fitting[0]) }
        }
        for entity in 0..<count where longest[entity] >= 0 && eligible(entity) && candidates[longest[entity]].wordCount == 1 {
            guard let formal = EntityLexicon.partyNicknames[candidates[longest[entity]].phraseKey] else { continue }
            for name in formal {
                guard let first = keysOf[AliasMerger.key(of: name)] else { continue }
                let target = Int(entityOfCandidate[first])
                guard target >= 0, target != entity, eligible(target) else { continue }
                absorb(entity, into: target)
                break
            }
        }
        // "the Tories", "Labour", "the Lib Dems" with no longer name of the party in the
        // article: still a party, an organization (``EntityLexicon/partyNames``).
        for entity in 0..<count where longest[entity] >= 0 && eligible(entity) && !builders[entity].candidates.isEmpty
            && (builders[entity].kindIsGuess || builders[entity].kind == .unknown || builders[entity].kind == .other)
            && EntityLexicon.partyNames.contains(candidates[longest[entity]].phraseKey) {
            builders[entity].kind = .organization
            builders[entity].kindIsGuess = false
        }
    }

    /// Whether the words of `short` clip those of `long` one by one (see ``mergeShortForms()``).
    static func isClipped(_ short: [Substring], of long: [Substring]) -> Bool {
        guard short.count == long.count else { return false }
        var shorter = false
        for (a, b) in zip(short, long) {
            var clip = a.lowercased(), full = b.lowercased()
            if clip == full { continue }
            if clip.hasSuffix("s"), full.hasSuffix("s") {
                clip.removeLast()
                full.removeLast()
            }
            guard clip.count >= 3, clip.count < full.count, full.hasPrefix(clip) else { return false }
            shorter = true
        }
        return shorter
    }

    /// Moves every mention of `entity` into `target`, an organization from then on.
    private mutating func absorb(_ entity: Int, into target: Int) {
        for member in builders[entity].candidates { entityOfCandidate[member] = Int32(target) }
        builders[target].candidates += builders[entity].candidates
        builders[entity].candidates = []
        mentionCounts[target] += mentionCounts[entity]
        mentionCounts[entity] = 0
        if builders[target].kind == .person || builders[target].kind == .unknown || builders[target].kindIsGuess {
            builders[target].kind = .organization
            builders[target].kindIsGuess = false
        }
    }

    /// The combined key of the words of `name`, as the scanner computes a candidate's
    /// ``EntityCandidate/phraseKey``.
    static func key(of name: String) -> UInt64 {
        var tokens: [TextToken] = []
        Tokenizer.tokenize(Array(name.unicodeScalars), parts: [], into: &tokens)
        var key: UInt64 = 0
        var words = 0
        for token in tokens where token.kind == .word || token.kind == .number {
            key = words == 0 ? token.key : Gazetteer.extend(key, with: token.key)
            words += 1
        }
        return key
    }

    /// The place whose name is this lone word without a demonym ending ("Sorvian" →
    /// "Sorvia"), among the entities so far.
    private mutating func derivedPlace(_ index: Int) -> Int? {
        let word = texts.text(of: candidates[index])
        for suffix in AliasMerger.demonymEndings where word.hasSuffix(suffix) && word.count >= suffix.count + 4 {
            if let entity = byPhrase[WordKey.of(String(word.dropLast(suffix.count)))], builders[entity].kind != .person,
               builders[entity].gazetteer == nil {
                return entity
            }
        }
        return nil
    }

    private static func isOrganizationHead(_ key: UInt64) -> Bool {
        NameLexicon.organizationHeads.contains(key) || EntityLexicon.organizationHeads.contains(key)
    }

    /// Endings that make a demonym of a place's name (English usage).
    static let demonymEndings = ["ian", "an", "ese", "ish", "i", "n"]

    // MARK: - Building

    /// The entities, built in one pass over the candidates in index order (memory order:
    /// an article of 10 MB has some hundred thousand candidates, and visiting them entity by
    /// entity would jump around in memory).
    private mutating func build() -> [Entity] {
        let count = builders.count
        var mentions = [[Mention]](repeating: [], count: count)
        for entity in 0..<count { mentions[entity].reserveCapacity(builders[entity].candidates.count) }
        var preferred = [Int](repeating: -1, count: count)
        var other = [Int](repeating: -1, count: count)
        var roles = [String?](repeating: nil, count: count)
        var hasProperName = [Bool](repeating: false, count: count)
        var informative = [Int](repeating: 0, count: count)
        var places = [Int](repeating: 0, count: count)
        var teams = [Bool](repeating: false, count: count)
        var geoNamesPlaces = [Bool](repeating: false, count: count)
        var strongPersons = [Int](repeating: 0, count: count)
        var commonWords = [Int](repeating: 0, count: count)
        var givenNames = [Int](repeating: 0, count: count)
        var firms = [Int](repeating: 0, count: count)
        let geoNames = GeoNamesPlaces.shared
        for index in candidates.indices {
            let entity = Int(entityOfCandidate[index])
            guard entity >= 0 else { continue }
            let candidate = candidates[index]
            if candidate.besideScore { teams[entity] = true }
            if candidate.strongPersonContext { strongPersons[entity] += 1 }
            if candidate.organizationContext { firms[entity] += 1 }
            if !candidate.isAcronym, builders[entity].kind != .person, geoNames.contains(candidate.phraseKey) {
                geoNamesPlaces[entity] = true
            }
            if !candidate.inHeadline, !candidate.beforeTitle {
                informative[entity] += 1
                if candidate.inPlaceContext { places[entity] += 1 }
                if candidate.wordCount == 1, candidate.readsAsCommonWords { commonWords[entity] += 1 }
                if candidate.wordCount == 1, !candidate.isAcronym, candidate.gazetteer == nil,
                   GivenNames.shared.contains(candidate.phraseKey) {
                    givenNames[entity] += 1
                }
            }
            mentions[entity].append(Mention(
                range: TextRange(block: candidate.block, start: candidate.start, end: candidate.end), text: texts.text(of: candidate)))
            if roles[entity] == nil, !candidate.titleOnly { roles[entity] = details.role(of: candidate) }
            // Canonical name: the most words, then the most scalars, the first of equals; an
            // abbreviation or demonym of the gazetteer never; an acronym or a derived demonym
            // only when nothing else names the entity.
            if let hit = candidate.gazetteer, hit.form == .abbreviation || hit.form == .demonym { continue }
            let secondary = derivedDemonyms.contains(index) || candidate.titleOnly
                || (builders[entity].gazetteer == nil && candidate.isAcronym)
            if !secondary { hasProperName[entity] = true }
            if secondary {
                if isFuller(index, than: other[entity]) { other[entity] = index }
            } else if isFuller(index, than: preferred[entity]) {
                preferred[entity] = index
            }
        }
        var entities: [Entity] = []
        for (entity, builder) in builders.enumerated() where !mentions[entity].isEmpty {
            // Taken out, so that a reordered copy does not live beside the original.
            let own = mentions[entity]
            mentions[entity] = []
            let list = inReadingOrder(own)
            let name: String
            if hasProperName[entity], preferred[entity] >= 0 {
                name = texts.text(of: candidates[preferred[entity]])
            } else if other[entity] >= 0 {
                name = texts.text(of: candidates[other[entity]])
            } else if let entry = builder.gazetteer {
                name = gazetteer.entries[Int(entry)].name
            } else {
                name = list[0].text
            }
            var aliases: [String] = []
            var seen: Set<String> = [name]
            for mention in list where seen.insert(mention.text).inserted { aliases.append(mention.text) }
            var kind = kind(
                builder, informative: informative[entity], places: places[entity], isGeoNamesPlace: geoNamesPlaces[entity],
                strongPersons: strongPersons[entity], commonWords: commonWords[entity], givenNames: givenNames[entity],
                firms: firms[entity])
            // "Ostrand 2 – 1 Velmark": a place named beside a score is a team, an organization.
            if teams[entity], kind == .place { kind = .organization }
            entities.append(Entity(name: name, kind: kind, aliases: aliases, role: roles[entity], mentions: list))
        }
        entities.sort { $0.firstPosition < $1.firstPosition }
        return entities
    }

    /// Whether candidate `index` names more fully than candidate `current` (-1: none).
    private func isFuller(_ index: Int, than current: Int) -> Bool {
        guard current >= 0 else { return true }
        let candidate = candidates[index], best = candidates[current]
        if candidate.wordCount != best.wordCount { return candidate.wordCount > best.wordCount }
        return candidate.end - candidate.start > best.end - best.start
    }

    /// `mentions` sorted by position. They were attached in runs that are each in reading
    /// order (the body, then lone words resolved at its end, then the headline), so the runs
    /// are merged: linear, where a sort would not be.
    private func inReadingOrder(_ mentions: [Mention]) -> [Mention] {
        func precedes(_ a: Mention, _ b: Mention) -> Bool { a.range.lowerBound < b.range.lowerBound }
        var runs: [ArraySlice<Mention>] = []
        var start = 0
        for index in mentions.indices.dropFirst() where !precedes(mentions[index - 1], mentions[index]) {
            runs.append(mentions[start..<index])
            start = index
        }
        runs.append(mentions[start..<mentions.count])
        guard runs.count > 1 else { return mentions }
        if runs.count > 8 { return mentions.sorted(by: precedes) }
        var merged = Array(runs[0])
        for run in runs.dropFirst() {
            var result: [Mention] = []
            result.reserveCapacity(merged.count + run.count)
            var left = merged.startIndex
            var right = run.startIndex
            while left < merged.endIndex, right < run.endIndex {
                if precedes(run[right], merged[left]) {
                    result.append(run[right])
                    right += 1
                } else {
                    result.append(merged[left])
                    left += 1
                }
            }
            result.append(contentsOf: merged[left...])
            result.append(contentsOf: run[right...])
            merged = result
        }
        return merged
    }

    /// The kind: the words' evidence; for a guess, a place when at least half its mentions
    /// in running text (`informative`: not the headline, not a word before a title) follow
    /// "in", "at", "from" (`places`); else a place when GeoNames knows the name
    /// (``GeoNamesPlaces``) and nothing else says what it is; a lone name with no evidence but
    /// a person's context ("Delacroix, 41,", "…," said Delacroix) a person; a lone word of
    /// unknown kind written in the body in lower case too, at most three times in running
    /// text and every time alone (`commonWords`: "Player of the Match", "Radio"), `other`:
    /// when the evidence is that thin, a capitalised common word is likelier than an
    /// organization, and `other` is better than a wrong kind; a lone word of unknown kind that
    /// is a given name every time in running text (`givenNames`: "Nadia", "Ivan"; ``GivenNames``)
    /// a person: a first name alone names someone the article calls by it; a name written
    /// where a firm is expected at least once (`firms`: "Veltrix unveiled", "shares of
    /// Corvane"; ``EntityCandidate/organizationContext``) and never where only a person is, an
    /// organization, unless it was guessed a thing ("Quill Notebook's share"); a lone word of
    /// unknown kind written once in running text with nothing else saying what it is, `other`
    /// (such a word is as often a person's surname, a place, a product, a group of people or a
    /// capitalised common word as an organization: on the plaintext Wikinews articles about
    /// one in five was an organization); else the guess or an organization (a lone name the
    /// article repeats is most often a company, party or body).
    private func kind(
        _ builder: Builder, informative: Int, places: Int, isGeoNamesPlace: Bool, strongPersons: Int, commonWords: Int,
        givenNames: Int, firms: Int
    ) -> EntityKind {
        if builder.kind == .person || (builder.kind != .unknown && !builder.kindIsGuess) {
            return builder.kind.entityKind(fallback: .organization)
        }
        if places > 0, places * 2 >= informative { return .place }
        if isGeoNamesPlace, strongPersons == 0 { return .place }
        if firms > 0, strongPersons == 0, builder.kind == .unknown || builder.kind == .organization { return .organization }
        if builder.kind == .unknown, strongPersons > 0, strongPersons * 4 >= informative { return .person }
        if builder.kind == .unknown, commonWords > 0, commonWords == informative, informative <= 3 { return .other }
        if builder.kind == .unknown, givenNames > 0, givenNames == informative { return .person }
        if builder.kind == .unknown, informative <= 1 { return .other }
        return builder.kind.entityKind(fallback: .organization)
    }
}
