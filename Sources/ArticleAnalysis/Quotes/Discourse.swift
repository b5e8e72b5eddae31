import ArticleModel

/// The latest attribution in reading order: who spoke last, for quotations that continue a
/// speaker's turn without an attribution of their own.
struct Turn: Sendable {
    /// The resolved speaker, or `nil` when the last speaker is unknown ("a source said").
    var speaker: String?
    /// The speaker's kind.
    var kind: NameKind
    /// The cue as written.
    var cue: String?
    /// The mention as written.
    var mention: String?
    /// Where the mention is.
    var mentionRange: TextRange?
    /// The block where the turn was last active (its attribution, or a quotation that
    /// continued it).
    var block: Int
    /// The block of the written attribution (the mention and the cue).
    var mentionBlock: Int
    /// The block's position among body blocks (``ExtractionPass`` numbers them), or -1 for a
    /// headline or caption.
    var ordinal: Int
}

/// What the extractor remembers about the conversation so far, in reading order: the last
/// person and organization that spoke, the last document's source, the last turn.
struct Discourse: Sendable {
    /// The last people resolved as speakers (of quotations or of reported speech), the most
    /// recent last, at most six, each once.
    var recentPersons: [(name: String, entry: Int?, block: Int, sentence: Int)] = []
    /// The last organization resolved as a speaker.
    var lastOrganizationSpeaker: (name: String, block: Int)?
    /// The last organization that reported or issued a document ("The official Valmont
    /// Press Agency (VPA) reported …", "a Foreign Office readout").
    var lastDocumentSource: (name: String, block: Int)?
    /// The last attribution.
    var lastTurn: Turn?
    /// The person or organization who is the grammatical subject of the sentence before the
    /// current one (``NameIndex/sentenceCount`` numbering), when a name heads that subject:
    /// the first choice for "he" or "she" (a person) or "it" (an organization) with no
    /// subject in their own sentence.
    var previousSubject: (speaker: ResolvedSpeaker, block: Int, sentence: Int)?
    /// The last person who headed a sentence's subject (a name, or "he"/"she" standing for
    /// one), with block and sentence number: for "she" in the same paragraph, before a
    /// speaker of an earlier paragraph.
    var lastPersonSubject: (speaker: ResolvedSpeaker, block: Int, sentence: Int)?
    /// The same for the current sentence, while it is read.
    var currentSubject: (speaker: ResolvedSpeaker, block: Int, sentence: Int)?

    /// Records a resolved speaker of the attribution in block `block`, sentence number
    /// `sentence` (``NameIndex/sentenceCount``).
    mutating func noteSpeaker(_ speaker: ResolvedSpeaker, block: Int, sentence: Int) {
        guard let name = speaker.name else { return }
        switch speaker.kind {
        case .person:
            recentPersons.removeAll { $0.name == name }
            recentPersons.append((name, speaker.entry, block, sentence))
            if recentPersons.count > 6 { recentPersons.removeFirst() }
        case .organization:
            lastOrganizationSpeaker = (name, block)
            lastDocumentSource = (name, block)
        case .place, .other, .unknown:
            break
        }
    }
}
