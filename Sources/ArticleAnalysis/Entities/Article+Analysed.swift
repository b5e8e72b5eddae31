import ArticleModel
import Dispatch

extension Article {
    /// A copy with `entities` filled in by ``EntityRecognizer`` and `quotes` by
    /// ``QuoteExtractor``, each quote's speaker resolved through the entities: when the
    /// speaker is a named entity, ``Quote/speaker`` is the entity's canonical name and
    /// ``Quote/speakerEntity`` its index in `entities`; otherwise the quote keeps the
    /// extractor's speaker (or none) and `speakerEntity` is `nil`. A quote whose speaker is
    /// written "he" or "she" and resolves to an entity that is not a person has no speaker.
    ///
    /// The two extractors read the article independently, so they run at the same time on two
    /// threads (the machine's cores), sharing one text layer (``TextLayer``: each block's
    /// scalars, tokens and sentences built once, by whichever thread needs them first); the
    /// speakers are resolved after both have finished.
    ///
    /// How a speaker finds its entity (never a guess): the entity mention at the speaker's
    /// mention as written (a person before an organization, a place only if nothing else);
    /// for a mention that is a demonym or place with a person's name right after it ("Greek
    /// prime minister Ana Ruiz"), that person; else the one entity whose name or alias is the
    /// extractor's resolved speaker.
    public func analysed() -> Article {
        var copy = self
        let results = AnalysisResults()
        let article = self
        let layer = TextLayer(article: article, readers: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                results.entities = EntityRecognizer().recognize(in: article, layer: layer.reader(0))
            } else {
                results.quotes = QuoteExtractor().extract(from: article, layer: layer.reader(1))
            }
        }
        // Taken out of `results`, so that `copy.quotes` is the only reference to its buffer and
        // setting the speakers below changes it in place instead of copying every quotation
        // (about 10 MB for a 10 MB article).
        let entities = results.takeEntities()
        copy.entities = entities
        copy.quotes = results.takeQuotes()
        let resolver = SpeakerEntityResolver(article: self, entities: entities)
        for index in copy.quotes.indices {
            guard let entity = resolver.entity(for: copy.quotes[index]) else { continue }
            // "he" or "she" resolved to what the entity model knows is no person: unknown
            // rather than a wrong speaker.
            if entities[entity].kind != .person, let mention = copy.quotes[index].speakerMention,
               ["he", "she"].contains(mention.lowercased()) {
                copy.quotes[index].speaker = nil
                continue
            }
            copy.quotes[index].speaker = entities[entity].name
            copy.quotes[index].speakerEntity = entity
        }
        return copy
    }
}

/// The two extractors' results while they run on two threads: each property is written by
/// exactly one of them and read only after `concurrentPerform` has returned, so no lock is
/// needed.
private final class AnalysisResults: @unchecked Sendable {
    var entities: [Entity] = []
    var quotes: [Quote] = []

    /// The entities, leaving none here.
    func takeEntities() -> [Entity] {
        defer { entities = [] }
        return entities
    }

    /// The quotations, leaving none here.
    func takeQuotes() -> [Quote] {
        defer { quotes = [] }
        return quotes
    }
}
