/// A named entity: one real-world person, organization, place or other named thing (an
/// event, a law, a work), with every mention of it in the article.
///
/// One entity stands for one referent: "Democratic People's Republic of Korea", "DPRK",
/// "North Korea" and the demonym "North Korean" are mentions of the same place; a capital
/// is a place of its own. Offsets in mentions count Unicode scalars of each block's
/// ``Block/text``.
public struct Entity: Sendable, Hashable, Codable {
    /// The canonical name: the fullest proper name the article gives, titles and possessive
    /// endings left out ("Lin Meiyu", "People's Republic of China").
    public var name: String
    /// Person, organization, place or other.
    public var kind: EntityKind
    /// The other names the article uses for it, as written, without ``name``, without
    /// duplicates, in order of first use ("Lin", "PRC", "Chinese").
    public var aliases: [String]
    /// A role or description the article gives it ("Chinese Foreign Ministry spokesperson"),
    /// or `nil`.
    public var role: String?
    /// Every mention, in reading order (never empty for an entity in the model).
    public var mentions: [Mention]

    /// Creates an entity.
    public init(name: String, kind: EntityKind, aliases: [String] = [], role: String? = nil, mentions: [Mention] = []) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.role = role
        self.mentions = mentions
    }

    /// Where the entity is first mentioned (block 0, offset 0 for an entity without
    /// mentions).
    public var firstPosition: TextPosition {
        mentions.first?.range.lowerBound ?? TextPosition(block: 0, offset: 0)
    }
}

/// One place where an entity is named: the range of the name as written (titles and a
/// possessive ending left out) and the words there.
public struct Mention: Sendable, Hashable, Codable {
    /// Where the name is written; offsets in Unicode scalars of the block's text.
    public var range: TextRange
    /// The name as written at ``range`` ("Lin", "DPRK", "North Korean").
    public var text: String

    /// Creates a mention.
    public init(range: TextRange, text: String) {
        self.range = range
        self.text = text
    }
}

/// The kinds of named entity Byline tells apart, after the classes used by news named-entity
/// annotation (MUC/CoNLL style: person, organization, location, miscellaneous). Raw values
/// are the names used in Byline's JSON.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A person ("Lin Meiyu").
    case person
    /// An organization: a government body, company, party, agency, team ("Valmont Press
    /// Agency").
    case organization
    /// A place: a country, region, city, geographic feature ("North Norland", "Harbour City").
    case place
    /// Another named thing: an event, a law, a treaty, a work ("Harbour Accord").
    case other
}
