/// Why ``NCursesTerminal/init(mouse:)`` could not take over the terminal. The caller should
/// fall back to plain output and may show ``description`` (one line) to the user.
public enum TerminalSetupError: Error, CustomStringConvertible, Sendable, Equatable {
    /// `TERM` is unset or empty.
    case termUnset
    /// `TERM` is `dumb`: the terminal cannot address the cursor.
    case dumbTerminal
    /// Standard output is not a terminal (redirected to a file or a pipe).
    case outputNotTerminal
    /// Standard input is not a terminal and `/dev/tty` could not be opened (no controlling
    /// terminal).
    case noInputTerminal
    /// ncurses could not set up the terminal named by `TERM` (unknown to terminfo, or not
    /// capable of full-screen output). The associated value is the `TERM` value.
    case terminalNotSupported(String)

    /// A one-line message for the user, without a trailing newline.
    public var description: String {
        switch self {
        case .termUnset:
            return "TERM is not set; cannot start the full-screen reader"
        case .dumbTerminal:
            return "TERM is 'dumb'; cannot start the full-screen reader"
        case .outputNotTerminal:
            return "standard output is not a terminal; cannot start the full-screen reader"
        case .noInputTerminal:
            return "no terminal to read keys from (stdin is not a tty and /dev/tty cannot be opened)"
        case .terminalNotSupported(let term):
            return "terminal type '\(term)' is unknown or unsupported; cannot start the full-screen reader"
        }
    }
}
