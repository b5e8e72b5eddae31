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
        let lower = lowercasedUTF8(text)
        if words <= maximumPromptWords, let first = text.first, !"\"“„«‘'".contains(first),
           readerPromptNeedles.occurs(in: lower) {
            return true
        }
        return atEdge && cueNeedles.occurs(in: lower)
    }

    static let cueBytes = cues.map { Array($0.utf8) }
    static let readerPromptBytes = readerPrompts.map { Array($0.utf8) }
    static let cueNeedles = Needles(cueBytes)
    static let readerPromptNeedles = Needles(readerPromptBytes)

    /// The UTF-8 bytes of `text.lowercased()` (each scalar's lower-case mapping, as the
    /// standard library's `lowercased()` gives), without building the string: ASCII letters
    /// are folded on the spot, other scalars mapped one by one.
    static func lowercasedUTF8(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                result.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return result
    }

    /// Several byte strings searched for at once: at each position of the text only those
    /// starting with its byte are compared.
    struct Needles: Sendable {
        /// The needles, and for each first byte the indices of the needles starting with it.
        let needles: [[UInt8]]
        let byFirstByte: [[Int]]

        init(_ needles: [[UInt8]]) {
            self.needles = needles
            var table = [[Int]](repeating: [], count: 256)
            for (index, needle) in needles.enumerated() {
                if let first = needle.first { table[Int(first)].append(index) }
            }
            byFirstByte = table
        }

        /// Whether one of the needles occurs in `haystack` (an empty needle never counts).
        func occurs(in haystack: [UInt8]) -> Bool {
            let count = haystack.count
            for start in 0..<count {
                for index in byFirstByte[Int(haystack[start])] {
                    let needle = needles[index]
                    guard needle.count <= count - start else { continue }
                    var offset = 1
                    while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
            }
            return false
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

    /// The number of space-separated words in `text`, counting no further than `limit`.
    static func wordCount(_ text: String, atMost limit: Int) -> Int {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words >= limit { return words }
            }
        }
        return words
    }
}
