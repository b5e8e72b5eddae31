import ArticleModel

/// One name found in a block, before alias merging: where it is, its words' keys, and what
/// the words around it say about it.
///
/// Stored compactly, without strings (an article of 10 MB has a few hundred thousand of
/// them): 32-bit offsets, 0 for an absent key, -1 for an absent index, the yes/no facts in
/// one bit set: 64 bytes. The name as written is `block.text`'s scalars `start..<end`, rebuilt
/// from the article when an ``ArticleModel/Entity`` is made (``CandidateText``); facts few
/// candidates have (a role, a core key, a surname key) are kept beside them in
/// ``CandidateDetails``.
struct EntityCandidate: Sendable {
    /// Combined key of all its words (``Gazetteer/extend(_:with:)``): equal names, equal keys.
    var phraseKey: UInt64
    /// Key of its first word.
    var firstKey: UInt64
    /// Key of its last word.
    var lastKey: UInt64
    private var storedTitle: UInt64 = 0
    private var storedBlock: Int32
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedWordCount: Int32
    private var storedAbbreviates: Int32 = -1
    private var storedDetail: Int32 = -1
    private var storedGazetteerEntry: Int32 = -1
    private var storedGazetteerForm: Gazetteer.Form = .name
    /// What it names, as far as the words say.
    var kind: NameKind
    private var flags: UInt16 = 0

    /// Creates a candidate (no role, title, abbreviation, gazetteer entry or other facts;
    /// set them after).
    init(
        block: Int, start: Int, end: Int, kind: NameKind, kindIsGuess: Bool, phraseKey: UInt64,
        firstKey: UInt64, lastKey: UInt64, wordCount: Int, isAcronym: Bool, inHeadline: Bool
    ) {
        storedBlock = Int32(clamping: block)
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
        storedWordCount = Int32(clamping: wordCount)
        self.phraseKey = phraseKey
        self.firstKey = firstKey
        self.lastKey = lastKey
        self.kind = kind
        self.kindIsGuess = kindIsGuess
        self.isAcronym = isAcronym
        self.inHeadline = inHeadline
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
    /// For an acronym defined inline ("(VPA)"), the index of the candidate it abbreviates.
    var abbreviates: Int? {
        get { storedAbbreviates < 0 ? nil : Int(storedAbbreviates) }
        set { storedAbbreviates = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    /// Index into ``CandidateDetails`` of its rarer facts (role, core key, surname key), if
    /// it has any.
    var detail: Int? {
        get { storedDetail < 0 ? nil : Int(storedDetail) }
        set { storedDetail = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    /// The gazetteer entry it names, if any.
    var gazetteer: Gazetteer.Hit? {
        get { storedGazetteerEntry < 0 ? nil : Gazetteer.Hit(entry: storedGazetteerEntry, form: storedGazetteerForm) }
        set {
            storedGazetteerEntry = newValue?.entry ?? -1
            storedGazetteerForm = newValue?.form ?? .name
        }
    }

    // MARK: - Facts (one bit each)

    private static let kindIsGuessBit: UInt16 = 1 << 0
    private static let isAcronymBit: UInt16 = 1 << 1
    private static let inHeadlineBit: UInt16 = 1 << 2
    private static let sentenceInitialBit: UInt16 = 1 << 3
    private static let inPlaceContextBit: UInt16 = 1 << 4
    private static let tentativeBit: UInt16 = 1 << 5
    private static let droppedBit: UInt16 = 1 << 6
    private static let beforeTitleBit: UInt16 = 1 << 7
    private static let inPersonContextBit: UInt16 = 1 << 8
    private static let besideScoreBit: UInt16 = 1 << 9
    private static let nestedPendingBit: UInt16 = 1 << 10
    private static let readsAsCommonWordsBit: UInt16 = 1 << 11
    private static let strongPersonContextBit: UInt16 = 1 << 12
    private static let titleOnlyBit: UInt16 = 1 << 13
    private static let organizationContextBit: UInt16 = 1 << 14

    private func has(_ bit: UInt16) -> Bool { flags & bit != 0 }
    private mutating func set(_ bit: UInt16, _ value: Bool) {
        if value { flags |= bit } else { flags &= ~bit }
    }

    /// Whether ``kind`` is only a guess from the shape of the words.
    var kindIsGuess: Bool {
        get { has(Self.kindIsGuessBit) }
        set { set(Self.kindIsGuessBit, newValue) }
    }
    /// A single word in capitals ("VPA", "U.S.").
    var isAcronym: Bool {
        get { has(Self.isAcronymBit) }
        set { set(Self.isAcronymBit, newValue) }
    }
    /// In the headline (title case: resolved only against names of the body).
    var inHeadline: Bool {
        get { has(Self.inHeadlineBit) }
        set { set(Self.inHeadlineBit, newValue) }
    }
    /// A lone word that starts a sentence (weaker evidence of a name).
    var sentenceInitial: Bool {
        get { has(Self.sentenceInitialBit) }
        set { set(Self.sentenceInitialBit, newValue) }
    }
    /// Written where a place is expected: right after a preposition of place ("in", "at",
    /// "from"), after a place noun and "of" ("the port of Dunmere"), after "the capital,",
    /// before a place noun ("the Dalun district", "the Mora and Silan rivers"), or in a list
    /// with such a name.
    var inPlaceContext: Bool {
        get { has(Self.inPlaceContextBit) }
        set { set(Self.inPlaceContextBit, newValue) }
    }
    /// A lone word capitalised only because it starts a sentence: dropped unless the body
    /// capitalises it elsewhere.
    var tentative: Bool {
        get { has(Self.tentativeBit) }
        set { set(Self.tentativeBit, newValue) }
    }
    /// A tentative word the body never capitalises elsewhere: not a name after all.
    var dropped: Bool {
        get { has(Self.droppedBit) }
        set { set(Self.droppedBit, newValue) }
    }
    /// Written before a title as an affiliation ("Valmont" in "Valmont Foreign Minister").
    var beforeTitle: Bool {
        get { has(Self.beforeTitleBit) }
        set { set(Self.beforeTitleBit, newValue) }
    }
    /// Written where a person is expected: next to a speech cue ("Ana Ruiz said", "…, said
    /// Ana Ruiz"), or before ", who", "who" or an age (", 34,").
    var inPersonContext: Bool {
        get { has(Self.inPersonContextBit) }
        set { set(Self.inPersonContextBit, newValue) }
    }
    /// Written where only a person is expected: before an age (", 52,") or "who", or after
    /// a quotation and its cue ("…," said Delacroix). Unlike "X said", which organizations
    /// share, this makes a lone name with no other evidence a person.
    var strongPersonContext: Bool {
        get { has(Self.strongPersonContextBit) }
        set { set(Self.strongPersonContextBit, newValue) }
    }
    /// Written right before or after a score ("Ostrand 2 – 1 Velmark", "beat Velmark 3-0"):
    /// the name of a team.
    var besideScore: Bool {
        get { has(Self.besideScoreBit) }
        set { set(Self.besideScoreBit, newValue) }
    }
    /// A name inside a longer name that is a place only if the article names a place so
    /// elsewhere ("Wexley" in "University of Wexley"): kept by ``AliasMerger`` only then.
    var nestedPending: Bool {
        get { has(Self.nestedPendingBit) }
        set { set(Self.nestedPendingBit, newValue) }
    }
    /// Written where a firm is expected: the subject of a firm's verb ("Veltrix unveiled",
    /// "Corvane announced"), after "shares of" or "shares in", or a possessive before a
    /// firm's officer or stock ("Veltrix's chief executive"; ``EntityScanner/isOrganizationContext(_:_:)``).
    var organizationContext: Bool {
        get { has(Self.organizationContextBit) }
        set { set(Self.organizationContextBit, newValue) }
    }
    /// A title written alone after "the" ("the Home Secretary", "The President later …"): a
    /// mention of the one person the article gives that role, or of no one (``AliasMerger``).
    var titleOnly: Bool {
        get { has(Self.titleOnlyBit) }
        set { set(Self.titleOnlyBit, newValue) }
    }
    /// Its words read as common words by their spelling: " of " or " for " inside, or a
    /// first word with a common noun's or adjective's ending
    /// (``EntityScanner/readsAsCommonWords(_:_:)``); for a lone word, the body also writes
    /// it in lower case ("Match" beside "a tight match").
    var readsAsCommonWords: Bool {
        get { has(Self.readsAsCommonWordsBit) }
        set { set(Self.readsAsCommonWordsBit, newValue) }
    }
}
