/// Makes plain-text articles of any size, deterministically, for benchmarks and property
/// tests: a headline, byline and date, then paragraphs drawn from a pool the team wrote
/// (fictional people and places; quotations of every common shape, titles and roles,
/// demonyms, an acronym, captions with credits, a heading with list items),
/// with names varied by a seeded generator so no two paragraphs repeat exactly.
public enum ArticleGenerator {
    private static let first = ["Ines", "Bo", "Mira", "Tomasz", "Adaeze", "Pieter", "Leila", "Joon", "Sofia", "Kwame", "Hanne", "Ruth"]
    private static let last = ["Varga", "Lind", "Castellanos", "Ilves", "Okonkwo", "Vandermolen", "Haddad", "Park", "Ferreira", "Mensah", "Brandt", "Odum"]
    private static let places = ["Valmont", "Skerry", "Port Aurelia", "Norland", "Kessel", "Brask Junction", "Ostrand", "Halvard"]
    private static let bodies = ["Harbour Board", "Norland Transport Agency", "Valmont City Council", "Coastal Trust", "Ministry of Fisheries", "Ostrand Chamber of Commerce"]

    private static let templates: [String] = [
        "\"We will run the boats all night if the demand is there,\" said {P}, who chairs the {B}. \"Nobody should wait three hours for a bus to the hospital.\"",
        "{S} told reporters in {L} on Tuesday that the plan was \"fully costed\" and that the first crossings would begin in the spring.",
        "The {B} said in a statement that it \"expects the line to cover its running costs within five years\", a claim critics called optimistic.",
        "According to {P}, the tide tables for the northern bays were revised twice this season, and the harbour office says the new figures are the most accurate yet.",
        "\"The numbers in the plan assume a ridership we have never seen on any route in this region,\" {S} said. \"I have asked for the model, and I have not received it.\"",
        "Residents of {L} greeted the decision with relief. \"My daughter can finally take a job in the city,\" said {P}, who runs the island's only bakery.",
        "The so-called \"night economy\" has grown in {L} since the 1990s, when the old cannery closed and the quay was rebuilt with money from the {B}.",
        "In a report published on Monday, the {B} warned that \"without new vessels, the service will not survive the decade\". The report said repairs had doubled in cost.",
        "{P} said: \"We asked for a timetable, not a promise. Today we got both.\"",
        "It wasn't the first time the council's plans had stalled; in the '90s a similar proposal collapsed after O'Neill's survey found the harbour too shallow.",
        "Dr. {P}, a marine engineer at the University of {L}, said the new hulls were \"quieter and cheaper to run\". {S} added that the {B} had not yet ordered them.",
        "\"This is a question of fairness,\" {S}, a spokesperson for the {B}, told Norland Harbour Radio (NHR). \"Islanders pay the same taxes as everyone else.\"",
        "Transport Minister {P} visited {L} on Friday. Asked about the cost, the minister said only that \"the figures will be published in due course\".",
        "Several Norlander and Valmontese shipping firms have bid for the contract, according to documents seen by the Valmont Daily.",
    ]

    private static let imageBlocks: [String] = [
        "Ferry, Harbour, {L}, Night\nThe last ferry leaves the old port of {L} before the storms closed the line. \"We never thought it would be the last one,\" said a deckhand. Photo: {P} / {B}",
        "Bakery, Residents, {L}\n{P} opens the bakery in {L} at dawn, before the first bus leaves for the mainland. {B} Archive",
        "What the plan promises\n  • A crossing every hour from {L}\n  • Night fares set by the {B}\n  • New vessels by 2028",
    ]

    /// A deterministic pseudo-random sequence (a 64-bit linear congruential generator, the
    /// constants of Knuth's MMIX), so the same seed always gives the same article.
    struct Sequence {
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
        var text = "Harbour Board Approves the Night Ferry After 'Years of Waiting'\n\nBy Mira Castellanos\n\nThursday, March 12, 2026\n\n"
        var count = 0
        while text.utf8.count < bytes {
            let useImage = count % 9 == 8
            let pool = useImage ? imageBlocks : templates
            var paragraph = pool[random.next(pool.count)]
            let name = first[random.next(first.count)] + " " + last[random.next(last.count)]
            let surname = String(name.split(separator: " ").last ?? "")
            let speaker = random.next(2) == 0 ? name : surname
            let place = places[random.next(places.count)]
            let body = bodies[random.next(bodies.count)]
            paragraph = fill(paragraph, ["P": name, "S": speaker, "L": place, "B": body])
            text += paragraph + "\n\n"
            count += 1
        }
        text += "Subscribe to the Valmont Daily\n  • Unlimited access\n  • Ad-free reading\n"
        return text
    }
}

extension ArticleGenerator {
    /// `template` with every `{K}` replaced by `values[K]` (unknown keys are kept as written).
    fileprivate static func fill(_ template: String, _ values: [Character: String]) -> String {
        var result = ""
        result.reserveCapacity(template.utf8.count + 64)
        var pieces = template.split(separator: "{", omittingEmptySubsequences: false)[...]
        if let head = pieces.popFirst() { result += head }
        for piece in pieces {
            if let key = piece.first, let value = values[key], piece.dropFirst().first == "}" {
                result += value
                result += piece.dropFirst(2)
            } else {
                result += "{"
                result += piece
            }
        }
        return result
    }
}
