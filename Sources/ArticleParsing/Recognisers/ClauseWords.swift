/// Closed classes of English words that show a piece of text is a *clause* — something with a
/// subject and a finite verb — rather than a label, a link or a description of a picture.
/// Shared by ``BoilerplateLexicon`` (a promotional prefix followed by a clause is a sentence,
/// not a link) and ``CaptionRecognizer`` (a paragraph that narrates or reports is not a
/// photo description).
///
/// Only closed classes are listed (auxiliaries, modals, reporting verbs, the common irregular
/// past forms) plus one open pattern, the regular past in "-ed" in a finite position; no
/// part-of-speech tagging. Every word is matched in its normalised form
/// (``TextShape/normalisedWord(_:)``: lower case, ASCII apostrophe, outer punctuation off).
enum ClauseWords {
    /// Reporting and attribution verbs in their finite forms ("said", "says", "told",
    /// "according" of "according to"). Forms that are also common nouns ("reports", "notes",
    /// "claims", "states") and bare forms used in calls to action ("tell us") are left out.
    static let reporting: Set<String> = [
        "said", "says", "told", "tells", "according", "reported", "announced", "announces",
        "added", "adds", "stated", "explained", "explains", "noted", "wrote", "writes", "warned",
        "warns", "claimed", "argued", "argues", "insisted", "insists", "asked", "replied",
        "confirmed", "confirms", "denied", "denies", "urged", "admitted", "acknowledged",
        "recalled", "suggested", "estimated", "testified", "tweeted", "conceded", "predicted",
    ]

    /// Present-tense forms of "be" (allowed in captions: "Workers are seen…").
    static let presentBe: Set<String> = ["is", "are", "am", "isn't", "aren't"]

    /// Finite auxiliaries and modals other than present "be": past and perfect, future and
    /// possibility (contractions such as "she'll" are matched by
    /// ``isOtherAuxiliary(_:)``). "don't" is left out (it opens calls to action: "Don't miss
    /// …").
    static let otherAuxiliaries: Set<String> = [
        "was", "were", "has", "have", "had", "does", "did", "will", "would", "can", "could",
        "may", "might", "must", "should", "shall", "cannot", "wasn't", "weren't", "hasn't",
        "haven't", "hadn't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't",
        "mustn't", "shouldn't",
    ]

    /// Irregular verb forms that are only ever simple past ("went", not "gone").
    static let pastOnly: Set<String> = [
        "went", "came", "took", "gave", "saw", "began", "became", "ran", "rose", "fell", "grew",
        "spoke", "wrote", "broke", "chose", "drove", "flew", "knew", "threw", "drew", "wore",
        "ate", "forgot", "sang", "swam", "arose", "shook", "woke", "stole", "froze", "rode",
        "swore", "tore", "forbade", "sank", "rang", "hid", "bit", "shone", "strove", "slew",
    ]

    /// Irregular forms that are simple past or past participle ("met", "held"); like "-ed"
    /// words they count only in a finite position (see ``narrates(_:)``). "left" and "right"
    /// are missing on purpose: captions place people with them ("Xi, left, sits …").
    static let pastOrParticiple: Set<String> = [
        "met", "held", "led", "sent", "built", "paid", "sold", "stood", "thought", "won", "kept",
        "found", "made", "brought", "bought", "spent", "heard", "felt", "told", "said", "meant",
        "sought", "taught", "caught", "fought", "fled", "got", "lost", "struck", "hung", "slept",
        "laid", "lent", "dealt", "dug", "shot", "spun", "stuck", "swung", "bent", "fed", "sat",
        "slid", "sped", "lit", "wept", "swept",
    ]

    /// Words after which a past form is a participle or adjective, not a finite verb:
    /// determiners and possessives ("the flooded square"), prepositions ("by boats moored
    /// …"), forms of "be", "have" and "get" ("is pictured", "has signed", "get hurt").
    static let participleContext: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
        "my", "your", "of", "in", "on", "from", "with", "by", "for", "at", "to", "into", "onto",
        "after", "before", "under", "over", "during", "near", "behind", "as", "and", "or", "not",
        "well", "now", "is", "are", "am", "be", "been", "being", "was",
        "were", "has", "have", "had", "having", "get", "gets", "got", "getting",
    ]

    /// Words in "-ed" that are not past forms.
    static let notPastForms: Set<String> = [
        "hundred", "naked", "wicked", "sacred", "rugged", "ragged", "jagged", "beloved", "aged",
        "crooked", "kindred", "sled", "shred",
    ]

    /// Past forms in "-eed" (other "-eed" words are not past: "need", "speed", "proceed").
    static let pastInEed: Set<String> = ["agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed"]

    /// One word of a text as these tests see it.
    struct Word: Equatable {
        /// The normalised word ("Said," is "said").
        var text: String
        /// Written with a capital: a name or a sentence start, never taken for a verb
        /// ("Rose Byrne", "Drew", "Will", "May") — except "According" and contractions such as
        /// "She'll", which open sentences and are no names.
        var isCapitalized: Bool
    }

    /// The words of `text`, split on whitespace.
    static func words<S: StringProtocol>(of text: S) -> [Word] {
        TextShape.words(text).map { raw in
            let normalised = TextShape.normalisedWord(raw)
            let isNoName = normalised == "according" || (normalised.contains("'") && isOtherAuxiliary(normalised))
            return Word(text: normalised, isCapitalized: TextShape.isCapitalized(raw) && !isNoName)
        }
    }

    /// Determiners and possessives: a marker word right after one is a noun ("a can of
    /// paint", "the will of the voters").
    static let determiners: Set<String> = [
        "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "my",
        "your", "every", "each", "any",
    ]

    /// Whether `words` hold a finite verb of a clause: a reporting verb, an auxiliary or modal
    /// ("is", "were", "will", "could") or a past-only form ("fell"). Capitalized words and
    /// words after a determiner are not verbs; a marker after "you" or "we", or a contraction
    /// of them ("you'll"), addresses the reader ("… so you can …") and does not count either:
    /// that is how calls to action are phrased, never how a report is.
    static func hasFiniteVerb(_ words: ArraySlice<Word>) -> Bool {
        for position in words.indices {
            let word = words[position]
            guard !word.isCapitalized,
                  reporting.contains(word.text) || presentBe.contains(word.text)
                    || isOtherAuxiliary(word.text) || pastOnly.contains(word.text) else { continue }
            if word.text.hasPrefix("you'") || word.text.hasPrefix("we'") { continue }
            if position > words.startIndex {
                let previous = words[position - 1].text
                if previous == "you" || previous == "we" || determiners.contains(previous) { continue }
            }
            return true
        }
        return false
    }

    /// Whether `words` (in order) narrate or report: a reporting verb; an auxiliary or modal
    /// other than present "be" ("was", "has", "will"); a past-only form ("went"); or a past
    /// form in "-ed" or from ``pastOrParticiple`` in a finite position — not the first word,
    /// not after a word of ``participleContext`` (looking past adverbs in "-ly": "a newly
    /// built ferry", but "Bolton previously served"), and not before "by" ("the mayor signed",
    /// but not "a man injured by", "the flooded square", "is pictured"). Capitalized words and
    /// words after a determiner are never verbs. Photo captions describe what the picture
    /// shows in the present tense ("Stallholders sweep mud …"), so a text that narrates is not
    /// one.
    static func narrates(_ words: [Word]) -> Bool {
        for (position, word) in words.enumerated() where !word.isCapitalized {
            if position > 0, determiners.contains(words[position - 1].text) { continue }
            if reporting.contains(word.text) || isOtherAuxiliary(word.text) || pastOnly.contains(word.text) {
                return true
            }
            guard position > 0, pastOrParticiple.contains(word.text) || isRegularPast(word.text) else { continue }
            var before = position - 1
            while before > 0, isAdverb(words[before].text) { before -= 1 }
            if participleContext.contains(words[before].text) || isAdverb(words[before].text) { continue }
            if position + 1 < words.count, words[position + 1].text == "by" { continue }
            return true
        }
        return false
    }

    /// A word of ``otherAuxiliaries`` or a contraction with "will", "would", "had" or "have"
    /// ("she'll", "they'd", "we've").
    static func isOtherAuxiliary(_ word: String) -> Bool {
        otherAuxiliaries.contains(word) || word.hasSuffix("'ll") || word.hasSuffix("'d") || word.hasSuffix("'ve")
    }

    /// Words in "-ly" that are not adverbs.
    static let notAdverbs: Set<String> = [
        "family", "assembly", "supply", "rally", "reply", "ally", "belly", "bully", "jelly",
        "italy", "july", "lily", "holly", "folly", "fly", "only",
    ]

    /// An adverb in "-ly" ("newly", "previously").
    static func isAdverb(_ word: String) -> Bool {
        word.hasSuffix("ly") && word.count >= 4 && !notAdverbs.contains(word)
    }

    /// A regular past form: at least five letters ending in "-ed", not in ``notPastForms``,
    /// and not in "-eed" unless in ``pastInEed`` ("agreed", but not "need" or "proceed").
    static func isRegularPast(_ word: String) -> Bool {
        guard word.hasSuffix("ed"), word.count >= 5, word.allSatisfy({ $0.isLetter }),
              !notPastForms.contains(word) else { return false }
        return !word.hasSuffix("eed") || pastInEed.contains(word)
    }
}
