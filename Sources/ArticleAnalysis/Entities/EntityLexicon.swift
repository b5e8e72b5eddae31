/// Word lists of the named-entity recognizer, in addition to ``NameLexicon`` (titles, roles,
/// organization heads) and the ``Gazetteer``.
///
/// Source: Byline's own lists, written from general knowledge of English news style; none
/// is copied from a corpus. Words are matched case-insensitively through ``WordKey``.
enum EntityLexicon {
    /// Last words of names of events, laws, treaties, awards and works: a run ending in one
    /// is kind "other" ("Harbour Accord", "Clean Air Act", "National Day", "World Cup", "Lunar
    /// New Year").
    static let otherHeads = WordSet([
        "act", "acts", "accord", "accords", "agreement", "treaty", "convention", "protocol", "charter",
        "declaration", "bill", "amendment", "doctrine", "plan", "initiative", "day", "games", "olympics",
        "paralympics", "cup", "championship", "championships", "festival", "expo", "summit", "war",
        "revolution", "award", "awards", "prize", "open", "marathon", "tournament", "grand prix",
        "conference", "week", "crisis", "pandemic", "report", "strategy", "programme",
        "project", "mission", "operation", "series", "show", "album", "film", "novel", "book",
        "study", "survey", "index", "census", "inquiry", "audit",
        "christmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "thanksgiving", "fair", "exhibition", "year",
    ])

    /// Nicknames of political parties in English-language news, by the key of the nickname,
    /// with the party's names they stand for, tried in order ("Tory", "Tories" →
    /// "Conservative Party", "Conservatives", "Conservative"; "GOP" → "Republican Party").
    /// A nickname joins the party only when the article names it (``AliasMerger``).
    static let partyNicknames: [UInt64: [String]] = {
        let conservative = ["Conservative Party", "Conservatives", "Conservative"]
        let liberal = ["Liberal Party", "Liberals", "Liberal"]
        let republican = ["Republican Party", "Republicans", "Republican"]
        let democratic = ["Democratic Party", "Democrats"]
        let table: [(String, [String])] = [
            ("tory", conservative), ("tories", conservative), ("grit", liberal), ("grits", liberal),
            ("gop", republican), ("dems", democratic), ("greens", ["Green Party"]),
        ]
        var result: [UInt64: [String]] = [:]
        for (nickname, names) in table { result[WordKey.of(nickname)] = names }
        return result
    }()

    /// Keys of the short names and nicknames by which English-language news names political
    /// parties alone ("Labour", "the Tories", "the Lib Dems", "the Greens", "Conservatives"):
    /// written alone, such a name is the party, an organization, even at the start of a
    /// sentence and with nothing else saying so; the nicknames of ``partyNicknames`` and the
    /// names they stand for. Source: Byline's own list from general knowledge of news style.
    static let partyNames: Set<UInt64> = {
        var names: [String] = [
            "Labour", "Lib Dem", "Lib Dems", "Liberal Democrats", "Social Democrats", "Christian Democrats",
            "Greens", "Tory", "Tories", "Conservatives", "Conservative", "Liberals", "Democrats", "Republicans",
        ]
        for formal in partyNicknames.values { names += formal }
        var keys = Set<UInt64>()
        for name in names {
            var key: UInt64 = 0
            for (offset, word) in name.split(separator: " ").enumerated() {
                key = offset == 0 ? WordKey.of(String(word)) : Gazetteer.extend(key, with: WordKey.of(String(word)))
            }
            keys.insert(key)
        }
        return keys
    }()

    /// Lower-case nouns of a party's people and papers written after its name ("Labour
    /// leader", "Tory voters", "Green activists"): a party name before one is used as a noun,
    /// the party, not as an adjective of a portfolio ("Labour market"). Source: Byline's own list.
    static let partyMemberNouns = WordSet([
        "leader", "leaders", "leadership", "mp", "mps", "meps", "voters", "supporters", "activists", "members",
        "candidate", "candidates", "councillor", "councillors", "peer", "peers", "manifesto", "government",
        "backbencher", "backbenchers", "politician", "politicians", "spokesman", "spokeswoman", "spokesperson",
        "minister", "ministers", "deputy", "chairman", "chair", "whip", "rebels", "senator", "senators",
    ])

    /// Nouns of holdings before "in" ("shares in X", "a stake in X"): X is a firm there, not a
    /// place.
    static let holdingNouns = WordSet([
        "shares", "share", "stake", "stakes", "investment", "investments", "invested", "interest", "holding",
        "holdings", "trading", "price",
    ])

    /// Verbs of what firms do, right after a lone name ("Veltrix unveiled", "Corvane
    /// posted a loss", "Halden employs 300 people"): the name is a firm's. Verbs people share
    /// ("announced", "said") are not here. Source: Byline's own list.
    static let firmVerbs = WordSet([
        "unveiled", "unveils", "launched", "launches", "shipped", "ships", "employs", "employed", "acquired",
        "acquires", "recalled", "recalls", "manufactures", "manufactured", "posted", "reported", "listed",
        "shares", "stock", "stocks", "shareholders", "products", "subsidiary", "headquarters", "slashed",
    ])

    /// Nouns of a firm's officers, stock and accounts after a possessive ("Veltrix's chief
    /// executive", "Corvane's shares", "Halden's profits"). Source: Byline's own list.
    static let firmNouns = WordSet([
        "chief", "ceo", "shares", "stock", "board", "headquarters", "profits", "profit", "revenue",
        "revenues", "sales", "customers", "subsidiary", "products", "shareholders", "earnings", "founder",
        "chairman", "executives", "employees", "workforce", "factory", "factories", "stores", "brand",
    ])

    /// Plural nouns of a firm's or an institution's staff before "at" ("analysts at X",
    /// "researchers at X"): X is an organization. Source: Byline's own list.
    static let firmStaff = WordSet([
        "analysts", "analyst", "economists", "economist", "researchers", "researcher", "engineers", "executives",
        "employees", "staff", "strategists", "scientists", "traders", "bankers", "economist", "executive",
    ])

    /// Heads of the names of a town's public bodies ("Irvington Police Department", "Leeds
    /// City Council", "Dunmere School District"): a city GeoNames knows first in such a name
    /// is that city, nested. Firms named after a person rarely end so. Source: Byline's own list.
    static let publicServiceHeads = WordSet([
        "department", "council", "district", "police", "authority", "board", "service", "services",
        "commission", "office",
    ])

    /// Nouns of publications that name one right after them ("the journal Coastal Letters",
    /// "the newspaper Valmont Courier"): the name is an organization. Source: Byline's own list.
    static let publicationNouns = WordSet([
        "journal", "newspaper", "magazine", "tabloid", "periodical", "weekly", "daily", "broadcaster",
    ])

    /// What a publication publishes, between "published" and "in" ("published a study in
    /// Coastal Letters"). Source: Byline's own list.
    static let publishedObjects = WordSet([
        "study", "studies", "paper", "papers", "findings", "research", "results", "report", "article", "articles",
        "letter", "review", "analysis", "data", "work", "essay", "survey",
    ])

    /// Adverbs of time in a time phrase ("published online yesterday in"). Source: Byline's own list.
    static let timeAdverbs = WordSet(["yesterday", "today", "online", "recently", "previously", "first"])

    /// Heads of an apposition that say the name before it is an organization ("Tamsin, the
    /// electronics maker,", "Civic Renewal, a small party,").
    static let appositionOrganizations = WordSet([
        "company", "firm", "maker", "manufacturer", "airline", "carrier", "retailer", "bank", "lender", "insurer",
        "party", "group", "charity", "club", "team", "side", "union", "agency", "body", "regulator", "organisation",
        "organization", "network", "broadcaster", "newspaper", "publisher", "brand", "chain", "supermarket",
        "startup", "start-up", "conglomerate", "operator", "developer", "producer", "supplier", "group", "band",
        "association", "federation", "movement", "coalition", "alliance", "website", "platform", "app",
    ])

    /// Heads of an apposition that say the name before it is a place ("Tolverton, a market
    /// town,").
    static let appositionPlaces = WordSet([
        "town", "city", "village", "county", "region", "province", "suburb", "district", "island", "port",
        "capital", "state", "country", "borough", "municipality", "hamlet", "resort",
    ])

    /// First words of the names of national sports bodies ("Athletics Norland", "Rowing
    /// Kessia"): with a name after them, an organization.
    static let sportBodies = WordSet([
        "athletics", "cycling", "rowing", "swimming", "sailing", "skiing", "triathlon", "gymnastics", "boxing",
        "badminton", "netball", "hockey", "rugby", "cricket", "tennis", "golf", "basketball", "volleyball",
    ])

    /// Heads of a town's own council, police, newspaper or event, whose first word, the
    /// town's name, is a mention of the town when the article names that town as a place
    /// elsewhere ("Brackwell Town Council", "Westholm Police", "Halvard Marathon"). Other
    /// bodies named after a place ("Estmark Rail Authority", "Quillon Water Board") stay one
    /// mention.
    static let civicHeads = WordSet([
        "council", "police", "gazette", "festival", "marathon", "carnival", "fair",
    ])

    /// First words of the names of storms and similar events ("Storm Delphine", "Hurricane
    /// Odalys", "Tropical Storm Kai"): the name after them is the event's, not a person's.
    static let eventPrefixes = WordSet(["storm", "hurricane", "typhoon", "cyclone", "tropical", "tornado", "blizzard", "wildfire"])

    /// Titles and forms of address of German, French, Spanish and Italian written before a
    /// name in news quoted or written in those languages ("Bürgermeisterin Katrin Albers",
    /// "Stadtrat Jonas Weber", "Herr Weber", "Madame Roux"): never part of the name. Source:
    /// Byline's own list from general knowledge of those languages.
    static let foreignTitles = WordSet([
        "herr", "frau", "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "bundeskanzler",
        "bundeskanzlerin", "kanzler", "kanzlerin", "bundespräsident", "bundespräsidentin", "ministerpräsident",
        "ministerpräsidentin", "bundesminister", "bundesministerin", "ministerin", "präsident", "präsidentin",
        "stadtrat", "stadträtin", "landrat", "landrätin", "abgeordnete", "abgeordneter", "professorin", "pfarrer",
        "monsieur", "madame", "mme", "mlle", "maître", "señor", "señora", "señorita", "doña", "signor",
        "signora", "dottore", "dottoressa",
    ])

    /// German function words (articles, pronouns, prepositions, conjunctions, common verbs)
    /// that English does not write in lower case, for ``EntityScanner/isGermanSentence()``.
    /// Source: Byline's own list from general knowledge of German.
    static let germanFunctionWords = WordSet([
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber",
        "nicht", "ist", "sind", "waren", "wird", "werden", "wurde", "hat", "haben", "hatte", "sagte", "sagt",
        "am", "im", "vom", "zum", "zur", "mit", "auf", "für", "von", "zu", "bei", "nach", "aus", "über", "noch",
        "schon", "auch", "sich", "wir", "ihr", "sie", "er", "es", "ich", "uns", "sehr", "etwas", "nie", "kommt",
        "wie", "dass", "weil", "wenn", "als", "nur", "wieder", "jetzt", "heute", "hier", "dort", "kein", "keine",
        "mehr", "gegen", "durch", "ohne", "seit", "bis", "vor", "zwischen", "ihre", "seine", "unsere", "werde",
    ])

    /// Honorifics and professional titles that are not a role worth keeping as a
    /// description ("Mr.", "Dr.").
    static let honorifics = WordSet(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady"])

    /// Prepositions after which a lone unknown name is most likely a place ("in Valmont", "at
    /// Harbour City", "from Ostrava").
    static let placePrepositions = WordSet([
        "in", "at", "near", "from", "across", "outside", "inside", "throughout", "towards", "toward",
        "around", "via", "between", "through",
    ])

    /// Month names: capitalised, never a named entity on their own ("March", "May").
    static let months = WordSet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
        "sundays", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec",
    ])

    /// Plural nouns with a possessive that stay inside a name ("People's Republic", "Children's
    /// Hospital", "Women's Cup").
    static let possessiveInsideNames = WordSet(["people", "children", "women", "men", "workers", "veterans"])

    /// Single capitalised words that are never a named entity on their own, though they are
    /// often capitalised: generic heads ("the Ministry", "our Republic") and the like.
    static let genericWords = WordSet([
        "republic", "state", "states", "government", "kingdom", "nation", "nations", "union", "federation",
        "president", "minister", "secretary", "prime", "supreme", "leader", "general", "chief", "premier",
        "internet", "web", "mr", "mrs", "ms", "dr", "north", "south", "east", "west", "northern",
        "southern", "eastern", "western", "central", "god", "ok", "okay", "tv", "ceo", "am", "pm",
        "a.m", "p.m", "no", "yes", "vs", "etc", "covid", "covid-19", "image", "photo", "video",
        // Forms of address ("Her Majesty") and time zones ("10 a.m. ET").
        "majesty", "highness", "excellency", "holiness", "lordship", "ladyship",
        "et", "est", "edt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "gmt", "utc", "bst", "cet", "cest",
    ])

    /// Organization heads in addition to ``NameLexicon/organizationHeads``: a run ending in one
    /// is an organization ("Harbour City Hospital", "Norland Airlines").
    static let organizationHeads = WordSet([
        "hospital", "school", "church", "museum", "airlines", "airways", "motors", "electric", "bank",
        "team", "orchestra", "band", "studios", "records", "labs", "laboratory", "laboratories",
        "systems", "technologies", "holdings", "partners", "industries", "co", "plc", "gmbh", "ag", "sa",
        "trust", "council", "institute", "library", "zoo", "fc", "magazine", "newspaper", "radio",
        "television", "tv", "online", "org", "exchange", "securities", "pictures", "theatre", "theater",
        "athletic", "rovers", "wanderers", "logistics", "freight", "pharma", "pharmaceuticals", "weekly",
        "shipping", "energy", "telecom", "airport", "council", "conference", "legion", "corps", "chamber", "chambers",
        "foods", "rail", "railway", "railways", "electronics", "united", "capital", "forum", "brewery", "bakeries",
        "insurance", "pharmacy", "mining", "motorsport", "dynamics", "robotics", "solutions", "software",
        "networks", "ventures", "enterprises", "consulting", "aerospace", "automotive", "analytics", "biotech",
        "therapeutics", "semiconductors", "centers", "centres", "institutes", "entertainment", "productions",
        "publishing",
        // Last words of newspapers' names ("Financial Chronicle", "Evening Courier").
        // A party's or movement's head ("Civic Platform").
        "platform",
        "chronicle", "courier", "examiner", "inquirer", "dispatch", "sentinel", "bulletin", "advertiser",
        "mail", "express", "mirror", "argus", "clarion",
    ])

    /// Heads of the names of institutions that stand on their own: "and" before one of these
    /// ends the name before it ("Institute of Technology and Colorado State University"),
    /// while "and" before other words stays inside ("Department of Health and Human
    /// Services"). Source: Byline's own list.
    static let institutionHeads = WordSet([
        "university", "college", "institute", "academy", "school", "hospital", "museum", "library",
        "bank", "foundation", "laboratory", "laboratories", "observatory", "seminary", "polytechnic",
    ])

    /// Last words of names of places that are not people's names: a run ending in one is a
    /// place ("Ferris Lane", "Kingsmead Stadium", "Storbrae Glacier", "Kessara Province").
    static let placeHeads = WordSet([
        "states", "kingdom", "islands", "island", "city", "county", "coast", "peninsula", "emirates",
        "province", "region", "valley", "river", "sea", "ocean", "strait", "district", "territory",
        "territories", "heights", "beach", "station", "bridge", "palace", "hotel", "building", "tower",
        "towers", "street", "avenue", "square", "lane", "road", "glacier", "stadium", "arena", "mountains",
        "mountain", "lake", "desert", "canal", "harbour", "harbor", "port", "boulevard", "plaza", "gardens",
        "prefecture", "oblast", "governorate", "delta", "basin", "gulf", "falls", "forest", "hills",
    ])

    /// First words of "X of Y" names of states and divisions ("Republic of Ostrand",
    /// "Kingdom of Velmark", "Province of Kessara"): a place, and Y names the same place.
    static let statePrefixes = WordSet([
        "republic", "kingdom", "state", "principality", "commonwealth", "federation", "sultanate",
        "emirate", "province", "county", "city", "duchy", "island", "isle", "district", "territory",
        "canton", "region", "municipality", "borough", "town", "village",
    ])

    /// Lower-case particles inside names besides ``NameLexicon/connectors`` ("Palais des
    /// Nations", "Cristiano dos Santos").
    static let connectors = WordSet(["des", "do", "y", "zu", "af", "av", "ben", "abu", "bint", "dei", "degli"])

    /// Capitalised words that make a title more precise, in addition to
    /// ``NameLexicon/titleModifiers`` ("Special Representative", "Former President", "Shadow
    /// Home Secretary").
    static let titleModifiers = WordSet([
        "special", "senior", "former", "interim", "acting", "deputy", "vice", "assistant", "associate",
        "principal", "permanent", "honorary", "regional", "national", "federal", "head", "lead", "shadow",
    ])

    /// Labels of pictures and media written after a name in captions and credits ("Ana Ruiz
    /// Image: …"): never part of the name.
    static let mediaLabels = WordSet(["image", "images", "photo", "photos", "video", "picture", "file", "credit", "source"])

    /// Connectives and sentence adverbs: never a name, even when written with a capital in
    /// the middle of a sentence ("[…] However, …", "a) Leaving …") or in capitals ("UNLESS").
    static let connectives = WordSet([
        "however", "moreover", "meanwhile", "furthermore", "nevertheless", "nonetheless", "therefore",
        "thus", "hence", "otherwise", "likewise", "instead", "indeed", "unless", "although", "though",
        "because", "whereas", "besides", "consequently", "additionally", "also", "yet", "perhaps",
        "maybe", "finally", "eventually", "anyway", "regardless", "despite", "except", "whenever",
        "wherever", "whatever", "whoever", "nothing", "everything", "everyone", "nobody",
        // French "selon" and German "laut" ("according to"), opening a sentence before a name.
        "selon", "laut",
    ])

    /// Abbreviations of common nouns written in capitals that name nothing on their own: time
    /// zones, units, technical formats, job titles, everyday initialisms ("15:11 GMT", "a VIP
    /// guest", "HTML pages", "IQ points").
    static let commonAcronyms = WordSet([
        "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist", "jst",
        "aest", "am", "pm", "bc", "bce", "ce", "ad", "a.d", "b.c", "b.c.e", "c.e", "mph", "kph", "kmh", "km", "kg", "mg", "ml", "cm", "mm",
        "html", "http", "https", "www", "url", "pdf", "usb", "gps", "pc", "pcs", "tv", "dvd", "cd", "led", "lcd",
        "sms", "api", "cpu", "gpu", "ram", "rom", "os", "faq", "diy", "asap", "rsvp", "dna", "rna", "gdp", "gnp",
        "vat", "atm", "suv", "ceo", "cfo", "cto", "coo", "hr", "pr", "id", "pin", "ok", "lol", "omg", "fyi", "aka",
        "tba", "tbd", "vip", "vips", "iq", "hiv", "aids", "mri", "icu", "er", "ivf", "ufo", "diy", "pov", "qa",
        "q&a", "vs", "etc", "ps", "nb", "rip", "wifi", "ai", "vr", "ar", "3d", "hd", "4k", "mp3", "jpeg", "png",
        "gif", "xml", "json", "sql", "ip", "isp", "vpn", "ddos", "sim", "lgbt", "lgbtq", "ppe", "ptsd", "adhd",
        "bbq", "dj", "mc", "mvp", "ko", "tko", "rpm", "co2", "uv",
    ])

    /// Lower-case nouns of places written before "of" and a name ("the port of Dunmere", "the
    /// border town of Kivari", "the capital, Rivna"): the name is a place.
    static let placeNounsBefore = WordSet([
        "capital", "city", "town", "village", "port", "region", "province", "district", "county", "island",
        "islands", "valley", "suburb", "suburbs", "municipality", "prefecture", "hamlet", "borough", "commune",
        "outskirts", "streets", "shores", "banks", "coast", "peninsula", "republic", "kingdom", "emirate",
        "state", "country", "nation", "capitals", "cities", "towns", "villages", "ports", "regions",
        "residents", "mayor", "centre", "center", "people",
    ])

    /// Lower-case nouns of places written right after a name ("the Dalun district", "the Mora
    /// and Silan rivers", "the Rhine corridor"): the name is a place.
    static let placeNounsAfter = WordSet([
        "river", "rivers", "district", "districts", "region", "regions", "province", "provinces", "county",
        "valley", "island", "islands", "border", "borders", "coast", "coastline", "area", "municipality",
        "prefecture", "oblast", "peninsula", "delta", "basin", "estuary", "lagoon", "suburb", "suburbs",
        "corridor", "archipelago", "highlands", "lowlands", "plateau", "mountains", "hills", "fjord",
        "countryside", "capital", "mainland", "city", "port", "residents", "voters", "by-election",
        "constituency", "town", "village", "airport", "police", "mayor", "harbour", "harbor",
    ])

    /// Lower-case nouns of an organization's sites written after its name ("at Cobalt
    /// headquarters", "at Cobalt's offices"): the name before one is the organization's, even
    /// after a preposition of place.
    static let organizationSites = WordSet([
        "headquarters", "hq", "office", "offices", "campus", "factory", "factories", "plant", "plants", "store",
        "stores", "branch", "branches", "premises", "facility", "facilities", "warehouse", "showroom", "booth",
        "stand", "studio", "studios", "website", "site",
    ])

    /// First words of names with a possessive inside ("St. Mary's Church", "King's College",
    /// "Queen's University").
    static let possessiveNameStarts = WordSet(["st", "saint", "ste", "king", "queen", "lady", "our", "prince", "princess"])

    /// First words of titles of works written as "X of the Y" ("Song of the Harbour", "Ballad
    /// of the North"): the run is one name, of kind "other".
    static let workHeads = WordSet([
        "song", "songs", "ballad", "ballads", "hymn", "ode", "poem", "poems", "tale", "tales", "story", "stories",
        "legend", "legends", "chronicle", "chronicles", "book", "diary", "memoirs", "letters", "symphony",
        "sonata", "requiem", "concerto", "portrait",
    ])

    /// Plural nouns for groups of people written with a capital inside a name ("Transport
    /// Workers United", "Doctors for Peace"): the name is an organization's, never a person's.
    static let pluralGroupWords = WordSet([
        "workers", "doctors", "nurses", "teachers", "farmers", "fishermen", "fishers", "drivers", "pilots",
        "miners", "students", "parents", "mothers", "fathers", "veterans", "citizens", "residents", "friends",
        "volunteers", "engineers", "lawyers", "journalists", "reporters", "artists", "writers", "scientists",
        "physicians", "employees", "women", "men", "youth", "pensioners", "consumers", "taxpayers", "voters",
        "democrats", "republicans", "socialists", "liberals", "conservatives", "greens",
        "architects", "associates", "brothers", "sons", "designers", "consultants", "builders", "solicitors",
    ])

    /// Last words of names of buildings that are places rather than the bodies in them:
    /// places of worship, airports, castles ("St. Mary's Church", "Norland Airport"). A
    /// "Church of …" is still an organization.
    static let buildingHeads = WordSet([
        "church", "cathedral", "chapel", "mosque", "temple", "synagogue", "abbey", "basilica", "shrine", "minster",
        "airport", "airfield", "castle", "monument", "lighthouse", "pier", "dam",
    ])

    /// Words for churches as bodies ("Catholic Church", "Anglican Church"): the organization,
    /// not a building.
    static let denominations = WordSet([
        "catholic", "roman", "anglican", "orthodox", "protestant", "methodist", "baptist", "lutheran", "evangelical",
        "presbyterian", "episcopal", "reformed", "united", "free", "coptic", "pentecostal", "adventist", "mormon",
    ])
}
