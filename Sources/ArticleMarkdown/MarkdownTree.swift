import ArticleModel
import CCMarkGFM
import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses Markdown with cmark-gfm and walks its tree into blocks (``BlockAssembler``).
///
/// cmark-gfm is the CommonMark reference implementation with GitHub Flavored Markdown's
/// extensions (GFM spec 0.29): tables, strikethrough, autolinks and task lists are attached
/// here, footnotes are a parser option. The walk uses cmark's iterator, so deep nesting costs
/// no stack. What each node becomes:
///
/// | node | becomes |
/// |---|---|
/// | paragraph | a paragraph (a block quote inside a `>` quote, part of a list item inside one) |
/// | heading | a heading with its level |
/// | list item | a list item with its depth; an ordered list's number, a task's ☐/☑ first |
/// | code block | a code block, verbatim |
/// | table | a table: cells joined by " | ", one row a line |
/// | image | a figure captioned by its title, else its alt text |
/// | link | its words, and a link when the target is usable (``LinkTarget``) |
/// | footnote reference / definition | a superscript number / a paragraph starting with it |
/// | HTML block or inline tag | what ``RawHTML`` makes of it |
/// | emphasis, strong, strikethrough, code span | their text |
/// | thematic break | nothing |
enum MarkdownTree {
    /// Registers the core extensions once per process (cmark-gfm keeps them in a global
    /// registry; Swift runs this initialiser exactly once, thread-safely).
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// The GFM extensions Byline reads (each attached only when the document can need it,
    /// ``ExtensionNeeds``).
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Documents at least this long are cut into parts (``MarkdownParts``) of about half this
    /// size or more, parsed on all cores; shorter ones are parsed whole.
    static let partedLength = 256 * 1024

    /// Parses `bytes` (UTF-8) and walks the tree into `assembler`. With `gated` (the default)
    /// only the extensions the document can need are attached (``ExtensionNeeds``); the tree
    /// is the same as with all of them, which `gated: false` gives (for tests).
    ///
    /// A document of ``partedLength`` bytes or more, on a machine with more than one core, is
    /// cut where ``MarkdownParts`` allows and its parts are parsed and walked on several
    /// threads, their blocks and links joined in order: the same article as the whole parse
    /// (tests compare them on every post they have). `partSpacing` overrides the length and
    /// the spacing of the cuts, and parts the document on one core too (for tests).
    static func read(_ bytes: [UInt8], into assembler: inout BlockAssembler, gated: Bool = true, partSpacing: Int? = nil) {
        _ = extensionsRegistered
        let spacing = partSpacing ?? (processors > 1 && bytes.count >= partedLength ? partedLength / 2 : nil)
        if gated, let spacing {
            let cuts = bytes.withUnsafeBufferPointer { MarkdownParts.cuts($0, spacing: spacing) }
            if !cuts.isEmpty, readParts(bytes, cuts: cuts, into: &assembler) { return }
        }
        bytes.withUnsafeBufferPointer { _ = readWhole($0, into: &assembler, gated: gated) }
    }

    /// Cores online (at least 1).
    private static let processors: Int = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    /// One part's blocks and links, and whether its walk ended with nothing open.
    private struct Part: Sendable {
        var blocks: [Block]
        var links: [Link]
        var closed: Bool
    }

    /// Parses the parts of `bytes` between `cuts` on several threads and appends their blocks
    /// in order; `false` (and `assembler` untouched) when a part's walk left raw HTML open
    /// (its state would have carried into the next part: the caller then parses it whole).
    private static func readParts(_ bytes: [UInt8], cuts: [Int], into assembler: inout BlockAssembler) -> Bool {
        let bounds = [0] + cuts + [bytes.count]
        let base = assembler.base
        let results = Mutex([Part?](repeating: nil, count: bounds.count - 1))
        DispatchQueue.concurrentPerform(iterations: bounds.count - 1) { index in
            var part = BlockAssembler()
            part.base = base
            let closed = bytes.withUnsafeBufferPointer { buffer in
                readWhole(UnsafeBufferPointer(rebasing: buffer[bounds[index]..<bounds[index + 1]]), into: &part, gated: true)
            }
            let (blocks, links) = part.finish()
            let result = Part(blocks: blocks, links: links, closed: closed)
            results.withLock { $0[index] = result }
        }
        let parts = results.withLock { $0 }
        guard parts.dropLast().allSatisfy({ $0?.closed == true }) else { return false }
        for part in parts {
            guard let part else { return false }
            assembler.append(blocks: part.blocks, links: part.links)
        }
        return true
    }

    /// Parses `bytes` whole and walks the tree into `assembler`; whether the walk ended with
    /// no raw HTML element open.
    private static func readWhole(_ bytes: UnsafeBufferPointer<UInt8>, into assembler: inout BlockAssembler, gated: Bool) -> Bool {
        var needs = gated ? ExtensionNeeds(scanning: bytes) : .all
        guard let document = parse(bytes, needs) else { return true }
        // Without autolink but unsure: the walk watches the text for its triggers and stops at
        // the first one; the post is then parsed again with it.
        var walker = Walker(watchesAutolink: needs.autolink == .unsure)
        var attempt = assembler
        walker.walk(document, into: &attempt)
        cmark_node_free(document)
        guard walker.sawAutolinkTrigger else {
            assembler = attempt
            return walker.endsClosed
        }
        needs.autolink = .needed
        guard let again = parse(bytes, needs) else { return true }
        defer { cmark_node_free(again) }
        var second = Walker(watchesAutolink: false)
        second.walk(again, into: &assembler)
        return second.endsClosed
    }

    /// Whether autolink could have changed `root`, a tree parsed without it: a text node
    /// outside links and images holds `://` or `www.` (autolink's `:` and `w` rules act only
    /// in text outside brackets, and `:` and `w` are then ordinary characters, so such a place
    /// lies in one text node), or a text node outside links holds `@` (its e-mail pass over the
    /// finished tree skips links only). cmark-gfm 0.29.0.gfm.6, `extensions/autolink.c`.
    /// The walk of ``read(_:into:gated:)`` makes the same check as it goes.
    static func autolinkCouldMatch(_ root: OpaquePointer) -> Bool {
        var walker = Walker(watchesAutolink: true)
        var scratch = BlockAssembler()
        walker.walk(root, into: &scratch)
        return walker.sawAutolinkTrigger
    }

    /// Whether a text node's `text` holds an autolink trigger: `@`, and outside an image
    /// also `://` or `www.` (see ``autolinkCouldMatch(_:)``).
    static func hasAutolinkTrigger(_ text: UnsafeBufferPointer<UInt8>, inImage: Bool) -> Bool {
        guard let base = text.baseAddress else { return false }
        let count = text.count
        if memchr(base, 0x40, count) != nil { return true }
        if inImage { return false }
        // `://` through each `/`, `www.` through each `.`: both bytes are rare in prose, and
        // `memchr` hops between them.
        var index = 0
        while index < count, let hit = memchr(base + index, 0x2F, count - index) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            if at > 0, at + 1 < count, text[at - 1] == 0x3A, text[at + 1] == 0x2F { return true }
            index = at + 1
        }
        index = 0
        while index < count, let hit = memchr(base + index, 0x2E, count - index) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            if at >= 3, text[at - 1] == 0x77, text[at - 2] == 0x77, text[at - 3] == 0x77 { return true }
            index = at + 1
        }
        return false
    }

    /// Runs `body` on cmark-gfm's tree of `bytes` parsed with the extensions `needs` names
    /// (for tests of ``autolinkCouldMatch(_:)``); `nil` when cmark-gfm fails.
    static func withTree<Result>(_ bytes: [UInt8], needs: ExtensionNeeds, _ body: (OpaquePointer) -> Result) -> Result? {
        _ = extensionsRegistered
        guard let tree = bytes.withUnsafeBufferPointer({ parse($0, needs) }) else { return nil }
        defer { cmark_node_free(tree) }
        return body(tree)
    }

    /// Guards cmark-gfm's table of special inline characters. cmark-gfm 0.29.0.gfm.6 keeps it
    /// in a global (`SPECIAL_CHARS`, `SKIP_CHARS` in `inlines.c`) that `cmark_parser_finish`
    /// sets for the parser's inline extensions' characters (strikethrough's `~`, autolink's
    /// `:` and `w`; no other core extension has any) before it parses the inlines, and clears
    /// after (`cmark_manage_extensions_special_characters`): a parse finishing on another
    /// thread cleared `~` under a running one, whose later strikethrough then stayed as text.
    /// Nothing else reads or writes it: feeding lines, walking and freeing a tree touch no
    /// global that changes after the extensions are registered (checked on the library's
    /// machine code: only `cmark_parse_inlines` and the add/remove functions address the
    /// table, and only `cmark_parser_finish` calls those). So a finish that sets characters
    /// runs alone; finishes that set none run together (they only read the table); feeding
    /// runs unlocked.
    private static let inlineCharacters = ReadersWriterLock()

    /// cmark-gfm's tree of `bytes` with the extensions `needs` names (autolink only when
    /// ``ExtensionNeeds/Autolink/needed``); the caller frees it.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ needs: ExtensionNeeds) -> OpaquePointer? {
        guard let parser = cmark_parser_new(byline_cmark_options()) else { return nil }
        defer { cmark_parser_free(parser) }
        let autolink = needs.autolink == .needed
        let wanted = [needs.table, needs.strikethrough, autolink, needs.tasklist]
        for (name, attach) in zip(extensionNames, wanted) where attach {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        bytes.withMemoryRebound(to: CChar.self) { chars in
            if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
        }
        if needs.strikethrough || autolink {
            return inlineCharacters.exclusively { cmark_parser_finish(parser) }
        }
        return inlineCharacters.shared { cmark_parser_finish(parser) }
    }
}

/// A POSIX readers–writer lock: many holders at once, or one exclusive holder.
private final class ReadersWriterLock: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    /// Runs `body` while holding the lock shared.
    func shared<Result>(_ body: () -> Result) -> Result {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return body()
    }

    /// Runs `body` while holding the lock alone.
    func exclusively<Result>(_ body: () -> Result) -> Result {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return body()
    }
}

/// The walk's state: where in the tree's containers it is.
private struct Walker {
    /// Whether to watch text for autolink's triggers (the tree was parsed without it).
    let watchesAutolink: Bool
    /// Whether a trigger was seen (the walk then stopped).
    private(set) var sawAutolinkTrigger = false
    private var linkDepth = 0
    private var html = RawHTML()

    init(watchesAutolink: Bool) {
        self.watchesAutolink = watchesAutolink
    }

    private var quoteDepth = 0
    private var lists: [(ordered: Bool, next: Int)] = []
    /// The open containers, innermost last: the paragraphs of a list item or footnote join
    /// its one block; those of a block quote are block quotes.
    private var containers: [Container] = []
    private enum Container { case item, quote, footnote }
    private var imageDepth = 0
    private var imageAlt = ""
    private var footnotes: [String: Int] = [:]
    private var footnoteDefinitions = 0
    private var tableCells = 0

    /// Whether nothing is left open after the walk: no raw HTML element, container or
    /// footnote numbering (a walk of the next part of the document may start afresh).
    var endsClosed: Bool {
        html.isNeutral && containers.isEmpty && lists.isEmpty && footnotes.isEmpty && footnoteDefinitions == 0
            && linkDepth == 0 && imageDepth == 0 && quoteDepth == 0
    }

    mutating func walk(_ root: OpaquePointer, into assembler: inout BlockAssembler) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                enter(node, into: &assembler)
                if sawAutolinkTrigger { return }
            } else if event == CMARK_EVENT_EXIT {
                exit(node, into: &assembler)
            }
        }
        assembler.close()
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// The node's literal (text, code) as UTF-8 bytes, without copying it into a `String`.
    private static func withLiteral(_ node: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let pointer = cmark_node_get_literal(node) else { return }
        let length = strlen(pointer)
        pointer.withMemoryRebound(to: UInt8.self, capacity: length + 1) { bytes in
            body(UnsafeBufferPointer(start: bytes, count: length))
        }
    }

    /// The kinds of extension node the walk acts on.
    private enum ExtensionKind { case table, tableRow, tableCell, other }

    /// Extension node types by their number (cmark-gfm numbers them when the extensions are
    /// registered), so that each type's name is read once rather than once per node.
    private var extensionKinds: [UInt32: ExtensionKind] = [:]

    private mutating func extensionKind(_ node: OpaquePointer, type: cmark_node_type) -> ExtensionKind {
        if let known = extensionKinds[type.rawValue] { return known }
        let kind: ExtensionKind
        switch Self.string(cmark_node_get_type_string(node)) {
        case "table": kind = .table
        case "table_header", "table_row": kind = .tableRow
        case "table_cell": kind = .tableCell
        default: kind = .other
        }
        extensionKinds[type.rawValue] = kind
        return kind
    }

    /// Whether the list item is a task (GFM's tasklist extension names it "tasklist").
    private static func isTask(_ node: OpaquePointer) -> Bool {
        guard let name = cmark_node_get_type_string(node) else { return false }
        return strcmp(name, "tasklist") == 0
    }

    private var contextKind: BlockKind { quoteDepth > 0 ? .blockquote : .paragraph }

    private mutating func enter(_ node: OpaquePointer, into assembler: inout BlockAssembler) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT:
            break
        case CMARK_NODE_BLOCK_QUOTE:
            assembler.close()
            quoteDepth += 1
            containers.append(.quote)
        case CMARK_NODE_LIST:
            assembler.close()
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            lists.append((ordered, Int(cmark_node_get_list_start(node))))
        case CMARK_NODE_ITEM:
            assembler.open(.listItem, level: lists.count)
            containers.append(.item)
            if let last = lists.indices.last, lists[last].ordered {
                assembler.append("\(lists[last].next). ")
                lists[last].next += 1
            }
            if Self.isTask(node) {
                assembler.append(cmark_gfm_extensions_get_tasklist_item_checked(node) ? "☑ " : "☐ ")
            }
        case CMARK_NODE_PARAGRAPH:
            switch containers.last {
            case .item:
                if assembler.openKind == .listItem { assembler.space() } else { assembler.open(.listItem, level: lists.count) }
            case .footnote:
                if assembler.openKind == .paragraph { assembler.space() } else { assembler.open(.paragraph) }
            case .quote, nil:
                assembler.open(contextKind)
            }
        case CMARK_NODE_HEADING:
            assembler.open(.heading, level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_CODE_BLOCK:
            assembler.open(.code)
            Self.withLiteral(node) { assembler.append(utf8: $0) }
            assembler.close()
        case CMARK_NODE_HTML_BLOCK:
            assembler.close()
            let quoted = quoteDepth > 0
            Self.withLiteral(node) { html.feed(utf8: $0, inline: false, markdownQuote: quoted, into: &assembler) }
            assembler.close()
        case CMARK_NODE_THEMATIC_BREAK:
            assembler.close()
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            footnoteDefinitions += 1
            assembler.open(.paragraph)
            assembler.append(Self.superscript(footnoteDefinitions) + " ")
            containers.append(.footnote)
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            if watchesAutolink, type == CMARK_NODE_TEXT, linkDepth == 0 {
                let inImage = imageDepth > 0
                Self.withLiteral(node) { if MarkdownTree.hasAutolinkTrigger($0, inImage: inImage) { sawAutolinkTrigger = true } }
                if sawAutolinkTrigger { return }
            }
            guard !html.isDropping else { break }
            if imageDepth > 0 {
                imageAlt += Self.string(cmark_node_get_literal(node))
            } else {
                Self.withLiteral(node) { assembler.append(utf8: $0) }
            }
        case CMARK_NODE_SOFTBREAK:
            if imageDepth > 0 { imageAlt += " " } else { assembler.space() }
        case CMARK_NODE_LINEBREAK:
            if imageDepth > 0 { imageAlt += " " } else { assembler.lineBreak() }
        case CMARK_NODE_HTML_INLINE:
            guard imageDepth == 0 else { break }
            let quoted = quoteDepth > 0
            Self.withLiteral(node) { html.feed(utf8: $0, inline: true, markdownQuote: quoted, into: &assembler) }
        case CMARK_NODE_LINK:
            linkDepth += 1
            if imageDepth == 0 { assembler.beginLink(Self.string(cmark_node_get_url(node))) }
        case CMARK_NODE_IMAGE:
            imageDepth += 1
            if imageDepth == 1 { imageAlt = "" }
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let label = Self.string(cmark_node_get_literal(node))
            let number = footnotes[label] ?? (footnotes.count + 1)
            footnotes[label] = number
            if imageDepth == 0 { assembler.append(Self.superscript(number)) }
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
            break
        default:
            enterExtension(node, type: type, into: &assembler)
        }
    }

    private mutating func enterExtension(_ node: OpaquePointer, type: cmark_node_type, into assembler: inout BlockAssembler) {
        switch extensionKind(node, type: type) {
        case .table:
            assembler.open(.table)
        case .tableRow:
            if !assembler.isEmpty { assembler.appendVerbatim("\n") }
            tableCells = 0
        case .tableCell:
            if tableCells > 0 { assembler.appendVerbatim(" | ") }
            tableCells += 1
        case .other:
            break
        }
    }

    private mutating func exit(_ node: OpaquePointer, into assembler: inout BlockAssembler) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_BLOCK_QUOTE:
            assembler.close()
            quoteDepth = max(0, quoteDepth - 1)
            _ = containers.popLast()
        case CMARK_NODE_LIST:
            assembler.close()
            _ = lists.popLast()
        case CMARK_NODE_ITEM, CMARK_NODE_FOOTNOTE_DEFINITION:
            assembler.close()
            _ = containers.popLast()
        case CMARK_NODE_PARAGRAPH:
            if containers.last == .quote || containers.last == nil { assembler.close() }
        case CMARK_NODE_HEADING:
            assembler.close()
        case CMARK_NODE_LINK:
            linkDepth = max(0, linkDepth - 1)
            if imageDepth == 0 { assembler.endLink() }
        case CMARK_NODE_IMAGE:
            imageDepth = max(0, imageDepth - 1)
            if imageDepth == 0 {
                let title = Self.string(cmark_node_get_title(node))
                let caption = title.contains(where: { !$0.isWhitespace }) ? title : imageAlt
                assembler.figure(caption)
            }
        case CMARK_NODE_DOCUMENT, CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_EMPH, CMARK_NODE_STRONG,
             CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_HTML_INLINE, CMARK_NODE_CODE_BLOCK,
             CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_FOOTNOTE_REFERENCE:
            break
        default:
            if extensionKind(node, type: type) == .table { assembler.close() }
        }
    }

    /// `number` in superscript digits (a footnote mark).
    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
