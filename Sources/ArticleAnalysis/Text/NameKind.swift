import ArticleModel

/// What kind of thing a name names, as far as the words around it say: the one kind used by
/// the text layer, the entity scanner and the quotation extractor before an
/// ``ArticleModel/EntityKind`` is decided.
enum NameKind: UInt8, Sendable {
    /// A person ("Lin Meiyu").
    case person
    /// An organization ("Valmont Press Agency", "State Department").
    case organization
    /// A place ("North Korea").
    case place
    /// A named thing that is none of those: an event, law, treaty, product or work.
    case other
    /// Not known from the words around it.
    case unknown

    /// The model's kind; `unknown` becomes `fallback`.
    func entityKind(fallback: EntityKind) -> EntityKind {
        switch self {
        case .person: .person
        case .organization: .organization
        case .place: .place
        case .other: .other
        case .unknown: fallback
        }
    }
}
