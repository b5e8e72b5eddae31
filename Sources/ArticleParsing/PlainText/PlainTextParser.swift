import ArticleModel

/// Parses a plain-text news article into an ``ArticleModel/Article``.
///
/// The layout it reads (the common export of news pages as text):
///
/// ```
/// Headline on the first non-blank line
///
/// By Ana Ruiz and Tom Bell, Coastline Wire        (optional byline)
/// Friday, January 4, 2019                          (optional date line)
///
/// Body paragraphs separated by blank lines. Inside a paragraph single line breaks
/// are joined with a space (hard-wrapped text).
///
/// Mayor, Ortega, Opens, Harbour, Bridge            (image keyword line: dropped)
/// Caption of the image, ending with its credit. Coastline Wire
///                          (a caption when it carries a credit or describes the photo;
///                           otherwise both lines stay paragraphs)
///
/// • list items start with a bullet
///
/// City<TAB>Votes                                   (two or more lines with tabs: one table
/// Northvale<TAB>1200                                block, rows on lines, tabs kept)
///
/// Editor's pick                                    (trailing promotional run: dropped)
/// ```
///
/// The rules for each part are documented on the internal types that apply them:
/// `TextDecoding` (sanitising, applied to `text` first), `ArticleHeader` (headline, byline,
/// date), `TextUnitBuilder` (paragraph splitting: blank lines, or one paragraph per line
/// when the text has no blank lines or a group has lines over 100 scalars),
/// `KeywordLineRecognizer`, `CaptionRecognizer`, `CaptionCreditSplitter`,
/// `BoilerplateLexicon` (with `ClauseWords`) and
/// `BlockClassifier` (captions, headings, list items, boilerplate), and
/// `PlaceDatelineRecognizer` ("CITY, June 18 (Agency) -" opening the first body block,
/// recorded as the date when there is no date line; the paragraph keeps its text).
///
/// Output: when there is a headline it is `blocks[0]` (kind `.headline`) and
/// `metadata.headline`; byline (without "By") and date go to metadata only, never into
/// blocks. `metadata.format` is `.plainText`. An empty or blank text gives an article with
/// no blocks. Parsing never fails and runs in time linear in the text's length.
public struct PlainTextParser: Sendable {
    /// Creates a parser. It has no options.
    public init() {}

    /// Parses `text` into an article.
    ///
    /// - Parameters:
    ///   - text: the article text, normally from ``TextDecoding/decode(_:)``; it is
    ///     sanitised again here (cheaply) so any string is safe to pass.
    ///   - source: where the text came from (a path, `-`, a name), stored in
    ///     `metadata.source`.
    /// - Returns: the article; see the type's documentation for its shape.
    public func parse(_ text: String, source: String?) -> Article {
        parse(sanitisedUTF8: TextDecoding.sanitisedUTF8(of: text), source: source)
    }

    /// Decodes and parses the bytes of `input` (source: its name) as
    /// `parse(input.text, source: input.name)` does, with the same result, but without ever
    /// holding the raw bytes, the decoded `String` and the parser's bytes at once: the raw
    /// bytes are dropped as soon as they are decoded. For big articles this keeps the peak
    /// memory of loading at about twice the input instead of four times.
    ///
    /// - Parameter input: the loaded input, consumed.
    /// - Returns: the article; see the type's documentation for its shape.
    public func parse(_ input: consuming ArticleInput) -> Article {
        let source = input.name
        var bytes = input.bytes.withUnsafeBufferPointer {
            TextDecoding.sanitisedUTF8($0, stripByteOrderMark: true)
        }
        input.bytes = []
        // `parse(_:source:)` sanitises the decoded text once more; that second pass changes
        // nothing but a byte order mark left at the start (the input began with two).
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.withUnsafeBufferPointer { TextDecoding.sanitisedUTF8($0, stripByteOrderMark: true) }
        }
        return parse(sanitisedUTF8: bytes, source: source)
    }

    /// Parses text already passed through ``TextDecoding`` (valid UTF-8, LF line ends).
    ///
    /// Memory: the line table exists only while the header and the units are found (units
    /// point into the bytes, not into the table), and the blocks are made straight into
    /// their final array, headline first. On an article of many tiny paragraphs these
    /// per-line and per-unit tables cost more than the text itself.
    private func parse(sanitisedUTF8 bytes: consuming [UInt8], source: String?) -> Article {
        let bytes = bytes
        var (header, units) = Self.headerAndUnits(bytes)
        let blocks = BlockClassifier(bytes: bytes, units: units, headline: header.headline).blocks()
        units = []
        let firstBody = header.headline == nil ? 0 : 1
        if header.date == nil, firstBody < blocks.count, blocks[firstBody].kind == .paragraph {
            header.date = PlaceDatelineRecognizer.dateline(in: blocks[firstBody].text)
        }
        let metadata = ArticleMetadata(
            headline: header.headline, byline: header.byline, date: header.date,
            source: source, format: .plainText,
            authors: header.byline.map(BylineRecognizer.authors(in:)) ?? []
        )
        return Article(metadata: metadata, blocks: blocks)
    }

    /// The header and the body's units of the text; the line table they are found with is
    /// gone when this returns.
    private static func headerAndUnits(_ bytes: [UInt8]) -> (ArticleHeader, [TextUnit]) {
        let index = LineIndex(bytes: bytes)
        let builder = TextUnitBuilder(index: index)
        var header = ArticleHeader(index: index, builder: builder)
        var units = builder.units(from: header.bodyStart)
        header.adoptLateMetadata(from: &units, index: index)
        return (header, units)
    }
}
