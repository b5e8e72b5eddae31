/// A 64-bit key for a word, used to look words up in the lexicons without building strings.
///
/// The key is FNV-1a over the word's scalars with ASCII letters folded to lower case and the
/// typographic apostrophes folded to U+0027, so "Said", "said" and "SAID" share a key, and so
/// do "can't" and "can’t". Lexicon entries are ASCII, so folding only ASCII is enough to
/// match them; non-ASCII names still get stable keys (case-sensitive above U+007F).
enum WordKey {
    /// The FNV-1a offset basis, the key of the empty word.
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Adds one scalar to a running key.
    @inline(__always)
    static func adding(_ scalar: Unicode.Scalar, to key: UInt64) -> UInt64 {
        var value = scalar.value
        if value >= 0x41 && value <= 0x5A {
            value |= 0x20
        } else if value == 0x2019 || value == 0x2018 || value == 0x02BC {
            value = 0x27
        }
        return (key ^ UInt64(value)) &* prime
    }

    /// Adds a scalar value that is already folded (an ASCII lower-case letter or a digit).
    @inline(__always)
    static func adding(folded value: UInt32, to key: UInt64) -> UInt64 {
        (key ^ UInt64(value)) &* prime
    }

    /// The key of a whole word.
    static func of(_ word: String) -> UInt64 {
        var key = empty
        for scalar in word.unicodeScalars { key = adding(scalar, to: key) }
        return key
    }

    /// The key of `scalars[range]`.
    static func of(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var key = empty
        for index in range { key = adding(scalars[index], to: key) }
        return key
    }

    /// Combines the keys of a name's words into one key for the whole name (order matters).
    @inline(__always)
    static func combining(_ key: UInt64, with next: UInt64) -> UInt64 {
        (key &* 0x9E37_79B9_7F4A_7C15) ^ next ^ (next >> 29)
    }
}
