import ArticleModel

/// The article's outline for the outline panel: its headings with their levels and its
/// captions; in an article without headings, also the paragraphs where the quotations change
/// speaker (the article's turns). Entries are in reading order.
public struct Outline: Sendable, Equatable {
    /// One entry of the outline.
    public struct Entry: Sendable, Equatable {
        /// What the entry marks.
        public enum Kind: Sendable, Equatable {
            /// A heading (its level, 1 the highest, in ``Entry/level``).
            case heading
            /// An image caption.
            case caption
            /// A paragraph where the quotations turn to another speaker.
            case speakerChange
        }

        /// The block the entry starts at (an index into `article.blocks`).
        public let block: Int
        /// Nesting level for indentation: the heading's level (1 highest), else one below the
        /// deepest heading seen before it.
        public let level: Int
        /// The entry's text on one line.
        public let title: String
        /// What the entry marks.
        public let kind: Kind
    }

    /// The entries, in reading order.
    public let entries: [Entry]

    /// The outline of `article`.
    public init(article: Article) {
        var entries: [Entry] = []
        let blocks = article.blocks
        let hasHeadings = blocks.contains { $0.kind == .heading }
        var turns: [Int: String] = [:]
        if !hasHeadings {
            var lastSpeaker: String?
            for quote in article.quotes {
                guard let first = quote.ranges.first else { continue }
                let speaker = quote.speaker ?? quote.speakerMention ?? "unknown speaker"
                if speaker != lastSpeaker, turns[first.block] == nil {
                    turns[first.block] = speaker + ": “" + Self.flat(quote.text, limit: 60) + "”"
                }
                lastSpeaker = speaker
            }
        }
        var level = 1
        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case .heading:
                level = max(1, block.level ?? 2)
                entries.append(Entry(block: index, level: level, title: Self.flat(block.text, limit: 200), kind: .heading))
            case .caption:
                entries.append(Entry(block: index, level: level + (hasHeadings ? 1 : 0), title: "▣ " + Self.flat(block.text.isEmpty ? block.credit ?? "" : block.text, limit: 200), kind: .caption))
            default:
                if let turn = turns[index] {
                    entries.append(Entry(block: index, level: level, title: turn, kind: .speakerChange))
                }
            }
        }
        self.entries = entries
    }

    /// The entry whose section holds `block`: the last one starting at or before it.
    public func entry(containing block: Int) -> Int? {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].block <= block { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }

    /// `text` on one line, at most `limit` characters (an ellipsis when cut).
    static func flat(_ text: String, limit: Int) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count <= limit ? words : String(words.prefix(limit - 1)) + "…"
    }
}
