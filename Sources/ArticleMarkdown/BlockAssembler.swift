import ArticleModel
import ArticleParsing

/// Collects an article's blocks, figures and links as the Markdown tree (and any raw HTML in
/// it) is walked: text is appended to one open block at a time, whitespace collapsed (except
/// in code), and links are recorded as ranges of the open block's text.
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
    private var text = ""
    private var scalars = 0
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
        if kind == nil { open(.paragraph) }
        if kind == .code {
            text += piece
            scalars += piece.unicodeScalars.count
            return
        }
        for scalar in piece.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                pendingSpace = scalars > 0
                continue
            }
            if pendingSpace {
                text.unicodeScalars.append(" ")
                scalars += 1
                pendingSpace = false
            }
            text.unicodeScalars.append(scalar)
            scalars += 1
        }
    }

    /// Appends a forced line break (a Markdown hard break or HTML `<br>`).
    mutating func lineBreak() {
        guard kind != nil, scalars > 0 else { return }
        pendingSpace = false
        text.unicodeScalars.append("\n")
        scalars += 1
    }

    /// Appends a separator between words (a soft break or an inline boundary).
    mutating func space() {
        if scalars > 0 { pendingSpace = true }
    }

    /// Appends `separator` as it is (table cell and row separators).
    mutating func appendVerbatim(_ separator: String) {
        if kind == nil { open(.paragraph) }
        pendingSpace = false
        text += separator
        scalars += separator.unicodeScalars.count
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

    /// Closes the open block: a block with text is added (sanitised; trailing blanks of
    /// non-code text dropped), then any figures met inside it.
    mutating func close() {
        defer {
            kind = nil
            level = nil
            text = ""
            scalars = 0
            pendingSpace = false
            openLinks.removeAll()
            finishedLinks.removeAll()
            let pending = figures
            figures.removeAll()
            for caption in pending { emitFigure(caption) }
        }
        guard let kind else { return }
        var body = text
        if kind == .code {
            while body.hasSuffix("\n") { body.removeLast() }
            guard !body.isEmpty else { return }
        } else if scalars == 0 {
            return
        }
        let sanitised = Self.needsSanitising(body) ? TextDecoding.sanitise(body) : body
        let count = sanitised.unicodeScalars.count
        let index = blocks.count
        blocks.append(Block(kind: kind, text: sanitised, level: level))
        for link in finishedLinks where link.start < count {
            links.append(Link(range: TextRange(block: index, start: link.start, end: min(link.end, count)), url: link.url))
        }
    }

    private mutating func emitFigure(_ caption: String) {
        let flat = caption.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
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

    /// Moves the blocks out, the open one closed first.
    mutating func finish() -> (blocks: [Block], links: [Link]) {
        close()
        return (blocks, links)
    }
}
