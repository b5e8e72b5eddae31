/// The words of a short text prepared for lexicon look-ups, split and folded on UTF-8 bytes:
/// ASCII letters lower-cased, U+2018/U+2019 made "'", words split on spaces, TABs and
/// NO-BREAK SPACEs.
struct LexiconWords {
    /// Each word lower-cased, punctuation kept ("related:").
    var lowered: [String] = []
    /// Each word lower-cased with leading and trailing ASCII punctuation removed (non-ASCII
    /// symbols such as "©" stay; see ``TextShape/normalisedWord(_:)``, which gives the same
    /// result for the words of the lexicon); empty for a word of punctuation only ("+", "|").
    var normalised: [String] = []

    /// Splits `text`; `nil` when it has more than `limit` words.
    init?(_ text: String, limit: Int) {
        var text = text
        var failed = false
        text.withUTF8 { bytes in
            var word: [UInt8] = []
            word.reserveCapacity(32)
            var index = 0
            func finish() {
                guard !word.isEmpty else { return }
                lowered.append(String(decoding: word, as: UTF8.self))
                normalised.append(Self.trimmed(word))
                word.removeAll(keepingCapacity: true)
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                    finish()
                    index += 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    finish()
                    index += 2
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                          bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 {
                    word.append(0x27)
                    index += 3
                } else {
                    word.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    index += 1
                }
                if lowered.count > limit {
                    failed = true
                    return
                }
            }
            finish()
            if lowered.count > limit { failed = true }
        }
        if failed { return nil }
    }

    /// Whether the words start with `prefix`. A prefix word ending in ":" must match the
    /// lowered word exactly ("related:" but not "related"); others match the normalised word
    /// ("Subscribe!" matches "subscribe").
    func startsWith(_ prefix: [String]) -> Bool {
        guard lowered.count >= prefix.count else { return false }
        for (offset, expected) in prefix.enumerated() {
            let word = expected.hasSuffix(":") ? lowered[offset] : normalised[offset]
            if word != expected { return false }
        }
        return true
    }

    /// A lowered word without leading/trailing ASCII punctuation.
    private static func trimmed(_ word: [UInt8]) -> String {
        func isKept(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
        }
        guard let first = word.firstIndex(where: isKept), let last = word.lastIndex(where: isKept) else { return "" }
        return String(decoding: word[first...last], as: UTF8.self)
    }
}
