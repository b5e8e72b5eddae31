/// The metadata at the top of a plain-text article — headline, byline, date — and the line
/// where the body starts.
///
/// Rules:
/// - Byline and date lines (``BylineRecognizer``, ``DateLineRecognizer``) directly before or
///   after the headline (blank lines between are fine) are metadata; the first of each kind
///   wins and later ones stay in the body.
/// - The headline is the first non-blank line that is not metadata, when it is at most
///   ``maximumHeadlineLength`` scalars, has a letter, is not a list item, and is followed by a
///   blank line, the end of the text, a metadata line, or is in a group read line by line
///   (see ``TextUnitBuilder``): so the first line of a hard-wrapped opening paragraph is not
///   mistaken for a headline. A line ending with a period (not an initialism such as "U.S.")
///   must also be title case (``TextShape/isTitleCase(_:)``) and at most
///   ``maximumPeriodHeadlineLength`` scalars, or a single sentence of at most
///   ``maximumShortSentenceHeadlineLength`` scalars followed by a blank line and more text:
///   some exports end every headline with a period, while an article without a headline
///   opens with a long lead sentence. Otherwise the article has no headline.
/// - The headline repeated at the top of the body (as saved pages often have it: the title
///   again, with share / gift / "Editor's pick" lines before it) is dropped with the lines
///   before it, when within ``repeatWindow`` non-blank lines after the header only
///   boilerplate (``BoilerplateLexicon``) and metadata lines come before the repeat. Lines
///   compare equal ignoring case, punctuation around words and spacing. Metadata lines among
///   them are taken as usual.
/// - After the body has been split into units, ``adoptLateMetadata(from:index:)`` also takes a
///   lone date or byline line among the first ``lateMetadataWindow`` units (some exports put
///   an editor's note before the date).
struct ArticleHeader {
    static let maximumHeadlineLength = 200
    /// A first line that ends with a period is a headline when it is title case and at most
    /// this long…
    static let maximumPeriodHeadlineLength = 150
    /// …or when it is a single sentence at most this long, followed by a blank line and more
    /// text. Longer first lines ending with a period are the opening paragraph.
    static let maximumShortSentenceHeadlineLength = 100
    static let lateMetadataWindow = 4
    /// How many non-blank lines after the header may come before a repeated headline.
    static let repeatWindow = 8

    var headline: String?
    var byline: String?
    var date: String?
    /// The first line of the body (may be blank; the unit builder skips blank lines).
    var bodyStart: Int

    /// Scans the top of `index`.
    init(index: LineIndex, builder: TextUnitBuilder) {
        bodyStart = 0
        let lines = index.lines
        var line = takeMetadata(index: index, from: 0)
        guard line < lines.count else {
            bodyStart = line
            return
        }
        if let headline = headlineText(index: index, line: line, builder: builder) {
            self.headline = headline
            line = takeMetadata(index: index, from: line + 1)
            line = skipRepeatedHeadline(headline, index: index, from: line)
        }
        bodyStart = line
    }

    /// The line after a repeat of `headline` at the top of the body (see the type's rules),
    /// taking the metadata lines before it; `start` when there is no such repeat.
    private mutating func skipRepeatedHeadline(_ headline: String, index: LineIndex, from start: Int) -> Int {
        let wanted = Self.comparable(headline)
        guard !wanted.isEmpty else { return start }
        var line = start
        var seen = 0
        var metadata: [String] = []
        while line < index.lines.count && seen < Self.repeatWindow {
            defer { line += 1 }
            if index.lines[line].isBlank { continue }
            seen += 1
            let content = index.lines[line].content
            guard index.scalarCount(content, isAtMost: Self.maximumHeadlineLength) else { return start }
            let text = index.string(content)
            if Self.comparable(text) == wanted {
                for item in metadata { _ = take(metadataLine: item) }
                return takeMetadata(index: index, from: line + 1)
            }
            if DateLineRecognizer.isDateLine(text) || BylineRecognizer.match(text) != nil {
                metadata.append(text)
            } else if !BoilerplateLexicon.isBoilerplate(text) {
                return start
            }
        }
        return start
    }

    /// A line's words for comparing headlines: normalised (lower case, ASCII apostrophes,
    /// punctuation around words removed), empty words dropped.
    static func comparable(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(TextShape.normalisedWord).filter { !$0.isEmpty }
    }

    /// Consumes metadata lines from `start` (skipping blank lines) and returns the first line
    /// that is not metadata, or `lines.count`.
    private mutating func takeMetadata(index: LineIndex, from start: Int) -> Int {
        var line = start
        while line < index.lines.count {
            if index.lines[line].isBlank {
                line += 1
                continue
            }
            guard let text = shortText(index: index, line: line), take(metadataLine: text) else { break }
            line += 1
        }
        return line
    }

    /// Records `text` as the byline or date when it is one and that slot is still empty.
    private mutating func take(metadataLine text: String) -> Bool {
        if date == nil, DateLineRecognizer.isDateLine(text) {
            date = text
            return true
        }
        if byline == nil, let match = BylineRecognizer.match(text) {
            byline = match.names
            if date == nil { date = match.date }
            return true
        }
        return false
    }

    /// Takes a lone date or byline line among the first units of the body, removing it.
    mutating func adoptLateMetadata(from units: inout [TextUnit], index: LineIndex) {
        var position = 0
        var examined = 0
        while position < units.count && examined < Self.lateMetadataWindow && (date == nil || byline == nil) {
            let unit = units[position]
            examined += 1
            if unit.kind == .text, unit.isSingleLine,
               index.scalarCount(unit.bytes, isAtMost: BylineRecognizer.maximumLength),
               case let text = index.string(unit.bytes),
               take(metadataLine: text) {
                units.remove(at: position)
                continue
            }
            position += 1
        }
    }

    /// The headline on `line`, when the line qualifies (see the type's rules).
    private func headlineText(index: LineIndex, line: Int, builder: TextUnitBuilder) -> String? {
        let content = index.lines[line].content
        guard index.scalarCount(content, isAtMost: Self.maximumHeadlineLength),
              builder.listMarkerLength(line) == nil, !builder.isSeparator(line) else { return nil }
        let text = index.string(content)
        guard TextShape.containsLetter(text) else { return nil }
        let next = line + 1
        if text.hasSuffix("."), !(TextShape.words(text).last.map(TextShape.isInitialism) ?? false) {
            let scalars = text.unicodeScalars.count
            let isTitle = scalars <= Self.maximumPeriodHeadlineLength && TextShape.isTitleCase(text)
            let isShortSentence = scalars <= Self.maximumShortSentenceHeadlineLength
                && CaptionCreditSplitter.lastSentenceEnd(in: Substring(text)) == nil
                && next < index.lines.count && index.lines[next].isBlank
                && index.lines[next...].contains { !$0.isBlank }
            guard isTitle || isShortSentence else { return nil }
        }
        if next >= index.lines.count || index.lines[next].isBlank { return text }
        if let nextText = shortText(index: index, line: next),
           DateLineRecognizer.isDateLine(nextText) || BylineRecognizer.match(nextText) != nil {
            return text
        }
        var groupEnd = next
        while groupEnd < index.lines.count && !index.lines[groupEnd].isBlank { groupEnd += 1 }
        return builder.isLineByLine(line..<groupEnd) ? text : nil
    }

    /// The line's text when it is short enough to be a metadata line.
    private func shortText(index: LineIndex, line: Int) -> String? {
        let content = index.lines[line].content
        guard index.scalarCount(content, isAtMost: BylineRecognizer.maximumLength) else { return nil }
        return index.string(content)
    }
}
