import ArticleModel
import ArticleParsing

/// Collects an article's blocks, figures and links as the Markdown tree (and any raw HTML in
/// it) is walked: text is appended to one open block at a time, whitespace collapsed (except
/// in code), and links are recorded as ranges of the open block's text.
///
/// The open block's text is kept as UTF-8 bytes: runs between blanks are copied whole, its
/// Unicode scalars counted from the bytes (every byte that is not a continuation byte), and
/// whether it holds a control character noted as the bytes go by, so that a block is
/// sanitised only when it needs to be and becomes a `String` once, when it is closed.
///
/// Images met inside a block are kept until that block is closed and then follow it as
/// caption blocks (a figure between paragraphs stays where it was; one inside a sentence
/// follows that paragraph).
struct BlockAssembler {
    private(set) var blocks: [Block] = []
    private(set) var links: [Link] = []
    /// Base address for root-relative links (the post's own URL), if any.
    var base: String?

    private var kind: BlockKind?
    private var level: Int?
    /// The open block's text in UTF-8.
    private var text: [UInt8] = []
    /// Unicode scalars in ``text``.
    private var scalars = 0
    /// Whether ``text`` may hold a control character other than tab and line feed (C0, DEL,
    /// C1): then it is sanitised when the block closes.
    private var hasControls = false
    private var pendingSpace = false
    private var openLinks: [(start: Int, url: String?)] = []
    private var finishedLinks: [(start: Int, end: Int, url: String)] = []
    private var figures: [String] = []

    /// Whether a block is open.
    var isOpen: Bool { kind != nil }

    /// The open block's kind.
    var openKind: BlockKind? { kind }

    /// Whether the open block has any text yet.
    var isEmpty: Bool { scalars == 0 }

    /// Opens a block of `kind` (closing the open one first).
    mutating func open(_ kind: BlockKind, level: Int? = nil) {
        close()
        self.kind = kind
        self.level = level
    }

    /// Opens a block of `kind` unless one is open already.
    mutating func ensureOpen(_ kind: BlockKind, level: Int? = nil) {
        if self.kind == nil { open(kind, level: level) }
    }

    /// Appends text: blanks collapse to one space and leading blanks are dropped, except in
    /// a code block, where the text is kept as it is.
    mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { append(utf8: $0) }
    }

    /// Appends text given as valid UTF-8 bytes (a cmark node's literal), as ``append(_:)``
    /// does: blanks (space, tab, line feed, carriage return, form feed) collapse to one space
    /// and leading blanks are dropped, except in a code block.
    mutating func append(utf8 piece: UnsafeBufferPointer<UInt8>) {
        if kind == nil { open(.paragraph) }
        let count = piece.count
        guard count > 0 else { return }
        if kind == .code {
            text.append(contentsOf: piece)
            var index = 0
            while index < count {
                let byte = piece[index]
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if Self.isControl(piece, at: index) { hasControls = true }
                index += 1
            }
            return
        }
        // Text already in its collapsed form (words with one space between them) is copied
        // in segments as long as possible: a segment ends only at blanks that collapse.
        var index = 0
        var segmentStart = 0
        var segmentScalars = 0
        var segmentControls = false
        func flush(upTo end: Int) {
            guard end > segmentStart else { return }
            if pendingSpace {
                text.append(0x20)
                scalars += 1
                pendingSpace = false
            }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: piece[segmentStart..<end]))
            scalars += segmentScalars
            if segmentControls { hasControls = true }
            segmentScalars = 0
            segmentControls = false
        }
        while index < count {
            let byte = piece[index]
            if byte > 0x20 && byte < 0x7F {
                segmentScalars += 1
                index += 1
                continue
            }
            if byte == 0x20, index > segmentStart, index + 1 < count, !Self.isBlank(piece[index + 1]) {
                // One space between two words: already as it would be collapsed.
                segmentScalars += 1
                index += 1
                continue
            }
            if Self.isBlank(byte) {
                flush(upTo: index)
                while index < count, Self.isBlank(piece[index]) { index += 1 }
                pendingSpace = scalars > 0
                segmentStart = index
                continue
            }
            if byte & 0xC0 != 0x80 { segmentScalars += 1 }
            if Self.isControl(piece, at: index) { segmentControls = true }
            index += 1
        }
        flush(upTo: count)
    }

    /// Space, tab, line feed, carriage return or form feed: the blanks that collapse.
    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Whether the scalar starting at `index` of valid UTF-8 is a control character other
    /// than tab and line feed: C0, DEL (U+007F) or C1 (U+0080–U+009F, bytes C2 80–C2 9F).
    @inline(__always)
    private static func isControl(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x20 { return byte != 0x09 && byte != 0x0A }
        if byte == 0x7F { return true }
        if byte == 0xC2, index + 1 < bytes.count { return bytes[index + 1] < 0xA0 }
        return false
    }

    /// Appends a forced line break (a Markdown hard break or HTML `<br>`).
    mutating func lineBreak() {
        guard kind != nil, scalars > 0 else { return }
        pendingSpace = false
        text.append(0x0A)
        scalars += 1
    }

    /// Appends a separator between words (a soft break or an inline boundary).
    mutating func space() {
        if scalars > 0 { pendingSpace = true }
    }

    /// Appends `separator` (ASCII without controls) as it is: table cell and row separators.
    mutating func appendVerbatim(_ separator: StaticString) {
        if kind == nil { open(.paragraph) }
        pendingSpace = false
        separator.withUTF8Buffer { text.append(contentsOf: $0) }
        scalars += separator.utf8CodeUnitCount
    }

    /// Starts a link to `url` at the current position (a `nil` or unusable URL still nests).
    mutating func beginLink(_ url: String?) {
        if kind == nil { open(.paragraph) }
        openLinks.append((scalars + (pendingSpace ? 1 : 0), url.flatMap { LinkTarget.resolve($0, base: base) }))
    }

    /// Ends the innermost open link.
    mutating func endLink() {
        guard let link = openLinks.popLast(), let url = link.url, scalars > link.start else { return }
        finishedLinks.append((link.start, scalars, url))
    }

    /// Adds a figure with `caption` (alt text or title); it follows the open block.
    mutating func figure(_ caption: String) {
        let trimmed = caption.trimmingBlanks()
        guard !trimmed.isEmpty else { return }
        if kind == nil {
            emitFigure(trimmed)
        } else {
            figures.append(trimmed)
        }
    }

    /// Closes the open block: a block with text is added (sanitised when it holds a control
    /// character; trailing line feeds of code dropped), then any figures met inside it.
    mutating func close() {
        defer {
            kind = nil
            level = nil
            text.removeAll(keepingCapacity: true)
            scalars = 0
            hasControls = false
            pendingSpace = false
            openLinks.removeAll(keepingCapacity: true)
            finishedLinks.removeAll(keepingCapacity: true)
            if !figures.isEmpty {
                let pending = figures
                figures.removeAll()
                for caption in pending { emitFigure(caption) }
            }
        }
        guard let kind else { return }
        var end = text.count
        var count = scalars
        if kind == .code {
            // As `String.hasSuffix("\n")` did: a CR LF pair is one character, not a line feed.
            while end > 0, text[end - 1] == 0x0A, !(end > 1 && text[end - 2] == 0x0D) { end -= 1 }
            guard end > 0 else { return }
            count -= text.count - end
        } else if scalars == 0 {
            return
        }
        var body = text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<end]), as: UTF8.self) }
        if hasControls {
            body = TextDecoding.sanitise(body)
            count = body.unicodeScalars.count
        }
        let index = blocks.count
        blocks.append(Block(kind: kind, text: body, level: level))
        for link in finishedLinks where link.start < count {
            links.append(Link(range: TextRange(block: index, start: link.start, end: min(link.end, count)), url: link.url))
        }
    }

    private mutating func emitFigure(_ caption: String) {
        let flat = caption.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 })
            ? caption.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ") : caption
        let sanitised = Self.needsSanitising(flat) ? TextDecoding.sanitise(flat) : flat
        let split = CaptionCreditSplitter.split(sanitised, allowUnlabelled: true)
        let text = split.text.trimmingBlanks()
        guard !text.isEmpty else { return }
        blocks.append(Block(kind: .caption, text: text, credit: split.credit))
    }

    /// Whether `text` holds a control character other than tab and line feed (one that an
    /// entity reference such as `&#27;` produced).
    private static func needsSanitising(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x09 && value != 0x0A) || (value >= 0x7F && value <= 0x9F)
        }
    }

    /// Appends blocks and links made apart (a later part of the document, ``MarkdownParts``):
    /// the open block is closed first, and the links' block numbers move past the blocks
    /// already here.
    mutating func append(blocks more: [Block], links moreLinks: [Link]) {
        close()
        let offset = blocks.count
        blocks.append(contentsOf: more)
        links.reserveCapacity(links.count + moreLinks.count)
        for var link in moreLinks {
            link.range.block += offset
            links.append(link)
        }
    }

    /// Moves the blocks out, the open one closed first.
    mutating func finish() -> (blocks: [Block], links: [Link]) {
        close()
        return (blocks, links)
    }
}
