/// Word lists of the named-entity recognizer, in addition to ``NameLexicon`` (titles, roles,
/// organization heads) and the ``Gazetteer``.
///
/// Source: Byline's own lists, written from general knowledge of English news style; none
/// is copied from a corpus. Words are matched case-insensitively through ``WordKey``.
enum EntityLexicon {
    /// Last words of names of events, laws, treaties, awards and works: a run ending in one
    /// is kind "other" ("Harbour Accord", "Clean Air Act", "National Day", "World Cup").
    static let otherHeads = WordSet([
        "act", "acts", "accord", "accords", "agreement", "treaty", "convention", "protocol", "charter",
        "declaration", "bill", "amendment", "doctrine", "plan", "initiative", "day", "games", "olympics",
        "paralympics", "cup", "championship", "championships", "festival", "expo", "summit", "war",
        "revolution", "award", "awards", "prize", "open", "marathon", "tournament", "grand prix",
        "conference", "forum", "week", "crisis", "pandemic", "report", "strategy", "programme",
        "project", "mission", "operation", "series", "show", "album", "film", "novel", "book",
        "christmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "thanksgiving", "fair", "exhibition",
    ])

    /// Honorifics and professional titles that are not a role worth keeping as a
    /// description ("Mr.", "Dr.").
    static let honorifics = WordSet(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady"])

    /// Prepositions after which a lone unknown name is most likely a place ("in Valmont", "at
    /// Harbour City", "from Ostrava").
    static let placePrepositions = WordSet([
        "in", "at", "near", "from", "across", "outside", "inside", "throughout", "towards", "toward",
        "around", "via",
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
        "shipping", "energy", "telecom", "airport", "council", "conference", "legion", "corps",
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
    /// ``NameLexicon/titleModifiers`` ("Special Representative", "Former President").
    static let titleModifiers = WordSet([
        "special", "senior", "former", "interim", "acting", "deputy", "vice", "assistant", "associate",
        "principal", "permanent", "honorary", "regional", "national", "federal", "head", "lead",
    ])

    /// Labels of pictures and media written after a name in captions and credits ("Ana Ruiz
    /// Image: …"): never part of the name.
    static let mediaLabels = WordSet(["image", "images", "photo", "photos", "video", "picture", "file", "credit", "source"])
}
