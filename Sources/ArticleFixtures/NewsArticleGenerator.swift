/// Makes plain-text articles of any size, deterministically, that read like real wire news
/// rather than ``ArticleGenerator``'s feature prose: short paragraphs dense with names
/// (people with titles and party or office roles, organizations with acronyms, towns,
/// counties and countries), several quotations and speakers per paragraph, possessives,
/// pronoun attributions, dates, figures and places after "in", "at" and "from". For the
/// analysis benchmarks, whose figures this text makes closer to what real news costs.
///
/// Every name is invented (Kessington, the Harbour Alliance, Dunmore Rovers, ...) except a
/// few real countries and capitals, which real news names too; every sentence was written by
/// the Byline team.
public enum NewsArticleGenerator {
    private static let given = [
        "Ines", "Bo", "Mira", "Tomasz", "Adaeze", "Pieter", "Leila", "Joon", "Sofia", "Kwame", "Hanne", "Ruth",
        "Callum", "Aoife", "Rashid", "Marta", "Owen", "Priya", "Dmitri", "Nadia",
    ]
    private static let family = [
        "Varga", "Lind", "Castellanos", "Ilves", "Okonkwo", "Vandermolen", "Haddad", "Park", "Ferreira", "Mensah",
        "Brandt", "Odum", "Pryor", "Calloway", "Esterhazy", "Moreau", "Quist", "Thornbury", "Achterberg", "Delacroix",
    ]
    private static let towns = [
        "Kessington", "Brackwell", "Ostrand", "Halvard", "Port Aurelia", "Dunmore", "Lowbridge", "Carrow Vale",
        "Skerrington", "Westmere",
    ]
    private static let counties = ["Ashfordshire", "North Calder", "Westholm", "Brenshire"]
    private static let countries = ["France", "Germany", "Japan", "Brazil", "Kenya", "Canada", "Poland", "India"]
    private static let parties = [
        ("Harbour Alliance", "HA"), ("Civic Union", "CU"), ("Green Renewal Party", "GRP"), ("Liberal Forum", "LF"),
    ]
    private static let companies = ["Norvane Airways", "Calder Foods plc", "Brightwell Systems", "Osprey Rail Ltd", "Tamsin Motors"]
    private static let products = ["Norvane Skylite", "Brightwell Pocketbook", "Tamsin Comet"]
    private static let teams = ["Dunmore Rovers", "Kessington Athletic", "Lowbridge United"]
    private static let offices = ["Finance Minister", "Home Secretary", "Mayor", "Chief Constable", "Health Minister"]

    private static let templates: [String] = [
        "{O} {P} said on Tuesday that the budget for {T} would be \u{201C}the largest in a generation\u{201D}. \u{201C}We have listened to {C},\u{201D} {S} told reporters in {T2}. \u{201C}Nobody will be left behind.\u{201D}",
        "The {Y} ({A}) accused the government of \u{201C}gambling with people\u{2019}s savings\u{201D}. {A} MP {P2} said the plan was \u{201C}a fantasy\u{201D}, while {P3}, a councillor in {T}, insisted it would \u{201C}never survive a vote\u{201D}.",
        "{K} shares fell 4% in early trading in {T} after the company\u{2019}s chief executive, {P}, warned of weaker demand for the {D}. \u{201C}The quarter was harder than we expected,\u{201D} {S} conceded.",
        "\u{201C}It was a night to remember,\u{201D} said {P}, whose late goal gave {M} a 2-1 win over {M2} at the ground in {T}. \u{201C}The lads never stopped running.\u{201D} {S} later posted a photo of the dressing room.",
        "Police in {T}, {U}, said a man from {T2} had been arrested. Detective Inspector {P} said: \u{201C}We are not looking for anyone else in connection with the incident.\u{201D}",
        "Speaking at a rally near {T}, {P} recalled how the {Y} had first won the seat in 1997. \u{201C}We were told we had no chance,\u{201D} {F} said. \u{201C}We proved them wrong, and we will again.\u{201D}",
        "{P}, a spokeswoman for {K}, said the firm had \u{201C}no plans to leave {T}\u{201D}. Her colleague {P2} quipped that the {T}-based workforce was \u{201C}the best-fed in {U}\u{201D}.",
        "In a letter to {Y} members, {P} wrote that the {A} would \u{201C}fight every closure in {U}\u{201D}. The letter was also signed by {P2} and {P3}.",
        "The {Y}\u{2019}s candidate in {T}, {P}, told {K}\u{2019}s staff magazine that {F} had \u{201C}never once\u{201D} voted against the party. {O} {P2} declined to comment.",
        "Officials in {X} said talks with {X2} would resume in {T} next month. \u{201C}There is goodwill on both sides,\u{201D} said {P}, who chairs the {T} Chamber of Commerce.",
        "{P} grew up in {T} and studied in {X} before joining {K} in 2011. \u{201C}I always knew I would come home,\u{201D} {F} said in an interview. \u{201C}This town made me.\u{201D}",
        "Fans of {M} gathered outside the stadium in {T} on Saturday. \u{201C}We deserve better than this,\u{201D} one season-ticket holder said. Club chairman {P} promised \u{201C}changes before the window closes\u{201D}.",
    ]

    /// A deterministic pseudo-random sequence (the same generator as ``ArticleGenerator``).
    private struct Sequence {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
    }

    /// An article of about `bytes` bytes of UTF-8 (never less, at most one paragraph more),
    /// in Byline's plain-text layout, the same for the same `seed`.
    public static func article(bytes: Int, seed: UInt64 = 1) -> String {
        var random = Sequence(state: seed)
        var text = "Harbour Alliance Sweeps Kessington as Civic Union Vote Collapses\n\nBy Nadia Quist\n\nFriday, May 8, 2026\n\n"
        while text.utf8.count < bytes {
            var values: [String: String] = [:]
            func person() -> (full: String, family: String) {
                let last = family[random.next(family.count)]
                return (given[random.next(given.count)] + " " + last, last)
            }
            let speaker = person()
            values["P"] = speaker.full
            values["S"] = random.next(2) == 0 ? speaker.family : (random.next(2) == 0 ? "he" : "she")
            values["F"] = speaker.family
            values["P2"] = person().full
            values["P3"] = person().full
            values["T"] = towns[random.next(towns.count)]
            values["T2"] = towns[random.next(towns.count)]
            values["U"] = counties[random.next(counties.count)]
            values["X"] = countries[random.next(countries.count)]
            values["X2"] = countries[random.next(countries.count)]
            let party = parties[random.next(parties.count)]
            values["Y"] = party.0
            values["A"] = party.1
            values["K"] = companies[random.next(companies.count)]
            values["D"] = products[random.next(products.count)]
            values["M"] = teams[random.next(teams.count)]
            values["M2"] = teams[random.next(teams.count)]
            values["O"] = offices[random.next(offices.count)]
            values["C"] = towns[random.next(towns.count)]
            text += fill(templates[random.next(templates.count)], values) + "\n\n"
        }
        return text
    }

    /// `template` with every `{KEY}` replaced by `values[KEY]` (unknown keys are kept).
    private static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        result.reserveCapacity(template.utf8.count + 96)
        var scalars = template.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "{", let close = scalars.firstIndex(of: "}") else {
                result.unicodeScalars.append(scalar)
                continue
            }
            let key = String(scalars[scalars.startIndex..<close])
            scalars = scalars[scalars.index(after: close)...]
            let lookup = values[key]
            result += lookup ?? "{" + key + "}"
        }
        return result
    }
}
