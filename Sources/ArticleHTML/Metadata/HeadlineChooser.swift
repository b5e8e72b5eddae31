/// Chooses a page's headline among its `h1` elements, `og:title`, JSON-LD `headline` and
/// `<title>`.
///
/// Rule: the declared titles (Open Graph, then JSON-LD, then `<title>`) are the reference;
/// the first `h1` whose text matches one of them (equal, or one contains the other, compared
/// case- and space-insensitively, or equal to the longest part of a declared title split at a
/// separator, or a declared title of 12 letters or more that the h1 starts with) is the
/// headline as the page shows it. Without a match the
/// Open Graph or JSON-LD title is used, then `<title>` without the site's name (the part
/// after " | ", " - ", " – ", " — ", " :: ", " · " or " » " that names the site or is the
/// shorter end), then the first `h1` of the article.
enum HeadlineChooser {
    static let separators = [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00B7} ", " \u{00BB} ", " / "]

    static func choose(h1s: [String], metadata: PageMetadata) -> String? {
        let declared = [metadata.openGraphTitle, metadata.jsonLDHeadline, metadata.documentTitle].compactMap { $0 }.filter { !$0.isEmpty }
        var keys = declared.map(key)
        // A title that names the site ("Survey of the quay | Tidewater Courier"): its longest
        // part is the headline, whatever the site's name is.
        for title in declared {
            if let longest = parts(of: title).max(by: { $0.count < $1.count }) { keys.append(key(longest)) }
        }
        for h1 in h1s where !h1.isEmpty && h1.count <= 300 {
            let h1Key = key(h1)
            guard h1Key.count >= 4 else { continue }
            // A declared title that is the start of the h1 is the h1 shortened for the tab
            // ("Glass bridge reopens" of "Glass bridge reopens after a two-year repair"):
            // the page's own h1 is the fuller headline.
            if keys.contains(where: { $0 == h1Key || ($0.contains(h1Key) && h1Key.count * 2 >= $0.count) || (h1Key.contains($0) && $0.count * 2 > h1Key.count) || ($0.count >= 12 && h1Key.hasPrefix($0)) }) {
                return h1
            }
        }
        if let title = metadata.openGraphTitle ?? metadata.jsonLDHeadline {
            return withoutSiteName(title, siteName: metadata.siteName)
        }
        if let title = metadata.documentTitle {
            return withoutSiteName(title, siteName: metadata.siteName)
        }
        return h1s.first { !$0.isEmpty }
    }

    /// `title` split at the first separator it contains (all of it when none).
    static func parts(of title: String) -> [String] {
        for separator in separators where title.contains(separator) {
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

    /// `title` without a leading or trailing part that names the site.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
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
        }
        return title
    }
}
