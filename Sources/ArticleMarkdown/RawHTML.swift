import ArticleModel

/// Raw HTML inside Markdown (HTML blocks and inline tags), turned into blocks and text:
/// markup is never shown. State persists across the pieces, since cmark-gfm hands over a
/// `<figure>` or `<script>` element in several pieces when blank lines or Markdown separate
/// them.
///
/// - Text is kept, its character references decoded (``HTMLEntities``); comments,
///   declarations, processing instructions and tags are dropped.
/// - The content of `script`, `style`, `template`, `iframe`, `noscript`, `object`, `svg`,
///   `math`, `canvas`, `audio`, `video`, `head`, `title`, `textarea`, `select`, `button` and
///   `form` elements is dropped with them.
/// - In an HTML block, block elements (`p`, `div`, `h1`–`h6`, `li`, `blockquote`, `pre`,
///   `table`, `figure`, …) separate blocks: headings become headings, `li` list items,
///   `blockquote` block quotes, `pre` code, `table` a table (`td`/`th` cells joined by " | ",
///   one row a line).
/// - `img` becomes a figure captioned by its `alt` text (else `title`); inside a `figure` with
///   a `figcaption`, the caption is the figcaption's text instead.
/// - `a href` becomes a link when its target is usable (``LinkTarget``); `br` a line break.
struct RawHTML {
    private var dropping: [String] = []
    private var headingLevel: Int?
    private var preDepth = 0
    private var listDepth = 0
    private var quoteDepth = 0
    private var tableDepth = 0
    private var cells = 0
    private var figureDepth = 0
    private var figureAlt: String?
    private var caption: String?

    static let dropped: Set<String> = [
        "script", "style", "template", "iframe", "noscript", "object", "svg", "math", "canvas",
        "audio", "video", "head", "title", "textarea", "select", "button", "form",
    ]
    static let voids: Set<String> = [
        "img", "br", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
        "param", "track",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "h1", "h2", "h3",
        "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure",
        "figcaption", "table", "tr", "hr", "center", "details", "summary", "address", "body", "html",
    ]

    /// Whether text outside HTML (Markdown text between inline tags) is being dropped, inside
    /// a `script` or similar element.
    var isDropping: Bool { !dropping.isEmpty }

    /// Feeds one piece of raw HTML.
    ///
    /// - Parameters:
    ///   - html: an HTML block's or inline tag's literal text.
    ///   - inline: whether it sits inside a Markdown paragraph (block elements then do not
    ///     separate blocks).
    ///   - markdownQuote: whether the piece is inside a Markdown block quote.
    ///   - assembler: where blocks, figures and links go.
    mutating func feed(_ html: String, inline: Bool, markdownQuote: Bool, into assembler: inout BlockAssembler) {
        let text = Substring(html)
        var index = text.startIndex
        var textStart = index
        while index < text.endIndex {
            guard text[index] == "<" else {
                index = text.index(after: index)
                continue
            }
            guard let tag = Self.readTag(text, at: index) else {
                index = text.index(after: index)
                continue
            }
            if textStart < index { addText(text[textStart..<index], inline: inline, markdownQuote: markdownQuote, into: &assembler) }
            handle(tag, inline: inline, markdownQuote: markdownQuote, into: &assembler)
            index = tag.end
            textStart = index
        }
        if textStart < text.endIndex { addText(text[textStart...], inline: inline, markdownQuote: markdownQuote, into: &assembler) }
    }

    private mutating func addText(_ piece: Substring, inline: Bool, markdownQuote: Bool, into assembler: inout BlockAssembler) {
        guard dropping.isEmpty else { return }
        let decoded = HTMLEntities.decode(piece)
        if caption != nil {
            caption? += decoded
            return
        }
        if !inline {
            guard preDepth > 0 || decoded.contains(where: { !$0.isWhitespace }) else { return }
            let (kind, level) = blockKind(markdownQuote: markdownQuote)
            if assembler.openKind != kind { assembler.open(kind, level: level) }
        }
        assembler.append(decoded)
    }

    private func blockKind(markdownQuote: Bool) -> (BlockKind, Int?) {
        if preDepth > 0 { return (.code, nil) }
        if tableDepth > 0 { return (.table, nil) }
        if let headingLevel { return (.heading, headingLevel) }
        if listDepth > 0 { return (.listItem, listDepth) }
        if quoteDepth > 0 || markdownQuote { return (.blockquote, nil) }
        return (.paragraph, nil)
    }

    private mutating func handle(_ tag: HTMLTag, inline: Bool, markdownQuote: Bool, into assembler: inout BlockAssembler) {
        let name = tag.name
        if !dropping.isEmpty {
            if tag.closing, dropping.last == name { dropping.removeLast() }
            else if !tag.closing, !tag.selfClosing, Self.dropped.contains(name) { dropping.append(name) }
            return
        }
        if Self.dropped.contains(name) {
            if !tag.closing && !tag.selfClosing { dropping.append(name) }
            return
        }
        switch name {
        case "img":
            let alt = tag.attribute("alt").map { HTMLEntities.decode(Substring($0)) }
            let title = tag.attribute("title").map { HTMLEntities.decode(Substring($0)) }
            let text = [alt, title].compactMap { $0 }.first { $0.contains { !$0.isWhitespace } } ?? ""
            if figureDepth > 0 {
                if figureAlt == nil { figureAlt = text }
            } else {
                assembler.figure(text)
            }
            return
        case "br":
            if caption != nil { caption? += " " } else { assembler.lineBreak() }
            return
        case "a":
            guard caption == nil else { return }
            if tag.closing { assembler.endLink() } else { assembler.beginLink(tag.attribute("href")) }
            return
        default:
            break
        }
        let isBlock = Self.blockElements.contains(name)
        if !isBlock {
            if name == "td" || name == "th", !tag.closing, tableDepth > 0 {
                if cells > 0 { assembler.appendVerbatim(" | ") }
                cells += 1
            } else if !tag.closing {
                assembler.space()
            }
            return
        }
        if inline && tableDepth == 0 && preDepth == 0 {
            assembler.space()
            return
        }
        let opening = !tag.closing
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            headingLevel = opening ? Int(String(name.dropFirst())) : nil
        case "pre": preDepth = max(0, preDepth + (opening ? 1 : -1))
        case "ul", "ol", "dl": listDepth = max(0, listDepth + (opening ? 1 : -1))
        case "blockquote": quoteDepth = max(0, quoteDepth + (opening ? 1 : -1))
        case "table":
            tableDepth = max(0, tableDepth + (opening ? 1 : -1))
            cells = 0
            if opening, tableDepth == 1 { assembler.open(.table) }
            if !opening, tableDepth == 0 { assembler.close() }
            return
        case "tr":
            if tableDepth > 0 {
                if opening, !assembler.isEmpty { assembler.appendVerbatim("\n") }
                cells = 0
                return
            }
        case "figure":
            figureDepth = max(0, figureDepth + (opening ? 1 : -1))
            if opening {
                figureAlt = nil
            } else if let alt = figureAlt {
                assembler.close()
                assembler.figure(alt)
                figureAlt = nil
            }
        case "figcaption":
            if opening {
                caption = ""
            } else if let text = caption {
                caption = nil
                assembler.close()
                assembler.figure(text)
                if text.contains(where: { !$0.isWhitespace }) { figureAlt = nil }
            }
            return
        default:
            break
        }
        if tableDepth > 0 { assembler.space(); return }
        assembler.close()
    }

    /// Reads the tag, comment or declaration starting at `start` (a `<`), or `nil` when the
    /// `<` starts none (then it is text).
    static func readTag(_ text: Substring, at start: Substring.Index) -> HTMLTag? {
        var index = text.index(after: start)
        guard index < text.endIndex else { return nil }
        let next = text[index]
        if next == "!" || next == "?" {
            if text[index...].hasPrefix("!--") {
                var end = text.endIndex
                var probe = text.index(index, offsetBy: 3)
                while probe < text.endIndex {
                    if text[probe] == ">", text[..<probe].hasSuffix("--") {
                        end = text.index(after: probe)
                        break
                    }
                    probe = text.index(after: probe)
                }
                return HTMLTag(name: "!", closing: false, selfClosing: true, attributes: [], end: end)
            }
            let end = text[index...].firstIndex(of: ">").map { text.index(after: $0) } ?? text.endIndex
            return HTMLTag(name: "!", closing: false, selfClosing: true, attributes: [], end: end)
        }
        var closing = false
        if next == "/" {
            closing = true
            index = text.index(after: index)
        }
        guard index < text.endIndex, text[index].isASCII, text[index].isLetter else { return nil }
        var name = ""
        while index < text.endIndex, text[index].isASCII, text[index].isLetter || text[index].isNumber || text[index] == "-" {
            name.append(text[index])
            index = text.index(after: index)
        }
        var attributes: [(String, String)] = []
        var selfClosing = false
        while index < text.endIndex {
            let character = text[index]
            if character == ">" {
                index = text.index(after: index)
                return HTMLTag(name: name.lowercased(), closing: closing, selfClosing: selfClosing || voids.contains(name.lowercased()), attributes: attributes, end: index)
            }
            if character == "/" {
                selfClosing = true
                index = text.index(after: index)
                continue
            }
            if character.isWhitespace {
                index = text.index(after: index)
                continue
            }
            selfClosing = false
            var key = ""
            while index < text.endIndex, !text[index].isWhitespace, text[index] != "=", text[index] != ">", text[index] != "/" || key.isEmpty {
                key.append(text[index])
                index = text.index(after: index)
            }
            var value = ""
            var probe = index
            while probe < text.endIndex, text[probe] == " " || text[probe] == "\t" || text[probe] == "\n" { probe = text.index(after: probe) }
            if probe < text.endIndex, text[probe] == "=" {
                index = text.index(after: probe)
                while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
                if index < text.endIndex, text[index] == "\"" || text[index] == "'" {
                    let quote = text[index]
                    index = text.index(after: index)
                    let valueStart = index
                    while index < text.endIndex, text[index] != quote { index = text.index(after: index) }
                    value = String(text[valueStart..<index])
                    if index < text.endIndex { index = text.index(after: index) }
                } else {
                    while index < text.endIndex, !text[index].isWhitespace, text[index] != ">" {
                        value.append(text[index])
                        index = text.index(after: index)
                    }
                }
            }
            if !key.isEmpty { attributes.append((key.lowercased(), value)) }
        }
        // A tag without its ">": markup to the end of the piece, dropped.
        return HTMLTag(name: name.lowercased(), closing: closing, selfClosing: true, attributes: attributes, end: text.endIndex)
    }
}

/// One HTML tag as read by ``RawHTML/readTag(_:at:)``.
struct HTMLTag {
    /// The element name, lower-cased (`!` for a comment or declaration).
    var name: String
    var closing: Bool
    /// Written `<x/>`, a void element, a comment or unterminated.
    var selfClosing: Bool
    var attributes: [(String, String)]
    /// The index after the tag.
    var end: Substring.Index

    /// The value of attribute `key` (lower case), or `nil`.
    func attribute(_ key: String) -> String? {
        attributes.first { $0.0 == key }?.1
    }
}
