/// The recognizer's evidence from the list of given names (``GivenNames``) and from the
/// shape of common words, used once the body has been read to take back a guess that a name
/// is a person's ("Operation Tidewing", "Welfare of Harbourfolk").
extension EntityScanner {
    /// Whether a name guessed a person's by the shape of its words is one after all. It is
    /// not when nothing says it is (no title or role, no speech cue or "who" next to it, its
    /// first word not in ``GivenNames``, its last word not used alone elsewhere while its
    /// first word is not) and its words read as common words: the last one is written in
    /// lower case in the body ("Cobalt Idea" … "an idea"), "of" or "for" joins them
    /// ("Welfare of Harbourfolk"), or the first has the ending of a common noun or adjective
    /// ("Operation", "Offensive", "Fashionable"). Names of two or three words only; others
    /// keep their guess.
    func isPersonByNameList(_ candidate: EntityCandidate, loneNames: KeySet) -> Bool {
        if candidate.title != nil || details.role(of: candidate) != nil || candidate.inPersonContext { return true }
        if candidate.wordCount < 2 || candidate.wordCount > 3 { return true }
        if EntityScanner.thingFirstWords.contains(candidate.firstKey) { return false }
        if GivenNames.shared.contains(candidate.firstKey) { return true }
        if loneNames.contains(candidate.lastKey) && !loneNames.contains(candidate.firstKey) { return true }
        if bodyLowerWords.contains(candidate.lastKey) { return false }
        return !candidate.readsAsCommonWords
    }

    /// First words of names of works, events, brands and venues that are never given names
    /// ("Star Voyagers", "World Gaming", "Grand Meridian", "Global Offensive"): a name starting
    /// with one is no person's unless a title, role or person's context says so. Byline's own
    /// list from general knowledge of English.
    static let thingFirstWords = WordSet([
        "world", "star", "global", "international", "national", "grand", "royal", "great", "super", "golden",
        "digital", "flying", "adult", "federal", "imperial", "universal", "planet", "galaxy", "cyber",
    ])

    /// Whether the name `scalars[range]` reads as common words by its spelling: English "of"
    /// or "for" inside joins common words, not a given name and a surname ("Welfare of
    /// Harbourfolk", "Lost for Words"), or its first word has a common word's ending
    /// (``hasCommonWordEnding(firstWordOf:)``).
    static func readsAsCommonWords(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let name = scalars[range]
        if contains(name, EntityScanner.spacedOf) || contains(name, EntityScanner.spacedFor) { return true }
        return hasCommonWordEnding(firstWordOf: name)
    }

    private static func contains(_ name: ArraySlice<Unicode.Scalar>, _ part: [Unicode.Scalar]) -> Bool {
        guard name.count >= part.count else { return false }
        for offset in name.startIndex...(name.endIndex - part.count) where name[offset..<offset + part.count].elementsEqual(part) {
            return true
        }
        return false
    }

    private static let spacedOf = Array(" of ".unicodeScalars)
    private static let spacedFor = Array(" for ".unicodeScalars)

    /// Endings of English common nouns and adjectives that given names and surnames rarely
    /// have (source: Byline's own list from general knowledge of English word formation).
    static let commonWordEndings: [String] = [
        "ation", "ition", "sion", "ive", "ity", "ness", "ment", "ics", "ism", "ous", "ful", "less", "able", "ible",
        "ical", "ional", "ology", "ship", "ward", "wide", "tial", "ental", "ural",
    ]

    /// Endings of English adjectives that need a longer word before them to tell them from
    /// given names ("Atmospheric", "Scientific", "Islamic", but not "Cedric"): at least five
    /// letters before the ending.
    static let longCommonWordEndings: [String] = ["ic"]

    /// Whether the first word of `name` (lower-cased ASCII) ends in one of
    /// ``commonWordEndings`` and is longer than it by at least three letters, or in one of
    /// ``longCommonWordEndings`` and longer by at least five.
    static func hasCommonWordEnding(firstWordOf name: ArraySlice<Unicode.Scalar>) -> Bool {
        let end = name.firstIndex(where: { $0 == " " || $0 == "-" }) ?? name.endIndex
        let word = name[name.startIndex..<end]
        for tail in commonWordEndingScalars {
            guard word.count >= tail.count + 3 else { continue }
            if zip(word.suffix(tail.count), tail).allSatisfy({ lowercasedFirst($0) == $1 }) { return true }
        }
        for tail in longCommonWordEndingScalars {
            guard word.count >= tail.count + 5 else { continue }
            if zip(word.suffix(tail.count), tail).allSatisfy({ lowercasedFirst($0) == $1 }) { return true }
        }
        return false
    }

    /// ``commonWordEndings`` as scalars, made once.
    private static let commonWordEndingScalars: [[Unicode.Scalar]] = commonWordEndings.map { Array($0.unicodeScalars) }

    /// ``longCommonWordEndings`` as scalars, made once.
    private static let longCommonWordEndingScalars: [[Unicode.Scalar]] = longCommonWordEndings.map { Array($0.unicodeScalars) }

    /// The first scalar of `scalar`'s lower-case mapping (ASCII without Unicode's tables).
    @inline(__always)
    private static func lowercasedFirst(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(truncatingIfNeeded: value | 0x20)) : scalar
        }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }
}
