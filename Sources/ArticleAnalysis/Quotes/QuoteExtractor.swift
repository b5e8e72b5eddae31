import ArticleModel

/// Finds the quotations in an article, with their kind, cue and speaker.
///
/// It reads every block (headline, paragraphs, headings, captions, list items, block
/// quotes) in reading order, in one pass that is linear in the article's length and builds
/// no regular expressions. The steps, each in its own type:
/// - ``QuoteScanner`` pairs quotation marks (``QuoteMarks``): straight and typographic
///   double marks, single marks where they are the primary marks, `« »`, `» «`, `„ “`,
///   `「」`, `『』`; nested quotations belong to the outer one; a quotation over several
///   paragraphs is one quotation; apostrophes never pair; an unbalanced mark costs at most
///   its own quotation.
/// - The text layer in `Text/` (``BlockText``: ``Tokenizer`` tokens and ``SentenceSplitter``
///   sentences, built once per block and shared with the entity recognizer) gives the words
///   around the quotations; each quotation stretch is made one token
///   (``Tokenizer/collapse(_:scalarCount:parts:into:)``).
/// - ``AttributionFinder`` finds the cue (``CueLexicon``) and the speaker's phrase
///   (``NounPhraseReader``) before, after or around each quotation.
/// - ``SpeakerResolver`` resolves the phrase to the fullest name written in the article
///   (``NameIndex``), or leaves it unknown.
/// - ``QuoteKindClassifier`` decides direct, partial or scare.
///
/// Conventions of the returned quotes:
/// - `text` is the words inside the outer marks (inner quotations included), stretches of a
///   multi-paragraph quotation joined with one space; `ranges` hold them, one per block.
/// - `cue` is the reporting verb as written, lower-cased: "said", "told" (for "told a press
///   conference"), "according to", "was cited as saying", "quoted as saying" (for "quoted
///   Park as saying"), "was said" (for "it was said by X"); `nil` for a dash sign-off or a
///   colon lead-in without a verb.
/// - `speakerMention` is the speaker as written. When the phrase is headed by a name, only
///   the name, titles and roles left out ("Lin Meiyu" for "Chinese Foreign Ministry
///   spokesperson Lin Meiyu", "VPA" for "state-run VPA"); otherwise the whole phrase
///   ("he", "the report", "a Foreign Office readout", "the Chinese side").
///   `speakerMentionRange` is where that is written.
/// - `speaker` is the fullest name written in the article (``SpeakerResolver``), or `nil`.
///   For reported words ("VPA reported that Park had "made …""), the speaker is the cue's
///   subject, the reporter of the words (the agency), not the person they describe.
/// - A quotation without an attribution of its own takes one from its sentence (partial
///   quotations after one cue share it; `"A," the report said, "B."` attributes both), from
///   a colon lead-in ending the previous paragraph, or — when it starts a sentence and is
///   direct — from the speaker's turn: in the same paragraph it takes the cue, mention and
///   speaker (`"A," Lin said. "B."`); in the next paragraph, with no other speech between,
///   only the speaker (cue and mention stay `nil`, nothing is written next to it).
///
/// Offsets in the returned quotes count Unicode scalars of each block's text.
public struct QuoteExtractor: Sendable {
    /// Creates an extractor. It has no options.
    public init() {}

    /// Finds every quotation in `article` (blocks of every kind: headline, paragraphs,
    /// captions, list items, block quotes), in reading order.
    ///
    /// - Parameter article: the article; its existing `quotes` are ignored.
    /// - Returns: the quotations, ordered by their first range. Each has at least one
    ///   non-empty range; ranges cover the words inside the marks, one per block.
    public func extract(from article: Article) -> [Quote] {
        extract(from: article, layer: nil)
    }

    /// ``extract(from:)`` reading the blocks' text through `layer` (shared with the entity
    /// recognizer), or through a layer of its own when `nil`.
    func extract(from article: Article, layer: TextLayer.Reader?) -> [Quote] {
        var pass = ExtractionPass(article: article, layer: layer)
        return pass.run()
    }
}

extension Article {
    /// A copy with `quotes` filled in by QuoteExtractor.
    public func withQuotes() -> Article {
        var copy = self
        copy.quotes = QuoteExtractor().extract(from: self)
        return copy
    }
}
