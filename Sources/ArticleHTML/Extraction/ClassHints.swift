/// What an element's `class` and `id` say about it, word by word (split at anything but
/// letters and digits, and at lower-to-upper case changes, so `shareBar` and `share-bar` are
/// both "share" + "bar").
///
/// The words are the conventions of page templates in general (the vocabulary Readability
/// and boilerplate-removal research document, written down here by us): navigation, sharing,
/// newsletters, cookie notices, comments, related stories, advertising; and on the other side
/// article, story, body, content, text. Button words ("button", "btn") are kept apart
/// (``controlWords``): they mark a control only when the element reads like one.
enum ClassHints {
    /// Words that mark boilerplate.
    static let negativeWords: Set<String> = [
        "comment", "comments", "commentlist", "disqus", "respond", "reply", "replies",
        "share", "sharing", "shares", "social", "sociallinks", "socialmedia", "sharebar", "sharetools",
        "facebook", "twitter", "whatsapp", "linkedin", "pinterest",
        "newsletter", "subscribe", "subscription", "signup", "paywall", "regwall",
        "cookie", "cookies", "consent", "gdpr", "banner",
        "related", "recommended", "recommendations", "recirc", "recirculation", "trending", "popular",
        "mostread", "mostpopular", "moreStories".lowercased(), "morestories", "readmore", "readnext", "upnext", "teaser", "teasers",
        "promo", "promotion", "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit",
        "adsense", "dfp", "gpt", "sponsor", "sponsored", "outbrain", "taboola", "partner",
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager",
        "footer", "masthead", "header", "sidebar", "widget", "widgets", "rail", "aside", "toolbar",
        "popup", "modal", "overlay", "dialog", "tooltip", "skip", "skiplink",
        "tags", "tagcloud", "taglist", "topics", "byline", "author", "authors", "bio", "dateline_meta",
        "meta", "metadata", "timestamp", "date", "published", "updated", "print",
        "sronly", "visuallyhidden", "screenreader", "offscreen", "login", "signin", "search",
        "jump", "alert", "notification", "donate", "donation", "membership",
        "headline", "kicker", "eyebrow", "label", "category", "categories", "rating", "badge",
        "references", "bibliography", "reflist",
    ]
    /// Words that mark a control (a video player's "Embed" and "More videos" links). Not
    /// negative on their own: templates also put them on links inside sentences and on whole
    /// paragraphs, so ``ContentExtractor`` drops such an element only when its text is short
    /// and it does not stand inside running text.
    static let controlWords: Set<String> = ["button", "btn"]
    /// Words that mark the article.
    static let positiveWords: Set<String> = [
        "article", "articlebody", "story", "storybody", "body", "content", "entry", "entrycontent",
        "main", "post", "postbody", "postcontent", "text", "prose", "blog", "news", "page", "richtext",
    ]
    /// Negative words that mean "this is a caption or credit", not boilerplate.
    static let captionWords: Set<String> = ["caption", "figcaption", "captiontext", "credit", "credits", "copyright", "photocredit"]

    /// The words of a class or id value.
    static func words(_ value: String) -> [String] {
        if let ascii = asciiWords(value) { return ascii }
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in value {
            if character.isLetter || character.isNumber {
                if character.isUppercase && previousLower && !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(contentsOf: character.lowercased())
                previousLower = character.isLowercase
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// ``words(_:)`` for an ASCII value, on its UTF-8 bytes (the same rule: letters and
    /// digits make words, a lower-case letter followed by an upper-case one splits them);
    /// `nil` when the value holds any other byte (then the rule runs on its characters).
    static func asciiWords(_ value: String) -> [String]? {
        var value = value
        return value.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var current: [UInt8] = []
            var previousLower = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                let isUpper = byte >= 0x41 && byte <= 0x5A
                let isLower = byte >= 0x61 && byte <= 0x7A
                if isUpper || isLower || (byte >= 0x30 && byte <= 0x39) {
                    if isUpper && previousLower && !current.isEmpty {
                        words.append(String(decoding: current, as: UTF8.self))
                        current.removeAll(keepingCapacity: true)
                    }
                    current.append(isUpper ? byte + 0x20 : byte)
                    previousLower = isLower
                } else {
                    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                    current.removeAll(keepingCapacity: true)
                    previousLower = false
                }
            }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            return words
        }
    }

    /// The words of `class` and `id` together (class words first).
    static func words(classAndID attributes: [String: String]?) -> [String] {
        guard let attributes else { return [] }
        return words(attributes["class"] ?? "") + words(attributes["id"] ?? "")
    }

    /// Whether the words mark boilerplate: a negative word (or a compound of two words, as
    /// "most" + "read") and no positive word standing alone as the whole value.
    static func isNegative(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        for (index, word) in words.enumerated() {
            if negativeWords.contains(word) { return true }
            if index + 1 < words.count, negativeWords.contains(word + words[index + 1]) { return true }
        }
        return false
    }

    /// Whether a control word (``controlWords``) is among the words ("button-link" gives
    /// "button" and "link"; "embedBtn" gives "embed" and "btn").
    static func isControl(_ words: [String]) -> Bool {
        words.contains { controlWords.contains($0) }
    }

    /// Words of reader comments.
    static let commentWords: Set<String> = ["comment", "comments", "commentlist", "disqus", "respond", "reply", "replies"]

    /// Words of a scholarly page's list of cited works.
    static let referenceWords: Set<String> = ["references", "bibliography", "reflist"]

    /// Whether the words mark a list of cited works (comma-rich citations that would outscore
    /// the prose).
    static func isReferenceList(_ words: [String]) -> Bool {
        words.contains { referenceWords.contains($0) }
    }

    /// Whether the words mark a comments section.
    static func isCommentLike(_ words: [String]) -> Bool {
        words.contains { commentWords.contains($0) }
    }

    /// Whether a positive word occurs.
    static func isPositive(_ words: [String]) -> Bool {
        words.contains { positiveWords.contains($0) }
    }

    /// Readability-style weight: +25 for a positive word, −25 for a negative one.
    static func weight(_ words: [String]) -> Double {
        var weight = 0.0
        if isPositive(words) { weight += 25 }
        if isNegative(words) { weight -= 25 }
        return weight
    }

    /// Whether the words mark a caption or photo credit.
    static func isCaption(_ words: [String]) -> Bool {
        words.contains { captionWords.contains($0) || $0.hasSuffix("caption") }
    }
}
