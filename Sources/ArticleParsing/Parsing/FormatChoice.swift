/// The format a user asks for with `--format`: one of the formats, or `auto` to detect it
/// (see ``FormatDetection``). Raw values are the command-line spellings.
public enum FormatChoice: String, Sendable, Equatable, CaseIterable {
    /// Plain text (`PlainTextParser`).
    case text
    /// HTML: a web page.
    case html
    /// Markdown.
    case markdown
    /// Detect the format from the content first, the file name's extension second.
    case auto
}
