import ArticleModel
import Foundation
import ArticleParsing

/// One page's reading: extraction, headline, metadata and clean-up (rules on
/// ``HTMLArticleParser``).
struct PageReader {
    let tree: HTMLTree
    let source: String?
    let url: String?

    /// The JSON-LD body replaces the extraction when it is this many times longer.
    static let articleBodyAdvantage = 1.6
    /// With hints, extractions shorter than this (characters) are retried without them.
    static let retryLength = 250

    func article() -> Article { read().article }

    /// The article and whether the page declares itself one (``PageMetadata/declaresArticle``,
    /// for ``ArticleVerdict``).
    func read() -> (article: Article, declaresArticle: Bool) {
        let metadata = PageMetadata(tree)
        let base = url.flatMap(URLResolver.init) ?? metadata.canonicalURL.flatMap(URLResolver.init)
        var (blocks, links) = extract(useHints: true, base: base)
        if textLength(blocks, upTo: Self.retryLength) < Self.retryLength {
            let retry = extract(useHints: false, base: base)
            if textLength(retry.0) > textLength(blocks) * 2 { (blocks, links) = retry }
        }
        if let body = metadata.articleBody {
            let paragraphs = body.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
                .map { HTMLText.collapsingWhitespace(PageMetadata.unescapeEntities(String($0))) }.filter { !$0.isEmpty }
            let bodyLength = paragraphs.reduce(0) { $0 + $1.count }
            // Counted no further than the body's length: past it, the body cannot win.
            if Double(bodyLength) > Double(textLength(blocks, upTo: bodyLength + 1)) * Self.articleBodyAdvantage && bodyLength >= 200 {
                blocks = paragraphs.map { Block(kind: .paragraph, text: sanitise($0)) }
                links = []
            }
        }
        let h1s = tree.all("h1").map { tree.textContent(of: $0) }
        let headline = HeadlineChooser.choose(h1s: h1s, metadata: metadata, siteKeys: { siteKeys(metadata) }).map(sanitise)
        var byline: String?
        var dateText: String?
        var removed = Set<Int>()
        // Headline repeats and byline/date lines near the start.
        let headlineKey = headline.map(HeadlineChooser.key)
        for index in blocks.indices.prefix(6) {
            let text = blocks[index].text
            if let headlineKey, blocks[index].kind != .caption, HeadlineChooser.mayHaveKey(text, headlineKey),
               HeadlineChooser.key(text) == headlineKey {
                removed.insert(index)
                continue
            }
            guard blocks[index].kind == .paragraph || blocks[index].kind == .heading, text.count <= 150 else { continue }
            if let match = BylineRecognizer.match(text) {
                if byline == nil { byline = match.names }
                if dateText == nil { dateText = match.date }
                removed.insert(index)
            } else if let names = Self.namesAfterBylineWord(text) {
                // "Von Lena Brandt", "Par Lucie Marchand": a byline in another language.
                if byline == nil { byline = names }
                removed.insert(index)
            } else if Self.isBylineRemnant(text) {
                // "By", "Por | 12 de marzo": a byline whose names were in an author link
                // excluded as furniture (read from it by ``visibleByline()``).
                removed.insert(index)
            } else if DateLineRecognizer.isDateLine(text) {
                if dateText == nil { dateText = text }
                removed.insert(index)
            }
        }
        let bodyIndices = blocks.indices.filter { !removed.contains($0) && blocks[$0].kind != .caption }
        for (position, index) in bodyIndices.enumerated()
            where EdgePrompts.isPrompt(blocks[index].text, index: position, count: bodyIndices.count) {
            removed.insert(index)
        }
        for index in blocks.indices where !removed.contains(index) {
            let block = blocks[index]
            if block.kind == .paragraph || block.kind == .listItem || block.kind == .heading,
               Self.hasAtMost(300, block.text), BoilerplateLexicon.isBoilerplate(block.text) {
                removed.insert(index)
            }
        }
        // A caption repeating the paragraph beside it (a player's caption that is the story's
        // lead, shown again as its first paragraph) is shown once, as the paragraph; its
        // credit stays, as a caption with no text of its own (its links go with the text).
        var emptied: Set<Int> = []
        for index in blocks.indices where !removed.contains(index) && blocks[index].kind == .caption {
            let previous = blocks.indices[..<index].last { !removed.contains($0) && blocks[$0].kind != .caption }
            let next = blocks.indices[(index + 1)...].first { !removed.contains($0) && blocks[$0].kind != .caption }
            if [previous, next].contains(where: { $0.map { blocks[$0].kind == .paragraph && blocks[$0].text == blocks[index].text } == true }) {
                if let credit = blocks[index].credit, !credit.isEmpty {
                    blocks[index] = Block(kind: .caption, text: "", credit: credit)
                    emptied.insert(index)
                } else {
                    removed.insert(index)
                }
            }
        }
        if !emptied.isEmpty { links.removeAll { emptied.contains($0.range.block) } }
        (blocks, links) = Self.removing(removed, from: blocks, links: links)
        var authors = metadata.authors
        if authors.isEmpty, let byline { authors = PageMetadata.splitNames(byline) }
        if authors.isEmpty, let pageByline = visibleByline() {
            authors = PageMetadata.splitNames(pageByline)
            byline = pageByline
        }
        let published = metadata.published.flatMap(PublicationDate.iso8601)
        if dateText == nil { dateText = visibleDate() }
        if dateText == nil, let published { dateText = PublicationDate.readable(published) }
        if dateText == nil, let first = blocks.first(where: { $0.kind == .paragraph }) {
            dateText = PlaceDatelineRecognizer.dateline(in: first.text)
        }
        if byline == nil, !authors.isEmpty { byline = Self.join(authors) }
        if let headline {
            blocks.insert(Block(kind: .headline, text: headline), at: 0)
            links = links.map { Link(range: TextRange(block: $0.range.block + 1, start: $0.range.start, end: $0.range.end), url: $0.url) }
        }
        let articleURL = (url.flatMap(URLResolver.init) ?? metadata.canonicalURL.flatMap(URLResolver.init))?.base.absoluteString
        let articleMetadata = ArticleMetadata(
            headline: headline, byline: byline.map(sanitise), date: dateText.map(sanitise), source: source,
            format: .html, authors: authors.map(sanitise), published: published, url: articleURL,
            siteName: metadata.siteName.map(sanitise))
        return (Article(metadata: articleMetadata, blocks: blocks, links: links), metadata.declaresArticle)
    }

    /// The ``HeadlineChooser/key(_:)``s of the names the page gives its site: `og:site_name`
    /// (or JSON-LD publisher), the host of its address without "www." and the top-level
    /// domain ("kellsmouth-gazette" of www.kellsmouth-gazette.example), and the text (up to 60
    /// characters) of links to the site's home page and of elements whose class or id says
    /// logo, brand or masthead.
    private func siteKeys(_ metadata: PageMetadata) -> Set<String> {
        var keys: Set<String> = []
        if let siteName = metadata.siteName { keys.insert(HeadlineChooser.key(siteName)) }
        let address = url.flatMap(URL.init(string:)) ?? metadata.canonicalURL.flatMap(URL.init(string:))
        var homes: Set<String> = ["/"]
        if let host = address?.host?.lowercased() {
            var labels = host.split(separator: ".").map(String.init)
            if labels.first == "www" { labels.removeFirst() }
            if labels.count >= 2 { labels.removeLast() }
            if labels.count >= 2, ["co", "com", "org", "net", "ac", "gov", "ne", "or"].contains(labels[labels.count - 1]) { labels.removeLast() }
            if let name = labels.last { keys.insert(HeadlineChooser.key(name)) }
            if let scheme = address?.scheme { homes.formUnion(["\(scheme)://\(host)", "\(scheme)://\(host)/"]) }
        }
        for index in 1..<max(tree.count, 1) where !tree.textNodes[index] {
            let node = Int32(index)
            let isHome = tree.tags[index] == "a" && tree.attribute("href", of: node).map { homes.contains($0) } == true
            let isLogo = tree.words[node]?.contains { $0 == "logo" || $0 == "brand" || $0 == "masthead" } == true
            guard isHome || isLogo, tree.textBytes[index] <= 240 else { continue }
            let text = tree.textContent(of: node)
            if !text.isEmpty, text.count <= 60 { keys.insert(HeadlineChooser.key(text)) }
        }
        keys.remove("")
        return keys
    }

    /// Blocks and links of one extraction run.
    private func extract(useHints: Bool, base: URLResolver?) -> ([Block], [Link]) {
        var extractor = ContentExtractor(tree: tree, useHints: useHints)
        let roots = extractor.contentRoots()
        var emitter = BlockEmitter(extractor: extractor, baseURL: base)
        emitter.emit(roots)
        // The emitter's blocks are sanitised (``ArticleParsing/TextDecoding``).
        return (emitter.blocks, emitter.links)
    }

    /// A byline the page shows: the first short element, outside comments, navigation and
    /// footers, whose text the shared byline rule accepts ("By Ana Ruiz"), or, in an element
    /// marked "byline" or "author", a run of names.
    private func visibleByline() -> String? {
        var names: String?
        for index in 1..<max(tree.count, 1) where !tree.isText(Int32(index)) {
            let node = Int32(index)
            let words = tree.words[node] ?? []
            let marked = words.contains { $0 == "byline" || $0 == "author" || $0 == "authors" }
            guard marked || ["p", "div", "span", "address"].contains(tree.tags[index]) else { continue }
            guard tree.textBytes[index] <= 600 else { continue }
            // Unmarked elements must start with "By" (or hold the word alone in their first
            // text, the names in an element after it): checked on their first text, cheaply.
            if !marked {
                guard let first = firstText(under: node),
                      first.count >= 3 && Self.opensLikeByline(first) || Self.isBylineWord(first) else { continue }
            }
            guard !isInFurniture(node) else { continue }
            let text = tree.textContent(of: node)
            guard !text.isEmpty, text.count <= 120 else { continue }
            // "By" alone in its own element ("<span class=author-by>By</span> <a>Name</a>"):
            // the names are in the element holding both.
            if Self.isBylineWord(text[...]) {
                if let names = namesAfterBylineWord(around: node) { return names }
                continue
            }
            if let match = BylineRecognizer.match(text) { return match.names }
            if let names = Self.namesAfterBylineWord(text) { return names }
            if marked, names == nil, BylineRecognizer.isNames(text) { names = text }
        }
        return names
    }

    /// The word that opens a byline, in the languages of the news sites we meet ("By",
    /// German "Von", French "Par", Spanish and Portuguese "Por", Italian "Di", Dutch
    /// "Door", Swedish and Norwegian "Av", Danish "Af", Polish "Przez"), lower-case.
    static let bylineWords: Set<String> = ["by", "von", "par", "por", "di", "door", "av", "af", "przez"]

    /// Whether `text` is only a byline word (``bylineWords``), maybe with a colon.
    static func isBylineWord(_ text: Substring) -> Bool {
        var word = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if word.hasSuffix(":") { word.removeLast() }
        guard word.count >= 2, word.count <= 5, let first = word.first, first.isUppercase else { return false }
        return bylineWords.contains(word.lowercased())
    }

    /// The names after a byline word that opens `text` ("Von Lena Brandt" → "Lena Brandt"),
    /// when the shared byline rule accepts them after "By" (names, maybe a date after " | ":
    /// ``ArticleParsing/BylineRecognizer/match(_:)``) or they are names followed by " | " and
    /// anything ("Por Inés Varela | 12 de marzo"), else `nil`. A trailing separator ("-",
    /// "–", "—", "|", "·", ",", ":") and words starting with "@" (a social handle) are dropped.
    static func namesAfterBylineWord(_ text: String) -> String? {
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\u{A0}" }),
              isBylineWord(text[..<space]) else { return nil }
        // A separator the template puts after the names ("Von Patrick Vale -") and a social
        // handle beside them ("Ana Ruiz @anaruiz") are not part of them.
        var rest = text[space...].trimmingCharacters(in: .whitespacesAndNewlines)
        rest = rest.split(separator: " ").filter { !$0.hasPrefix("@") }.joined(separator: " ")
        while let last = rest.last, "-\u{2013}\u{2014}|\u{B7},:".contains(last) || last.isWhitespace { rest.removeLast() }
        guard !rest.isEmpty, !isBylineWord(rest[...]) else { return nil }
        if let match = BylineRecognizer.match("By " + rest) { return match.names }
        // Names, then after " | " what the English rule does not read (a date in another language).
        guard let bar = rest.range(of: " | ") else { return nil }
        let names = String(rest[..<bar.lowerBound])
        return BylineRecognizer.isNames(names) ? names : nil
    }

    /// Whether `text` is what is left of a byline without its names: a byline word
    /// (``bylineWords``) alone, or followed after "|", "·", "-" or "," by at most 40
    /// characters holding a digit (a date or time).
    static func isBylineRemnant(_ text: String) -> Bool {
        let word = text.prefix { !$0.isWhitespace && $0 != "|" }
        guard isBylineWord(word) else { return false }
        let rest = text.dropFirst(word.count).drop { $0.isWhitespace || "|·-–,".contains($0) }
        return rest.isEmpty || rest.count <= 40 && rest.contains(where: \.isNumber)
    }

    /// The names that follow a byline word standing alone in element `node`: the text of
    /// the nearest of its two closest ancestors holding more than it (at most 120
    /// characters), after the word.
    private func namesAfterBylineWord(around node: Int32) -> String? {
        var current = tree.parents[Int(node)]
        var level = 0
        while current > 0, level < 2 {
            let text = tree.textContent(of: current)
            guard text.count <= 120 else { return nil }
            if let names = Self.namesAfterBylineWord(text) { return names }
            if text != tree.textContent(of: node) { return nil }
            current = tree.parents[Int(current)]
            level += 1
        }
        return nil
    }

    /// A date the page shows near its byline: a `<time>` element's text, or a short element
    /// marked "date", "time", "published" or "posted" that the shared date-line rule accepts.
    private func visibleDate() -> String? {
        for index in 1..<max(tree.count, 1) where !tree.isText(Int32(index)) {
            let node = Int32(index)
            let words = tree.words[node] ?? []
            guard tree.tags[index] == "time" || words.contains(where: Self.dateWords.contains) else { continue }
            guard tree.textBytes[index] <= 300, !isInFurniture(node) else { continue }
            var text = tree.textContent(of: node)
            for prefix in ["Posted on ", "Published ", "Published on ", "Updated "] where text.hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count))
            }
            if let byRange = text.range(of: " by ") { text = String(text[..<byRange.lowerBound]) }
            if !text.isEmpty, text.count <= 60, DateLineRecognizer.isDateLine(text) { return text }
        }
        return nil
    }

    /// Class and id words of an element holding a date (``visibleDate()``).
    static let dateWords: Set<String> = ["date", "time", "published", "posted", "pubdate", "timestamp"]

    /// How the first text of an unmarked byline opens (``visibleByline()``), in lower case.
    static let bylineOpenings = ["by ", "written", "reported", "words by", "story by", "text by"]

    /// Whether `text`, lower-cased, starts with one of ``bylineOpenings``. Lower-cased once,
    /// and only when its first byte is not an ASCII character that opens none of them (an
    /// ASCII character lower-cases to one ASCII character).
    static func opensLikeByline(_ text: Substring) -> Bool {
        if let first = text.utf8.first, first < 0x80 {
            let folded = first >= 0x41 && first <= 0x5A ? first + 0x20 : first
            guard folded == 0x62 || folded == 0x77 || folded == 0x72 || folded == 0x73 || folded == 0x74 else { return false }
        }
        let lowered = text.lowercased()
        return bylineOpenings.contains { lowered.hasPrefix($0) }
    }

    /// The first non-blank text under `node`, trimmed at its start (up to 40 characters).
    private func firstText(under node: Int32) -> Substring? {
        var current = node
        while true {
            if tree.isText(current) {
                let text = tree.text[Int(current)].drop(while: { $0.isWhitespace })
                if !text.isEmpty { return text.prefix(40) }
            }
            let children = tree.children[Int(current)]
            guard let next = children.first(where: { tree.textBytes[Int($0)] > 0 && !tree.text[Int($0)].allSatisfy(\.isWhitespace) || !tree.isText($0) && tree.textBytes[Int($0)] > 0 }) else { return nil }
            current = next
        }
    }

    /// Whether `node` lies in comments, navigation, a footer or an aside.
    private func isInFurniture(_ node: Int32) -> Bool {
        var current = node
        while current > 0 {
            let tag = tree.tags[Int(current)]
            if tag == "nav" || tag == "footer" || tag == "aside" || tag == "script" || tag == "style" { return true }
            if let words = tree.words[current], ClassHints.isCommentLike(words) {
                return true
            }
            current = tree.parents[Int(current)]
        }
        return false
    }

    private func textLength(_ blocks: [Block]) -> Int {
        blocks.reduce(0) { $0 + $1.text.count }
    }

    /// The blocks' length in characters, counted no further than `limit` (so `limit` when
    /// they hold that many or more).
    private func textLength(_ blocks: [Block], upTo limit: Int) -> Int {
        var length = 0
        for block in blocks {
            for _ in block.text {
                length += 1
                if length >= limit { return limit }
            }
        }
        return length
    }

    /// Whether `text` has at most `limit` characters (counting no further than needed).
    static func hasAtMost(_ limit: Int, _ text: String) -> Bool {
        text.utf8.count <= limit || text.dropFirst(limit).isEmpty
    }

    private func sanitise(_ text: String) -> String { TextDecoding.sanitise(text) }

    /// "A", "A and B", "A, B and C".
    static func join(_ names: [String]) -> String {
        if names.count <= 2 { return names.joined(separator: " and ") }
        return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }

    /// Removes blocks by index and renumbers the links.
    static func removing(_ removed: Set<Int>, from blocks: [Block], links: [Link]) -> ([Block], [Link]) {
        guard !removed.isEmpty else { return (blocks, links) }
        var newIndex = [Int](repeating: -1, count: blocks.count)
        var kept: [Block] = []
        for (index, block) in blocks.enumerated() where !removed.contains(index) {
            newIndex[index] = kept.count
            kept.append(block)
        }
        let keptLinks = links.compactMap { link -> Link? in
            let target = newIndex[link.range.block]
            guard target >= 0 else { return nil }
            return Link(range: TextRange(block: target, start: link.range.start, end: link.range.end), url: link.url)
        }
        return (kept, keptLinks)
    }
}
