/// The shape of one UTF-8 sequence at a position in a byte buffer, following the Unicode
/// Standard's table of well-formed byte sequences (chapter 3, table 3-7). Used by the decoder
/// and by the binary-content check so both agree on what "invalid" means.
struct UTF8Sequence {
    /// Whether the bytes form a complete, well-formed sequence.
    var isValid: Bool
    /// For a valid sequence, its length in bytes (1...4). For an invalid one, the length of
    /// the maximal subpart (at least 1): the bytes that one U+FFFD replaces.
    var length: Int
    /// Whether an invalid sequence was cut short by the end of the buffer (every byte
    /// present was a valid start), which matters when judging a prefix of a file.
    var isTruncated: Bool

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Scans the sequence starting at `index` (which must be in bounds).
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UTF8Sequence {
        let lead = bytes[index]
        if lead < 0x80 { return UTF8Sequence(isValid: true, length: 1, isTruncated: false) }
        let expected: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: expected = 2
        case 0xE0: expected = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: expected = 3
        case 0xED: expected = 3; high = 0x9F
        case 0xF0: expected = 4; low = 0x90
        case 0xF1...0xF3: expected = 4
        case 0xF4: expected = 4; high = 0x8F
        default: return UTF8Sequence(isValid: false, length: 1, isTruncated: false)
        }
        var length = 1
        while length < expected {
            let position = index + length
            if position >= bytes.count {
                return UTF8Sequence(isValid: false, length: length, isTruncated: true)
            }
            let byte = bytes[position]
            if byte < low || byte > high {
                return UTF8Sequence(isValid: false, length: length, isTruncated: false)
            }
            low = 0x80
            high = 0xBF
            length += 1
        }
        return UTF8Sequence(isValid: true, length: expected, isTruncated: false)
    }
}
