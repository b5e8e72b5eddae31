/// Finds the nodes that hold a page's article, in the spirit of Readability and trafilatura
/// (our own rules and weights):
///
/// 1. **Exclusion.** Elements that are never article text (scripts, styles, forms' controls,
///    `nav`, `header`, `footer`, `aside`, dialogs; the `hidden` attribute, `aria-hidden`,
///    ARIA roles navigation/banner/contentinfo/complementary/…) and,
///    while class/id hints are on, elements whose class or id words mark boilerplate
///    (``ClassHints``: comments, sharing, newsletter, cookie, related, ads, …). `body`,
///    `main` and `article` are never excluded by hints. A landmark that holds the page's
///    `main` (misnested markup) and a `header`/`footer` wrapping only an `h2`–`h6` (a section's
///    heading) are not excluded; a reference list (``ClassHints/isReferenceList(_:)``) is
///    excluded even when it holds most of the page's text.
/// 2. **Scoring.** Every paragraph-like element (`p`, `pre`, `td`, or a container with at
///    least 25 characters of its own text) of at least 25 characters scores
///    1 + commas + min(length / 100, 3); its parent gets the score, its grandparent half,
///    further ancestors a third and less. Containers start from a tag weight plus ±25 for
///    class hints. A container's final score is its score × (1 − link density).
/// 3. **Choice.** The best container; promoted to an ancestor that holds three or more of
///    the five best containers (articles split into several boxes); a table (or part of one)
///    gives way to the ancestor that also holds the prose paragraphs beside it
///    (``beyondTable(_:)``: a comma-rich list of names outscoring the article); then joined by siblings
///    that score at least max(10, 20% of the best) or are long, link-poor paragraphs, and by
///    boxes of the same tag and class as the choice or, when it was promoted to an ancestor,
///    as the best box (a question and its answers); then preceded by the lead paragraph
///    beside the headline when that sits outside the choice (``withLead(_:)``).
/// 4. **Cleaning** (``isCleaned(_:)``): inside the choice, lists and boxes that are mostly
///    links are dropped.
///
/// When the hints leave almost nothing (under 250 characters), the extraction is run again
/// without them (a page whose main wrapper is called "page-with-sidebar").
struct ContentExtractor {
    let tree: HTMLTree
    let useHints: Bool
    /// Excluded by tag, visibility or (with hints) class words, inherited by descendants.
    private(set) var excluded: [Bool]
    /// Per node, over its non-excluded subtree: text length in characters (whitespace
    /// collapsed), text inside links, commas, and `p` count.
    private(set) var textLength: [Int32]
    private(set) var linkLength: [Int32]
    private(set) var commas: [Int32]
    /// Class and id words, per element that has any and is not inside an element excluded
    /// by its tag, visibility or role (the tree's ``HTMLTree/words``).
    private(set) var words = NodeMap<[String]>()

    /// Tags never holding article text.
    static let excludedTags: Set<String> = [
        "head", "script", "style", "template", "svg", "math", "canvas", "iframe", "object",
        "embed", "nav", "header", "footer", "aside", "form", "input", "button", "select", "textarea", "option",
        "label", "dialog", "menu", "video", "audio", "source", "map", "area", "link", "meta", "title",
        "img", "picture",
    ]
    /// ARIA roles of page furniture.
    static let excludedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
        "menu", "menubar", "toolbar", "tablist", "tooltip",
    ]
    /// Tags that hints never exclude.
    static let protectedTags: Set<String> = ["html", "body", "main", "article", "#document"]

    init(tree: HTMLTree, useHints: Bool) {
        self.tree = tree
        self.useHints = useHints
        let count = tree.count
        excluded = [Bool](repeating: false, count: count)
        textLength = [Int32](repeating: 0, count: count)
        linkLength = [Int32](repeating: 0, count: count)
        commas = [Int32](repeating: 0, count: count)
        // Nodes are in document (pre-)order: a parent's index is below its children's.
        // Pass 1: tags, visibility and roles; pass 2 (with hints): class words, except on a
        // box holding most of the page's text with few links (a wrapper that happens to be
        // called "above-footer" or "toc-section"), unless its words say comments or a
        // reference list (hundreds of citations outweigh a paywalled paper's abstract).
        var hinted = [Bool](repeating: false, count: count)
        var commentLike = [Bool](repeating: false, count: count)
        let holdsMain = Self.holdsMain(tree)
        for index in 1..<max(count, 1) {
            let node = Int32(index)
            let parent = Int(tree.parents[index])
            if excluded[parent] { excluded[index] = true; continue }
            if tree.textNodes[index] { continue }
            let tag = tree.tags[index]
            if let attributes = tree.attributes[node] {
                let classWords = tree.words[node] ?? []
                if !classWords.isEmpty { words[node] = classWords }
                if Self.isHidden(attributes) { excluded[index] = true; continue }
                if let role = attributes["role"]?.lowercased(), Self.excludedRoles.contains(role), !holdsMain[index] {
                    excluded[index] = true; continue
                }
                if useHints, !Self.protectedTags.contains(tag), !ClassHints.isCaption(classWords),
                   ClassHints.isNegative(classWords) || ClassHints.isControl(classWords) && isControlLike(node) {
                    hinted[index] = true
                    commentLike[index] = ClassHints.isCommentLike(classWords) || ClassHints.isReferenceList(classWords)
                }
            }
            // "form" wraps whole pages on some sites (ASP.NET): only its controls are excluded.
            // A landmark holding the page's `main` (misnested markup the parser recovered by
            // nesting the page in its `nav`, or a template wrapping the page in a `header`) and
            // a `header` or `footer` wrapping only a section's heading are not furniture.
            if Self.excludedTags.contains(tag) && tag != "form" && !holdsMain[index] && !isHeadingWrapper(node) {
                excluded[index] = true
            }
        }
        computeAggregates()
        if useHints {
            let pageLength = Double(textLength[0])
            var changed = false
            for index in 1..<max(count, 1) where hinted[index] && !excluded[index] {
                let node = Int32(index)
                let holdsArticle = !commentLike[index] && Double(textLength[index]) >= pageLength * 0.5
                    && linkDensity(node) < 0.3 && textLength[index] >= 500
                if holdsArticle { continue }
                for descendant in tree.descendants(of: node) { excluded[Int(descendant)] = true }
                changed = true
            }
            if changed { computeAggregates() }
        }
    }

    /// Per node, whether it is or holds a `main` element or an element of role `main`.
    static func holdsMain(_ tree: HTMLTree) -> [Bool] {
        var holds = [Bool](repeating: false, count: tree.count)
        for index in stride(from: tree.count - 1, through: 1, by: -1) {
            if tree.tags[index] == "main" || tree.attributes[Int32(index)]?["role"]?.lowercased() == "main" { holds[index] = true }
            if holds[index] { holds[Int(tree.parents[index])] = true }
        }
        return holds
    }

    /// Whether `node` is a `header` or `footer` whose only element is one `h2`–`h6` heading
    /// (the heading of a section or of a collapsible box inside the article, not the page's
    /// banner).
    private func isHeadingWrapper(_ node: Int32) -> Bool {
        let tag = tree.tags[Int(node)]
        guard tag == "header" || tag == "footer" else { return false }
        let elements = tree.children[Int(node)].filter { !tree.isText($0) }
        guard elements.count == 1, let only = elements.first else { return false }
        return ["h2", "h3", "h4", "h5", "h6"].contains(tree.tags[Int(only)])
    }

    /// Fills the per-node aggregates over the non-excluded nodes, children before parents.
    private mutating func computeAggregates() {
        let count = tree.count
        textLength = [Int32](repeating: 0, count: count)
        linkLength = [Int32](repeating: 0, count: count)
        commas = [Int32](repeating: 0, count: count)
        var inLink = [Bool](repeating: false, count: count)
        for index in 1..<max(count, 1) where (!tree.textNodes[index] && tree.tags[index] == "a") || inLink[Int(tree.parents[index])] {
            inLink[index] = true
        }
        for index in stride(from: count - 1, through: 1, by: -1) where !excluded[index] {
            if tree.textNodes[index] {
                let (length, commaCount) = tree.measures[index]
                textLength[index] = length
                commas[index] = commaCount
                if inLink[index] { linkLength[index] = length }
            }
            let parent = Int(tree.parents[index])
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            commas[parent] += commas[index]
        }
    }

    /// Whether attributes hide the element from readers for good. Inline `display:none` is
    /// not enough: galleries and "read more" boxes hide article text that way until a click.
    static func isHidden(_ attributes: [String: String]) -> Bool {
        if attributes["hidden"] != nil { return true }
        if attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let value = attributes["class"] {
            // An ASCII value (nearly all) is searched on its bytes, folded to lower case.
            if let folded = Self.asciiLowercased(value) {
                return Self.hiddenClassBytes.contains { EdgePrompts.contains(folded, $0) }
            }
            let classValue = value.lowercased()
            for word in hiddenClasses where classValue.contains(word) {
                return true
            }
        }
        return false
    }

    /// Class names (or parts of them) of content hidden from sighted readers.
    static let hiddenClasses = ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "hidden-print-only", "u-hidden", "is-hidden"]
    static let hiddenClassBytes = hiddenClasses.map { Array($0.utf8) }

    /// The UTF-8 bytes of `value` with A–Z folded to a–z, or `nil` when it is not all ASCII.
    static func asciiLowercased(_ value: String) -> [UInt8]? {
        var value = value
        return value.withUTF8 { bytes -> [UInt8]? in
            var folded = [UInt8](repeating: 0, count: bytes.count)
            for (index, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                folded[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return folded
        }
    }

    /// Length in characters with whitespace runs counted once, each Han, kana or Hangul
    /// character counted as three (one of them carries about as much as a short Latin-script
    /// word, as in ``ArticleVerdict/weightedLength(_:)``: the length thresholds below are in
    /// Latin-script characters), and the commas (also CJK and Arabic commas).
    static func measure(_ text: String) -> (Int32, Int32) {
        var text = text
        // On the UTF-8 bytes: a scalar starts at every byte but a continuation byte; the
        // non-ASCII space and commas are recognised by their encodings (C2 A0; EF BC 8C,
        // E3 80 81, D8 8C).
        return text.withUTF8 { bytes in
            var length: Int32 = 0
            var commas: Int32 = 0
            var inSpace = true
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight printable ASCII bytes (0x20–0x7E) at a time: each counts but a space
                // after a space (or at the start); commas are counted by their lanes.
                if index + 8 <= count, let base = bytes.baseAddress {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
                    let high: UInt64 = 0x8080_8080_8080_8080
                    if (word | (word &+ 0x0101_0101_0101_0101)) & high == 0, (word &+ 0x6060_6060_6060_6060) & high == high {
                        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                        // High bit of a lane: its byte is a space / a comma (exact per lane).
                        let spaceBits = ~((((word ^ 0x2020_2020_2020_2020) & low7) &+ low7) | (word ^ 0x2020_2020_2020_2020)) & high
                        let commaBits = ~((((word ^ 0x2C2C_2C2C_2C2C_2C2C) & low7) &+ low7) | (word ^ 0x2C2C_2C2C_2C2C_2C2C)) & high
                        let repeatedSpaces = spaceBits & ((spaceBits << 8) | (inSpace ? 0x80 : 0))
                        length += Int32(8 - Self.laneCount(repeatedSpaces))
                        commas += Int32(Self.laneCount(commaBits))
                        inSpace = spaceBits >> 63 != 0
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                index += 1
                // Most bytes: printable ASCII after the comma.
                if byte > 0x2C && byte < 0x80 {
                    length += 1
                    inSpace = false
                    continue
                }
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    if !inSpace { length += 1 }
                    inSpace = true
                case 0x2C:
                    commas += 1
                    length += 1
                    inSpace = false
                case 0x80...0xBF:
                    continue
                case 0xC2 where index < count && bytes[index] == 0xA0:
                    if !inSpace { length += 1 }
                    inSpace = true
                case 0xD8 where index < count && bytes[index] == 0x8C,
                     0xE3 where index + 1 < count && bytes[index] == 0x80 && bytes[index + 1] == 0x81,
                     0xEF where index + 1 < count && bytes[index] == 0xBC && bytes[index + 1] == 0x8C:
                    commas += 1
                    length += 1
                    inSpace = false
                case 0xE3...0xEF where index + 1 < count:
                    // Han, kana and Hangul count as three (``ArticleVerdict/weightedLength(_:)``).
                    let value = (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index] & 0x3F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                    switch value {
                    case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: length += 3
                    default: length += 1
                    }
                    inSpace = false
                default:
                    length += 1
                    inSpace = false
                }
            }
            return (length, commas)
        }
    }

    /// The number of lanes set in a mask with at most bit 7 of each byte lane set (a sum of
    /// the lanes by one multiplication: cheaper than a bit count without POPCNT, which the
    /// baseline x86-64 target lacks).
    @inline(__always)
    static func laneCount(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The share of `node`'s text that is inside links (0 for an empty node).
    func linkDensity(_ node: Int32) -> Double {
        let length = textLength[Int(node)]
        return length > 0 ? Double(linkLength[Int(node)]) / Double(length) : 0
    }

    /// Tag weights for containers.
    static func tagWeight(_ tag: String) -> Double {
        switch tag {
        case "article": return 10
        case "main", "div", "section": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    /// Elements whose own text makes them a paragraph for scoring.
    static let paragraphTags: Set<String> = ["p", "pre", "td"]
    /// Containers that count their direct text as a paragraph.
    static let containerTags: Set<String> = ["div", "section", "article", "main", "span", "font", "center", "dd"]

    /// The length of the text directly inside `node` (text children only).
    func directTextLength(_ node: Int32) -> Int32 {
        var length: Int32 = 0
        for child in tree.children[Int(node)] where tree.isText(child) || ["a", "b", "i", "em", "strong", "span", "br"].contains(tree.tags[Int(child)]) {
            length += textLength[Int(child)]
        }
        return length
    }

    /// The nodes whose blocks make the article, in document order (empty when the page has
    /// no scorable text).
    mutating func contentRoots() -> [Int32] {
        // Scores by node index; `scored` marks the nodes that have one (the candidates).
        var scores = [Double](repeating: 0, count: tree.count)
        var scored = [Bool](repeating: false, count: tree.count)
        func initialScore(_ node: Int32) -> Double {
            var score = Self.tagWeight(tree.tags[Int(node)])
            if let words = words[node] { score += ClassHints.weight(words) }
            return score
        }
        for index in 1..<max(tree.count, 1) where !excluded[index] && !tree.textNodes[index] {
            let node = Int32(index)
            let tag = tree.tags[index]
            let length: Int32
            if Self.paragraphTags.contains(tag) {
                length = textLength[index]
            } else if Self.containerTags.contains(tag) {
                length = directTextLength(node)
            } else {
                continue
            }
            guard length >= 25 else { continue }
            let score = 1 + Double(commas[index]) + min(Double(length) / 100, 3)
            var ancestor = tree.parents[index]
            var level = 0
            while ancestor > 0 && level < 5 {
                if !scored[Int(ancestor)] { scored[Int(ancestor)] = true; scores[Int(ancestor)] = initialScore(ancestor) }
                let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
                scores[Int(ancestor)] += score / divider
                ancestor = tree.parents[Int(ancestor)]
                level += 1
            }
            // A container with its own text is a candidate itself.
            if Self.containerTags.contains(tag) {
                if !scored[index] { scored[index] = true; scores[index] = initialScore(node) }
                scores[index] += score
            }
        }
        var ranked: [(node: Int32, score: Double)] = []
        for index in 0..<tree.count where scored[index] {
            let tag = tree.tags[index]
            guard tag != "html" && tag != "#document" else { continue }
            ranked.append((Int32(index), scores[index] * (1 - linkDensity(Int32(index)))))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.node < $1.node }
        guard var top = ranked.first?.node, let topScore = ranked.first?.score else { return [] }
        // An article split into several boxes: an ancestor holding three of the best five.
        let best = ranked.prefix(5).filter { $0.score >= topScore * 0.5 }.map(\.node)
        if best.count >= 3 {
            var ancestor = tree.parents[Int(top)]
            while ancestor > 0, tree.tags[Int(ancestor)] != "body" {
                if best.filter({ tree.contains(ancestor, $0) }).count >= 3 { top = ancestor; break }
                ancestor = tree.parents[Int(ancestor)]
            }
        }
        // A candidate that is its parent's only element child: take the parent.
        while true {
            let parent = tree.parents[Int(top)]
            guard parent > 0, !excluded[Int(parent)], tree.tags[Int(parent)] != "body",
                  tree.children[Int(parent)].filter({ !tree.isText($0) && !excluded[Int($0)] }).count == 1 else { break }
            top = parent
        }
        top = beyondTable(top)
        // Siblings that belong to the article.
        let parent = tree.parents[Int(top)]
        guard parent > 0 else { return withLead([top]) }
        var roots = withRepeatedContainers(siblingRoots(top: top, parent: parent, topScore: topScore, scores: scores), top: top)
        // Promoted to an ancestor of several boxes (a question and its answers, a thread's
        // posts): boxes like the best one found elsewhere belong to it too.
        if let best = ranked.first?.node, best != top, tree.contains(top, best) {
            roots = withRepeatedContainers(roots, top: best)
        }
        return withLead(roots)
    }

    /// The standfirst: when the page's headline (the last `h1` before the chosen nodes) sits
    /// outside them, up to two lead paragraphs between it and them join the article before
    /// its first node: a `p` of 100+ characters, or one in the article's header or an element
    /// marked as a standfirst (``leadWords``) of 60+, under 20% links, ending as a sentence ends, not in a figure,
    /// list or table. Templates often put the lead paragraph in the page's title box beside
    /// the headline, apart from the body; that box may be the article's `header` (excluded as
    /// furniture), whose lead paragraph is then taken out of the exclusion.
    private mutating func withLead(_ roots: [Int32]) -> [Int32] {
        guard let first = roots.first else { return roots }
        var headline: Int32?
        for index in 1..<Int(first) where tree.tags[index] == "h1" && (!excluded[index] || articleHeader(of: Int32(index)) != nil) {
            headline = Int32(index)
        }
        guard let headline else { return roots }
        let header = articleHeader(of: headline)
        var lead: [Int32] = []
        var index = Int(headline) + 1
        while index < Int(first), lead.count < 2 {
            defer { index += 1 }
            let node = Int32(index)
            let marked = words[node].map { $0.contains(where: Self.leadWords.contains) } ?? false
            guard tree.tags[index] == "p" || marked && tree.tags[index] != "h1" else { continue }
            let inHeader = excluded[index] && header.map { tree.contains($0, node) && articleHeader(of: node) == $0 } == true
            guard !excluded[index] || inHeader else { continue }
            guard !hasAncestor(node, in: ["figure", "figcaption", "li", "table", "blockquote", "a"]),
                  words[node].map(ClassHints.isCaption) != true,
                  !roots.contains(where: { tree.contains(node, $0) }) else { continue }
            let text = tree.textContent(of: node) { excluded[Int($0)] && !inHeader }
            let (length, _) = Self.measure(text)
            guard length >= (marked || inHeader ? 60 : 100) else { continue }
            var linked: Int32 = 0
            for descendant in tree.descendants(of: node) where tree.tags[Int(descendant)] == "a" {
                linked += Self.measure(tree.textContent(of: descendant)).0
            }
            guard Double(linked) < Double(length) * 0.2,
                  let last = text.last(where: { !$0.isWhitespace }), ".!?…\"”“»。！？」』".contains(last) else { continue }
            if inHeader {
                for descendant in tree.descendants(of: node) where !Self.excludedTags.contains(tree.tags[Int(descendant)]) {
                    excluded[Int(descendant)] = false
                }
            }
            lead.append(node)
        }
        return lead + roots
    }

    /// Class words of a standfirst.
    static let leadWords: Set<String> = ["standfirst", "excerpt", "dek", "deck", "lede", "lead", "intro", "summary", "subtitle", "strapline"]

    /// The `header` element that excludes `node` when it is the article's header, holding the
    /// headline: the nearest `header` ancestor, with nothing between them (and `node` itself)
    /// excluded for its own sake (tag, visibility or class words), and itself excluded only
    /// for being a `header` (its class words not asked); else `nil`.
    private func articleHeader(of node: Int32) -> Int32? {
        var current = node
        while current > 0 {
            let tag = tree.tags[Int(current)]
            if tag == "header" {
                let parent = tree.parents[Int(current)]
                // Its own class words are not asked: they mostly restate the tag ("article-header").
                guard parent > 0, !excluded[Int(parent)], !ownExclusion(current, ignoringTag: true, ignoringHints: true) else { return nil }
                return current
            }
            if ownExclusion(current, ignoringTag: false, ignoringHints: false) { return nil }
            current = tree.parents[Int(current)]
        }
        return nil
    }

    /// Whether `node` is excluded for its own tag, visibility, role or (with hints) class words.
    private func ownExclusion(_ node: Int32, ignoringTag: Bool, ignoringHints: Bool) -> Bool {
        let tag = tree.tags[Int(node)]
        if tag == HTMLTree.textTag { return false }
        if !ignoringTag, Self.excludedTags.contains(tag) { return true }
        guard let attributes = tree.attributes[node] else { return false }
        if Self.isHidden(attributes) { return true }
        if let role = attributes["role"]?.lowercased(), Self.excludedRoles.contains(role) { return true }
        let classWords = words[node] ?? []
        return useHints && !ignoringHints && !Self.protectedTags.contains(tag) && !ClassHints.isCaption(classWords)
            && (ClassHints.isNegative(classWords) || ClassHints.isControl(classWords) && isControlLike(node))
    }

    /// Whether an element with a control class word (``ClassHints/controlWords``) reads as a
    /// control: its text is short (at most 5 words and 40 characters) with no sentence
    /// punctuation, and it does not stand inside running text (no letter or digit in a text
    /// node, or in an inline element without control words, beside it or beside an inline
    /// element holding it, up to its first block-level ancestor). A link styled as a button
    /// in the middle of a sentence, or a paragraph classed "btn-primary", is article text.
    func isControlLike(_ node: Int32) -> Bool {
        let text = tree.textContent(of: node)
        if text.count > 40 || text.split(separator: " ").count > 5 { return false }
        if text.contains(where: { $0 == "." || $0 == "!" || $0 == "?" }) { return false }
        var child = node
        var current = tree.parents[Int(node)]
        while current > 0 {
            for sibling in tree.children[Int(current)] where sibling != child {
                if tree.isText(sibling) {
                    if tree.text[Int(sibling)].contains(where: { $0.isLetter || $0.isNumber }) { return false }
                } else if Self.inlineTags.contains(tree.tags[Int(sibling)]),
                          !ClassHints.isControl(tree.words[sibling] ?? []),
                          tree.textContent(of: sibling).contains(where: { $0.isLetter || $0.isNumber }) {
                    return false
                }
            }
            if !Self.inlineTags.contains(tree.tags[Int(current)]) { return true }
            child = current
            current = tree.parents[Int(current)]
        }
        return true
    }

    /// Phrasing (inline) elements that sit inside running text.
    static let inlineTags: Set<String> = [
        "a", "span", "em", "strong", "b", "i", "u", "s", "small", "mark", "abbr", "cite", "q", "sub", "sup",
        "time", "code", "font", "bdi", "bdo", "dfn", "kbd", "samp", "var", "del", "ins", "data",
    ]

    /// Whether an ancestor of `node` has one of `tags`.
    private func hasAncestor(_ node: Int32, in tags: Set<String>) -> Bool {
        var current = tree.parents[Int(node)]
        while current > 0 {
            if tags.contains(tree.tags[Int(current)]) { return true }
            current = tree.parents[Int(current)]
        }
        return false
    }

    /// Table parts that hold the choice.
    static let tableTags: Set<String> = ["table", "thead", "tbody", "tfoot", "tr", "td", "th"]

    /// When the choice is a table or a part of one (a list of names or figures whose commas
    /// outscore the article's paragraphs beside it), the nearest ancestor within three levels
    /// of the table that also holds at least two prose paragraphs outside it (`p` of 80+
    /// characters, few links) adding up to a quarter of the table's text; else `top`.
    private func beyondTable(_ top: Int32) -> Int32 {
        guard Self.tableTags.contains(tree.tags[Int(top)]) else { return top }
        var table = top
        while tree.tags[Int(table)] != "table" {
            let parent = tree.parents[Int(table)]
            guard parent > 0 else { return top }
            table = parent
        }
        let tableLength = Int(textLength[Int(table)])
        var ancestor = tree.parents[Int(table)]
        var level = 0
        while ancestor > 0, level < 3, !excluded[Int(ancestor)], tree.tags[Int(ancestor)] != "body" {
            var count = 0
            var length = 0
            for node in tree.descendants(of: ancestor) where tree.tags[Int(node)] == "p" && !excluded[Int(node)] {
                guard textLength[Int(node)] >= 80, linkDensity(node) < 0.3, !tree.contains(table, node) else { continue }
                count += 1
                length += Int(textLength[Int(node)])
            }
            if count >= 2, length * 4 >= tableLength { return ancestor }
            ancestor = tree.parents[Int(ancestor)]
            level += 1
        }
        return top
    }

    /// Other boxes with the same tag and class as the chosen one, outside it and link-poor
    /// (an article split into several "story-text" boxes around advertising), in document
    /// order with `roots`.
    private func withRepeatedContainers(_ roots: [Int32], top: Int32) -> [Int32] {
        guard let topClass = tree.attribute("class", of: top), !topClass.isEmpty else { return roots }
        let tag = tree.tags[Int(top)]
        var result = roots
        for index in 1..<tree.count where tree.tags[index] == tag && !excluded[index] {
            let node = Int32(index)
            guard tree.attribute("class", of: node) == topClass, textLength[index] >= 100, linkDensity(node) < 0.3,
                  !result.contains(where: { tree.contains($0, node) || tree.contains(node, $0) }) else { continue }
            result.append(node)
        }
        return result.sorted()
    }

    private func siblingRoots(top: Int32, parent: Int32, topScore: Double, scores: [Double]) -> [Int32] {
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.attribute("class", of: top)
        var roots: [Int32] = []
        for sibling in tree.children[Int(parent)] where !excluded[Int(sibling)] {
            if sibling == top { roots.append(sibling); continue }
            if tree.isText(sibling) { continue }
            var score = scores[Int(sibling)] * (1 - linkDensity(sibling))
            if let topClass, !topClass.isEmpty, tree.attribute("class", of: sibling) == topClass { score += topScore * 0.2 }
            if score >= threshold { roots.append(sibling); continue }
            let tag = tree.tags[Int(sibling)]
            let length = textLength[Int(sibling)]
            let density = linkDensity(sibling)
            if tag == "p" || tag == "blockquote" || tag == "ul" || tag == "ol" || tag == "figure" || tag.hasPrefix("h") && tag.count == 2 {
                if length > 80 && density < 0.25 { roots.append(sibling); continue }
                if length > 0 && length <= 80 && density == 0 && tag == "p" {
                    let text = tree.textContent(of: sibling) { excluded[Int($0)] }
                    if Self.endsLikeSentence(text) { roots.append(sibling) }
                }
            }
        }
        return roots
    }

    /// Whether `text` ends as a sentence does: with a full stop, question or exclamation
    /// mark, Latin-script or CJK (full-width), maybe inside closing quotes or brackets.
    static func endsLikeSentence(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().drop { $0.properties.isWhitespace }
        scalars = scalars.drop { closers.contains($0) }
        guard let last = scalars.first else { return false }
        return sentenceEnds.contains(last)
    }

    /// Sentence-final punctuation, Latin-script and CJK.
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "?", "!", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{FF0E}", "\u{FF61}"]
    /// Closing quotes and brackets that may follow a sentence's end.
    static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "\u{201D}", "\u{2019}", "\u{BB}", "\u{300D}", "\u{300F}", "\u{FF09}", "\u{3011}"]

    /// Elements that cleaning may drop.
    static let cleanedTags: Set<String> = ["ul", "ol", "div", "section", "table", "dl", "p", "span"]

    /// Whether `node`, inside the article, is a box to drop: a list or box that is mostly
    /// links, or a box with many links and little punctuation (Readability's "conditional
    /// cleaning", our thresholds).
    func isCleaned(_ node: Int32) -> Bool {
        let tag = tree.tags[Int(node)]
        guard Self.cleanedTags.contains(tag) else { return false }
        let length = textLength[Int(node)]
        guard length > 0 else { return false }
        let density = linkDensity(node)
        let commaCount = commas[Int(node)]
        if tag == "ul" || tag == "ol" || tag == "dl" {
            return density > 0.5
        }
        if tag == "p" || tag == "span" {
            return density > 0.8 && length < 200
        }
        if commaCount >= 10 { return false }
        let weight = words[node].map(ClassHints.weight) ?? 0
        return (weight < 25 && density > 0.33 && length < 400) || density > 0.6
    }
}
