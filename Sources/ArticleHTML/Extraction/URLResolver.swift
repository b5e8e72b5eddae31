import Foundation

/// Resolves link targets against the page's address (RFC 3986, section 5, through
/// Foundation's `URL(string:relativeTo:)`) and keeps only `http` and `https` targets.
struct URLResolver {
    let base: URL

    /// A resolver for `base`, or `nil` when it is not an absolute http/https URL.
    init?(_ base: String) {
        guard let url = URL(string: base.trimmingCharacters(in: .whitespaces)), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https" else { return nil }
        self.base = url
    }

    /// The absolute http/https URL `href` points to, or `nil` (other schemes, fragments of
    /// this page, unparsable references).
    func resolve(_ href: String) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#"),
              let url = URL(string: trimmed, relativeTo: base)?.absoluteURL else { return nil }
        return Self.httpOnly(url)
    }

    /// `href` when it is already an absolute http/https URL.
    static func absolute(_ href: String) -> String? {
        guard let url = URL(string: href.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return httpOnly(url)
    }

    private static func httpOnly(_ url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else { return nil }
        return url.absoluteString
    }
}
