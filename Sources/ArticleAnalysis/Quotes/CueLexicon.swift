/// How a reporting verb behaves in an attribution.
struct CueInfo: Sendable {
    /// The verb may come before its subject after a quotation: `"…," said Lin.`
    var invertible: Bool
    /// A present participle (`adding`, `saying`): its subject is the subject of the main
    /// clause, not written next to it.
    var participle: Bool
    /// A naming verb (`called`, `described … as`, `dubbed`): it attributes a quotation only
    /// when the quotation follows within a few words (`called the talks "productive"`).
    var naming: Bool
    /// A verb of speech strong enough to mark reported speech without a quotation (`He said
    /// Beijing hoped …`), which moves the conversation to a new speaker.
    var strong: Bool
}

/// The reporting verbs (cues) that attribute a quotation, in every inflection news writing
/// uses.
///
/// Source: Byline's own list of English reporting verbs. Lists like it are the standard
/// starting point of quotation-attribution work (the cue lexicons of Pareti's PARC corpus and
/// of Newell et al.'s PolNeAR annotation guidelines, or the "speech verbs" of O'Keefe et al.,
/// 2012, "A Sequence Labelling Approach to Quote Attribution"); this one was written for
/// Byline from general knowledge of news style, not copied from them. Base forms that are
/// mostly nouns in news ("state", "note", "report", "tweet", "claim", "call") are left out;
/// plural-noun lookalikes ("claims", "reports", "calls") only count when a subject comes
/// before them. A naming verb followed by "on" or "for" ("called on the administration to",
/// "called for") is a cue of its own, like "urged".
enum CueLexicon {
    /// Verbs by which a document, not a person, says its words (`"…," the letter reads`):
    /// cues only after a document's phrase.
    static let documentVerbs = WordSet(["reads", "read"])

    /// Multi-word cues are recognised by ``AttributionFinder``: "according to", "pointed
    /// out", "was quoted as saying", "was cited as saying", "quoted … as saying", passive
    /// "was said by".
    private enum Strength { case speech, weak, naming }

    private static let table: [(forms: [String], invertible: Bool, strength: Strength)] = [
        (["say", "says", "said"], true, .speech),
        (["tell", "tells", "told"], false, .speech),
        (["add", "adds", "added"], true, .speech),
        (["ask", "asks", "asked"], true, .speech),
        (["states", "stated"], true, .speech),
        (["announce", "announces", "announced"], true, .speech),
        (["stresses", "stressed"], true, .speech),
        (["emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"], true, .speech),
        (["noted"], true, .speech),
        (["explain", "explains", "explained"], true, .speech),
        (["urges", "urged"], false, .speech),
        (["reports", "reported"], true, .speech),
        (["write", "writes", "wrote"], true, .speech),
        (["declare", "declares", "declared"], true, .speech),
        (["insist", "insists", "insisted"], true, .speech),
        (["argue", "argues", "argued"], true, .speech),
        (["claims", "claimed"], true, .speech),
        (["warn", "warns", "warned"], true, .speech),
        (["tweeted"], true, .speech),
        (["commented", "remarked", "mused", "quipped", "joked", "boasted", "lamented"], true, .speech),
        (["replies", "replied", "respond", "responds", "responded", "answered"], true, .speech),
        (["acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted"], true, .speech),
        (["confirm", "confirms", "confirmed", "deny", "denies", "denied"], true, .speech),
        (["suggest", "suggests", "suggested", "recall", "recalls", "recalled"], true, .speech),
        (["reiterate", "reiterates", "reiterated", "assert", "asserts", "asserted"], true, .speech),
        (["contend", "contends", "contended", "predicted", "predicts"], true, .speech),
        (["promised", "pledged", "vows", "vowed", "concede", "concedes", "conceded"], true, .speech),
        (["cautioned", "complained", "complains", "concluded", "countered"], true, .speech),
        (["continued", "agreed", "maintained", "observed", "posted", "blogged", "wondered"], true, .weak),
        (["shouted", "yelled", "screamed", "whispered", "chanted", "exclaimed", "cried"], true, .speech),
        // Present tense only where the plural noun is rare ("chants of", "shouts of" are nouns).
        (["yells", "exclaims"], true, .speech),
        (["demanded", "pleaded", "begged", "proclaimed"], true, .speech),
        (["describe", "describes", "described"], false, .naming),
        (["calls", "called"], false, .naming),
        (["dubbed", "labeled", "labelled", "termed", "branded"], false, .naming),
        // Verbs of judging or characterising that take quoted words as their object ("likened
        // the rules to "…"", "exhorted Republicans to "…""): naming verbs, only next to the
        // quotation.
        // German and French reporting verbs, for quotations in those languages inside an
        // article (`„…“, sagte Weber`, `« … », affirme Dubois`); French compound past tenses
        // ("a déclaré") are ``Keys/frenchParticiples`` after "a". Only forms that are no
        // English words.
        (["sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "fügte",
          "ergänzte", "ergänzt", "warnte", "warnt", "forderte", "fordert", "kritisierte", "kritisiert",
          "berichtete", "berichtet", "erzählte", "erzählt", "unterstrich", "antwortete", "antwortet",
          "versicherte", "bekräftigte", "räumte", "schrieb", "schreibt"], true, .speech),
        (["déclare", "affirme", "explique", "ajoute", "souligne", "estime", "indique", "précise", "poursuit",
          "confie", "insiste", "martèle", "raconte", "répond", "rappelle", "prévient", "dit", "assure", "reconnaît",
          "déclarait", "affirmait", "expliquait", "ajoutait", "disait", "écrit"], true, .speech),
        (["call", "exhort", "exhorts", "exhorted", "liken", "likens", "likened", "compares", "compared"], false, .naming),
        (["referenced", "decried", "decries", "denounced", "denounces", "slammed", "slams", "blasted", "blasts"], false, .naming),
        (["criticized", "criticised", "criticizes", "criticises", "praised", "praises", "accused", "accuses"], false, .naming),
        (["touted", "touts", "hailed", "hails", "mocked", "mocks", "ridiculed", "lambasted", "condemned"], false, .naming),
        (["condemns", "dismissed", "dismisses", "characterized", "characterised", "characterizes", "portrayed"], false, .naming),
        (["portrays", "referred", "refers", "cited", "cites", "invoked", "invokes", "quoted"], false, .naming),
    ]

    /// Present participles: they attribute a quotation to the main clause's subject.
    private static let participles: [(form: String, naming: Bool)] = [
        ("saying", false), ("telling", false), ("adding", false), ("asking", false), ("stating", false),
        ("announcing", false), ("stressing", false), ("emphasizing", false), ("emphasising", false),
        ("noting", false), ("explaining", false), ("urging", false), ("writing", false),
        ("declaring", false), ("insisting", false), ("arguing", false), ("claiming", false),
        ("warning", false), ("tweeting", false), ("replying", false), ("responding", false),
        ("acknowledging", false), ("admitting", false), ("confirming", false), ("denying", false),
        ("suggesting", false), ("recalling", false), ("reiterating", false), ("asserting", false),
        ("promising", false), ("vowing", false), ("conceding", false), ("cautioning", false),
        ("complaining", false), ("concluding", false), ("predicting", false), ("pledging", false),
        ("describing", true), ("calling", true), ("dubbing", true), ("labeling", true), ("labelling", true),
        ("branding", true), ("terming", true), ("chanting", false), ("shouting", false),
    ]

    private static let entries: KeyTable<CueInfo> = {
        var entries: [(UInt64, CueInfo)] = []
        for row in table {
            for form in row.forms {
                entries.append((WordKey.of(form), CueInfo(
                    invertible: row.invertible, participle: false, naming: row.strength == .naming,
                    strong: row.strength == .speech)))
            }
        }
        for row in participles {
            entries.append((WordKey.of(row.form), CueInfo(invertible: false, participle: true, naming: row.naming, strong: !row.naming)))
        }
        return KeyTable(entries)
    }()

    /// Words after a naming verb that make it something else ("called for", "called on").
    static let namingBreakers = WordSet(["for", "on", "off", "up", "back", "in", "out", "into", "upon", "at", "to"])

    /// The cue information of the word with `key`, or `nil` when it is not a reporting verb.
    @inline(__always)
    static func info(_ key: UInt64) -> CueInfo? { entries[key] }

    /// Word keys used by the multi-word cues.
    enum Keys {
        /// "according"
        static let according = WordKey.of("according")
        /// French "selon" and German "laut": "according to".
        static let accordingWords = WordSet(["selon", "laut"])
        /// French "a", the auxiliary of "a déclaré".
        static let frenchHas = WordKey.of("a")
        /// French past participles of reporting verbs, after "a" ("a déclaré", "a dit").
        static let frenchParticiples = WordSet([
            "déclaré", "dit", "affirmé", "ajouté", "expliqué", "souligné", "indiqué", "précisé", "estimé",
            "assuré", "annoncé", "répondu", "insisté", "confié", "raconté", "rappelé", "martelé", "lancé",
            "reconnu", "prévenu", "averti", "écrit", "commenté", "jugé", "poursuivi", "admis",
        ])
        /// German "so" after a quotation: `„…“, so Weber.`
        static let germanSo = WordKey.of("so")
        /// "to"
        static let to = WordKey.of("to")
        /// "as"
        static let asWord = WordKey.of("as")
        /// "put" and "puts", of "as X put it"
        static let putForms = Set(["put", "puts"].map { WordKey.of($0) })
        /// "it"
        static let it = WordKey.of("it")
        /// "by"
        static let by = WordKey.of("by")
        /// "out"
        static let out = WordKey.of("out")
        /// "been"
        static let been = WordKey.of("been")
        /// "on", "for": "called on", "called for".
        static let callParticles = WordSet(["on", "for"])
        /// "call", "calls", "called", "calling".
        static let callForms = WordSet(["call", "calls", "called", "calling"])
        /// "quoted", "cited"
        static let quotedForms = WordSet(["quoted", "cited"])
        /// "pointed", "points", "point"
        static let pointForms = WordSet(["pointed", "points", "point"])
        /// What follows "quoted as": "saying", "telling", "stating", "warning".
        static let quotedAsVerbs = WordSet(["saying", "telling", "stating", "warning", "describing", "calling", "adding"])
        /// Participles of the passive "was said by": said, stated, written, announced, told.
        static let passiveParticiples = WordSet(["said", "stated", "written", "announced", "told", "declared", "reported", "tweeted"])
        /// Auxiliaries before a passive: was, were, is, are, been.
        static let passiveAuxiliaries = WordSet(["was", "were", "is", "are", "been", "be"])
    }
}
