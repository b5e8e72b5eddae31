/// Chooses a page's headline among its `h1` elements, `og:title`, JSON-LD `headline` and
/// `<title>`, by their agreement.
///
/// An h1 that is only a shorter part of a split declared title (the site's name beside the
/// headline: a logo set as the page's h1) is never the headline.
///
/// Rule: the declared titles (Open Graph, then JSON-LD, then `<title>`) are the reference;
/// the first `h1` whose text matches one of them is the headline as the page shows it. Match
/// (on ``key(_:)``s): equal, or one contains the other and is at least half its length, or
/// equal to the longest part of a declared title split at a separator, or a declared title
/// (or its longest part) of 12 Latin-script letters or more (a Han, kana or Hangul character
/// counting as three) that the h1 contains (the tab's short form of the page's headline), or,
/// for CJK text, a longest part of which 80% of the distinct characters are in the h1 and
/// which is no longer than it (a CJK title rewords more than it shortens). Without a match,
/// a declared title that is only the site's name (``siteKeys``: `og:site_name`, the host's
/// name, the text of the home or logo link) is no headline; the remaining Open Graph or
/// JSON-LD title is used (when the page declares only an undivided `<title>` that shares no
/// word with its single, longer h1, the h1), then `<title>`, each without the site's name (the part after
/// " | ", " - ", " – ", " — ", " :: ", " · ", " » " or " / ", in CJK titles also "｜", "|",
/// "_", "丨", "－" or "—" without spaces, that names the site or is the shorter end), then
/// the first `h1` that is not the site's name.
enum HeadlineChooser {
    static let separators = [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00B7} ", " \u{00BB} ", " / "]
    /// Separators CJK titles use without spaces around them.
    static let cjkSeparators = ["\u{FF5C}", "|", "_", "\u{4E28}", "\u{FF0D}", "\u{2014}"]

    /// The separators to split `title` at: ``separators``, then for a title with CJK
    /// characters ``cjkSeparators``.
    static func separators(of title: String) -> [String] {
        hasCJK(title) ? separators + cjkSeparators : separators
    }

    /// - Parameters:
    ///   - h1s: the texts of the page's `h1` elements, in document order.
    ///   - siteKeys: the ``key(_:)``s of the site's names, asked only when no h1 matches.
    static func choose(h1s: [String], metadata: PageMetadata, siteKeys: () -> Set<String> = { [] }) -> String? {
        let declared = [metadata.openGraphTitle, metadata.jsonLDHeadline, metadata.documentTitle].compactMap { $0 }.filter { !$0.isEmpty }
        var keys = declared.map(key)
        // A title that names the site ("Survey of the quay | Tidewater Courier"): its longest
        // part is the headline, whatever the site's name is.
        var longestKeys: [String] = []
        for title in declared {
            if let longest = parts(of: title).max(by: { $0.count < $1.count }) { longestKeys.append(key(longest)) }
        }
        keys += longestKeys
        // The other parts of a split title name the site: an h1 holding only that is the
        // site's logo, not the headline.
        var siteParts: Set<String> = []
        for title in declared {
            let titleParts = parts(of: title)
            guard titleParts.count >= 2, let longest = titleParts.max(by: { $0.count < $1.count }) else { continue }
            for part in titleParts where part != longest { siteParts.insert(key(part)) }
        }
        for h1 in h1s where !h1.isEmpty && h1.count <= 300 {
            let h1Key = key(h1)
            guard h1Key.count >= 4, !siteParts.contains(h1Key) else { continue }
            // A declared title that the h1 holds is the h1 shortened for the tab ("Glass
            // bridge reopens" of "Glass bridge reopens after a two-year repair"): the page's
            // own h1 is the fuller headline.
            if keys.contains(where: { $0 == h1Key || ($0.contains(h1Key) && h1Key.count * 2 >= $0.count) || (h1Key.contains($0) && $0.count * 2 > h1Key.count) || (weightedCount($0) >= 12 && h1Key.contains($0)) }) {
                return h1
            }
            if longestKeys.contains(where: { hasCJK($0) && $0.count <= h1Key.count && sharesCharacters($0, with: h1Key) }) {
                return h1
            }
        }
        // Only an undivided `<title>` to go by, a single h1, no word in common, and the h1 the
        // longer: the title names something other than this article (the site alone, a
        // section), and the h1 is the headline the page shows.
        let shownH1s = h1s.filter { !$0.isEmpty && $0.count <= 300 && key($0).count >= 4 && !siteParts.contains(key($0)) }
        if metadata.openGraphTitle?.isEmpty ?? true, metadata.jsonLDHeadline?.isEmpty ?? true,
           let title = metadata.documentTitle, !title.isEmpty, parts(of: title).count == 1,
           shownH1s.count == 1, let h1 = shownH1s.first,
           words(of: title).isDisjoint(with: words(of: h1)), weightedCount(key(h1)) > weightedCount(key(title))
        {
            return h1
        }
        let sites = siteKeys()
        let isSiteName = { (title: String) in sites.contains(key(title)) || sites.contains(key(withoutSiteName(title, siteName: metadata.siteName))) }
        if let title = [metadata.openGraphTitle, metadata.jsonLDHeadline].compactMap({ $0 }).first(where: { !$0.isEmpty && !isSiteName($0) }) {
            return withoutSiteName(title, siteName: metadata.siteName, siteKeys: sites)
        }
        if let title = metadata.documentTitle, !title.isEmpty, !isSiteName(title) {
            return withoutSiteName(title, siteName: metadata.siteName, siteKeys: sites)
        }
        return h1s.first { !$0.isEmpty && !sites.contains(key($0)) } ?? h1s.first { !$0.isEmpty }
    }

    /// The words of `text` for telling whether two titles speak of the same thing: lower-cased
    /// runs of two or more letters or digits, and each Han, kana or Hangul character alone
    /// (CJK text has no spaces between words).
    static func words(of text: String) -> Set<String> {
        var words: Set<String> = []
        var run = ""
        func flush() {
            if run.unicodeScalars.count >= 2 { words.insert(run) }
            run = ""
        }
        for scalar in text.lowercased().unicodeScalars {
            if isCJK(scalar) {
                flush()
                words.insert(String(scalar))
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                run.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Whether `text` has a Han, kana or Hangul character.
    static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { isCJK($0) }
    }

    /// Whether `scalar` is Han, kana or Hangul (the ranges of ``ArticleVerdict/weightedLength(_:)``).
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    /// Scalars of a key, each Han, kana or Hangul one counted as three.
    static func weightedCount(_ key: String) -> Int {
        key.unicodeScalars.reduce(0) { $0 + (isCJK($1) ? 3 : 1) }
    }

    /// Whether at least 80% of the distinct characters of `part` are in `text`.
    static func sharesCharacters(_ part: String, with text: String) -> Bool {
        let characters = Set(part.unicodeScalars)
        guard characters.count >= 3 else { return false }
        let inText = Set(text.unicodeScalars)
        return characters.filter(inText.contains).count * 5 >= characters.count * 4
    }

    /// `title` split at the first separator it contains (all of it when none).
    static func parts(of title: String) -> [String] {
        for separator in separators(of: title) where title.contains(separator) {
            return title.components(separatedBy: separator)
        }
        return [title]
    }

    /// Lower-cased letters and digits only.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// Whether ``key(_:)`` of `text` may equal `key`: false when `text` holds more ASCII
    /// letters and digits than `key` has scalars (each of them stays in the text's key, and
    /// keys compare by canonical equivalence, under which each scalar of `key` accounts for
    /// at most one ASCII scalar). Spares building the key of a long paragraph.
    static func mayHaveKey(_ text: String, _ key: String) -> Bool {
        let limit = key.unicodeScalars.count
        var ascii = 0
        for byte in text.utf8 where (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
            ascii += 1
            if ascii > limit { return false }
        }
        return true
    }

    /// `title` without a leading or trailing part that names the site (`siteName`, or a
    /// part whose key is one of `siteKeys`).
    static func withoutSiteName(_ title: String, siteName: String?, siteKeys: Set<String> = []) -> String {
        for separator in separators(of: title) where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let named = parts.filter { !siteKeys.contains(key($0)) }
            if named.count < parts.count, !named.isEmpty { return named.joined(separator: separator) }
            if let siteName {
                let siteKey = key(siteName)
                let kept = parts.filter { key($0) != siteKey && !(siteKey.count >= 4 && key($0).contains(siteKey) && $0.count < siteName.count + 12) }
                if kept.count < parts.count, !kept.isEmpty { return kept.joined(separator: separator) }
            }
            // Unknown site name: drop a short last part ("Harbour plan agreed | Valmont Daily").
            if let last = parts.last, let first = parts.first,
               last.split(separator: " ").count <= 4, first.count > last.count * 2 {
                return parts.dropLast().joined(separator: separator)
            }
            // A CJK title ("标题_栏目_网站"): the headline comes first and is the longest part.
            if cjkSeparators.contains(separator), let first = parts.first, !parts.dropFirst().contains(where: { $0.count >= first.count }) {
                return first
            }
        }
        return title
    }
}
