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

    /// Whether no element is open: the state a walk starts in, so that a walk of the next part
    /// of a document may start afresh (``MarkdownParts``).
    var isNeutral: Bool {
        dropping.isEmpty && headingLevel == nil && preDepth == 0 && listDepth == 0 && quoteDepth == 0
            && tableDepth == 0 && cells == 0 && figureDepth == 0 && figureAlt == nil && caption == nil
    }

    /// Feeds one piece of raw HTML. Tags are found on the bytes; the text between them
    /// becomes a `String` once per run.
    ///
    /// - Parameters:
    ///   - html: an HTML block's or inline tag's literal text, valid UTF-8.
    ///   - inline: whether it sits inside a Markdown paragraph (block elements then do not
    ///     separate blocks).
    ///   - markdownQuote: whether the piece is inside a Markdown block quote.
    ///   - assembler: where blocks, figures and links go.
    mutating func feed(utf8 html: UnsafeBufferPointer<UInt8>, inline: Bool, markdownQuote: Bool, into assembler: inout BlockAssembler) {
        var index = 0
        var textStart = 0
        let count = html.count
        while index < count {
            guard html[index] == 0x3C else {  // <
                index += 1
                continue
            }
            guard let tag = Self.readTag(html, at: index) else {
                index += 1
                continue
            }
            if textStart < index {
                addText(UnsafeBufferPointer(rebasing: html[textStart..<index]), inline: inline, markdownQuote: markdownQuote, into: &assembler)
            }
            handle(tag, inline: inline, markdownQuote: markdownQuote, into: &assembler)
            index = tag.end
            textStart = index
        }
        if textStart < count {
            addText(UnsafeBufferPointer(rebasing: html[textStart...]), inline: inline, markdownQuote: markdownQuote, into: &assembler)
        }
    }

    private mutating func addText(_ piece: UnsafeBufferPointer<UInt8>, inline: Bool, markdownQuote: Bool, into assembler: inout BlockAssembler) {
        guard dropping.isEmpty else { return }
        let decoded = HTMLEntities.decode(utf8: piece)
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

    /// Reads the tag, comment or declaration starting at `start` (a `<`) of valid UTF-8, or
    /// `nil` when the `<` starts none (then it is text).
    static func readTag(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> HTMLTag? {
        let count = text.count
        var index = start + 1
        guard index < count else { return nil }
        let next = text[index]
        if next == 0x21 || next == 0x3F {  // ! ?
            if next == 0x21, index + 2 < count, text[index + 1] == 0x2D, text[index + 2] == 0x2D {  // <!--
                // The comment ends at the first "-->", its opening dashes counting ("<!-->").
                var end = count
                var probe = index + 3
                while probe < count {
                    if text[probe] == 0x3E, text[probe - 1] == 0x2D, text[probe - 2] == 0x2D {
                        end = probe + 1
                        break
                    }
                    probe += 1
                }
                return HTMLTag(name: "!", closing: false, selfClosing: true, attributes: [], end: end)
            }
            var end = index
            while end < count, text[end] != 0x3E { end += 1 }
            return HTMLTag(name: "!", closing: false, selfClosing: true, attributes: [], end: min(end + 1, count))
        }
        var closing = false
        if next == 0x2F {  // /
            closing = true
            index += 1
        }
        guard index < count, isASCIILetter(text[index]) else { return nil }
        let nameStart = index
        while index < count, isASCIILetter(text[index]) || (text[index] >= 0x30 && text[index] <= 0x39) || text[index] == 0x2D {
            index += 1
        }
        let name = lowercased(UnsafeBufferPointer(rebasing: text[nameStart..<index]))
        var attributes: [(String, String)] = []
        var selfClosing = false
        while index < count {
            let byte = text[index]
            if byte == 0x3E {  // >
                index += 1
                return HTMLTag(name: name, closing: closing, selfClosing: selfClosing || voids.contains(name), attributes: attributes, end: index)
            }
            if byte == 0x2F {  // /
                selfClosing = true
                index += 1
                continue
            }
            let blank = whitespaceLength(text, at: index)
            if blank > 0 {
                index += blank
                continue
            }
            selfClosing = false
            let keyStart = index
            while index < count, whitespaceLength(text, at: index) == 0, text[index] != 0x3D, text[index] != 0x3E,
                  text[index] != 0x2F || index == keyStart {
                index += 1
            }
            let keyEnd = index
            var value = ""
            var probe = index
            while probe < count, text[probe] == 0x20 || text[probe] == 0x09 || text[probe] == 0x0A { probe += 1 }
            if probe < count, text[probe] == 0x3D {  // =
                index = probe + 1
                while index < count {
                    let blank = whitespaceLength(text, at: index)
                    guard blank > 0 else { break }
                    index += blank
                }
                if index < count, text[index] == 0x22 || text[index] == 0x27 {  // " '
                    let quote = text[index]
                    index += 1
                    let valueStart = index
                    while index < count, text[index] != quote { index += 1 }
                    value = String(decoding: UnsafeBufferPointer(rebasing: text[valueStart..<index]), as: UTF8.self)
                    if index < count { index += 1 }
                } else {
                    let valueStart = index
                    while index < count, whitespaceLength(text, at: index) == 0, text[index] != 0x3E { index += 1 }
                    value = String(decoding: UnsafeBufferPointer(rebasing: text[valueStart..<index]), as: UTF8.self)
                }
            }
            if keyEnd > keyStart {
                attributes.append((String(decoding: UnsafeBufferPointer(rebasing: text[keyStart..<keyEnd]), as: UTF8.self).lowercased(), value))
            }
        }
        // A tag without its ">": markup to the end of the piece, dropped.
        return HTMLTag(name: name, closing: closing, selfClosing: true, attributes: attributes, end: count)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// ASCII bytes in lower case, as a `String`.
    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return bytes.count
        }
    }

    /// The length in bytes of the white-space character (Unicode's White_Space property, as
    /// `Character.isWhitespace`: ASCII blanks, no-break and other spaces, line and paragraph
    /// separators) at `index`, or 0 when there is none.
    private static func whitespaceLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = text[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        guard byte >= 0xC2 else { return 0 }
        let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        guard index + length <= text.count else { return 0 }
        var scalar = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { scalar = scalar << 6 | UInt32(text[index + offset] & 0x3F) }
        guard let value = Unicode.Scalar(scalar), value.properties.isWhitespace else { return 0 }
        return length
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
    /// The byte offset after the tag.
    var end: Int

    /// The value of attribute `key` (lower case), or `nil`.
    func attribute(_ key: String) -> String? {
        attributes.first { $0.0 == key }?.1
    }
}
