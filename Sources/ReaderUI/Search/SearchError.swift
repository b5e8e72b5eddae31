/// Why a search could not run.
public enum SearchError: Error, Equatable, CustomStringConvertible {
    /// The pattern is not a valid regular expression; the payload is the parser's message,
    /// flattened to one line.
    case invalidRegex(String)

    /// A one-line message for the status line, e.g. `invalid regex: expected ')'`.
    public var description: String {
        switch self {
        case .invalidRegex(let message): return "invalid regex: \(message)"
        }
    }
}
