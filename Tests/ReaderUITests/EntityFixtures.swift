import ArticleModel

/// An article with quotations and named entities built by hand (the recognizer is tested
/// elsewhere): fictional people, a harbour board, two places and a law, with the quotes'
/// speakers resolved to their entities.
enum EntityArticle {
    static let headline = "Harbour Board Approves the Night Ferry Act"
    static let paragraphs: [String] = [
        headline,
        "\"We will run the boats all night,\" said board chair Ines Varga of the Harbour Board in Port Calder on Monday.",
        "Critics were unconvinced. \"The numbers do not add up,\" said councillor Bo Lind.",
    ] + (1...12).map { n in
        n == 4
            ? "Ferry historian Mara Quill said the Harbour Board last ran night boats to Norland decades ago, and Lind agreed."
            : "Filler paragraph \(n) about tides, timetables and the Harbour Board office, long enough to wrap over a line or two."
    } + [
        "Varga answered that the plan was \"fully costed\" and added: \"Every crossing pays.\"",
        "\"We will see,\" Lind said in Port Calder, where Norland crews already wait.",
    ]

    /// Indexes of the entities in ``make()``'s `article.entities` (model order: first mention).
    enum Index {
        static let nightFerryAct = 0, harbourBoard = 1, varga = 2, portCalder = 3, lind = 4, quill = 5, norland = 6
    }

    /// The range of the `occurrence`-th (0-based) `needle` in `text`, in scalars.
    static func range(of needle: String, in text: String, block: Int, occurrence: Int = 0) -> TextRange? {
        let scalars = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        var seen = 0
        var start = 0
        while start + pattern.count <= scalars.count {
            if Array(scalars[start..<(start + pattern.count)]) == pattern {
                if seen == occurrence { return TextRange(block: block, start: start, end: start + pattern.count) }
                seen += 1
            }
            start += 1
        }
        return nil
    }

    /// Every occurrence of each of `names` in `blocks`, in reading order, as mentions.
    static func mentions(of names: [String], in blocks: [Block]) -> [Mention] {
        var found: [Mention] = []
        for (b, block) in blocks.enumerated() {
            var inBlock: [Mention] = []
            for name in names {
                var n = 0
                while let range = range(of: name, in: block.text, block: b, occurrence: n) {
                    // A shorter name inside a longer one already found ("Lind" in "Bo Lind") is not a second mention.
                    if !inBlock.contains(where: { $0.range.start <= range.start && range.end <= $0.range.end }) {
                        inBlock.append(Mention(range: range, text: name))
                    }
                    n += 1
                }
            }
            found += inBlock.sorted { $0.range.start < $1.range.start }
        }
        return found
    }

    static func make() -> Article {
        var blocks = [Block(kind: .headline, text: paragraphs[0])]
        blocks += paragraphs.dropFirst().map { Block(kind: .paragraph, text: $0) }
        let entities = [
            Entity(name: "Night Ferry Act", kind: .other, mentions: mentions(of: ["Night Ferry Act"], in: blocks)),
            Entity(name: "Harbour Board", kind: .organization, mentions: mentions(of: ["Harbour Board"], in: blocks)),
            Entity(name: "Ines Varga", kind: .person, aliases: ["Varga"], role: "board chair",
                   mentions: mentions(of: ["Ines Varga", "Varga"], in: blocks)),
            Entity(name: "Port Calder", kind: .place, mentions: mentions(of: ["Port Calder"], in: blocks)),
            Entity(name: "Bo Lind", kind: .person, aliases: ["Lind"], role: "councillor",
                   mentions: mentions(of: ["Bo Lind", "Lind"], in: blocks)),
            Entity(name: "Mara Quill", kind: .person, role: "ferry historian",
                   mentions: mentions(of: ["Mara Quill"], in: blocks)),
            Entity(name: "Norland", kind: .place, mentions: mentions(of: ["Norland"], in: blocks)),
        ]
        func quote(_ text: String, block: Int, speaker: Int) -> Quote {
            let range = range(of: text, in: blocks[block].text, block: block) ?? TextRange(block: block, start: 0, end: 0)
            return Quote(text: text, ranges: [range], kind: .direct, cue: "said",
                         speakerMention: entities[speaker].name, speaker: entities[speaker].name,
                         speakerEntity: speaker)
        }
        let last = blocks.count - 1
        return Article(
            metadata: ArticleMetadata(headline: headline), blocks: blocks,
            quotes: [
                quote("We will run the boats all night,", block: 1, speaker: Index.varga),
                quote("The numbers do not add up,", block: 2, speaker: Index.lind),
                quote("fully costed", block: last - 1, speaker: Index.varga),
                quote("Every crossing pays.", block: last - 1, speaker: Index.varga),
                quote("We will see,", block: last, speaker: Index.lind),
            ],
            entities: entities)
    }

    /// An article whose entities have wide names: CJK, an emoji sequence and a long Latin
    /// name, each mentioned in one paragraph (no quotes).
    static func wideNames() -> Article {
        let names = [
            ("東京湾岸フェリー運航管理委員会", EntityKind.organization),
            ("🚢⚓ Ferry Friends of the Northern Bays Society", EntityKind.organization),
            ("Wilhelmina Esperanza Castellanos-Oyelaran", EntityKind.person),
            ("李明", EntityKind.person),
        ]
        var blocks = [Block(kind: .headline, text: "Wide Names")]
        var entities: [Entity] = []
        for (name, kind) in names {
            let text = "A paragraph that names \(name) once."
            blocks.append(Block(kind: .paragraph, text: text))
            let range = range(of: name, in: text, block: blocks.count - 1) ?? TextRange(block: 0, start: 0, end: 0)
            entities.append(Entity(name: name, kind: kind, mentions: [Mention(range: range, text: name)]))
        }
        return Article(metadata: ArticleMetadata(headline: "Wide Names"), blocks: blocks, entities: entities)
    }
}
