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
        return text.withUTF8 { bytes in
            phraseWords.bits.withUnsafeBufferPointer { phraseBits in
                prefixWords.bits.withUnsafeBufferPointer { prefixBits in
                    byteTable.withUnsafeBufferPointer { table in
                        scan(bytes, limit: limit, phraseBits: phraseBits, prefixBits: prefixBits, table: table)
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func mayContain(_ bits: UnsafeBufferPointer<UInt64>, _ hash: UInt64) -> Bool {
        bits[Int(hash >> 6) & 63] & (1 << (hash & 63)) != 0
    }

    /// Per byte value: its A–Z-folded value (low byte) and its class (high byte): 0 for a
    /// byte that is not kept, 1 for a kept one (a digit, a letter or a non-ASCII byte),
    /// 2 for a separator (space, TAB, LF), 3 for C2 and E2, which may open a NO-BREAK SPACE
    /// (a separator) or ‘ ’ (read as an apostrophe) and are kept otherwise.
    private static let byteTable: [UInt16] = (0..<256).map { value in
        let byte = UInt8(value)
        let folded = byte &- 0x41 < 26 ? byte + 0x20 : byte
        let byteClass: UInt16
        if byte == 0x20 || byte == 0x09 || byte == 0x0A {
            byteClass = 2
        } else if byte == 0xC2 || byte == 0xE2 {
            byteClass = 3
        } else if folded >= 0x80 || folded &- 0x30 < 10 || folded &- 0x61 < 26 {
            byteClass = 1
        } else {
            byteClass = 0
        }
        return byteClass << 8 | UInt16(folded)
    }

    /// The rule of ``cannotBeBoilerplate(_:limit:phraseWords:prefixWords:)`` in one pass over
    /// the bytes: words split at space, TAB, LF and NO-BREAK SPACE; A–Z folded and ‘ ’ read
    /// as an apostrophe, as ``LexiconWords`` does; each word hashed as it is read (`full`
    /// over all its bytes, asked for the first word only; `trimmed` from its first kept byte
    /// to its last, so outer punctuation is left out) without collecting it.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, limit: Int,
        phraseBits: UnsafeBufferPointer<UInt64>, prefixBits: UnsafeBufferPointer<UInt64>,
        table: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        let seed: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x100_0000_01b3
        var wordCount = 0
        var total = 0
        var maybe = 0
        var firstMayBePrefix = false
        var index = 0
        let count = bytes.count
        while index < count {
            let first = bytes[index]
            if table[Int(first)] >> 8 == 2 {
                index += 1
                continue
            }
            if first == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                index += 2
                continue
            }
            // A word starts here.
            wordCount += 1
            if wordCount > limit { return true }
            var full = seed
            var running = seed
            var trimmed = seed
            var started = false
            while index < count {
                let byte = bytes[index]
                var entry = table[Int(byte)]
                if entry >= 0x200 {
                    if entry < 0x300 { break }
                    if byte == 0xC2 {
                        if index + 1 < count, bytes[index + 1] == 0xA0 { break }
                        entry = 0x100 | 0xC2
                        index += 1
                    } else if index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0x98 {
                        entry = 0x27
                        index += 3
                    } else {
                        entry = 0x100 | 0xE2
                        index += 1
                    }
                } else {
                    index += 1
                }
                let folded = UInt64(entry & 0xFF)
                let kept = entry >= 0x100
                full = (full ^ folded) &* prime
                if kept { started = true }
                if started {
                    running = (running ^ folded) &* prime
                    if kept { trimmed = running }
                }
            }
            let normalisedHash = trimmed ^ (trimmed >> 29)
            if started {
                total += 1
                if mayContain(phraseBits, normalisedHash) { maybe += 1 }
            }
            if wordCount == 1 {
                firstMayBePrefix = mayContain(prefixBits, normalisedHash) || mayContain(prefixBits, full ^ (full >> 29))
            }
        }
        if wordCount == 0 { return true }
        if firstMayBePrefix { return false }
        return maybe * 2 <= total
    }
}
