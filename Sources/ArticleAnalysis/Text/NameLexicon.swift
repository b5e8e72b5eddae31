/// Word lists for reading speakers' names and descriptions ("Chinese Foreign Ministry
/// spokesperson Lin Meiyu", "the report", "a Foreign Office readout").
///
/// Source: Byline's own lists, written from general knowledge of English news style (titles
/// and roles before names, heads of organization names, nouns for documents). They are the
/// usual hand-written resources of rule-based quotation attribution; none is copied from a
/// corpus. Words are matched case-insensitively through ``WordKey``.
enum NameLexicon {
    /// Titles written before a person's name, capitalised ("President Ana Ruiz", "Mr.
    /// Lin", "Secretary of State Mara Holt"). A name starts after the last title of a
    /// run of capitalised words.
    static let titles = WordSet([
        "president", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "director",
        "director-general", "secretary-general", "chairman", "chairwoman", "chair", "chairperson",
        "leader", "premier", "chancellor", "king", "queen", "prince", "princess", "emperor", "pope",
        "ambassador", "envoy", "representative", "rep", "sen", "senator", "gov", "governor", "mayor",
        "judge", "justice", "gen", "general", "lt", "col", "colonel", "maj", "capt", "captain", "sgt",
        "sergeant", "admiral", "adm", "commander", "cmdr", "commissioner", "attorney", "mr", "mrs",
        "ms", "miss", "mx", "dr", "prof", "professor", "rev", "reverend", "father", "bishop",
        "archbishop", "cardinal", "rabbi", "imam", "sheikh", "sir", "dame", "lord", "lady", "speaker",
        "congressman", "congresswoman", "councilman", "councilwoman", "councillor", "councilor", "ceo",
        "cfo", "coach", "superintendent", "inspector", "detective", "sheriff", "officer",
        "president-elect", "nominee", "candidate", "delegate", "lieutenant", "governor-general", "dean",
        "provost", "counsel", "assemblyman", "assemblywoman", "ayatollah", "executive", "chief",
        "vice-president", "deputy", "secretaries", "ministers", "leaders", "whip", "co-author",
        "co-founder", "founder", "chairperson", "commissioner", "headmaster", "principal",
        "undersecretary", "under-secretary", "mp", "mep", "msp", "mla", "treasurer", "constable",
        "librarian", "archivist", "curator", "registrar", "harbourmaster", "harbormaster", "warden",
        "ranger", "surveyor", "clerk", "auditor", "comptroller", "ombudsman", "coroner",
        // German and French titles before a name ("Bürgermeisterin Katrin Albers", "le maire
        // Paul Ravel"), for quotations from those languages.
        "herr", "frau", "bürgermeister", "bürgermeisterin", "stadtrat", "stadträtin",
        "ministerin", "kanzlerin", "präsident", "präsidentin", "ministerpräsident", "ministerpräsidentin",
        "landrat", "landrätin", "sprecher", "sprecherin", "abgeordneter", "abgeordnete", "monsieur",
        "madame", "maire", "ministre", "président", "présidente", "député", "députée", "sénateur",
        "sénatrice", "porte-parole", "del", "atty", "supt", "det",
    ])

    /// Capitalised words that make a title more precise when written right before it ("Vice
    /// President", "Minority Leader", "Foreign Minister"): the role a later "the Vice
    /// President" refers to is the pair.
    static let titleModifiers = WordSet([
        "vice", "deputy", "prime", "foreign", "minority", "majority", "press", "chief", "first",
        "supreme", "attorney", "assistant", "associate", "acting", "senior", "executive", "interior",
        "defense", "defence", "finance", "health", "state", "general", "crown", "managing", "under",
    ])

    /// Words after "Secretary of", "Minister for" and similar that belong to the title
    /// ("Secretary of State Mara Holt").
    static let portfolios = WordSet([
        "state", "defense", "defence", "foreign", "affairs", "homeland", "security", "health", "human",
        "services", "education", "energy", "commerce", "treasury", "labor", "labour", "justice",
        "interior", "agriculture", "transportation", "transport", "housing", "veterans", "finance",
        "trade", "economy", "home", "environment", "culture", "science", "technology", "national",
        "unification", "public", "information", "industry", "development", "war", "works",
        "communications", "tourism", "sports", "immigration", "planning",
    ])

    /// Lower-case nouns for people by role ("spokesperson", "official", "sources"): they head a
    /// speaker's description, or stand before a name ("press secretary Tom Bell").
    static let roles = WordSet([
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "official",
        "officials", "minister", "president", "secretary", "director", "ambassador", "envoy", "leader",
        "leaders", "chairman", "chairwoman", "chair", "senator", "governor", "mayor", "lawyer",
        "lawyers", "attorney", "aide", "aides", "adviser", "advisor", "advisers", "advisors", "source",
        "sources", "analyst", "analysts", "expert", "experts", "representative", "representatives",
        "diplomat", "diplomats", "officer", "officers", "commander", "general", "chief", "executive",
        "candidate", "nominee", "manager", "strategist", "strategists", "pollster", "professor",
        "researcher", "researchers", "author", "economist", "economists", "activist", "activists",
        "critic", "critics", "supporter", "supporters", "resident", "residents", "witness", "witnesses",
        "member", "members", "lawmaker", "lawmakers", "legislator", "legislators", "congressman",
        "congresswoman", "judge", "prosecutor", "prosecutors", "investigators", "negotiator", "premier",
        "chancellor", "king", "queen", "prince", "pope", "deputy", "staffer", "staffers", "surrogate",
        "surrogates", "voter", "voters", "person", "man", "woman", "men", "women", "father", "mother",
        "wife", "husband", "son", "daughter", "friend", "colleague", "neighbor", "neighbour", "doctor",
        "doctors", "worker", "workers", "employee", "employees", "student", "students", "teacher",
        "owner", "founder", "ceo", "host", "anchor", "correspondent", "reporter", "reporters",
        "journalist", "journalists", "columnist", "editor", "writer", "historian", "scientist",
        "scientists", "biographer", "chairperson", "commissioner", "inspector", "coach", "player",
        "sheriff", "superintendent", "mate", "operative", "operatives", "insider", "insiders",
        "observer", "observers", "campaigner", "organizer", "organiser", "delegate", "delegates",
        "secretary-general", "director-general", "president-elect", "vice-president", "counsel",
        "partner", "administrator", "governor-elect", "physician", "survivor", "victim", "people",
        "actor", "actress", "singer", "rapper", "comedian", "filmmaker", "producer", "artist",
        "musician", "novelist", "poet", "athlete", "coach", "co-author", "co-founder",
        "treasurer", "engineer", "engineers", "librarian", "archivist", "curator", "registrar",
        "harbourmaster", "harbormaster", "warden", "ranger", "surveyor", "clerk", "auditor",
        "architect", "planner", "nurse", "farmer", "fisherman", "skipper", "pilot", "coroner",
    ])

    /// Nouns for documents and statements: a speaker written as "the report", "a State
    /// Department readout", "the Chinese Foreign Ministry's statement".
    static let documents = WordSet([
        "report", "reports", "readout", "statement", "statements", "release", "communique",
        "communiqué", "note", "letter", "dispatch", "article", "commentary", "editorial", "memo",
        "memorandum", "transcript", "filing", "document", "bulletin", "announcement", "broadcast",
        "tweet", "message", "email", "summary", "study", "survey", "poll", "analysis", "review",
        "complaint", "lawsuit", "ruling", "indictment", "notice", "post", "video", "op-ed", "blog",
        "website", "declaration", "resolution", "decree", "order", "proposal", "plan", "account",
    ])

    /// Lower-case nouns that head an organization's description ("the ministry", "the Ruiz
    /// administration", "the campaign").
    static let organizations = WordSet([
        "ministry", "department", "agency", "government", "administration", "campaign", "company",
        "firm", "party", "committee", "council", "commission", "embassy", "office", "military",
        "army", "navy", "police", "court", "newspaper", "paper", "outlet", "network", "station",
        "magazine", "union", "group", "organization", "organisation", "foundation", "institute",
        "university", "team", "club", "board", "authority", "authorities", "bank", "regime",
        "leadership", "country", "state", "city", "county", "federation", "association", "coalition",
        "alliance", "bureau", "cabinet", "parliament", "senate", "congress", "assembly", "ministries",
        "governments", "watchdog", "broadcaster", "daily", "tabloid", "outfit", "service", "website",
        "groups", "unions", "companies", "agencies", "organizations", "organisations", "firms",
    ])

    /// Capitalised last words of organization names ("Foreign Ministry", "State Department",
    /// "Valmont Press Agency", "Workers' Party").
    static let organizationHeads = WordSet([
        "ministry", "department", "agency", "party", "committee", "council", "commission", "office",
        "house", "administration", "bureau", "service", "services", "court", "senate", "congress",
        "parliament", "assembly", "university", "college", "institute", "foundation", "association",
        "union", "group", "company", "corporation", "corp", "inc", "ltd", "llc", "bank", "fund",
        "organization", "organisation", "police", "army", "navy", "force", "forces", "guard",
        "embassy", "government", "campaign", "times", "post", "news", "journal", "network", "center",
        "centre", "board", "authority", "federation", "league", "movement", "front", "command",
        "coalition", "alliance", "society", "club", "tribune", "herald", "gazette", "channel",
        "broadcasting", "media", "review", "academy", "caucus", "cabinet", "secretariat",
        "directorate", "tribunal", "affairs", "press", "reuters", "daily", "telegraph", "guardian",
        "observer", "monitor", "institution", "agencies", "ministries", "departments", "secretariat",
        "centers", "centres", "institutes",
    ])

    /// Counts written as words after "of" ("mother of three", "father of two").
    static let countWords = WordSet(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])

    /// Words that open a noun phrase.
    static let determiners = WordSet([
        "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "dozens", "hundreds", "thousands", "several", "many", "some", "both", "each", "every",
        "other", "such", "which", "whose", "no", "most", "few", "all",
    ])

    /// Definite determiners: "the report" refers back, "a report" does not.
    static let definiteDeterminers = WordSet(["the", "this", "that", "these", "those", "his", "her", "its", "their", "our"])

    /// Personal pronouns as subjects.
    static let pronouns = WordSet([
        "he", "she", "it", "they", "we", "i", "you", "i'm", "i've", "i'd", "i'll", "we're", "we've",
        "you're", "they're", "they've", "he'd", "she'd",
        // German and French "he" and "she" ("Er verwies …", "Elle a ajouté …").
        "er", "il", "elle",
    ])
    /// "I" and its contractions ("I'm", "I've"): always written with a capital, a pronoun
    /// anywhere in a sentence, never a name.
    static let firstPersonSingular = WordSet(["i", "i'm", "i've", "i'd", "i'll"])
    /// "I'm", "I've", "I'd", "I'll": never a name word (bare "I" may be one: "World War I").
    static let firstPersonContractions = WordSet(["i'm", "i've", "i'd", "i'll"])
    /// Object pronouns ("him", "them"): never a speaker, never a name.
    static let objectPronouns = WordSet(["him", "her", "them", "us", "me", "himself", "herself", "themselves"])
    /// Pronouns that refer to one person.
    static let personPronouns = WordSet(["he", "she", "er", "il", "elle"])
    /// "it".
    static let it = WordKey.of("it")

    /// Lower-case words inside names ("Ministry of Foreign Affairs", "Charles de Gaulle",
    /// "bin Salman").
    static let connectors = WordSet([
        "of", "for", "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den",
        "ter", "bin", "ibn", "al", "el", "la", "le",
    ])

    /// Connectors allowed after a title or an organization's head ("Minister for Trade",
    /// "Committee on Foreign Relations", "Special Envoy on Harbour Affairs").
    static let titleConnectors = WordSet(["of", "for", "on"])

    /// Words that end a noun phrase: prepositions, conjunctions, relative pronouns,
    /// auxiliaries and common adverbs.
    static let stops = WordSet([
        "in", "on", "at", "for", "to", "with", "from", "by", "about", "after", "before", "during",
        "over", "under", "into", "through", "against", "among", "as", "than", "like", "since", "until",
        "while", "when", "where", "who", "whom", "whose", "which", "that", "what", "and", "or", "but",
        "nor", "so", "yet", "if", "because", "although", "though", "whether", "not", "also", "later",
        "then", "too", "very", "just", "only", "still", "already", "again", "further", "recently",
        "previously", "earlier", "once", "now", "today", "yesterday", "has", "had", "have", "having",
        "was", "were", "is", "are", "be", "been", "being", "will", "would", "could", "should", "can",
        "may", "might", "must", "shall", "did", "does", "do", "there", "here", "said", "says", "how",
        "why", "ever", "never", "always", "even", "all", "out", "up", "down", "off", "per", "via",
        "upon", "within", "without", "across", "around", "between", "toward", "towards", "amid",
    ])

    /// Words allowed between a speaker and the cue ("Lin also said", "Park has said", "Ruiz
    /// on Tuesday said", "she later told").
    static let betweenSubjectAndCue = WordSet([
        "also", "later", "then", "has", "had", "have", "was", "were", "is", "are", "will", "would",
        "previously", "again", "further", "recently", "earlier", "once", "reportedly", "repeatedly",
        "often", "separately", "similarly", "publicly", "privately", "flatly", "simply", "quickly",
        "subsequently", "initially", "originally", "first", "did", "does", "do", "never", "not",
        "only", "just", "still", "already", "today", "yesterday", "tonight", "has", "since",
        "could", "might", "may", "can", "should", "must", "always", "frequently", "once", "too",
        "been", "being",
    ])

    /// Day and month names, and words like "week", for time phrases between a subject and its
    /// cue ("Ruiz on Tuesday said", "Park last week told").
    static let timeWords = WordSet([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "week", "month", "year", "weekend", "morning", "afternoon",
        "evening", "night", "day",
    ])

    /// Prepositions of those time phrases.
    static let timePrepositions = WordSet(["on", "in", "last", "this", "earlier", "late", "early", "next"])

    /// Capitalised words at the start of a sentence that are not names ("The", "While",
    /// "Days").
    static let sentenceStarters = WordSet([
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "after", "before", "when", "while",
        "with", "without", "despite", "although", "though", "if", "for", "from", "by", "during", "since",
        "until", "of", "to", "this", "that", "these", "those", "his", "her", "its", "their", "our",
        "my", "it", "he", "she", "they", "we", "i", "you", "there", "here", "then", "so", "yet", "still",
        "also", "however", "meanwhile", "among", "about", "over", "under", "following", "according",
        "last", "next", "days", "weeks", "months", "years", "today", "yesterday", "now", "once", "other",
        "some", "many", "most", "all", "both", "each", "every", "no", "not", "what", "who", "where",
        "why", "how", "which", "whether", "such", "instead", "indeed", "still", "even", "just", "only",
        "more", "less", "much", "few", "several", "another", "asked", "speaking", "earlier", "later",
        "officials", "sources", "analysts", "experts", "critics", "supporters", "residents", "police",
        "reporters", "people", "authorities", "lawmakers", "republicans", "democrats", "voters",
        "is", "was", "are", "were", "do", "does", "did", "can", "will", "would", "should", "could",
        "yes", "well", "oh", "please", "thank", "thanks", "dear", "hello", "hey", "sadly", "finally",
        "first", "second", "third", "because", "given", "like", "unlike", "except", "besides",
        // Sentence adverbs and connectives that may stand before a subject without a comma
        // ("Afterwards Trump visited …", "Meanwhile Park said …").
        "afterwards", "afterward", "meanwhile", "however", "later", "earlier", "then", "also", "still",
        "instead", "yesterday", "today", "tonight", "tomorrow", "separately", "additionally",
        "furthermore", "moreover", "nevertheless", "nonetheless", "thus", "hence", "therefore",
        "otherwise", "likewise", "overall", "soon", "again", "elsewhere", "subsequently", "previously",
        "recently", "initially", "eventually", "ultimately", "similarly", "consequently", "currently",
        "notably", "originally", "next", "there", "thereafter", "anyway", "besides", "altogether",
    ])

    /// First names and places ending in "-ly" or "-ing" that are not sentence adverbs or
    /// participles when they open a sentence ("Kelly Ortiz said", "Manning said").
    static let namesLikeAdverbs = WordSet([
        "kelly", "emily", "beverly", "sally", "holly", "molly", "polly", "shelly", "lily", "billy",
        "willy", "kimberly", "italy", "bradly", "dolly", "nelly", "milly", "tilly", "ely", "donnelly",
        "connelly", "conolly", "reilly", "riley", "o'reilly", "kennelly", "manning", "harding",
        "fleming", "browning", "irving", "sterling", "channing", "redding", "hastings", "jennings",
        "cummings", "beijing", "nanjing", "kipling", "pickering", "goering", "bunting", "whiting",
        "golding", "spalding", "fielding", "dowling", "cushing", "deming", "reading", "ealing",
        "woking", "kettering", "wyoming", "darling", "keating", "gosling", "hemingway",
    ])

    /// First words of place names made of two words ("North Korea", "United States", "New
    /// York"): such a run is a place, not a person.
    static let placeFirstWords = WordSet([
        "north", "south", "east", "west", "new", "united", "saudi", "hong", "sri", "costa", "puerto",
        "san", "santa", "los", "las", "el", "great", "central", "middle", "latin", "northern",
        "southern", "eastern", "western", "upper", "lower", "gulf", "lake", "mount", "port", "fort",
        "st", "saint", "river", "cape", "loch", "glen",
    ])

    /// Last words of place names ("United States", "Iberian Peninsula", "Kansas City").
    static let placeLastWords = WordSet([
        "states", "kingdom", "nations", "korea", "africa", "america", "arabia", "islands", "island",
        "city", "county", "coast", "republic", "union", "peninsula", "east", "emirates", "zealand",
        "asia", "europe", "street", "avenue", "square", "province", "region", "valley", "river",
        "sea", "ocean", "strait", "bay", "district", "territory", "territories", "heights", "park",
        "beach", "airport", "station", "bridge", "hall", "palace", "hotel", "building", "tower",
        "vale", "quay", "wharf", "heath", "moor", "docks", "sound", "garden",
    ])

    /// "a", "an", "the".
    static let articles = WordSet(["a", "an", "the"])
    /// "the".
    static let the = WordKey.of("the")
    /// Words that tie a speaker to an organization after the name ("Mr. Morgan of the Sierra
    /// Club", "Jane Roe from Acme", "John Doe at Harvard").
    static let affiliations = WordSet(["of", "from", "at", "with"])
    /// Words before "as" (or verbs) that make "as "…"" a label rather than a
    /// characterization by the subject: "known as", "such as", "as well as", "billed as".
    static let notCharacterizing = WordSet([
        "known", "such", "well", "same", "billed", "referred", "listed", "identified", "named",
        "titled", "entitled", "called", "dubbed", "served", "worked", "works", "serves", "act", "acts",
        "acted", "acting", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had",
        "just", "much", "soon", "long", "far", "so",
    ])

    /// Prepositions: a cue-looking word after "of X" is a noun ("of Republican claims").
    static let prepositions = WordSet([
        "of", "in", "on", "for", "with", "about", "from", "by", "to", "at", "into", "over", "against",
        "among", "between", "through", "under", "after", "before", "during",
    ])
    /// "of".
    static let of = WordKey.of("of")
    /// "and", inside an organization's name after "of" ("Institute of Allergy and Infectious
    /// Diseases").
    static let and = WordKey.of("and")
    /// "on".
    static let on = WordKey.of("on")
    /// "what".
    static let what = WordKey.of("what")
    /// Relative pronouns that stand for the phrase before them.
    static let relativePronouns = WordSet(["who", "which", "that"])
    /// Days of the week: capitalised, but never a speaker's name.
    static let weekdays = WordSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

    /// Nouns of family and personal relation that head a speaker's description after a
    /// possessive ("Scott's niece", "the senator's widow", "his longtime friend").
    static let relations = WordSet([
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "niece", "nephew",
        "aunt", "uncle", "cousin", "widow", "widower", "grandson", "granddaughter", "grandmother",
        "grandfather", "friend", "neighbor", "neighbour", "partner", "fiancé", "fiancee", "fiance", "colleague",
        "stepfather", "stepmother", "stepson", "stepdaughter", "girlfriend", "boyfriend", "parents", "children",
    ])

    /// Words that say a person is a man, next to the name ("Mr. Lin", "Lin, a spokesman").
    static let male = WordSet([
        "mr", "sir", "lord", "king", "prince", "father", "husband", "son", "brother", "man",
        "spokesman", "congressman", "chairman", "businessman", "councilman", "assemblyman",
        "boyfriend", "grandfather", "uncle", "nephew", "emperor", "duke", "sheikh", "herr", "monsieur",
    ])
    /// Words that say a person is a woman ("Ms. Ruiz", "Ruiz, a spokeswoman").
    static let female = WordSet([
        "mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess", "mother", "wife", "daughter",
        "sister", "woman", "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "councilwoman",
        "assemblywoman", "actress", "girlfriend", "grandmother", "aunt", "niece", "widow", "duchess",
        "frau", "madame", "bürgermeisterin", "stadträtin", "ministerin", "kanzlerin", "präsidentin",
        "sprecherin", "landrätin", "présidente", "députée", "sénatrice",
    ])
    /// "he", "his", "him", "himself"; German "er", French "il".
    static let malePronouns = WordSet(["he", "his", "him", "himself", "er", "il"])
    /// "she", "her", "hers", "herself"; French "elle" (German "sie" is also "they": left out).
    static let femalePronouns = WordSet(["she", "her", "hers", "herself", "elle"])

    /// Words in "-ly" that are not adverbs.
    static let lyWords = WordSet([
        "family", "rally", "ally", "supply", "assembly", "daily", "weekly", "monthly", "yearly", "reply",
        "bully", "belly", "jelly", "lily", "holy", "ugly", "only", "early", "likely", "friendly", "elderly",
        "costly", "deadly", "lonely", "lovely", "italy", "july", "anomaly", "monopoly", "homily", "folly",
        "melancholy", "butterfly", "dragonfly", "firefly", "gadfly", "quarterly", "hourly", "nightly",
    ])

    /// "by", "from": the source after a document ("a readout issued by …").
    static let documentAgents = WordSet(["by", "from"])
    /// Verbs of publishing a document ("X published a report").
    static let publishing = WordSet([
        "published", "publishes", "released", "releases", "issued", "issues", "produced", "produces",
        "unveiled", "unveils", "presented", "presents", "submitted", "filed", "files", "sent", "posted",
        "circulated", "distributed", "compiled", "commissioned", "put",
    ])

    /// "side", as in "the Chinese side".
    static let side = WordKey.of("side")
    /// "so-called", which makes a quotation a scare quote.
    static let soCalled = WordKey.of("so-called")
    /// "and", "but", "or": a cue after one of these shares the earlier subject.
    static let coordinators = WordSet(["and", "but", "or", "then"])
    /// "that", which may stand between a cue and the quotation.
    static let that = WordKey.of("that")
}
