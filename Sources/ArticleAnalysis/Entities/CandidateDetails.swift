/// The facts few candidate mentions have, kept beside the compact ``EntityCandidate``s so
/// that the many without them pay 4 bytes (an index) rather than 32: the role written next to
/// a person's name, the key of a name's core ("Ostrand" in "Republic of Ostrand") and the
/// key of a surname with particles ("van der Berg"), and the key of the inner word of a
/// person's name of three words or more ("Rosselló" in "Ricardo Rosselló Nevares").
struct CandidateDetails: Sendable {
    private struct Detail: Sendable {
        var role: String?
        var coreKey: UInt64 = 0
        var surnameKey: UInt64 = 0
        var innerKey: UInt64 = 0
        var foldedPhraseKey: UInt64 = 0
        var foldedFirstKey: UInt64 = 0
        var foldedLastKey: UInt64 = 0
    }

    private var items: [Detail] = []

    /// The role or description written next to `candidate` ("Foreign Ministry
    /// spokesperson"), if any.
    func role(of candidate: EntityCandidate) -> String? {
        candidate.detail.flatMap { items[$0].role }
    }

    /// For "Republic of Ostrand", the key of "Ostrand": the same place by its short name (for
    /// "Hofmann Academy of Music", "Hofmann Academy").
    func coreKey(of candidate: EntityCandidate) -> UInt64? {
        guard let index = candidate.detail, items[index].coreKey != 0 else { return nil }
        return items[index].coreKey
    }

    /// For a person's name with particles, the key of the surname with them ("van der Berg"
    /// in "Pieter van der Berg").
    func surnameKey(of candidate: EntityCandidate) -> UInt64? {
        guard let index = candidate.detail, items[index].surnameKey != 0 else { return nil }
        return items[index].surnameKey
    }

    /// For a person's name of three words or more, the key of the word before the last one
    /// (before a generational suffix, the word before that): the first of two surnames in
    /// Spanish and Portuguese usage ("Rosselló" in "Ricardo Rosselló Nevares"), the surname
    /// before "Jr." ("Downey" in "Robert Downey Jr."), or a middle name. A lone word with this
    /// key may be that person (``AliasMerger`` weighs it like a first or last word).
    func innerKey(of candidate: EntityCandidate) -> UInt64? {
        guard let index = candidate.detail, items[index].innerKey != 0 else { return nil }
        return items[index].innerKey
    }

    /// For a name with a Latin letter carrying a diacritic ("Kemal Aydoğan"), the keys of the
    /// whole name, its first word and its last word with the diacritics taken off
    /// (``DiacriticFolding``): the same name written without them ("Aydogan") is the same
    /// entity. `nil` for other names (their own keys are already plain).
    func foldedKeys(of candidate: EntityCandidate) -> (phrase: UInt64, first: UInt64, last: UInt64)? {
        guard let index = candidate.detail, items[index].foldedPhraseKey != 0 else { return nil }
        return (items[index].foldedPhraseKey, items[index].foldedFirstKey, items[index].foldedLastKey)
    }

    /// Sets the folded keys of `candidate` (see ``foldedKeys(of:)``).
    mutating func setFoldedKeys(phrase: UInt64, first: UInt64, last: UInt64, of candidate: inout EntityCandidate) {
        let index = index(of: &candidate)
        items[index].foldedPhraseKey = phrase
        items[index].foldedFirstKey = first
        items[index].foldedLastKey = last
    }

    /// Sets the inner-word key of `candidate` (see ``innerKey(of:)``).
    mutating func setInnerKey(_ key: UInt64, of candidate: inout EntityCandidate) {
        items[index(of: &candidate)].innerKey = key
    }

    /// Sets (or, with nil, clears) the role of `candidate`.
    mutating func setRole(_ role: String?, of candidate: inout EntityCandidate) {
        guard role != nil || candidate.detail != nil else { return }
        items[index(of: &candidate)].role = role
    }

    /// Sets the core key of `candidate` (see ``coreKey(of:)``).
    mutating func setCoreKey(_ key: UInt64, of candidate: inout EntityCandidate) {
        items[index(of: &candidate)].coreKey = key
    }

    /// Sets the surname key of `candidate` (see ``surnameKey(of:)``).
    mutating func setSurnameKey(_ key: UInt64, of candidate: inout EntityCandidate) {
        items[index(of: &candidate)].surnameKey = key
    }

    private mutating func index(of candidate: inout EntityCandidate) -> Int {
        if let index = candidate.detail { return index }
        items.append(Detail())
        candidate.detail = items.count - 1
        return items.count - 1
    }
}
