/// Calls to action and notices that pages put at the start or end of an article's text:
/// newsletter and app prompts, follow-us lines, subscription walls, copyright and disclaimer
/// notices, comment invitations, category and tag labels.
///
/// Rule (general page-template conventions, our own wording list): a block among the first
/// ``leadingBlocks`` or last ``trailingBlocks`` of at most ``maximumWords`` words, containing
/// one of ``cues`` (case-insensitive), is not article text. Blocks in the middle are left to
/// the shared `BoilerplateLexicon`, so a sentence of the story that mentions a newsletter
/// stays, except for a block of at most ``maximumPromptWords`` words, not opening with a
/// quotation mark, holding one of ``readerPrompts``: phrases that only a call to action
/// addressed to the reader uses ("never miss", "sign up to our", "please subscribe"), in the
/// languages of the pages we measure (English, Spanish, German, French).
enum EdgePrompts {
    static let leadingBlocks = 2
    static let trailingBlocks = 4
    static let maximumWords = 45

    static let cues: [String] = [
        "subscribe", "subscriber", "subscription", "sign up", "signing up", "sign-up", "newsletter",
        "download the", "download our", "our app", "apps for ios", "app for ios", "on ios and android",
        "follow us", "follow the", "like us on", "on twitter", "on facebook", "on instagram", "on linkedin",
        "copyright", "copyrighted", "all rights reserved", "may not be reproduced", "without permission",
        "not responsible for", "does not offer medical advice", "does not provide medical advice",
        "we want to hear", "let us know what you think", "send us", "contact us at", "email us",
        "have a news tip", "push notifications", "advertiser disclosure", "advertising policy",
        "affiliate link", "earn a commission", "we may earn", "we recommend the best products",
        "category :", "category:", "filed under", "tags:", "to view the full story",
        "already a subscriber", "log in", "create an account", "support our journalism",
        "support independent", "donate", "become a member", "never miss", "get the latest",
        "for the latest", "click here", "read more:", "share this", "leave a comment",
        "comments are closed", "join the conversation", "opinions expressed", "views expressed",
        "is delivered", "published by", "this article originally appeared", "this story originally appeared",
    ]

    static let maximumPromptWords = 30

    /// Calls to action that a story's own sentences do not use, wherever they stand.
    static let readerPrompts: [String] = [
        "never miss", "sign up to our", "sign up for our", "signing up to our", "signing up for our",
        "subscribe to our", "please subscribe", "subscribe now", "subscribe today", "to view the full story",
        "to continue reading", "already a subscriber", "unsubscribe from", "you can unsubscribe",
        "delivered to your inbox", "straight to your inbox", "your data will not be shared",
        "suscríbete", "suscribete", "cancela cuando quieras", "cancele cuando quiera",
        "jetzt abonnieren", "newsletter abonnieren", "jederzeit kündbar", "abonnez-vous", "inscrivez-vous",
    ]

    /// Whether block `index` of `count` with `text` is an edge prompt, or a reader prompt
    /// anywhere.
    static func isPrompt(_ text: String, index: Int, count: Int) -> Bool {
        let atEdge = index < leadingBlocks || index >= count - trailingBlocks
        // Counted only as far as needed: most blocks are long paragraphs, read no further.
        let words = wordCount(text, atMost: (atEdge ? maximumWords : maximumPromptWords) + 1)
        guard words <= (atEdge ? maximumWords : maximumPromptWords) else { return false }
        // The first character compared only when its first scalar is a quotation mark (each
        // mark is one scalar with no other spelling).
        let asksReader = words <= maximumPromptWords && text.unicodeScalars.first.map {
            !openingMarks.contains($0) || text.first.map { !"\"“„«‘'".contains($0) } == true
        } == true
        guard asksReader || atEdge else { return false }
        var text = text
        // Text whose only non-ASCII characters are U+2000–U+207F (no case) is searched as it
        // is, folding A–Z on the fly; other text through its lower-cased copy.
        return text.withUTF8 { bytes in
            let folding = isCaselessBeyondASCII(bytes)
            let lower = folding ? [] : lowercasedUTF8(String(decoding: bytes, as: UTF8.self))
            func occurs(_ needles: Needles) -> Bool {
                folding ? needles.occurs(inFolding: bytes) : lower.withUnsafeBufferPointer { needles.occurs(inFolding: $0) }
            }
            if asksReader, occurs(readerPromptNeedles) { return true }
            return atEdge && occurs(cueNeedles)
        }
    }

    /// Whether every byte of `bytes` is ASCII or part of a scalar in U+2000–U+207F (lead
    /// byte E2, then 80 or 81), scalars that `lowercased()` leaves as they are.
    static func isCaselessBeyondASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count, let base = bytes.baseAddress,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            guard byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 else { return false }
            index += 3
        }
        return true
    }

    /// The scalars of the quotation marks that open a quote (not a prompt).
    static let openingMarks: Set<Unicode.Scalar> = Set("\"“„«‘'".unicodeScalars)
    static let cueBytes = cues.map { Array($0.utf8) }
    static let readerPromptBytes = readerPrompts.map { Array($0.utf8) }
    static let cueNeedles = Needles(cueBytes)
    static let readerPromptNeedles = Needles(readerPromptBytes)

    /// The UTF-8 bytes of `text.lowercased()` (each scalar's lower-case mapping, as the
    /// standard library's `lowercased()` gives), without building the string: ASCII letters
    /// are folded on the spot, U+2000–U+207F (punctuation such as ’ “ ” —, which has no
    /// case) copied, other scalars mapped one by one.
    static func lowercasedUTF8(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    result.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
                guard index + length <= count else { break }
                if byte == 0xE2, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + 3]))
                    index += 3
                    continue
                }
                var value = UInt32(byte) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                if let scalar = Unicode.Scalar(value) {
                    result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                }
                index += length
            }
            return result
        }
    }

    /// Several byte strings searched for at once. With every needle at least four bytes
    /// long (the shortest `m` bytes), the text is sampled every `step = m − 3` bytes: an
    /// occurrence starting at `p` covers the sampled position `i` with `p ≤ i < p + step`,
    /// where the four bytes at `i` are the needle's bytes at offset `i − p` (inside its
    /// first `m`). Only where those four bytes may be such a window of a needle (a bit set
    /// of their hashes) are the starts `i − step + 1 … i` compared, each with the needles
    /// starting with its byte; other texts (a needle shorter than four bytes) are compared
    /// at every position.
    struct Needles: Sendable {
        /// The needles' bytes one after another, where each starts, and for each first byte
        /// the range of needles (in ``starts``) that start with it.
        let bytes: [UInt8]
        let starts: [Int]
        let byFirstByte: [Range<Int>]
        /// The sampling step (see the type).
        let step: Int
        /// 65,536 bits, set for the hash of each needle's four-byte windows at offsets
        /// `0..<step`; `nil` when a needle is shorter than four bytes.
        let windows: [UInt64]?

        @inline(__always)
        static func windowHash(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8) -> Int {
            let key = UInt32(b0) | UInt32(b1) << 8 | UInt32(b2) << 16 | UInt32(b3) << 24
            return Int((key &* 0x9E37_79B1) >> 16)
        }

        init(_ needles: [[UInt8]]) {
            let sorted = needles.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
            var bytes: [UInt8] = []
            var starts: [Int] = []
            for needle in sorted {
                starts.append(bytes.count)
                bytes.append(contentsOf: needle)
            }
            starts.append(bytes.count)
            var ranges = [Range<Int>](repeating: 0..<0, count: 256)
            var index = 0
            while index < sorted.count {
                let first = sorted[index][0]
                var end = index
                while end < sorted.count && sorted[end][0] == first { end += 1 }
                ranges[Int(first)] = index..<end
                index = end
            }
            self.bytes = bytes
            self.starts = starts
            byFirstByte = ranges
            let shortest = sorted.map(\.count).min() ?? 0
            if shortest >= 4 {
                step = shortest - 3
                var bits = [UInt64](repeating: 0, count: 1024)
                for needle in sorted {
                    for offset in 0..<step {
                        let hash = Self.windowHash(needle[offset], needle[offset + 1], needle[offset + 2], needle[offset + 3])
                        bits[hash >> 6] |= 1 << UInt64(hash & 63)
                    }
                }
                windows = bits
            } else {
                step = 1
                windows = nil
            }
        }

        /// Whether one of the needles occurs in `haystack` with its A–Z folded to a–z (a
        /// haystack already in lower case is searched as it is).
        func occurs(inFolding text: UnsafeBufferPointer<UInt8>) -> Bool {
            @inline(__always) func fold(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte + 0x20 : byte }
            let windows = self.windows ?? []
            let step = self.step
            return bytes.withUnsafeBufferPointer { needleBytes in
                starts.withUnsafeBufferPointer { starts in
                    byFirstByte.withUnsafeBufferPointer { table in
                        windows.withUnsafeBufferPointer { bits in
                            let count = text.count
                            /// Whether a needle starts at `start`.
                            @inline(__always) func matches(at start: Int) -> Bool {
                                for needle in table[Int(fold(text[start]))] {
                                    let from = starts[needle]
                                    let length = starts[needle + 1] - from
                                    guard length <= count - start else { continue }
                                    var offset = 1
                                    while offset < length && fold(text[start + offset]) == needleBytes[from + offset] { offset += 1 }
                                    if offset == length { return true }
                                }
                                return false
                            }
                            guard !bits.isEmpty else {
                                for start in 0..<count where matches(at: start) { return true }
                                return false
                            }
                            var position = 0
                            while position + 4 <= count {
                                let hash = Self.windowHash(fold(text[position]), fold(text[position + 1]), fold(text[position + 2]), fold(text[position + 3]))
                                if bits[hash >> 6] & (1 << UInt64(hash & 63)) != 0 {
                                    for start in max(0, position - step + 1)...position where matches(at: start) { return true }
                                }
                                position += step
                            }
                            return false
                        }
                    }
                }
            }
        }
    }

    /// Whether `needle` occurs in `haystack` (UTF-8 bytes; a plain search, without
    /// Foundation's locale-aware one, which cost more than the rest of the page's reading).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// The number of space-separated words in `text`, counting no further than `limit`
    /// (`limit` when it has that many or more).
    static func wordCount(_ text: String, atMost limit: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            // Eight bytes at a time: a word starts at each byte that is not a space (0x20)
            // after a space or at the start (high bit of each byte lane: not a space).
            var words = 0
            var previousNotSpace: UInt64 = 0
            var index = 0
            let count = bytes.count
            let high: UInt64 = 0x8080_8080_8080_8080
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            while index + 8 <= count {
                guard let base = bytes.baseAddress else { break }
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
                let spaceless = word ^ 0x2020_2020_2020_2020
                // High bit set in each lane whose byte is not 0x20 (exact, no carries across lanes).
                let notSpace = (((spaceless & low7) &+ low7) | spaceless) & high
                let starts = notSpace & ~((notSpace << 8) | previousNotSpace)
                words += ContentExtractor.laneCount(starts)
                if words >= limit { return limit }
                previousNotSpace = (notSpace >> 56) & 0x80
                index += 8
            }
            var inWord = previousNotSpace != 0
            while index < count {
                if bytes[index] == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                    if words >= limit { return limit }
                }
                index += 1
            }
            return words
        }
    }
}
