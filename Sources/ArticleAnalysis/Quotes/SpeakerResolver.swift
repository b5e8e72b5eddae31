/// Resolves a speaker's phrase to the fullest name written in the article, or to nothing.
///
/// Conventions (Byline leaves a speaker unknown rather than guess):
/// - A name resolves to itself, titles and possessive left out ("President Ana Ruiz" →
///   "Ana Ruiz"). A single word resolves to the most recent earlier person whose first or
///   last name it is ("Lin" → "Lin Meiyu", "Ruiz" → "Ana Ruiz", "Park" → "Park Ji-hoon";
///   both ends count because family names come first in Chinese and Korean names), or to the
///   expansion of an acronym defined inline ("VPA" → "Valmont Press Agency"), else to
///   itself ("China").
/// - "it": the last organization that spoke, else the last source of a document, within
///   three blocks.
/// - "he"/"she": the person named as the subject earlier in the same sentence ("Ban
///   condemned what he called …"); else the person heading the subject of the sentence
///   before (this or the previous block); else the one person named in the last earlier sentence
///   that named people (this or the previous block) if that sentence comes after the last
///   speaker's attribution (news introduces a person, then quotes them); else the last
///   person heading a sentence's subject earlier in the same block, when more recent than the
///   last speaker; else the last
///   person who spoke (quoted or reported) within three blocks — in each case skipping
///   people the article shows to be of the other gender ("Mr.", "spokeswoman", "Warren said
///   she …"); else unknown (two people named and no gender to tell them apart is a guess).
///   "they", "we", "I", "you": unknown.
/// - A document ("the report", "the readout", "the statement"): a name in the phrase ("a
///   State Department readout" → "State Department") or right after it ("a readout issued by
///   the Velarian Foreign Ministry"), else, when definite, the source of the last document
///   the article mentioned, within six blocks: the organization that last reported or spoke
///   ("The official Valmont Press Agency (VPA) reported …" then "the report said" →
///   "Valmont Press Agency"), or the owner of a document ("the Ministry's readout",
///   "X published a report", "a report from X").
/// - An organization by common noun: with a name, the phrase as written ("the Ruiz
///   administration" → "Ruiz administration"); "the ministry", "the institute" → the last
///   organization with that word in its name.
/// - A role: "the spokesperson", "the President", "the Vice President", "the opposition
///   leader", "Norvik's chief executive" → the last person written with that role (before
///   the name, "press secretary Tom Bell", or in an appositive, "Ida Berg, Norvik's chief
///   executive,"); one plain word may make the role precise, more than one ("the local
///   transport minister") or an indefinite role ("a senior official", "a Pentagon
///   spokesman") is an unnamed person: unknown.
/// - "the Chinese side" → the last organization whose name starts with "Chinese" (the
///   Chinese Foreign Ministry, say); unknown when there is none.
/// - Anything else ("the two men", "sources") is unknown.
enum SpeakerResolver {
    /// Resolves `description` (read from `text`, in block `block`) with what `names` and
    /// `discourse` know so far.
    static func resolve(
        _ description: SpeakerDescription, in text: TokenText, block: Int, names: NameIndex, discourse: Discourse,
        sentenceSubject: ResolvedSpeaker? = nil
    ) -> ResolvedSpeaker {
        switch description.head {
        case .pronoun(let key):
            if NameLexicon.personPronouns.contains(key) {
                let male = NameLexicon.malePronouns.contains(key)
                func fits(_ entry: Int?) -> Bool {
                    guard let entry, let isMale = names.isMale(entry) else { return true }
                    return isMale == male
                }
                if let subject = sentenceSubject, subject.kind == .person, subject.name != nil, fits(subject.entry) {
                    return subject
                }
                // The person heading the subject of the sentence before ("Calloway spoke
                // after Okonkwo. He told reporters …" is Calloway), before the most recently
                // named one.
                if let previous = discourse.previousSubject, previous.speaker.kind == .person, previous.sentence == names.sentenceCount - 1,
                   block - previous.block <= 1, fits(previous.speaker.entry) {
                    return previous.speaker
                }
                let speaker = discourse.recentPersons.last { block - $0.block <= 3 && fits($0.entry) }
                // The one person named in the sentence before, when more recent than the last
                // speaker: news introduces a person, then quotes them.
                if let named = names.lastNamedPeople, block - named.block <= 1, named.sentence > (speaker?.sentence ?? -1) {
                    let fitting = named.entries.filter { fits($0) }
                    if fitting.count == 1, let entry = fitting.first {
                        return ResolvedSpeaker(name: names.entry(entry).text, kind: .person, entry: entry)
                    }
                }
                // The last person heading a subject earlier in this paragraph, when more recent
                // than the last speaker ("Marsh spoke next. The committee listened. "…," she
                // said." is Marsh, not a speaker of the paragraph before).
                if let subject = discourse.lastPersonSubject, subject.block == block, names.sentenceCount > subject.sentence,
                   subject.sentence > (speaker?.sentence ?? -1), fits(subject.speaker.entry) {
                    return subject.speaker
                }
                if let speaker {
                    return ResolvedSpeaker(name: speaker.name, kind: .person, entry: speaker.entry)
                }
                return .unknown
            }
            if key == NameLexicon.it {
                // "The Harbour Council met on Friday. It said …": the organization heading the
                // subject of this sentence or of the one before.
                if let subject = sentenceSubject, subject.kind == .organization, subject.name != nil { return subject }
                if let previous = discourse.previousSubject, previous.speaker.kind == .organization,
                   previous.sentence == names.sentenceCount - 1, block - previous.block <= 1 {
                    return previous.speaker
                }
                if let last = discourse.lastOrganizationSpeaker, block - last.block <= 3 {
                    return ResolvedSpeaker(name: last.name, kind: .organization)
                }
                if let source = discourse.lastDocumentSource, block - source.block <= 3 {
                    return ResolvedSpeaker(name: source.name, kind: .organization)
                }
            }
            return .unknown
        case .name:
            guard let name = description.name else { return .unknown }
            return resolveName(name, kind: description.nameKind, in: text, names: names)
        case .document:
            if let name = description.name {
                var resolved = resolveName(name, kind: description.nameKind, in: text, names: names)
                if resolved.kind == .unknown || resolved.kind == .place { resolved.kind = .organization }
                return resolved
            }
            if description.definite, let source = discourse.lastDocumentSource, block - source.block <= 6 {
                return ResolvedSpeaker(name: source.name, kind: .organization)
            }
            return .unknown
        case .organization:
            if let name = description.name {
                if name.first == name.last, text.tokens[name.first].has(TextToken.allCaps),
                   let expansion = names.acronym(text.tokens[name.first].key) {
                    return ResolvedSpeaker(name: expansion.text, kind: .organization)
                }
                return ResolvedSpeaker(name: text.text(name.first, description.phrase.last), kind: .organization)
            }
            if description.definite, let organization = names.organization(byHead: description.headKey) {
                return ResolvedSpeaker(name: organization.text, kind: .organization)
            }
            return .unknown
        case .role:
            // "the spokesperson", "the President", "the opposition leader", "Norrland's chief
            // executive": the person written with that role. One plain word may make the role
            // more precise; with more ("the local transport minister") it is someone else.
            guard description.name == nil, description.definite else { return .unknown }
            var modifiers: [UInt64] = []
            for index in description.phrase.first..<description.phrase.last {
                let token = text.tokens[index]
                if index == description.phrase.first && NameLexicon.determiners.contains(token.key) { continue }
                if token.has(TextToken.possessive) || token.isCapitalizedWord { continue }
                modifiers.append(token.key)
            }
            let key: UInt64
            switch modifiers.count {
            case 0: key = description.headKey
            case 1: key = NameIndex.roleKey(description.headKey, modifier: modifiers[0])
            default: return .unknown
            }
            if let person = names.person(byRole: key) {
                return ResolvedSpeaker(name: names.entry(person).text, kind: .person, entry: person)
            }
            return .unknown
        case .side:
            if let name = description.name {
                let key = text.tokens[name.first].key
                if let organization = names.organization(byFirstWord: key) {
                    return ResolvedSpeaker(name: organization.text, kind: .organization)
                }
            }
            return .unknown
        case .other:
            return .unknown
        }
    }

    /// Resolves the name in tokens `name` (see the type's conventions).
    static func resolveName(_ name: NounPhrase, kind: NameKind, in text: TokenText, names: NameIndex) -> ResolvedSpeaker {
        let written = text.nameText(name.first, name.last)
        guard name.first == name.last else {
            // What the article said about the name so far beats its shape.
            let entry = names.entryIndex(text, name.first, name.last)
            var resolvedKind = kind
            if let entry, names.entry(entry).kind != .unknown { resolvedKind = names.entry(entry).kind }
            return ResolvedSpeaker(name: written, kind: resolvedKind, entry: entry)
        }
        let token = text.tokens[name.first]
        if token.has(TextToken.allCaps), let expansion = names.acronym(token.key) {
            return ResolvedSpeaker(name: expansion.text, kind: .organization)
        }
        if let person = names.person(byWord: token.key) {
            return ResolvedSpeaker(name: names.entry(person).text, kind: .person, entry: person)
        }
        if NameLexicon.roles.contains(token.key) || NameLexicon.sentenceStarters.contains(token.key) {
            return .unknown  // "Officials", "Sources" starting a sentence
        }
        if names.isPersonWord(token.key) { return ResolvedSpeaker(name: written, kind: .person) }
        if token.has(TextToken.allCaps) { return ResolvedSpeaker(name: written, kind: .organization) }
        return ResolvedSpeaker(name: written, kind: kind == .person ? .person : .unknown)
    }
}

/// A speaker after resolution.
struct ResolvedSpeaker: Sendable {
    /// The fullest name written in the article, or `nil` when unknown.
    var name: String?
    /// What the name names.
    var kind: NameKind
    /// The name's entry in the ``NameIndex``, when it has one.
    var entry: Int?

    /// Creates a resolved speaker.
    init(name: String?, kind: NameKind, entry: Int? = nil) {
        self.name = name
        self.kind = kind
        self.entry = entry
    }

    /// No speaker.
    static let unknown = ResolvedSpeaker(name: nil, kind: .unknown)
}
