import ArticleModel

/// What the store knows an article by: a fingerprint of its text, where it was read from,
/// and one hash per block, so that a place saved in one version of a file can be found again
/// in a slightly edited one.
public struct ArticleIdentity: Sendable, Equatable {
    /// FNV-1a (64-bit) of every block's kind and text, as 16 lower-case hex digits. The same
    /// text gives the same fingerprint whatever the file is called; it is an identity, not a
    /// protection against anyone forging one.
    public let fingerprint: String
    /// The absolute path or the URL the article came from; `nil` for standard input and the
    /// built-in sample.
    public let location: String?
    /// FNV-1a (64-bit) of each block's text, in block order.
    public let blockHashes: [UInt64]
    /// How many words the body has (whitespace-separated runs with a letter or digit).
    public let wordCount: Int

    /// Computes the identity of `article`, read from `location`.
    public init(article: Article, location: String?) {
        var whole = FNV1a()
        var hashes: [UInt64] = []
        hashes.reserveCapacity(article.blocks.count)
        var words = 0
        for block in article.blocks {
            var one = FNV1a()
            one.add(block.text)
            hashes.append(one.value)
            whole.add(block.kind.rawValue)
            whole.add("\u{0}")
            whole.add(block.text)
            whole.add("\u{1}")
            words += Self.countWords(block.text)
        }
        self.fingerprint = String(whole.value, radix: 16).leftPadded(to: 16)
        self.location = location
        self.blockHashes = hashes
        self.wordCount = words
    }

    /// Runs between spaces that hold at least one letter or digit. Spaces are ASCII white
    /// space, no-break space, the Unicode spaces U+2000–U+200B, the line and paragraph
    /// separators and the ideographic space; ASCII letters and digits, and every scalar from
    /// U+00C0 up except General Punctuation (U+2000–U+206F) and CJK punctuation
    /// (U+3000–U+303F), count as letters. Linear in the scalars with no Unicode property
    /// look-ups, so a 1 MB article costs a few milliseconds (a dash alone is not a word).
    public static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var hasLetter = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isSpace = v == 0x20 || (0x09...0x0D).contains(v) || v == 0xA0 || (0x2000...0x200B).contains(v)
                || v == 0x2028 || v == 0x2029 || v == 0x3000
            if isSpace {
                if inWord, hasLetter { count += 1 }
                inWord = false
                hasLetter = false
                continue
            }
            inWord = true
            if (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
                || (v >= 0xC0 && !(0x2000...0x206F).contains(v) && !(0x3000...0x303F).contains(v))
            {
                hasLetter = true
            }
        }
        if inWord, hasLetter { count += 1 }
        return count
    }
}

/// The 64-bit FNV-1a hash (Fowler, Noll, Vo; public domain) over UTF-8 bytes.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
