import ArticleModel

/// Finds the named entities of an article: people, organizations, places and other named
/// things (events, laws, treaties, works), each with every mention and its aliases.
///
/// Rules, offline and without statistics (details in ``EntityScanner`` and
/// ``AliasMerger``):
/// - Names are runs of capitalised words read from every block's text (headline, paragraphs,
///   captions, list items, block quotes; names inside quotations count). A caption's credit
///   and the byline are not block text, so names there are not mentions.
/// - Titles and roles are left out of the name ("Vice President", "Secretary of State",
///   "Dr."), and so is a possessive ending ("Russia's" → "Russia").
/// - A word capitalised only because it starts a sentence, or in a title-case headline, is a
///   name only when the body writes it with a capital elsewhere or the gazetteer knows it.
/// - Kinds come from titles (person), organization heads ("Ministry", "Party", "Inc"),
///   heads of events and laws ("Act", "Accord", "Day"), the gazetteer, and the shape of the
///   words. A demonym inside an organization's name is part of that name ("Chinese Foreign
///   Ministry" is one organization, not a mention of China); before a title it is a mention
///   of the place ("Chinese President").
/// - A place written inside a longer name ("Norway" in "Medical Institute of Norway", "Kenya"
///   in "Kenya Police") is also a mention of that place, so mentions of two entities may
///   overlap (see ``EntityScanner/emitNestedPlaces(_:_:from:)``).
/// - Aliases: one entity per referent (see ``AliasMerger``).
///
/// One pass per block over the text layer's tokens (``BlockText``), keys hashed as
/// ``WordKey``; linear in the article's length.
public struct EntityRecognizer: Sendable {
    /// Creates a recognizer. It has no options; the gazetteer is built into the binary.
    public init() {}

    /// The named entities of `article`, in order of first mention. Every entity has at
    /// least one mention; mentions are in reading order, their ranges count Unicode scalars
    /// of each block's text, and their `text` is the name as written there.
    ///
    /// - Parameter article: the article; its existing `entities` and `quotes` are ignored.
    public func recognize(in article: Article) -> [Entity] {
        recognize(in: article, layer: nil)
    }

    /// ``recognize(in:)`` reading the blocks' text through `layer` (shared with the quotation
    /// extractor), or through a layer of its own when `nil`.
    func recognize(in article: Article, layer: TextLayer.Reader?) -> [Entity] {
        var scanner = EntityScanner(article: article, layer: layer)
        let candidates = scanner.run()
        var merger = AliasMerger(article: article, candidates: candidates, details: scanner.details)
        return merger.merge()
    }
}
