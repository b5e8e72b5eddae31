/// Whether to draw in colour: `--color auto|always|never`, or `color` in the config file.
public enum ColorMode: String, Sendable, Hashable, CaseIterable {
    /// Colour when the terminal has it and `NO_COLOR` is unset or empty.
    case auto
    /// Colour whenever the terminal has it, even with `NO_COLOR` set.
    case always
    /// Never colour: attributes only (bold, underline, reverse...).
    case never

    /// Whether colours may be used in this mode, given the environment.
    ///
    /// - Parameter environment: the process environment; `NO_COLOR` set to a non-empty
    ///   value turns colour off in ``auto`` mode (<https://no-color.org>).
    public func allowsColor(environment: [String: String]) -> Bool {
        switch self {
        case .never: return false
        case .always: return true
        case .auto: return (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
