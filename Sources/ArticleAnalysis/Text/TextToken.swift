/// One token of a block's text outside quotations, for attribution and name finding.
///
/// A quotation stretch is one token of kind ``Kind/quote``: attribution treats a quotation
/// as a unit and never looks at the words inside it.
struct TextToken: Sendable {
    /// What the token is.
    enum Kind: UInt8, Sendable {
        /// Letters (and digits) with inner apostrophes, hyphens or dots: `can't`, `state-run`,
        /// `U.S.`.
        case word
        /// A token starting with a digit: `2019`, `8th`, `1,000`.
        case number
        /// One punctuation scalar; ``TextToken/key`` is its scalar value.
        case punct
        /// An en or em dash, `--`, or a hyphen between spaces.
        case dash
        /// A quotation stretch; ``TextToken/part`` indexes the block's stretches.
        case quote
    }

    /// Flag: the word starts with a capital letter.
    static let capitalized: UInt8 = 1
    /// Flag: the word has at least two letters, all capitals (`VPA`, `U.S.`).
    static let allCaps: UInt8 = 2
    /// Flag: the word ends in a singular possessive `'s`, left out of ``key``.
    static let possessive: UInt8 = 4
    /// Flag: the word ends in a plural possessive `s'` (`Workers'`).
    static let pluralPossessive: UInt8 = 8
    /// Flag: the word took the period after it (`Mr.`, `U.S.`, an initial `J.`).
    static let endsWithPeriod: UInt8 = 16
    /// Flag: the word has an inner hyphen.
    static let hyphenated: UInt8 = 32

    /// First scalar offset of the token in its block.
    var start: Int32
    /// One past the token's last scalar.
    var end: Int32
    /// ``WordKey`` of a word (without a possessive ending or a final period), the scalar value
    /// of a punctuation mark, 0 otherwise.
    var key: UInt64
    /// What the token is.
    var kind: Kind
    /// The flags above.
    var flags: UInt8
    /// For a quotation token, the index of its stretch among the block's stretches; else -1.
    var part: Int32

    /// Whether the token has `flag`.
    @inline(__always)
    func has(_ flag: UInt8) -> Bool { flags & flag != 0 }

    /// A word that starts with a capital letter.
    @inline(__always)
    var isCapitalizedWord: Bool { kind == .word && flags & TextToken.capitalized != 0 }

    /// A word that does not start with a capital letter.
    @inline(__always)
    var isLowercaseWord: Bool { kind == .word && flags & TextToken.capitalized == 0 }

    /// Whether the token is the punctuation scalar `scalar`.
    @inline(__always)
    func isPunct(_ scalar: Unicode.Scalar) -> Bool { kind == .punct && key == UInt64(scalar.value) }
}
