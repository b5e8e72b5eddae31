/// A noun phrase naming or describing a speaker: tokens `first...last` of a block.
struct NounPhrase: Sendable {
    /// First token.
    var first: Int
    /// Last token (inclusive).
    var last: Int
}

/// What a speaker's noun phrase is headed by, which decides how it resolves.
enum SpeakerHead: Sendable, Equatable {
    /// "he", "she", "it", "they": the pronoun's key.
    case pronoun(UInt64)
    /// A name ("Lin", "Norland Foreign Ministry spokesperson Lin Meiyu", "state-run VPA").
    case name
    /// A document ("the report", "a Foreign Office readout").
    case document
    /// An organization by a common noun ("the ministry", "the Ruiz administration").
    case organization
    /// A person by role ("the spokesperson", "a senior official", "the President").
    case role
    /// "the Chinese side".
    case side
    /// Any other description ("the two men").
    case other
}

/// A speaker's noun phrase, read: its head, its name part and whether it refers back.
struct SpeakerDescription: Sendable {
    /// The whole phrase.
    var phrase: NounPhrase
    /// What heads it.
    var head: SpeakerHead
    /// The name in it: the head itself for ``SpeakerHead/name``, else a capitalised modifier
    /// ("State Department" in "a Foreign Office readout"); `nil` when there is none.
    var name: NounPhrase?
    /// The kind of ``name`` read from the words around it.
    var nameKind: NameKind
    /// The key of the head word (lower-case noun or title) for role and organization look-ups.
    var headKey: UInt64
    /// "the", "this", a possessive…: the phrase refers to something named before.
    var definite: Bool

    /// The mention as written: the name when the name is the head ("Lin Meiyu" for
    /// "Norland Foreign Ministry spokesperson Lin Meiyu"), else the whole phrase ("the
    /// report", "a Foreign Office readout", "he").
    func mention(in text: TokenText) -> (first: Int, last: Int) {
        if head == .name, let name { return (name.first, name.last) }
        return (phrase.first, phrase.last)
    }
}
