/// Which link targets become the article's links (``ArticleModel/Link``): absolute `http`
/// and `https` URLs, and references relative to the post's own absolute address when its
/// front matter gives one. Other schemes (`mailto:`, `javascript:`, `data:`) and unresolvable
/// relative references leave the words as plain text.
enum LinkTarget {
    /// Whether `url` is an absolute `http` or `https` URL with a host.
    static func isWeb(_ url: String) -> Bool {
        schemeLength(url.utf8) != nil
    }

    /// The length in bytes of `url`'s scheme (4 for `http`, 5 for `https`, in any case) when
    /// `url` starts with `http://` or `https://` and has something after it; else `nil`.
    private static func schemeLength(_ url: String.UTF8View) -> Int? {
        var index = url.startIndex
        // `byte` in either case for a letter, exactly for ':' and '/'.
        func next(_ byte: UInt8) -> Bool {
            guard index < url.endIndex else { return false }
            let found = url[index]
            guard found == byte || (byte >= 0x61 && found | 0x20 == byte) else { return false }
            index = url.index(after: index)
            return true
        }
        guard next(0x68), next(0x74), next(0x74), next(0x70) else { return nil }  // http
        let length = next(0x73) ? 5 : 4  // s
        guard next(0x3A), next(0x2F), next(0x2F), index < url.endIndex else { return nil }
        return length
    }

    /// The absolute `http`/`https` form of `url`, resolved against `base` (an absolute
    /// address) for a protocol-relative (`//host/…`) or root-relative (`/path`) reference;
    /// `nil` when it has none. Blanks are never part of a URL: a target holding a space, tab
    /// or line feed is refused.
    static func resolve(_ url: String, base: String?) -> String? {
        let bytes = url.utf8
        guard !bytes.isEmpty, !bytes.contains(where: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) else { return nil }
        if let length = schemeLength(bytes) {
            // The scheme in lower case, as RFC 3986 §3.1 makes canonical.
            guard bytes.prefix(length).contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return url }
            return (length == 5 ? "https" : "http") + url[url.utf8.index(url.startIndex, offsetBy: length)...]
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
