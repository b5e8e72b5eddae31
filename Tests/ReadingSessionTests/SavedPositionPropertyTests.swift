import ArticleModel
import Testing
@testable import ReadingSession

/// SplitMix64 (Steele, Lea, Flood 2014): a small seeded generator, so every run edits the
/// same way and a failure names its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Positions come back after random small edits of the article: in the same block when its
/// text survived (offset kept), else between the nearest surviving neighbours.
@Suite("Saved positions: property test")
struct SavedPositionPropertyTests {
    static let words = ["harbour", "ferry", "council", "night", "boats", "storm", "keeper", "light",
                        "vote", "budget", "island", "pier", "tide", "crew", "route", "winter"]

    static func paragraph(_ rng: inout SplitMix64, tag: Int) -> String {
        let count = Int.random(in: 6...30, using: &rng)
        return (0..<count).map { _ in words.randomElement(using: &rng) ?? "tide" }.joined(separator: " ") + " (\(tag))."
    }

    enum Edit: CaseIterable { case insert, delete, change, append }

    @Test("200 seeded articles, each with 1–3 random edits", arguments: 0..<200)
    func survivesEdits(seed: Int) {
        var rng = SplitMix64(state: UInt64(seed) &* 7919 &+ 17)
        var tag = 0
        var blocks: [Block] = (0..<Int.random(in: 3...40, using: &rng)).map { _ in
            tag += 1
            return Block(kind: .paragraph, text: Self.paragraph(&rng, tag: tag))
        }
        let original = Article(blocks: blocks)
        let anchor = Int.random(in: 0..<blocks.count, using: &rng)
        let offset = Int.random(in: 0...blocks[anchor].text.unicodeScalars.count, using: &rng)
        let saved = SavedPosition(
            position: TextPosition(block: anchor, offset: offset),
            hashes: ArticleIdentity(article: original, location: nil).blockHashes)
        // origin[i]: the index in the original of new block i, or nil for new or changed text.
        var origin: [Int?] = Array(blocks.indices)
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            let at = Int.random(in: 0..<blocks.count, using: &rng)
            switch Edit.allCases.randomElement(using: &rng) ?? .insert {
            case .insert:
                tag += 1
                blocks.insert(Block(kind: .paragraph, text: Self.paragraph(&rng, tag: tag)), at: at)
                origin.insert(nil, at: at)
            case .delete where blocks.count > 1:
                blocks.remove(at: at)
                origin.remove(at: at)
            case .change, .delete:
                blocks[at].text += " Updated."
                origin[at] = nil
            case .append:
                tag += 1
                blocks.append(Block(kind: .paragraph, text: Self.paragraph(&rng, tag: tag)))
                origin.append(nil)
            }
        }
        let edited = Article(blocks: blocks)
        let identity = ArticleIdentity(article: edited, location: nil)
        let found = saved.resolve(in: identity.blockHashes, blockLengths: blocks.map { $0.text.unicodeScalars.count })
        if let same = origin.firstIndex(where: { $0 == anchor }) {
            #expect(found == TextPosition(block: same, offset: offset), "seed \(seed)")
        } else {
            // Between the last surviving block before the anchor and the first after it.
            let before = origin.lastIndex { ($0 ?? Int.max) < anchor }
            let after = origin.firstIndex { ($0 ?? -1) > anchor }
            let low = before.map { $0 + 1 } ?? 0
            let high = after ?? (blocks.count - 1)
            #expect(found.offset == 0, "seed \(seed)")
            #expect((min(low, high)...max(low, high)).contains(found.block),
                    "seed \(seed): block \(found.block) not in \(low)...\(high)")
        }
    }

    @Test("the fingerprint changes with the text, not with the location")
    func fingerprint() {
        let a = Article(blocks: [Block(kind: .paragraph, text: "One two three.")])
        let b = Article(blocks: [Block(kind: .paragraph, text: "One two four.")])
        #expect(ArticleIdentity(article: a, location: "/x").fingerprint == ArticleIdentity(article: a, location: "/y").fingerprint)
        #expect(ArticleIdentity(article: a, location: nil).fingerprint != ArticleIdentity(article: b, location: nil).fingerprint)
        #expect(ArticleIdentity(article: a, location: nil).fingerprint.count == 16)
    }
}

/// The fingerprint is what stored records are found by: its value never changes.
@Suite("Article identity values")
struct ArticleIdentityValueTests {
    @Test("fingerprint and block hashes are FNV-1a 64 over the UTF-8 bytes (values computed independently)")
    func knownValues() {
        let article = Article(blocks: [
            Block(kind: .headline, text: "Ferry Line Returns"),
            Block(kind: .paragraph, text: "\u{DC}ber die Br\u{FC}cke \u{2014} 2,40 kr."),
        ])
        let identity = ArticleIdentity(article: article, location: nil)
        // kind, NUL, text, 0x01 for each block; each block's text alone.
        #expect(identity.fingerprint == "9bf0ddab96eccb23")
        #expect(identity.blockHashes == [0x20c8_0d70_4541_6b78, 0x232e_7662_974a_9bee])
    }
}

/// The store's word count is the one the reader's time left uses.
@Suite("Article identity word count")
struct ArticleIdentityWordCountTests {
    @Test("the identity's word count is the sum of WordCount over the blocks")
    func sameDefinition() {
        let article = Article(blocks: [
            Block(kind: .headline, text: "Ferry Line Returns"),
            Block(kind: .paragraph, text: "It's 5 o'clock — on the pier, and 1,000 people wait."),
            Block(kind: .caption, text: "The pier at dusk", credit: "Photo: A. Lund"),
        ])
        #expect(ArticleIdentity.words(in: article) == WordCount.perBlock(article).reduce(0, +))
        #expect(ArticleIdentity.words(in: article) == 3 + 10 + 4)
    }
}
