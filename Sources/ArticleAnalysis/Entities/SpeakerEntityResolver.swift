import ArticleModel

/// Finds the entity a quotation's speaker is, for ``Article/analysed()``; `nil` when the
/// speaker is not a named entity or the match would be a guess.
struct SpeakerEntityResolver {
    private struct Span {
        var start: Int
        var end: Int
        var entity: Int
    }

    private let article: Article
    private let entities: [Entity]
    /// Every mention's span, grouped by block (in block order) and sorted by start within a
    /// block, mentions that start together in the order of their entities.
    private var spans: [Span] = []
    /// Where each block's spans start in ``spans``; one more entry than blocks.
    private var blockStarts: [Int] = []
    /// Names and aliases that belong to exactly one entity.
    private var byName: [String: Int] = [:]

    /// Indexes the mentions and names of `entities`.
    init(article: Article, entities: [Entity]) {
        self.article = article
        self.entities = entities
        var ambiguous = Set<String>()
        // Spans bucketed by block in two passes (count, then place), no dictionary.
        let blockCount = article.blocks.count
        var starts = [Int](repeating: 0, count: blockCount + 2)
        for entity in entities {
            for mention in entity.mentions where mention.range.block >= 0 && mention.range.block < blockCount {
                starts[mention.range.block + 2] += 1
            }
        }
        for block in stride(from: 2, to: starts.count, by: 1) { starts[block] += starts[block - 1] }
        var placed = [Span](repeating: Span(start: 0, end: 0, entity: 0), count: starts[blockCount + 1])
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions where mention.range.block >= 0 && mention.range.block < blockCount {
                let block = mention.range.block
                placed[starts[block + 1]] = Span(start: mention.range.start, end: mention.range.end, entity: index)
                starts[block + 1] += 1
            }
            for name in [entity.name] + entity.aliases {
                if let other = byName[name], other != index { ambiguous.insert(name) }
                byName[name] = index
            }
        }
        for name in ambiguous { byName[name] = nil }
        starts.removeLast()
        for block in 0..<blockCount where starts[block + 1] - starts[block] > 1 {
            placed[starts[block]..<starts[block + 1]].sort { $0.start < $1.start }
        }
        spans = placed
        blockStarts = starts
    }

    /// The entity of `quote`'s speaker, or `nil`.
    func entity(for quote: Quote) -> Int? {
        if let range = quote.speakerMentionRange, let found = entity(at: range) { return found }
        guard let speaker = quote.speaker else { return nil }
        if let entity = byName[speaker] { return entity }
        // "Bandleader Ana Ruiz": a capitalised role word before a person's name.
        let people = entities.indices.filter { entities[$0].kind == .person && speaker.hasSuffix(" " + entities[$0].name) }
        return people.count == 1 ? people[0] : nil
    }

    /// The entity whose mention covers the speaker's mention as written (a leading "the"
    /// aside); for a place (a demonym before a role), the person named right after it in
    /// lower-case words ("Greek prime minister Ana Ruiz").
    private func entity(at range: TextRange) -> Int? {
        guard range.block >= 0, range.block + 1 < blockStarts.count, blockStarts[range.block] < blockStarts[range.block + 1]
        else { return nil }
        let blockSpans = spans[blockStarts[range.block]..<blockStarts[range.block + 1]]
        var covering: Span?
        for span in blockSpans where span.start < range.end && span.end > range.start {
            // The whole mention, a leading "the" aside, or a person's name ending it.
            let ending = span.end >= range.end - 1 && span.end <= range.end && entities[span.entity].kind == .person
            guard ending || (span.start <= range.start + 4 && span.end >= range.end - 1) else { continue }
            if covering == nil || rank(span.entity) < rank(covering?.entity ?? 0) { covering = span }
        }
        guard let covering else { return nil }
        if entities[covering.entity].kind == .place, let person = person(after: covering.end, in: range.block, spans: blockSpans) {
            return person
        }
        return covering.entity
    }

    /// The person mentioned within 40 scalars after `offset` with only lower-case words and
    /// spaces between.
    private func person(after offset: Int, in block: Int, spans: ArraySlice<Span>) -> Int? {
        guard let next = spans.first(where: { $0.start >= offset }), next.start - offset <= 40,
              entities[next.entity].kind == .person else { return nil }
        let scalars = Array(article.blocks[block].text.unicodeScalars)
        guard next.start <= scalars.count else { return nil }
        for index in offset..<next.start {
            let scalar = scalars[index]
            if !(ScalarClass.isWhitespace(scalar) || ScalarClass.isLowercase(scalar) || scalar == "-") { return nil }
        }
        return next.entity
    }

    private func rank(_ entity: Int) -> Int {
        switch entities[entity].kind {
        case .person: 0
        case .organization: 1
        case .other: 2
        case .place: 3
        }
    }
}
