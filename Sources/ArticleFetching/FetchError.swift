/// Why a page could not be fetched. ``description`` is one line, `<url>: <reason>`, without
/// a program-name prefix (the CLI prints `byline: ` before it and exits with status 1).
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The argument is not an absolute http or https URL with a host.
    case invalidURL(url: String)
    /// The host name could not be resolved.
    case hostNotFound(url: String, host: String)
    /// Nothing accepted the connection (refused, unreachable).
    case connectionRefused(url: String, host: String)
    /// The TLS handshake failed (certificate, protocol).
    case tlsFailed(url: String, host: String)
    /// No answer within the connect or total timeout, in seconds.
    case timedOut(url: String, seconds: Int)
    /// The server answered with an HTTP error status (400 or above).
    case httpStatus(url: String, status: Int)
    /// The page is larger than the limit, in bytes.
    case tooLarge(url: String, limit: Int)
    /// The response is not a web page or text (its `Content-Type`).
    case notHTML(url: String, contentType: String)
    /// More than the allowed number of redirects, or a redirect to a scheme other than http(s).
    case tooManyRedirects(url: String, limit: Int)
    /// A redirect to something other than http or https.
    case unsafeRedirect(url: String, target: String)
    /// Any other failure; `reason` is the system's message.
    case failed(url: String, reason: String)

    /// The URL the error is about, as given.
    public var url: String {
        switch self {
        case .invalidURL(let url), .hostNotFound(let url, _), .connectionRefused(let url, _), .tlsFailed(let url, _),
             .timedOut(let url, _), .httpStatus(let url, _), .tooLarge(let url, _), .notHTML(let url, _),
             .tooManyRedirects(let url, _), .unsafeRedirect(let url, _), .failed(let url, _):
            return url
        }
    }

    /// One line, for example `https://example.org/x: HTTP status 404 (Not Found)`.
    public var description: String {
        "\(Self.printable(url)): \(reason)"
    }

    /// The reason part of ``description``.
    public var reason: String {
        switch self {
        case .invalidURL: return "not an http or https address"
        case .hostNotFound(_, let host): return "host \(Self.printable(host)) not found (DNS)"
        case .connectionRefused(_, let host): return "connection to \(Self.printable(host)) refused"
        case .tlsFailed(_, let host): return "secure connection (TLS) to \(Self.printable(host)) failed"
        case .timedOut(_, let seconds): return "no answer within \(seconds) seconds"
        case .httpStatus(_, let status): return "HTTP status \(status)\(Self.statusName(status).map { " (\($0))" } ?? "")"
        case .tooLarge(_, let limit): return "page is larger than \(limit >> 20) MiB"
        case .notHTML(_, let type): return "not a web page (content type \(Self.printable(type)))"
        case .tooManyRedirects(_, let limit): return "more than \(limit) redirects"
        case .unsafeRedirect(_, let target): return "redirect to a non-http address (\(Self.printable(target)))"
        case .failed(_, let reason): return Self.printable(reason)
        }
    }

    static func statusName(_ status: Int) -> String? {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 410: return "Gone"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return nil
        }
    }

    /// `text` (at most 300 scalars) with control characters replaced by U+FFFD, so a
    /// message stays one inert line.
    public static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(300).map { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : scalar
        }))
    }
}
