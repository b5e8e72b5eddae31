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
    /// How many words the article has (``ArticleModel/WordCount``, the same count as the
    /// reader's time left).
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
            words += WordCount.count(block.text)
        }
        self.fingerprint = String(whole.value, radix: 16).leftPadded(to: 16)
        self.location = location
        self.blockHashes = hashes
        self.wordCount = words
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
