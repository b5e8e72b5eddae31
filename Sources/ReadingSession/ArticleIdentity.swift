import ArticleModel

/// What the store knows an article by: a fingerprint of its text, where it was read from,
/// and one hash per block, so that a place saved in one version of a file can be found again
/// in a slightly edited one.
///
/// Computed on the way to the reader's first frame, so it reads each block's UTF-8 bytes
/// once, in place (both hashes in the same pass, no copies); the word count the store keeps
/// is counted at saving (``words(in:)``), not here.
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

    /// Computes the identity of `article`, read from `location`.
    public init(article: Article, location: String?) {
        var whole = FNV1a()
        var hashes: [UInt64] = []
        hashes.reserveCapacity(article.blocks.count)
        for block in article.blocks {
            var one = FNV1a()
            whole.add(block.kind.rawValue)
            whole.add(byte: 0)
            // Both hashes over the same bytes in one pass: the whole text's continues
            // through each block's.
            let hashed = block.text.utf8.withContiguousStorageIfAvailable { bytes in
                var a = one.value
                var b = whole.value
                for byte in bytes {
                    a = (a ^ UInt64(byte)) &* FNV1a.prime
                    b = (b ^ UInt64(byte)) &* FNV1a.prime
                }
                return (a, b)
            }
            if let (a, b) = hashed {
                one.value = a
                whole.value = b
            } else {
                one.add(block.text)
                whole.add(block.text)
            }
            hashes.append(one.value)
            whole.add(byte: 1)
        }
        self.fingerprint = String(whole.value, radix: 16).leftPadded(to: 16)
        self.location = location
        self.blockHashes = hashes
    }

    /// How many words `article` has (``ArticleModel/WordCount`` over its blocks, the same
    /// count as the reader's time left): what the store keeps for the history.
    public static func words(in article: Article) -> Int {
        WordCount.perBlock(article).reduce(0, +)
    }
}

/// The 64-bit FNV-1a hash (Fowler, Noll, Vo; public domain) over UTF-8 bytes.
struct FNV1a {
    /// The FNV prime for 64 bits.
    static let prime: UInt64 = 0x0000_0100_0000_01B3
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte: byte) }
    }

    mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
