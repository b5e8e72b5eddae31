import ArticleModel

/// A quotation's attribution after resolution.
struct QuoteAttribution: Sendable {
    /// The cue as written, lower-cased.
    var cue: String?
    /// The speaker mention as written.
    var mention: String?
    /// Where the mention is.
    var mentionRange: TextRange?
    /// The resolved speaker.
    var speaker: ResolvedSpeaker

    /// Whether anything attributes the quotation (a cue or a speaker).
    var isPresent: Bool { cue != nil || mention != nil }
}

/// A quotation whose stretches are being collected (it may span blocks).
private struct PendingQuote {
    /// The stretches so far.
    var ranges: [TextRange] = []
    /// Their texts.
    var texts: [String] = []
    /// The shape of the text so far.
    var shape = QuoteKindClassifier.Shape()
    /// The attribution found before the first stretch.
    var before: QuoteAttribution?
    /// Where the first stretch opens in its sentence.
    var context: OpenerContext
    /// "so-called" stands before it.
    var soCalled: Bool
    /// It is a nickname inside a name (``TokenText/isNickname(_:)``): nobody's words.
    var nickname = false
    /// The cue found before it is more than eight tokens away (`X said … at length: "…"`).
    var farCue = false
    /// It is in the headline.
    var inHeadline: Bool
    /// The block of the first stretch.
    var firstBlock: Int
    /// That block's position among body blocks, or -1.
    var ordinal: Int
    /// The first stretch is the block's first token (for a colon lead-in ending the previous
    /// block).
    var startsBlock: Bool
}

/// One extraction over one article: scans, tokenizes and attributes block by block, in
/// reading order, keeping the name index and the discourse state as it goes. Linear in the
/// article's length: every window it looks at is bounded.
struct ExtractionPass {
    private let article: Article
    private var scanner: QuoteScanner
    private var names = NameIndex()
    private var discourse = Discourse()
    private var pending: [Int: PendingQuote] = [:]
    private var quotes: [Quote] = []
    private var tokens: [TextToken] = []
    private var sentences: [Range<Int>] = []
    private var quoteTokens: [Int] = []
    /// Where the blocks' scalars, tokens and sentences come from (built once, shared with the
    /// entity recognizer when both run).
    private let layer: TextLayer.Reader
    private var nextOrdinal = 0
    private var leadIn: (attribution: QuoteAttribution, block: Int)?

    /// Prepares a pass over `article`, reading its blocks' text through `layer` (a layer of
    /// its own when `nil`).
    init(article: Article, layer: TextLayer.Reader? = nil) {
        self.article = article
        self.scanner = QuoteScanner(singlePrimary: QuoteScanner.prefersSingleMarks(article))
        self.layer = layer ?? TextLayer(article: article, readers: 1).reader(0)
    }

    /// Runs the pass; returns the quotations in reading order.
    mutating func run() -> [Quote] {
        // Code is verbatim program text: its quotation marks are string literals, not speech.
        for block in article.blocks.indices where article.blocks[block].kind != .code { process(block) }
        layer.finish()
        quotes.sort { $0.start < $1.start }
        return quotes
    }

    // MARK: - One block

    private mutating func process(_ blockIndex: Int) {
        let block = article.blocks[blockIndex]
        let blockText = layer.text(of: blockIndex)
        let scalars = blockText.scalars
        var nextStart: Unicode.Scalar?
        if QuoteScanner.continues(block.kind), blockIndex + 1 < article.blocks.count,
           QuoteScanner.continues(article.blocks[blockIndex + 1].kind) {
            nextStart = article.blocks[blockIndex + 1].text.unicodeScalars.first { !ScalarClass.isWhitespace($0) }
        }
        let scan = scanner.scan(block: blockIndex, kind: block.kind, scalars: scalars, nextStart: nextStart)
        for quote in scan.abandoned { pending[quote] = nil }
        let ordinal: Int
        switch block.kind {
        case .paragraph, .blockquote, .listItem:
            ordinal = nextOrdinal
            nextOrdinal += 1
        case .heading:
            nextOrdinal += 1
            ordinal = -1
        case .headline, .caption, .table, .code:
            ordinal = -1
        }
        // The layer's tokens read quotations as ordinary text: here each quotation stretch is
        // one token, and the sentences are split around those.
        let text: TokenText
        if scan.parts.isEmpty {
            tokens = blockText.tokens
            text = TokenText(scalars: scalars, tokens: tokens, isHeadline: block.kind == .headline)
            sentences = blockText.sentences
        } else {
            if !Tokenizer.collapse(blockText.tokens, scalarCount: scalars.count, parts: scan.parts, into: &tokens) {
                Tokenizer.tokenize(scalars, parts: scan.parts, into: &tokens)
            }
            text = TokenText(scalars: scalars, tokens: tokens, isHeadline: block.kind == .headline)
            SentenceSplitter.split(text, parts: scan.parts, into: &sentences)
        }
        let context = BlockContext(text: text, parts: scan.parts, block: blockIndex, ordinal: ordinal)
        for sentence in sentences {
            processSentence(sentence, context)
        }
        if leadIn.map({ $0.block < blockIndex }) == true { leadIn = nil }
        if let lastToken = tokens.last, lastToken.isPunct(":"), let sentence = sentences.last {
            let finder = AttributionFinder(text: text)
            let lower = max(sentence.lowerBound, tokens.count - 60)
            if let found = finder.before(quote: tokens.count, lower: lower, sentenceStart: sentence.lowerBound) {
                let attribution = resolve(found, context, sentence: sentence, prior: nil)
                if attribution.isPresent { leadIn = (attribution, blockIndex) }
            }
        }
    }

    private struct BlockContext {
        let text: TokenText
        let parts: [QuotePart]
        let block: Int
        let ordinal: Int
    }

    private mutating func processSentence(_ sentence: Range<Int>, _ context: BlockContext) {
        let text = context.text
        let tokens = text.tokens
        let finder = AttributionFinder(text: text)
        if !text.isHeadline {
            names.index(text, range: sentence, block: context.block)
            if let owner = names.takeDocumentOwner() { discourse.lastDocumentSource = (owner.text, context.block) }
            noteSubject(of: sentence, context, finder: finder)
        }
        quoteTokens.removeAll(keepingCapacity: true)
        for index in sentence where tokens[index].kind == .quote { quoteTokens.append(index) }
        let quoteTokens = self.quoteTokens
        // The quotations that bound attribution windows: a nickname inside a name (`Marta
        // "Tess" Holm shouted`) does not.
        func neighbour(_ position: Int, step: Int) -> Int? {
            var probe = position + step
            while probe >= 0, probe < quoteTokens.count {
                if !text.isNickname(quoteTokens[probe]) { return quoteTokens[probe] }
                probe += step
            }
            return nil
        }
        guard !quoteTokens.isEmpty else {
            if let found = finder.reportedSpeech(in: sentence), found.speaker != nil {
                let attribution = resolve(found, context, sentence: sentence, prior: nil)
                discourse.noteSpeaker(attribution.speaker, block: context.block, sentence: names.sentenceCount)
                discourse.lastTurn = Turn(
                    speaker: attribution.speaker.name, kind: attribution.speaker.kind, cue: attribution.cue,
                    mention: attribution.mention, mentionRange: attribution.mentionRange, block: context.block,
                    mentionBlock: context.block, ordinal: context.ordinal)
            }
            return
        }
        var prior: QuoteAttribution?
        for (position, quoteToken) in quoteTokens.enumerated() {
            let partIndex = Int(tokens[quoteToken].part)
            guard partIndex >= 0, partIndex < context.parts.count else { continue }
            let part = context.parts[partIndex]
            let previousQuote = neighbour(position, step: -1)
            let nextQuote = neighbour(position, step: 1)
            if part.isFirst {
                let lower = max(sentence.lowerBound, (previousQuote ?? -1) + 1, quoteToken - 60)
                var before: QuoteAttribution?
                let nickname = text.isNickname(quoteToken)
                var farCue = false
                if !nickname, let found = finder.before(quote: quoteToken, lower: lower, sentenceStart: sentence.lowerBound) {
                    before = resolve(found, context, sentence: sentence, prior: prior)
                    if let cue = found.cue { farCue = quoteToken - cue.last > 8 }
                }
                let soCalled = quoteToken > sentence.lowerBound && tokens[quoteToken - 1].key == NameLexicon.soCalled
                    && tokens[quoteToken - 1].kind == .word
                pending[part.quote] = PendingQuote(
                    before: before, context: openerContext(quoteToken, lower: lower, sentence: sentence, finder: finder),
                    soCalled: soCalled, inHeadline: text.isHeadline, firstBlock: context.block, ordinal: context.ordinal,
                    startsBlock: quoteToken == 0)
                pending[part.quote]?.nickname = nickname
                pending[part.quote]?.farCue = farCue
            }
            guard pending[part.quote] != nil else { continue }
            if part.innerEnd > part.innerStart {
                pending[part.quote]?.ranges.append(TextRange(block: context.block, start: part.innerStart, end: part.innerEnd))
                pending[part.quote]?.texts.append(ScalarText.string(text.scalars, part.innerStart..<part.innerEnd))
                if var shape = pending[part.quote]?.shape {
                    QuoteKindClassifier.measure(text.scalars, part.innerStart..<part.innerEnd, into: &shape)
                    pending[part.quote]?.shape = shape
                }
            }
            if part.isLast {
                let end = min(sentence.upperBound, nextQuote ?? Int.max, quoteToken + 41)
                var after: QuoteAttribution?
                if !text.isNickname(quoteToken), let found = finder.after(quote: quoteToken, end: end, sentenceStart: sentence.lowerBound) {
                    after = resolve(found, context, sentence: sentence, prior: prior)
                }
                if let attribution = finish(part.quote, after: after, prior: prior, context) {
                    prior = attribution
                }
            }
        }
    }

    /// Remembers the person heading the subject of `sentence` (for "he" or "she" in the next
    /// one); the current sentence's subject becomes the previous one.
    private mutating func noteSubject(of sentence: Range<Int>, _ context: BlockContext, finder: AttributionFinder) {
        if let current = discourse.currentSubject, current.sentence < names.sentenceCount { discourse.previousSubject = current }
        discourse.currentSubject = nil
        let tokens = context.text.tokens
        // Only sentences that start with a capitalised word or a quotation: a name may head
        // their subject (cheap test before reading the phrase).
        guard let first = sentence.first, tokens[first].isCapitalizedWord || tokens[first].kind == .quote,
              let subject = finder.sentenceSubject(sentenceStart: sentence.lowerBound, upper: sentence.upperBound) else { return }
        // "Ana Ruiz and Tomas Bell met …": a coordinated subject says nothing of who "she" is.
        if subject.last + 1 < sentence.upperBound, tokens[subject.last + 1].isLowercaseWord,
           tokens[subject.last + 1].key == NameLexicon.and {
            return
        }
        let reader = NounPhraseReader(text: context.text)
        let description = reader.describe(subject, sentenceStart: sentence.lowerBound)
        switch description.head {
        case .name, .organization: break
        case .pronoun(let key) where NameLexicon.personPronouns.contains(key):
            // "He spoke first. He said …": the person the first "he" stands for heads this
            // subject too (the grammatical subject chain, before the nearest name).
            break
        default: return
        }
        let speaker = SpeakerResolver.resolve(description, in: context.text, block: context.block, names: names, discourse: discourse)
        guard speaker.kind == .person || speaker.kind == .organization, speaker.name != nil else { return }
        discourse.currentSubject = (speaker, context.block, names.sentenceCount)
        if speaker.kind == .person { discourse.lastPersonSubject = (speaker, context.block, names.sentenceCount) }
    }

    /// Where the quotation token `quote` opens in `sentence`.
    private func openerContext(_ quote: Int, lower: Int, sentence: Range<Int>, finder: AttributionFinder) -> OpenerContext {
        var index = quote - 1
        while index >= sentence.lowerBound {
            let token = tokens[index]
            guard token.kind == .dash || token.isPunct("(") || token.isPunct("\u{2022}") || token.isPunct("*") else { break }
            index -= 1
        }
        if index < sentence.lowerBound { return .sentenceStart }
        let previous = tokens[quote - 1]
        if previous.isPunct(":") { return .afterLeadIn }
        if previous.isPunct(",") {
            var probe = lower
            while probe < quote - 1 {
                if finder.cue(at: probe, limit: quote) != nil { return .afterLeadIn }
                probe += 1
            }
        }
        // `said "We …"`, `told reporters "We …"`: a non-naming reporting verb right before the
        // quotation (or with one or two lower-case words between, not "that").
        var probe = quote - 1
        while probe >= lower, probe >= quote - 3 {
            let token = tokens[probe]
            guard token.isLowercaseWord, token.key != NameLexicon.that else { break }
            if let cue = finder.cue(at: probe, limit: quote), case .verb = cue.form, !cue.info.naming, !cue.info.participle {
                return .afterCue
            }
            probe -= 1
        }
        return .midSentence
    }

    /// Resolves a found attribution; a participle or second verb without a subject takes the
    /// sentence's previous quotation's speaker, else the sentence's subject.
    private mutating func resolve(_ found: FoundAttribution, _ context: BlockContext, sentence: Range<Int>, prior: QuoteAttribution?) -> QuoteAttribution {
        let finder = AttributionFinder(text: context.text)
        let cue = found.cue.map(finder.cueText)
        var phrase = found.speaker
        if phrase == nil, found.needsSubject {
            if let prior, prior.mention != nil {
                return QuoteAttribution(cue: cue ?? prior.cue, mention: prior.mention, mentionRange: prior.mentionRange, speaker: prior.speaker)
            }
            let upper = found.cue?.first ?? sentence.upperBound
            phrase = finder.sentenceSubject(sentenceStart: sentence.lowerBound, upper: upper)
            if phrase == nil, let cue = found.cue, cue.first - context.text.afterDateline(sentence.lowerBound, upper: cue.first) <= 1 {
                // `After saying it was "too slow," she …`: a participle in the opening phrase
                // takes the subject of the main clause after it.
                phrase = finder.sentenceSubject(sentenceStart: sentence.lowerBound, upper: sentence.upperBound)
            }
        }
        guard let phrase else { return QuoteAttribution(cue: cue, mention: nil, mentionRange: nil, speaker: .unknown) }
        let reader = NounPhraseReader(text: context.text)
        let description = reader.describe(phrase, sentenceStart: sentence.lowerBound)
        var sentenceSubject: ResolvedSpeaker?
        if case .pronoun = description.head, phrase.first > sentence.lowerBound,
           let subject = finder.sentenceSubject(sentenceStart: sentence.lowerBound, upper: phrase.first), subject.last < phrase.first {
            let subjectDescription = reader.describe(subject, sentenceStart: sentence.lowerBound)
            if subjectDescription.head == .name || subjectDescription.head == .organization {
                sentenceSubject = SpeakerResolver.resolve(
                    subjectDescription, in: context.text, block: context.block, names: names, discourse: discourse)
            }
        }
        var speaker = SpeakerResolver.resolve(
            description, in: context.text, block: context.block, names: names, discourse: discourse,
            sentenceSubject: sentenceSubject)
        if case .pronoun(let key) = description.head, NameLexicon.personPronouns.contains(key), let entry = speaker.entry {
            // The pronoun tells the person's gender for later pronouns.
            names.noteGender(of: entry, male: NameLexicon.malePronouns.contains(key))
        }
        if description.head == .document, description.name == nil,
           let source = reader.documentSource(after: phrase, upper: sentence.upperBound, sentenceStart: sentence.lowerBound) {
            // "according to a readout issued by the Velarian Foreign Ministry"
            let sourceDescription = reader.describe(source, sentenceStart: sentence.lowerBound)
            if let name = sourceDescription.name {
                speaker = SpeakerResolver.resolveName(name, kind: .organization, in: context.text, names: names)
                if speaker.kind != .person { speaker.kind = .organization }
            }
        }
        let mention = description.mention(in: context.text)
        let bounds = context.text.range(mention.first, mention.last, block: context.block)
        return QuoteAttribution(
            cue: cue, mention: context.text.text(mention.first, mention.last),
            mentionRange: TextRange(block: context.block, start: bounds.start, end: bounds.end), speaker: speaker)
    }

    /// `"WALLACE: Let's start with …"`: an interview transcript's speaker label (capital
    /// letters, spaces and dots, then a colon) opening the quotation, when its last word is
    /// the first or last name of a person the article named ("Chris Wallace"), else as
    /// written; a label that names no one (``notSpeakerLabels``: "UPDATE:", "NOTE:") is not
    /// a speaker.
    private func transcriptLabel(_ quote: PendingQuote) -> QuoteAttribution? {
        guard let first = quote.ranges.first, let stretch = quote.texts.first else { return nil }
        var length = 0
        var capitals = 0
        var wordKey = WordKey.empty
        var lastWordKey = WordKey.empty
        var closed = false
        for scalar in stretch.unicodeScalars.prefix(32) {
            if scalar == ":" {
                closed = true
                break
            }
            length += 1
            if ScalarClass.isUppercase(scalar) {
                capitals += 1
                wordKey = WordKey.adding(scalar, to: wordKey)
            } else if scalar == " " || scalar == "." || scalar == "-" {
                if wordKey != WordKey.empty { lastWordKey = wordKey }
                wordKey = WordKey.empty
            } else {
                return nil
            }
        }
        if wordKey != WordKey.empty { lastWordKey = wordKey }
        guard closed, capitals >= 3, lastWordKey != WordKey.empty, !Self.notSpeakerLabels.contains(lastWordKey) else { return nil }
        var label = Array(stretch.unicodeScalars.prefix(length))
        while label.last == " " { label.removeLast() }
        let mentionLength = label.count
        let mention = String(String.UnicodeScalarView(label))
        let speaker: ResolvedSpeaker
        if let person = names.person(byWord: lastWordKey) {
            speaker = ResolvedSpeaker(name: names.entry(person).text, kind: .person, entry: person)
        } else {
            // A name the article never wrote in full ("WALLACE:"): the label itself.
            speaker = ResolvedSpeaker(name: mention, kind: .person)
        }
        return QuoteAttribution(
            cue: nil, mention: mention, mentionRange: TextRange(block: first.block, start: first.start, end: first.start + mentionLength),
            speaker: speaker)
    }

    /// Capitalised labels that open a quotation without naming a speaker.
    private static let notSpeakerLabels = WordSet([
        "update", "updated", "note", "breaking", "exclusive", "watch", "read", "correction", "warning", "editor",
        "editors", "fact", "facts", "source", "sources", "photo", "video", "audio", "live", "news", "alert",
        "question", "answer", "transcript", "unidentified", "crosstalk", "applause", "laughter", "end",
    ])

    /// Chooses the quotation's attribution, classifies it, applies turn continuation, records
    /// it; returns its attribution for the next quotation of the sentence.
    private mutating func finish(_ quoteNumber: Int, after: QuoteAttribution?, prior: QuoteAttribution?, _ context: BlockContext) -> QuoteAttribution? {
        guard let quote = pending.removeValue(forKey: quoteNumber), !quote.ranges.isEmpty, !quote.shape.isNotText else { return nil }
        var attribution: QuoteAttribution?
        if quote.nickname {
            quotes.append(Quote(text: quote.texts.joined(separator: " "), ranges: quote.ranges, kind: .scare))
            return nil
        }
        if let before = quote.before, before.isPresent {
            if let after, after.isPresent, (before.cue == nil && after.cue != nil) || (before.mention == nil && after.mention != nil) {
                attribution = after
            } else if let after, after.cue != nil, after.mention != nil,
                      quote.context == .midSentence || quote.context == .afterLeadIn && quote.farCue {
                // `Ruiz said she agreed because "…," she said.`, `The four "fees" he listed
                // are "…," the Courier reported.`: a cue and speaker written right after the
                // quotation are its own; a cue earlier in the sentence, not next to it,
                // introduced something else. So after a colon lead-in whose cue is far
                // from the quotation (`Vell wrote to members …, at length: "…," the union
                // wrote.`).
                attribution = after
            } else {
                attribution = before
            }
        } else if let after, after.isPresent {
            attribution = after
        }
        if attribution == nil, let prior, prior.isPresent, quote.context != .sentenceStart {
            attribution = prior
        }
        if attribution == nil, quote.startsBlock, let leadIn, leadIn.block == quote.firstBlock - 1 {
            attribution = leadIn.attribution
        }
        if attribution == nil, let label = transcriptLabel(quote) { attribution = label }
        var named = false
        if let attribution, attribution.mention != nil, let cue = attribution.cue, !cue.contains(" ") {
            named = CueLexicon.info(WordKey.of(cue))?.naming == true
        }
        let kind = QuoteKindClassifier.classify(
            quote.shape, context: quote.context, attributed: attribution != nil, soCalled: quote.soCalled,
            inHeadline: quote.inHeadline, named: named)
        if kind == .scare && quote.soCalled { attribution = nil }
        var result = Quote(text: quote.texts.joined(separator: " "), ranges: quote.ranges, kind: kind)
        if let attribution {
            result.cue = attribution.cue
            result.speakerMention = attribution.mention
            result.speakerMentionRange = attribution.mentionRange
            result.speaker = attribution.speaker.name
            if attribution.mention != nil {
                discourse.noteSpeaker(attribution.speaker, block: context.block, sentence: names.sentenceCount)
                discourse.lastTurn = Turn(
                    speaker: attribution.speaker.name, kind: attribution.speaker.kind, cue: attribution.cue,
                    mention: attribution.mention, mentionRange: attribution.mentionRange, block: context.block,
                    mentionBlock: attribution.mentionRange?.block ?? context.block, ordinal: context.ordinal)
            }
        } else if kind == .direct, quote.context == .sentenceStart, var turn = discourse.lastTurn {
            let sameBlock = turn.block == quote.firstBlock
            let nextBlock = quote.ordinal >= 0 && turn.ordinal >= 0 && turn.ordinal == quote.ordinal - 1
            if sameBlock || nextBlock {
                result.speaker = turn.speaker
                if turn.mentionBlock == quote.firstBlock {
                    result.cue = turn.cue
                    result.speakerMention = turn.mention
                    result.speakerMentionRange = turn.mentionRange
                }
                turn.block = context.block
                turn.ordinal = context.ordinal
                discourse.lastTurn = turn
            }
        }
        quotes.appendGrowingByQuarter(result)
        return attribution
    }
}
