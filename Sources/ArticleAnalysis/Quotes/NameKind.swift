/// What kind of thing a name names, as far as the quotation extractor can tell without an
/// entity model.
enum NameKind: UInt8, Sendable {
    /// A person ("Lin Meiyu").
    case person
    /// An organization ("Valmont Press Agency", "State Department").
    case organization
    /// A place ("North Korea").
    case place
    /// Not known from the words around it.
    case unknown
}
