/// Decides whether a short paragraph or line is boilerplate: advertising, subscription
/// offers, newsletter and app promotion, share and follow prompts, "read more" links,
/// copyright notices.
///
/// Source of the rules: a lexicon of phrases common across English-language news sites
/// (written for Byline, not taken from any one site or article). A text is boilerplate when
/// it has at most ``maximumWords`` words and either
/// - it starts with a promotional *prefix* ("Read more", "Related:", "Sign up", "Subscribe",
///   "Advertisement", "Follow us", "Share this", "Copyright", "©", …) **and is a link or
///   label, not a sentence** (see below), or
/// - *most* of it is lexicon phrases: more than half of its words are covered by
///   ``phrases`` (longest match first). "Ad free experience" (2 of 3) and "All newsletters +
///   podcasts" (2 of 3) are boilerplate; "The company raised its subscription price by 20
///   percent." (1 of 11) is not.
///
/// **A prefix marks a link, a button or a label, never a sentence.** Prefixes are whole words,
/// so "Subscribers to the paper's print edition fell…" and "Follow-up talks…" never match
/// ("subscribers" is not "subscribe", "follow-up" is not "follow"). When one matches, the text
/// is boilerplate only when it is *link-like*, judged on the words after the prefix (the
/// *rest*):
/// 1. the rest is empty or punctuation ("Advertisement", "Read more »", "Subscribe!");
/// 2. the prefix is followed by a link separator — ":", "?", "|", "»", "›", "→", ">", "-",
///    "–", "—" — and then a title ("Read more: Why the ferry is late", "Want more? Sign up",
///    "Advertisement - Scroll to continue"), or the text ends with a link arrow ("»", "›",
///    "→", ">"): titles may be full sentences;
/// 3. otherwise the rest must be a short complement without a clause of its own:
///    - no finite verb (``ClauseWords/hasFiniteVerb(_:)``: a reporting verb such as "said" or
///      "according", an auxiliary or modal such as "is", "were", "will", or a past-only form
///      such as "fell"; one after "you" or "we" addresses the reader and does not count);
///    - when the text ends like a sentence (".", "!", "?"): at most
///      ``maximumLinkSentenceWords`` words in all and no comma in the rest — a call to action
///      is one short imperative ("Sign up for our newsletter."), a comma before the end is a
///      clause or an attribution ("…, the editor said.");
///    - for a *label* prefix — a noun that can also modify the next word in a sentence
///      ("Advertisement", "Copyright", "Related stories", "More from") — the rest starts with a
///      capitalized word, a digit or symbol, or a function word (``labelFollowers``):
///      "Copyright 2022 Coastline Wire", "More from Harbor Weekly", "Article continues after
///      advertisement", but not "Advertisement revenue fell…" or "Copyright lawyers said…".
///
/// So "Read more about the plan in Sunday's edition, the editor said." is a paragraph wherever
/// it stands, while "Read more about the plan" and "Read more: The plan" are links. When in
/// doubt the text is kept: a promotional line shown costs less than a paragraph lost.
///
/// Text that opens with a quotation mark is never boilerplate (it is someone speaking).
package enum BoilerplateLexicon {
    /// Longer texts are never boilerplate.
    static let maximumWords = 40

    /// Phrases whose words count as promotional, each word normalised like the text's words
    /// (``TextShape/normalisedWord(_:)``: lower case, ASCII apostrophes, outer punctuation
    /// removed, so "editors' picks" is stored as `["editors", "picks"]`).
    static let phrases: [[String]] = [
        "advertisement", "advertisements", "advertising", "sponsored", "sponsored content",
        "paid content", "paid post", "partner content", "promoted", "promoted stories",
        "editor's pick", "editor's picks", "editors' picks", "editors pick", "staff picks",
        "most read", "most popular", "most viewed", "trending", "trending now", "top stories",
        "recommended", "recommended for you", "you may also like", "you might also like",
        "more stories", "more from", "more on this story", "related", "related stories",
        "related articles", "related coverage", "related content", "related topics",
        "read more", "read next", "read also", "see also", "continue reading", "keep reading",
        "story continues below", "article continues below", "skip advertisement",
        "subscribe", "subscribe now", "subscribe today", "subscriber", "subscribers",
        "subscriber only", "subscribers only", "subscription", "subscriptions", "subscribed",
        "unsubscribe", "newsletter", "newsletters", "podcast", "podcasts",
        "sign up", "signup", "sign in", "log in", "login", "register", "create an account",
        "create a free account", "unlimited access", "unlimited digital access", "digital access",
        "full access", "premium access", "ad free", "ad-free", "ads free", "fewer ads", "no ads",
        "app access", "ios", "android", "iphone app", "ipad app",
        "download the app", "get the app", "app store", "google play",
        "magazine delivered", "delivered to your door", "delivered to your inbox",
        "to your inbox", "in your inbox", "print edition", "digital edition", "e-edition",
        "follow us", "share", "share this", "share this article", "share this story",
        "share on facebook", "share on twitter", "tweet", "facebook", "twitter", "instagram",
        "whatsapp", "linkedin", "youtube", "tiktok", "telegram", "email", "e-mail", "print",
        "copy link", "comments", "comment", "view comments", "leave a comment", "show comments",
        "copyright", "©", "all rights reserved", "terms of use", "terms of service",
        "privacy policy", "cookie policy", "cookies", "cookie settings",
        "click here", "tap here", "learn more", "find out more", "free trial", "start your free trial",
        "cancel anytime", "cancel any time", "per month", "per week",
        "per year", "special offer", "limited time offer", "best value", "exclusive offer",
        "members only", "become a member", "join now", "donate", "support our journalism",
        "support independent journalism", "support us", "load more", "show more", "back to top",
        "breaking news alerts", "news alerts", "alerts", "notifications", "get notifications",
        "latest news", "latest headlines", "don't miss", "watch now", "listen now",
        "listen to this article", "audio version", "reading time", "min read", "gift this article",
        "save article", "saved articles", "bookmark",
    ].map { $0.split(separator: " ").map(TextShape.normalisedWord) }

    /// Prefixes that are calls to action or link labels (lower case, matched on whole words
    /// at the start); see the type's rules for when they make a text boilerplate. A word
    /// ending in ":" must be written with the colon.
    static let callPrefixes: [String] = [
        "read more", "read next", "read also", "see also", "also read", "must read", "related:",
        "recommended:", "trending:", "sign up", "subscribe", "follow us", "share this",
        "click here", "download the", "download our", "get the app", "get our", "don't miss",
        "want more", "continue reading",
    ]

    /// Label prefixes: nouns that a sentence may also start with as a modifier ("Advertisement
    /// revenue", "Copyright lawyers", "Related coverage plans"); the rest must start with a
    /// word of ``labelFollowers``, a capital, a digit or a symbol.
    static let labelPrefixes: [String] = [
        "advertisement", "copyright", "©", "all rights reserved", "related stories",
        "related articles", "related coverage", "more from", "story continues",
        "article continues",
    ]

    /// All prefixes as words, each with whether it is a label, longest first so that "related
    /// stories" is tried before a shorter prefix sharing its first word.
    static let prefixes: [(words: [String], isLabel: Bool)] =
        (callPrefixes.map { ($0, false) } + labelPrefixes.map { ($0, true) })
            .map { (words: $0.0.split(separator: " ").map(String.init), isLabel: $0.1) }
            .sorted { $0.words.count > $1.words.count }

    /// Words that may follow a label prefix in a link or label: determiners, possessives and
    /// prepositions ("More from our partners", "Story continues below").
    static let labelFollowers: Set<String> = [
        "the", "a", "an", "our", "your", "this", "these", "its", "their", "his", "her", "on", "in",
        "at", "from", "to", "for", "of", "about", "by", "with", "below", "above", "after", "before",
        "here", "now", "today", "and", "or", "via",
    ]

    /// A text ending like a sentence is a link only if it has at most this many words.
    static let maximumLinkSentenceWords = 12

    /// Marks that separate a link label from its title.
    static let linkSeparators: Set<Character> = [
        ":", "?", "|", "\u{00BB}", "\u{203A}", "\u{2192}", ">", "-", "\u{2013}", "\u{2014}",
    ]

    /// Marks that end a link ("Read more »").
    static let linkArrows: Set<Character> = ["\u{00BB}", "\u{203A}", "\u{2192}", ">"]

    /// The first words of ``prefixes``, to skip the prefix test for most texts.
    static let prefixFirstWords: Set<String> = Set(prefixes.compactMap(\.words.first))

    /// Hashes of every phrase word and of every prefix's first word, for the quick rejection.
    static let phraseWordFilter = BoilerplateFilter(phrases.joined())
    static let prefixWordFilter = BoilerplateFilter(prefixFirstWords)

    /// Lexicon phrases indexed by their first word, for a linear scan.
    static let phrasesByFirstWord: [String: [[String]]] = {
        var table: [String: [[String]]] = [:]
        for phrase in phrases {
            guard let first = phrase.first else { continue }
            table[first, default: []].append(phrase)
        }
        for key in table.keys {
            table[key]?.sort { $0.count > $1.count }
        }
        return table
    }()

    /// Whether `text` (one paragraph, list item or line) is boilerplate by the rules on the
    /// type. Works on the UTF-8 bytes, so it costs a few microseconds for a short line and
    /// returns at once for a text with more than ``maximumWords`` words.
    package static func isBoilerplate(_ text: String) -> Bool {
        // The byte filter first: it rejects most texts more cheaply than the quote check.
        if BoilerplateFilter.cannotBeBoilerplate(
            text, limit: maximumWords, phraseWords: phraseWordFilter, prefixWords: prefixWordFilter
        ) {
            return false
        }
        if let first = text.unicodeScalars.first, TextShape.openingQuotes.contains(Character(first)) { return false }
        guard let words = LexiconWords(text, limit: maximumWords), !words.lowered.isEmpty else { return false }
        if prefixFirstWords.contains(words.lowered[0]) || prefixFirstWords.contains(words.normalised[0]),
           let prefix = prefixes.first(where: { words.startsWith($0.words) }),
           isLink(text, words: words, prefixLength: prefix.words.count, isLabel: prefix.isLabel) {
            return true
        }
        let normalised = words.normalised.filter { !$0.isEmpty }
        guard !normalised.isEmpty else { return false }
        var covered = 0
        var index = 0
        while index < normalised.count {
            let candidates = phrasesByFirstWord[normalised[index]] ?? []
            if let phrase = candidates.first(where: { matches(normalised, at: index, $0) }) {
                covered += phrase.count
                index += phrase.count
            } else {
                index += 1
            }
        }
        return covered * 2 > normalised.count
    }

    /// Whether a text that starts with a prefix of `prefixLength` words is a link or label
    /// (rules 1–3 on the type).
    static func isLink(_ text: String, words: LexiconWords, prefixLength: Int, isLabel: Bool) -> Bool {
        // 1. Nothing but punctuation after the prefix.
        let rest = words.normalised[prefixLength...]
        if rest.allSatisfy(\.isEmpty) { return true }
        // 2. A separator after the prefix, or an arrow at the end.
        if let last = words.lowered[prefixLength - 1].last, linkSeparators.contains(last) { return true }
        if let first = words.lowered[prefixLength].first, linkSeparators.contains(first) { return true }
        let trimmed = text.trimmingWhitespace()
        if let last = trimmed.last, linkArrows.contains(last) { return true }
        // 3. A short complement without a clause.
        let clauseWords = ClauseWords.words(of: trimmed)
        guard clauseWords.count > prefixLength else { return true }
        let restWords = clauseWords[prefixLength...]
        if isLabel, let first = restWords.first {
            let raw = TextShape.words(trimmed)[prefixLength]
            let opensLikeAName = first.isCapitalized || first.text.isEmpty
                || (raw.first.map { !$0.isLetter } ?? true)
            guard opensLikeAName || labelFollowers.contains(first.text) else { return false }
        }
        if ClauseWords.hasFiniteVerb(restWords) { return false }
        if TextShape.endsLikeSentence(trimmed) {
            // A comma after the prefix's last word or inside the rest (not at the very end).
            let restText = TextShape.words(trimmed).dropFirst(prefixLength - 1)
            let hasComma = restText.dropLast().contains { $0.hasSuffix(",") || $0.hasSuffix(";") }
            return clauseWords.count <= maximumLinkSentenceWords && !hasComma
        }
        return true
    }

    private static func matches(_ words: [String], at index: Int, _ phrase: [String]) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        return words[index..<index + phrase.count].elementsEqual(phrase)
    }
}
