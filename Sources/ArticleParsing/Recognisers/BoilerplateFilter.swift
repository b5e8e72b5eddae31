/// A quick, conservative rejection for ``BoilerplateLexicon/isBoilerplate(_:)``: one pass
/// over the UTF-8 bytes, splitting and folding words exactly as ``LexiconWords`` does, but
/// hashing them into small bit sets instead of building strings. When it says a text cannot
/// be boilerplate, the full rules would say the same; otherwise they decide.
struct BoilerplateFilter {
    /// 4096 bits, one hash per word.
    private var bits = [UInt64](repeating: 0, count: 64)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            var word = word
            let hash = word.withUTF8 { Self.hash($0[...]) }
            bits[Int(hash >> 6) & 63] |= 1 << (hash & 63)
        }
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        bits[Int(hash >> 6) & 63] & (1 << (hash & 63)) != 0
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }

    /// Whether `text` is certainly not boilerplate: more than `limit` words, no words, or a
    /// first word that is not a prefix's first word and at most half of its (normalised,
    /// non-empty) words among the lexicon's phrase words.
    static func cannotBeBoilerplate(
        _ text: String, limit: Int, phraseWords: BoilerplateFilter, prefixWords: BoilerplateFilter
    ) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            // Each word is hashed as its bytes are read (folded as ``LexiconWords`` folds
            // them): `full` over all of them, `trimmed` from the first kept byte to the
            // last (outer punctuation removed), without collecting the word.
            let seed: UInt64 = 0xcbf2_9ce4_8422_2325
            var full = seed
            var running = seed
            var trimmed = seed
            var started = false
            var inWord = false
            var wordCount = 0
            var total = 0
            var maybe = 0
            var firstMayBePrefix = false
            var tooMany = false

            @inline(__always) func isKept(_ byte: UInt8) -> Bool {
                byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
            }
            @inline(__always) func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
                (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            @inline(__always) func add(_ byte: UInt8) {
                inWord = true
                // Only the first word's full hash is asked for.
                if wordCount == 0 { full = step(full, byte) }
                if !started {
                    guard isKept(byte) else { return }
                    started = true
                }
                running = step(running, byte)
                if isKept(byte) { trimmed = running }
            }
            func finish() {
                guard inWord else { return }
                wordCount += 1
                if wordCount > limit { tooMany = true }
                let normalisedHash = trimmed ^ (trimmed >> 29)
                if started {
                    total += 1
                    if phraseWords.mayContain(normalisedHash) { maybe += 1 }
                }
                if wordCount == 1 {
                    firstMayBePrefix = prefixWords.mayContain(normalisedHash) || prefixWords.mayContain(full ^ (full >> 29))
                }
                full = seed
                running = seed
                trimmed = seed
                started = false
                inWord = false
            }

            var index = 0
            let count = bytes.count
            while index < count && !tooMany {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                    finish()
                    index += 1
                } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                    finish()
                    index += 2
                } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                          bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 {
                    add(0x27)
                    index += 3
                } else {
                    add(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    index += 1
                }
            }
            if !tooMany { finish() }
            if tooMany || wordCount == 0 { return true }
            if firstMayBePrefix { return false }
            return maybe * 2 <= total
        }
    }
}
