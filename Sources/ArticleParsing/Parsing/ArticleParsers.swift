import ArticleModel

/// The parsers the program knows, one per format, and the choice among them: the format the
/// user asked for, or the detected one (``FormatDetection``) for `auto`.
public struct ArticleParsers: Sendable {
    private var parsers: [ArticleFormat: any ArticleParser]

    /// Registers `parsers`; a later parser for the same format replaces an earlier one. Plain
    /// text is always available (``PlainTextParser`` unless another is given).
    public init(_ parsers: [any ArticleParser] = []) {
        var table: [ArticleFormat: any ArticleParser] = [.plainText: PlainTextParser()]
        for parser in parsers { table[parser.format] = parser }
        self.parsers = table
    }

    /// The format `choice` names, or for `auto` the one detected from the input: its content,
    /// then its HTTP content type (when fetched), then its name's extension.
    public func format(of input: ArticleInput, choice: FormatChoice) -> ArticleFormat {
        switch choice {
        case .text: return .plainText
        case .html: return .html
        case .markdown: return .markdown
        case .auto:
            if let sniffed = FormatDetection.sniff(input.bytes) { return sniffed }
            if let type = input.contentType?.lowercased() {
                if type.contains("html") { return .html }
                if type.contains("markdown") { return .markdown }
            }
            return FormatDetection.byExtension(input.name) ?? .plainText
        }
    }

    /// Parses `input` with the parser for its format.
    ///
    /// - Parameters:
    ///   - input: the loaded input, consumed.
    ///   - choice: `--format`; `.auto` detects.
    /// - Returns: the article.
    /// - Throws: ``ArticleInputError/unsupportedFormat(input:format:)`` when no parser reads
    ///   the format, or what that parser throws.
    public func parse(_ input: consuming ArticleInput, choice: FormatChoice = .auto) throws(ArticleInputError) -> Article {
        let format = format(of: input, choice: choice)
        guard let parser = parsers[format] else {
            throw .unsupportedFormat(input: input.name, format: format)
        }
        return try parser.parse(input)
    }
}
