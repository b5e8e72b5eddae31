import ArticleModel

/// The numbered references of an article's links, as the layout shows them: a marker `[n]`
/// right after each link's words, and the list of targets at the end of the article
/// ("Links", then `[n] URL` a line). Links to the same target share one number; numbers
/// follow the order in which targets first appear (``ArticleModel/Article/links`` is in
/// reading order).
///
/// The markers are drawn by the layout alone: the article's text never carries them, so
/// quotations, entities, search and positions (Unicode scalar offsets into a block's text)
/// are unaffected.
public struct LinkReferences: Sendable, Equatable {
    /// A marker drawn in a block's text.
    public struct Marker: Sendable, Equatable {
        /// The scalar offset in the block's text the marker is drawn before (the end of the
        /// link's words).
        public var offset: Int
        /// The marker as shown, `[n]` (ASCII).
        public var text: String
        /// The reference number `n` (1-based).
        public var number: Int
    }

    /// The distinct targets, absolute http/https URLs: reference `n` is `urls[n - 1]`.
    public let urls: [String]
    /// For each link of the article (same order), its reference number (1-based).
    public let numbers: [Int]
    /// The markers of each block that has any, by block index, in offset order.
    public let markers: [Int: [Marker]]

    /// No links.
    public static let none = LinkReferences(article: Article())

    /// Numbers the links of `article`. Links whose range is not inside its block are left
    /// without a marker (still listed).
    public init(article: Article) {
        var urls: [String] = []
        var numberOfURL: [String: Int] = [:]
        var numbers: [Int] = []
        var markers: [Int: [Marker]] = [:]
        numbers.reserveCapacity(article.links.count)
        let blocks = article.blocks
        for link in article.links {
            let number: Int
            if let known = numberOfURL[link.url] {
                number = known
            } else {
                urls.append(link.url)
                number = urls.count
                numberOfURL[link.url] = number
            }
            numbers.append(number)
            let range = link.range
            guard blocks.indices.contains(range.block), range.end >= 0,
                  range.end <= blocks[range.block].scalarCount
            else { continue }
            markers[range.block, default: []].append(Marker(offset: range.end, text: "[\(number)]", number: number))
        }
        for (block, list) in markers {
            markers[block] = Self.placed(list, in: blocks[block].text)
        }
        self.urls = urls
        self.numbers = numbers
        self.markers = markers
    }

    /// `list` sorted by offset (stable: links ending at the same place keep their order),
    /// each marker moved back over whitespace that ends its link's words (so that a link
    /// whose range takes the following space reads "report[3] said", not "report [3]said"), in one walk
    /// over `text`.
    private static func placed(_ list: [Marker], in text: String) -> [Marker] {
        var sorted = list
        if zip(list, list.dropFirst()).contains(where: { $0.offset > $1.offset }) {
            sorted = list.enumerated()
                .sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
                .map(\.element)
        }
        var next = 0
        var offset = 0
        var afterLastVisible = 0
        for scalar in text.unicodeScalars {
            while next < sorted.count, sorted[next].offset <= offset {
                sorted[next].offset = afterLastVisible
                next += 1
            }
            offset += 1
            if !scalar.properties.isWhitespace { afterLastVisible = offset }
        }
        while next < sorted.count {
            sorted[next].offset = afterLastVisible
            next += 1
        }
        return sorted
    }

    /// The title of the list at the end of the article.
    static let listTitle = "Links"

    /// `text` with `markers` (sorted by offset, offsets within `text`'s scalars) inserted,
    /// and the scalar offset in `text` of each scalar of the result (a marker's scalars map
    /// to the offset it stands before; one more entry for the end).
    static func insert(_ markers: [Marker], into text: String) -> (text: String, sourceOffsets: [Int]) {
        var result = String.UnicodeScalarView()
        var offsets: [Int] = []
        var next = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            while next < markers.count, markers[next].offset <= offset {
                for markerScalar in markers[next].text.unicodeScalars {
                    result.append(markerScalar)
                    offsets.append(offset)
                }
                next += 1
            }
            result.append(scalar)
            offsets.append(offset)
            offset += 1
        }
        while next < markers.count {
            for markerScalar in markers[next].text.unicodeScalars {
                result.append(markerScalar)
                offsets.append(offset)
            }
            next += 1
        }
        offsets.append(offset)
        return (String(result), offsets)
    }
}
