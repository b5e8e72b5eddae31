import ArticleModel

/// What a candidate mention names, before alias merging decides.
enum CandidateKind: UInt8, Sendable {
    case person, organization, place, other, unknown

    /// The model's kind; `unknown` becomes `fallback`.
    func entityKind(fallback: EntityKind) -> EntityKind {
        switch self {
        case .person: .person
        case .organization: .organization
        case .place: .place
        case .other: .other
        case .unknown: fallback
        }
    }
}

/// One name found in a block, before alias merging: where it is, its words' keys, and what
/// the words around it say about it.
///
/// Stored compactly (32-bit offsets, 0 for an absent key): an article of 10 MB has some
/// hundred thousand of them.
struct EntityCandidate: Sendable {
    private var storedBlock: Int32
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedWordCount: Int32
    /// The name as written.
    var text: String
    /// A role or description written next to it ("Foreign Ministry spokesperson").
    var role: String?
    /// Combined key of all its words (``Gazetteer/extend(_:with:)``): equal names, equal keys.
    var phraseKey: UInt64
    /// Key of its first word.
    var firstKey: UInt64
    /// Key of its last word.
    var lastKey: UInt64
    private var storedTitle: UInt64 = 0
    private var storedCoreKey: UInt64 = 0
    private var storedSurnameKey: UInt64 = 0
    private var storedAbbreviates: Int32 = -1
    /// The gazetteer entry it names, if any.
    var gazetteer: Gazetteer.Hit?
    /// What it names, as far as the words say.
    var kind: CandidateKind
    /// Whether ``kind`` is only a guess from the shape of the words.
    var kindIsGuess: Bool
    /// A single word in capitals ("VPA", "U.S.").
    var isAcronym: Bool
    /// In the headline (title case: resolved only against names of the body).
    var inHeadline: Bool
    /// A lone word that starts a sentence (weaker evidence of a name).
    var sentenceInitial: Bool
    /// Written where a place is expected: right after a preposition of place ("in", "at",
    /// "from"), after a place noun and "of" ("the port of Dunmere"), after "the capital,",
    /// before a place noun ("the Dalun district", "the Mora and Silan rivers"), or in a list
    /// with such a name.
    var inPlaceContext: Bool
    /// A lone word capitalised only because it starts a sentence: dropped unless the body
    /// capitalises it elsewhere.
    var tentative = false
    /// A tentative word the body never capitalises elsewhere: not a name after all.
    var dropped = false
    /// Written before a title as an affiliation ("Valmont" in "Valmont Foreign Minister").
    var beforeTitle = false
    /// Written where a person is expected: next to a speech cue ("Ana Ruiz said", "…, said
    /// Ana Ruiz"), or before ", who", "who" or an age (", 34,").
    var inPersonContext = false
    /// Written right before or after a score ("Ostrand 2 – 1 Velmark", "beat Velmark 3-0"):
    /// the name of a team.
    var besideScore = false
    /// A name inside a longer name that is a place only if the article names a place so
    /// elsewhere ("Wexley" in "University of Wexley"): kept by ``AliasMerger`` only then.
    var nestedPending = false

    /// Creates a candidate.
    init(
        block: Int, start: Int, end: Int, text: String, kind: CandidateKind, kindIsGuess: Bool, phraseKey: UInt64,
        firstKey: UInt64, lastKey: UInt64, wordCount: Int, gazetteer: Gazetteer.Hit?, isAcronym: Bool, title: UInt64?,
        role: String?, abbreviates: Int?, inHeadline: Bool, sentenceInitial: Bool, inPlaceContext: Bool
    ) {
        storedBlock = Int32(clamping: block)
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
        storedWordCount = Int32(clamping: wordCount)
        self.text = text
        self.role = role
        self.phraseKey = phraseKey
        self.firstKey = firstKey
        self.lastKey = lastKey
        self.gazetteer = gazetteer
        self.kind = kind
        self.kindIsGuess = kindIsGuess
        self.isAcronym = isAcronym
        self.inHeadline = inHeadline
        self.sentenceInitial = sentenceInitial
        self.inPlaceContext = inPlaceContext
        self.title = title
        self.abbreviates = abbreviates
    }

    /// Block index.
    var block: Int { Int(storedBlock) }
    /// First scalar of the name (titles left out).
    var start: Int { Int(storedStart) }
    /// One past its last scalar (a possessive ending left out).
    var end: Int { Int(storedEnd) }
    /// How many words.
    var wordCount: Int { Int(storedWordCount) }

    /// The honorific or title before a person's name ("mr", "president"), if any.
    var title: UInt64? {
        get { storedTitle == 0 ? nil : storedTitle }
        set { storedTitle = newValue ?? 0 }
    }
    /// For "Republic of Ostrand", the key of "Ostrand": the same place by its short name
    /// (for "Hofmann Academy of Music", "Hofmann Academy").
    var coreKey: UInt64? {
        get { storedCoreKey == 0 ? nil : storedCoreKey }
        set { storedCoreKey = newValue ?? 0 }
    }
    /// For a person's name with particles, the key of the surname with them ("van der Berg"
    /// in "Pieter van der Berg").
    var surnameKey: UInt64? {
        get { storedSurnameKey == 0 ? nil : storedSurnameKey }
        set { storedSurnameKey = newValue ?? 0 }
    }
    /// For an acronym defined inline ("(VPA)"), the index of the candidate it abbreviates.
    var abbreviates: Int? {
        get { storedAbbreviates < 0 ? nil : Int(storedAbbreviates) }
        set { storedAbbreviates = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
}
