import CNCursesW

/// The size of a terminal without starting ncurses: for plain-text output printed on a
/// terminal, so it wraps at the window's width.
public enum TerminalWindowSize {
    /// Rows and columns of the terminal on `fileDescriptor` (TIOCGWINSZ), or `nil` when it
    /// is not a terminal or reports no size.
    public static func of(fileDescriptor: Int32) -> (rows: Int, columns: Int)? {
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard byline_tty_size(fileDescriptor, &rows, &columns) == 0 else { return nil }
        return (Int(rows), Int(columns))
    }
}
