import ArticleModel

/// Where a quotation opens in its sentence.
enum OpenerContext: Sendable {
    /// The quotation starts the sentence.
    case sentenceStart
    /// After a lead-in: a colon, or a cue and a comma (`X said, "…"`, `"…," the report said,
    /// "…"`).
    case afterLeadIn
    /// Inside the writer's sentence.
    case midSentence
    /// Right after a reporting verb, without a comma or colon (`said "We couldn't win,"`).
    case afterCue
}

/// Decides whether a quotation is direct, partial or scare.
///
/// Rules, in order:
/// 1. After "so-called": scare.
/// 2. In a headline (title case says nothing): a quotation that opens the headline or
///    follows a lead-in and has more than three words is direct; up to three words with no
///    attribution is scare; otherwise partial.
/// 3. Up to three words, with no attribution and no sentence punctuation inside: scare (its
///    "hostile policy" of sanctions). Title case (every word capitalised but the small words
///    of titles), up to eight words, inside a sentence or unattributed: scare too — a name,
///    a title or a slogan ("on "Morning Joe"", "an essay titled "All Bets Are Off.""), but not
///    quoted sentences opening a sentence (""The Donald. Big Daddy."").
/// 4. Opening the sentence or following a lead-in: direct.
/// 5. Inside the sentence, starting with a capital and ending with sentence punctuation (or
///    holding a sentence break): direct (`said that "We will win."`).
/// 6. Otherwise partial (quoted words woven into the writer's sentence).
enum QuoteKindClassifier {
    /// The shape of a quotation's text.
    struct Shape: Sendable {
        /// Words (runs of letters and digits).
        var words = 0
        /// The first letter is a capital.
        var startsWithCapital = false
        /// The last character that is not a mark or bracket is `.`, `!`, `?` or `…`.
        var endsWithTerminal = false
        /// Sentence punctuation followed by a space and a capital inside the text.
        var hasSentenceBreak = false
        /// Words that start with a capital letter.
        var capitalizedWords = 0
        /// Lower-case words other than the small words of titles ("a", "of", "the"…).
        var lowercaseWords = 0
        /// Letters in the text.
        var letters = 0
        /// Spaces in the text.
        var spaces = 0
        /// Scalars typical of markup or addresses: `/`, `@`, `=`, `<`, `>`, `_`.
        var markupScalars = 0

        /// Every word is capitalised except the small words of titles: a name, a title, a
        /// slogan ("Morning Joe", "A Change Is Gonna Come").
        var isTitleCase: Bool { capitalizedWords > 0 && lowercaseWords == 0 }

        /// Not a quotation at all: no letters, or a single token with markup characters
        /// ("pic.twitter.com/…", "783499116076687360").
        var isNotText: Bool { letters == 0 || (spaces == 0 && markupScalars > 0) }
    }

    /// Small words that stay lower case in titles.
    private static let titleSmallWords = WordSet([
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
        "from", "as", "into", "vs", "via", "de", "la", "le", "von", "van", "after", "up", "off", "over",
        "out", "upon", "than", "per",
    ])

    /// Reads the shape of the quoted scalars `scalars[range]`; call once per stretch, in
    /// order.
    static func measure(_ scalars: [Unicode.Scalar], _ range: Range<Int>, into shape: inout Shape) {
        var inWord = false
        var sawLetter = shape.words > 0
        var terminalThenSpace = 0  // 1: after terminal, 2: after terminal and space
        var wordKey = WordKey.empty
        var wordLength = 0
        var wordCapitalized = false
        var wordHasLetter = false
        var index = range.lowerBound
        while index <= range.upperBound {
            let atEnd = index == range.upperBound
            let scalar: Unicode.Scalar = atEnd ? " " : scalars[index]
            index += 1
            if !atEnd, ScalarClass.isAlphanumeric(scalar) {
                let isLetter = ScalarClass.isLetter(scalar)
                if !inWord {
                    shape.words += 1
                    wordKey = WordKey.empty
                    wordLength = 0
                    wordHasLetter = false
                    wordCapitalized = ScalarClass.isUppercase(scalar) || !isLetter
                }
                wordLength += 1
                if wordLength <= 5 { wordKey = WordKey.adding(scalar, to: wordKey) }
                if isLetter {
                    shape.letters += 1
                    wordHasLetter = true
                    if !sawLetter {
                        sawLetter = true
                        shape.startsWithCapital = !ScalarClass.isLowercase(scalar)
                    }
                    if terminalThenSpace == 2, ScalarClass.isUppercase(scalar) { shape.hasSentenceBreak = true }
                }
                inWord = true
                terminalThenSpace = 0
                continue
            }
            let joins = inWord && (ScalarClass.isApostrophe(scalar) || scalar == "-")
            if inWord && !joins && wordHasLetter {
                if wordCapitalized {
                    shape.capitalizedWords += 1
                } else if wordLength > 5 || !titleSmallWords.contains(wordKey) {
                    shape.lowercaseWords += 1
                }
            }
            inWord = joins
            if atEnd { break }
            let isSpace = ScalarClass.isWhitespace(scalar)
            if isSpace { shape.spaces += 1 }
            switch scalar.value {
            case 0x2F, 0x40, 0x3D, 0x3C, 0x3E, 0x5F: shape.markupScalars += 1
            default: break
            }
            if ScalarClass.isTerminal(scalar) {
                terminalThenSpace = 1
            } else if terminalThenSpace >= 1, isSpace || QuoteMarks.family(of: scalar) != nil {
                terminalThenSpace = 2
            } else if !isSpace {
                terminalThenSpace = 0
            }
        }
        var last = range.upperBound - 1
        while last >= range.lowerBound {
            let scalar = scalars[last]
            if QuoteMarks.family(of: scalar) == nil, scalar != ")", scalar != "]", !ScalarClass.isWhitespace(scalar) {
                shape.endsWithTerminal = ScalarClass.isTerminal(scalar)
                break
            }
            last -= 1
        }
    }

    /// The kind of a quotation of `shape` opening in `context`. `named`: a naming verb with a
    /// written speaker attributes it ("Ruiz called the mayor "Captain Delay"", "hailed him
    /// as "The Comeback Kid""): words in title case are then the speaker's name for
    /// something, a partial quotation, not a title.
    static func classify(
        _ shape: Shape, context: OpenerContext, attributed: Bool, soCalled: Bool, inHeadline: Bool, named: Bool = false
    ) -> QuoteKind {
        if soCalled { return .scare }
        if named, attributed, !inHeadline, context == .midSentence, shape.isTitleCase, shape.words >= 2, shape.words <= 8 {
            return .partial
        }
        if inHeadline {
            if (context == .sentenceStart || context == .afterLeadIn) && shape.words > 3 { return .direct }
            if !attributed && shape.words <= 3 { return .scare }
            return .partial
        }
        if !attributed && shape.words <= 3 && !shape.endsWithTerminal && !shape.hasSentenceBreak { return .scare }
        // Not a title: quoted sentences opening a sentence ("The Donald. Big Daddy.").
        let quotedSentences = context == .sentenceStart && shape.hasSentenceBreak && shape.endsWithTerminal
        if shape.isTitleCase && shape.words <= 8 && !quotedSentences
            && (context == .midSentence || context == .afterCue || (!attributed && shape.words >= 2)) {
            return .scare
        }
        // `said "We couldn't win,"`: a sentence of at least three words right after the verb.
        if context == .afterCue && attributed && shape.startsWithCapital && shape.words >= 3 { return .direct }
        if context != .midSentence && context != .afterCue { return .direct }
        if shape.startsWithCapital && (shape.endsWithTerminal || shape.hasSentenceBreak) { return .direct }
        return .partial
    }
}
