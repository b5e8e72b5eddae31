import ArticleModel
import ArticleParsing

/// Turns the article's nodes into blocks: headings (with levels), paragraphs, list items
/// (with nesting depth), block quotes, simple tables, captions (with credit, split by the
/// shared ``ArticleParsing/CaptionCreditSplitter`` unless the page marks the credit) and
/// links (absolute http/https only). A `<br>` ends a paragraph; whitespace collapses as
/// HTML renders it; `<pre>` keeps its lines. Block texts and credits are sanitised
/// (``ArticleParsing/TextDecoding``); link offsets count the scalars collected before that.
struct BlockEmitter {
    let extractor: ContentExtractor
    let baseURL: URLResolver?
    private(set) var blocks: [Block] = []
    private(set) var links: [Link] = []

    /// Deeper nesting than this is read as text only (pages nested thousands deep).
    static let maximumDepth = 400

    /// The current block's text as UTF-8, and its length in scalars (``bufferCount``).
    private var buffer: [UInt8] = []
    private var pendingSpace = false
    private var pendingLinks: [(start: Int, end: Int, url: String)] = []
    private var bufferCount = 0
    private var credit: String?

    init(extractor: ContentExtractor, baseURL: URLResolver?) {
        self.extractor = extractor
        self.baseURL = baseURL
    }

    private var tree: HTMLTree { extractor.tree }

    /// The kind and level text is currently collected for.
    private struct Context {
        var kind: BlockKind = .paragraph
        var level: Int?
        var listDepth = 0
        var inPre = false
    }

    /// Emits the blocks of `roots` in order.
    mutating func emit(_ roots: [Int32]) {
        for root in roots {
            walk(root, context: Context(), depth: 0)
            flush(Context())
        }
    }

    private func skipped(_ node: Int32) -> Bool {
        extractor.excluded[Int(node)] || extractor.isCleaned(node)
    }

    private mutating func walk(_ node: Int32, context: Context, depth: Int) {
        let index = Int(node)
        if tree.textNodes[index] {
            append(tree.text[index], preserveLines: context.inPre)
            return
        }
        let tag = tree.tags[index]
        if skipped(node) { return }
        if depth > Self.maximumDepth {
            append(tree.textContent(of: node) { extractor.excluded[Int($0)] }, preserveLines: false)
            return
        }
        let children = tree.children[index]
        let classWords = extractor.words[node] ?? []
        switch tag {
        case "br":
            flush(context)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush(context)
            var inner = context
            inner.kind = .heading
            inner.level = Int(String(tag.dropFirst()))
            for child in children { walk(child, context: inner, depth: depth + 1) }
            flush(inner)
        case "ul", "ol":
            flush(context)
            var inner = context
            inner.listDepth += 1
            for child in children { walk(child, context: inner, depth: depth + 1) }
            flush(context)
        case "li", "dt", "dd":
            flush(context)
            var inner = context
            if context.kind != .blockquote {
                inner.kind = .listItem
                inner.level = max(1, context.listDepth)
            }
            for child in children { walk(child, context: inner, depth: depth + 1) }
            flush(inner)
        case "blockquote":
            flush(context)
            var inner = context
            inner.kind = .blockquote
            inner.level = nil
            for child in children { walk(child, context: inner, depth: depth + 1) }
            flush(inner)
        case "pre":
            flush(context)
            var inner = context
            inner.inPre = true
            for child in children { walk(child, context: inner, depth: depth + 1) }
            flush(inner)
        case "table":
            flush(context)
            if let rows = simpleTable(node) {
                if !rows.isEmpty { blocks.append(Block(kind: .table, text: TextDecoding.sanitise(rows.joined(separator: "\n")))) }
            } else {
                for child in children { walk(child, context: context, depth: depth + 1) }
                flush(context)
            }
        case "figcaption":
            flush(context)
            var inner = context
            inner.kind = .caption
            inner.level = nil
            walkCaption(node, context: inner, depth: depth)
        case "a":
            let start = bufferCount + (pendingSpace ? 1 : 0)
            for child in children { walk(child, context: context, depth: depth + 1) }
            if let href = tree.attribute("href", of: node), let url = baseURL?.resolve(href) ?? URLResolver.absolute(href),
               bufferCount > start {
                pendingLinks.append((start, bufferCount, url))
            }
        default:
            if ClassHints.isCaption(classWords) && context.kind != .caption && Self.blockTags.contains(tag) {
                flush(context)
                var inner = context
                inner.kind = .caption
                inner.level = nil
                walkCaption(node, context: inner, depth: depth)
                return
            }
            let isBlock = Self.blockTags.contains(tag)
            if isBlock { flush(context) }
            for child in children { walk(child, context: context, depth: depth + 1) }
            if isBlock { flush(context) }
        }
    }

    /// A caption: its credit is an element marked as one ("credit", "copyright") when the
    /// page marks it, else what the shared splitter finds.
    private mutating func walkCaption(_ node: Int32, context: Context, depth: Int) {
        var creditNodes: [Int32] = []
        for descendant in tree.descendants(of: node) where descendant != node {
            if let words = extractor.words[descendant], words.contains(where: { ["credit", "credits", "copyright", "photocredit", "source"].contains($0) }) {
                creditNodes.append(descendant)
            }
        }
        var markedCredit: String?
        for creditNode in creditNodes {
            let text = tree.textContent(of: creditNode)
            if !text.isEmpty { markedCredit = text; break }
        }
        let skip = Set(creditNodes)
        for child in tree.children[Int(node)] {
            walkSkipping(child, skip: skip, context: context, depth: depth + 1)
        }
        if let markedCredit {
            credit = Self.withoutCreditLabels(markedCredit.trimmingSeparators())
        }
        flush(context)
    }

    /// Labels before a marked credit's name, not part of it. "via" says who supplied the
    /// picture: that is the credit ("Photo via Lindqvist Rowing Club").
    static let creditLabels = [
        "Photo: ", "Photograph: ", "Image: ", "Credit: ", "Photo by ", "Photograph by ", "Picture: ",
        "Photo via ", "Photograph via ", "Image via ", "Picture via ",
    ]

    /// `credit` without its leading labels, however many are stacked ("Photo: Photo via
    /// Lindqvist Rowing Club" is "Lindqvist Rowing Club").
    static func withoutCreditLabels(_ credit: String) -> String {
        var credit = Substring(credit)
        while let label = creditLabels.first(where: { credit.hasPrefix($0) }) {
            credit = credit.dropFirst(label.count)
        }
        return String(credit)
    }

    private mutating func walkSkipping(_ node: Int32, skip: Set<Int32>, context: Context, depth: Int) {
        if skip.contains(node) { return }
        if tree.isText(node) || tree.children[Int(node)].allSatisfy({ !skip.contains($0) }) && !tree.descendants(of: node).contains(where: skip.contains) {
            walk(node, context: context, depth: depth)
            return
        }
        for child in tree.children[Int(node)] { walkSkipping(child, skip: skip, context: context, depth: depth + 1) }
    }

    /// Elements that start and end a block.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "address", "figure", "hr", "dl", "center",
        "details", "summary", "fieldset", "tr", "tbody", "thead", "tfoot", "td", "th", "caption", "body", "html",
        "header", "footer", "aside", "nav", "form",
    ]

    /// The rows of a simple table ("cell | cell"), or `nil` for a layout table (a table
    /// inside, block content in a cell, or over 200 rows or 20 columns).
    private func simpleTable(_ table: Int32) -> [String]? {
        var rows: [String] = []
        for node in tree.descendants(of: table, skip: { extractor.excluded[Int($0)] }) where node != table {
            let tag = tree.tags[Int(node)]
            if tag == "table" || tag == "p" || tag == "div" && extractor.textLength[Int(node)] > 200 || tag == "ul" || tag == "h1" || tag == "h2" || tag == "blockquote" {
                return nil
            }
            guard tag == "tr" else { continue }
            var cells: [String] = []
            for cell in tree.children[Int(node)] where tree.tags[Int(cell)] == "td" || tree.tags[Int(cell)] == "th" {
                cells.append(tree.textContent(of: cell) { extractor.excluded[Int($0)] })
            }
            if cells.count > 20 { return nil }
            if cells.contains(where: { !$0.isEmpty }) { rows.append(cells.joined(separator: " | ")) }
        }
        if rows.count > 200 { return nil }
        return rows
    }

    /// Appends inline text, collapsing whitespace (or keeping line feeds in `<pre>`), on
    /// UTF-8 bytes: runs that need no rule are copied as they are. C1 controls (which
    /// character references such as `&#150;` produce) become their Windows-1252 characters,
    /// other controls and the noncharacters U+FFFE/U+FFFF are dropped.
    private mutating func append(_ text: String, preserveLines: Bool) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                // A run of bytes that need no rule (printable ASCII and the bytes of
                // scalars other than U+0080–U+00BF and U+F000–U+FFFF) is copied at once.
                // A single space between two such bytes is part of the run: collapsing
                // leaves it as it is.
                if Self.isPlain(byte) {
                    var end = index + 1
                    var continuations = 0
                    while end < count {
                        let next = bytes[end]
                        if Self.isPlain(next) {
                            if next & 0xC0 == 0x80 { continuations += 1 }
                            end += 1
                        } else if next == 0x20, end + 1 < count, Self.isPlain(bytes[end + 1]), bytes[end + 1] & 0xC0 != 0x80 {
                            end += 2
                        } else {
                            break
                        }
                    }
                    let scalars = end - index - continuations
                    if pendingSpace {
                        buffer.append(0x20)
                        bufferCount += 1
                        pendingSpace = false
                    }
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    bufferCount += scalars
                    index = end
                    continue
                }
                if byte == 0x0A && preserveLines {
                    if bufferCount > 0 {
                        buffer.append(0x0A)
                        bufferCount += 1
                    }
                    pendingSpace = false
                    index += 1
                    continue
                }
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
                    || (byte == 0xC2 && index + 1 < count && bytes[index + 1] == 0xA0) {
                    if bufferCount > 0, buffer.last != 0x0A { pendingSpace = true }
                    index += byte == 0xC2 ? 2 : 1
                    continue
                }
                if byte < 0x20 || byte == 0x7F {
                    index += 1
                    continue
                }
                var length = 1
                var replacement: Unicode.Scalar?
                if byte >= 0xC0 {
                    length = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
                    if index + length > count { length = count - index }
                    if byte == 0xC2, length == 2, (0x80...0x9F).contains(bytes[index + 1]) {
                        let mapped = HTMLText.windows1252C1[Int(bytes[index + 1] - 0x80)]
                        guard mapped != 0, let scalar = Unicode.Scalar(mapped) else { index += 2; continue }
                        replacement = scalar
                    } else if byte == 0xEF, length == 3, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                        index += 3
                        continue
                    }
                }
                if pendingSpace {
                    buffer.append(0x20)
                    bufferCount += 1
                    pendingSpace = false
                }
                if let replacement {
                    buffer.append(contentsOf: String(replacement).utf8)
                } else {
                    for offset in 0..<length { buffer.append(bytes[index + offset]) }
                }
                bufferCount += 1
                index += length
            }
        }
    }

    /// Whether `byte` is copied as it is wherever it stands in valid UTF-8: printable ASCII,
    /// continuation bytes, and lead bytes other than C2 (a no-break space or C1 control may
    /// follow) and EF (a noncharacter may follow).
    private static func isPlain(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x7E) || (byte >= 0x80 && byte != 0xC2 && byte != 0xEF)
    }

    /// Ends the current block, if it has text.
    private mutating func flush(_ context: Context) {
        defer {
            buffer.removeAll(keepingCapacity: true)
            bufferCount = 0
            pendingSpace = false
            pendingLinks = []
            credit = nil
        }
        while buffer.last == 0x0A { buffer.removeLast() }
        guard !buffer.isEmpty else { return }
        var text: String
        var kind = context.kind
        var blockCredit: String?
        // The block's text as the model holds it: sanitised (``TextDecoding``) as one String
        // when the rules change nothing (nearly always), else from the sanitised bytes;
        // `text` stays as collected, for the links' offsets and captions' credits (those are
        // sanitised after the split).
        var sanitised: String?
        if kind == .caption {
            text = String(decoding: buffer, as: UTF8.self)
        } else if let changed = buffer.withUnsafeBufferPointer({ TextDecoding.sanitisedUTF8IfChanged($0, stripByteOrderMark: true) }) {
            text = String(decoding: buffer, as: UTF8.self)
            sanitised = String(decoding: changed, as: UTF8.self)
        } else {
            text = String(decoding: buffer, as: UTF8.self)
            sanitised = text
        }
        if kind == .caption {
            if let credit, !credit.isEmpty {
                blockCredit = credit
            } else {
                let split = CaptionCreditSplitter.split(text, allowUnlabelled: true)
                if let splitCredit = split.credit, !split.text.isEmpty {
                    text = split.text
                    let credit = Self.withoutCreditLabels(splitCredit)
                    blockCredit = credit.isEmpty ? splitCredit : credit
                }
            }
            if text.unicodeScalars.count > 600 { kind = .paragraph; blockCredit = nil }
        }
        let blockIndex = blocks.count
        if !pendingLinks.isEmpty {
            let count = text.unicodeScalars.count
            for link in pendingLinks where link.start < count {
                links.append(Link(range: TextRange(block: blockIndex, start: link.start, end: min(link.end, count)), url: link.url))
            }
        }
        blocks.append(Block(
            kind: kind, text: sanitised ?? TextDecoding.sanitise(text), credit: blockCredit.map(TextDecoding.sanitise),
            level: kind == .caption || kind == .paragraph || kind == .blockquote ? nil : context.level))
    }
}
