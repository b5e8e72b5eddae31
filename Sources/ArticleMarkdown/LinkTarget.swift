/// Which link targets become the article's links (``ArticleModel/Link``): absolute `http`
/// and `https` URLs, and references relative to the post's own absolute address when its
/// front matter gives one. Other schemes (`mailto:`, `javascript:`, `data:`) and unresolvable
/// relative references leave the words as plain text.
enum LinkTarget {
    /// Whether `url` is an absolute `http` or `https` URL with a host.
    static func isWeb(_ url: String) -> Bool {
        let lower = url.prefix(8).lowercased()
        if lower.hasPrefix("https://") { return url.utf8.count > 8 }
        if lower.hasPrefix("http://") { return url.utf8.count > 7 }
        return false
    }

    /// The absolute `http`/`https` form of `url`, resolved against `base` (an absolute
    /// address) for a protocol-relative (`//host/…`) or root-relative (`/path`) reference;
    /// `nil` when it has none. Blanks are never part of a URL: a target holding one is refused.
    static func resolve(_ url: String, base: String?) -> String? {
        guard !url.isEmpty, !url.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) else { return nil }
        if isWeb(url) {
            // The scheme in lower case, as RFC 3986 §3.1 makes canonical.
            let colon = url.firstIndex(of: ":") ?? url.startIndex
            return url[..<colon].lowercased() + url[colon...]
        }
        guard let base, isWeb(base) else { return nil }
        let scheme = base.lowercased().hasPrefix("https://") ? "https:" : "http:"
        if url.hasPrefix("//") { return scheme + url }
        guard url.hasPrefix("/") else { return nil }
        let afterScheme = base.drop(while: { $0 != "/" }).dropFirst(2)
        let host = afterScheme.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        guard !host.isEmpty else { return nil }
        return scheme + "//" + host + url
    }
}
