/// Decides whether a short paragraph or line is boilerplate: advertising, subscription
/// offers, newsletter and app promotion, share and follow prompts, "read more" links,
/// copyright notices.
///
/// Source of the rules: a lexicon of phrases common across English-language news sites
/// (written for Byline, not taken from any one site or article). A text is boilerplate when
/// it has at most ``maximumWords`` words and either
/// - it starts with a promotional *prefix* ("Read more", "Related:", "Sign up", "Subscribe",
///   "Advertisement", "Follow us", "Share this", "Copyright", "©", …), or
/// - *most* of it is lexicon phrases: more than half of its words are covered by
///   ``phrases`` (longest match first). "Ad free experience" (2 of 3) and "All newsletters +
///   podcasts" (2 of 3) are boilerplate; "The company raised its subscription price by 20
///   percent." (1 of 11) is not.
///
/// Text that opens with a quotation mark is never boilerplate (it is someone speaking).
enum BoilerplateLexicon {
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

    /// Prefixes (lower case, matched on whole words at the start) that mark a line as
    /// promotional whatever follows.
    static let prefixes: [[String]] = [
        "read more", "read next", "read also", "see also", "related:", "related stories",
        "related articles", "related coverage", "more from", "sign up", "subscribe",
        "advertisement", "follow us", "share this", "click here", "copyright", "©",
        "all rights reserved", "download the", "download our", "get the app", "get our",
        "don't miss", "want more", "recommended:", "trending:", "also read", "must read",
        "continue reading", "story continues", "article continues",
    ].map { $0.split(separator: " ").map(String.init) }

    /// The first words of ``prefixes``, to skip the prefix test for most texts.
    static let prefixFirstWords: Set<String> = Set(prefixes.compactMap(\.first))

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
    static func isBoilerplate(_ text: String) -> Bool {
        if let first = text.unicodeScalars.first, TextShape.openingQuotes.contains(Character(first)) { return false }
        guard let words = LexiconWords(text, limit: maximumWords), !words.lowered.isEmpty else { return false }
        if prefixFirstWords.contains(words.lowered[0]) || prefixFirstWords.contains(words.normalised[0]),
           prefixes.contains(where: { words.startsWith($0) }) {
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

    private static func matches(_ words: [String], at index: Int, _ phrase: [String]) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        return words[index..<index + phrase.count].elementsEqual(phrase)
    }
}
