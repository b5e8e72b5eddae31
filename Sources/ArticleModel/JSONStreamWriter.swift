/// Writes an ``Article`` as pretty-printed JSON in pieces, so that the document never exists
/// whole in memory: at any time it holds the article and one piece of output.
///
/// The bytes are exactly those of encoding the whole article at once with Foundation's
/// `JSONEncoder` set to `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (shape
/// documented on `Article+Codable.swift`; a test compares the two on fixtures and hostile
/// strings), but written by hand, about ten times faster than that encoder: on news-like
/// text the JSON is about eight times the article, and the encoder took most of the time
/// of `byline --json`.
///
/// Layout (that encoder's): two spaces per level, `"key" : value`, keys in sorted order,
/// one element or member per line, `null` for an absent value, an empty array written as
/// `[`, an empty line, `]`. Strings are escaped as RFC 8259 (section 7) requires and no
/// more, as that encoder does: `"` and `\` with a backslash, the C0 controls U+0000–U+001F
/// as `\b`, `\t`, `\n`, `\f`, `\r` or `\u00XX` (lower-case hex digits); everything else,
/// `/`, DEL, C1 controls, U+2028 and U+2029 included, is written as its UTF-8.
public struct JSONStreamWriter: Sendable {
    /// The size of the pieces handed to the sink, in bytes: pieces are cut once they reach
    /// it, so a piece is at most this plus one value's encoding.
    public let chunkSize: Int

    /// Creates a writer that hands the output over in pieces of about `chunkSize` bytes (at
    /// least 1; default 64 KiB).
    public init(chunkSize: Int = 1 << 16) {
        self.chunkSize = max(1, chunkSize)
    }

    /// Writes `article` as one JSON document (no trailing newline) to `sink`, in order, in
    /// pieces of UTF-8 bytes valid only during the call. Rethrows the first error of
    /// `sink`; output already handed over stays written.
    public func write(_ article: Article, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try withoutActuallyEscaping(sink) { sink in
            var out = JSONOutput(chunkSize: chunkSize, sink: sink)
            try out.article(article)
            try out.flush()
        }
    }
}

/// The writer's output: JSON values appended as bytes to a buffer of its own, handed to the
/// sink in pieces. The buffer is raw memory (no array's uniqueness and capacity checks on
/// every append: those were a third of the writer's time); it grows when one value does not
/// fit, and is freed with the output.
private struct JSONOutput: ~Copyable {
    let chunkSize: Int
    let sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    init(chunkSize: Int, sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.chunkSize = chunkSize
        self.sink = sink
        capacity = chunkSize + 4096
        buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Hands everything pending to the sink.
    mutating func flush() throws {
        guard count > 0 else { return }
        try sink(UnsafeBufferPointer(start: buffer, count: count))
        count = 0
    }

    /// Hands the pending bytes over once they reach a piece.
    @inline(__always)
    mutating func flushIfFull() throws {
        if count >= chunkSize { try flush() }
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(extra) }
    }

    @inline(never)
    private mutating func grow(_ extra: Int) {
        let newCapacity = max(capacity * 2, count + extra)
        let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBuffer.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = newBuffer
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    mutating func byte(_ value: UInt8) {
        reserve(1)
        buffer[count] = value
        count += 1
    }

    /// Appends `length` bytes from `start`.
    @inline(__always)
    mutating func bytes(_ start: UnsafePointer<UInt8>, _ length: Int) {
        reserve(length)
        (buffer + count).update(from: start, count: length)
        count += length
    }

    // MARK: - The article's shape

    mutating func article(_ article: Article) throws {
        let metadata = article.metadata
        raw("{\n")
        key("authors", indent: 2)
        try array(metadata.authors, indent: 2) { out, author, _ in out.string(author) }
        raw(",\n")
        key("blocks", indent: 2)
        try array(article.blocks, indent: 2) { out, block, indent in out.block(block, indent: indent) }
        raw(",\n")
        member("byline", metadata.byline, indent: 2)
        raw(",\n")
        member("date", metadata.date, indent: 2)
        raw(",\n")
        member("description", metadata.description, indent: 2)
        raw(",\n")
        key("entities", indent: 2)
        try array(article.entities, indent: 2) { out, entity, indent in try out.entity(entity, indent: indent) }
        raw(",\n")
        member("format", metadata.format.rawValue, indent: 2)
        raw(",\n")
        member("headline", metadata.headline, indent: 2)
        raw(",\n")
        key("links", indent: 2)
        try array(article.links, indent: 2) { out, link, indent in out.link(link, indent: indent) }
        raw(",\n")
        member("published", metadata.published, indent: 2)
        raw(",\n")
        key("quotes", indent: 2)
        try array(article.quotes, indent: 2) { out, quote, indent in try out.quote(quote, indent: indent) }
        raw(",\n")
        member("siteName", metadata.siteName, indent: 2)
        raw(",\n")
        member("source", metadata.source, indent: 2)
        raw(",\n")
        key("tags", indent: 2)
        try array(metadata.tags, indent: 2) { out, tag, _ in out.string(tag) }
        raw(",\n")
        member("url", metadata.url, indent: 2)
        raw("\n}")
    }

    /// `{ credit?, kind, level?, text }`: the credit on captions (`null` when none) and on
    /// block quotes that have one; the level when there is one.
    mutating func block(_ block: Block, indent: Int) {
        let inner = indent + 2
        raw("{\n")
        if block.kind == .caption || (block.kind == .blockquote && block.credit != nil) {
            member("credit", block.credit, indent: inner)
            raw(",\n")
        }
        member("kind", block.kind.rawValue, indent: inner)
        raw(",\n")
        if let level = block.level {
            key("level", indent: inner)
            integer(level)
            raw(",\n")
        }
        member("text", block.text, indent: inner)
        close("}", indent: indent)
    }

    /// `{ cue, kind, ranges, speaker, speakerEntity, speakerMention, speakerMentionRange, text }`.
    mutating func quote(_ quote: Quote, indent: Int) throws {
        let inner = indent + 2
        raw("{\n")
        member("cue", quote.cue, indent: inner)
        raw(",\n")
        member("kind", quote.kind.rawValue, indent: inner)
        raw(",\n")
        key("ranges", indent: inner)
        try array(quote.ranges, indent: inner) { out, range, indent in out.range(range, indent: indent) }
        raw(",\n")
        member("speaker", quote.speaker, indent: inner)
        raw(",\n")
        key("speakerEntity", indent: inner)
        if let entity = quote.speakerEntity { integer(entity) } else { raw("null") }
        raw(",\n")
        member("speakerMention", quote.speakerMention, indent: inner)
        raw(",\n")
        key("speakerMentionRange", indent: inner)
        if let range = quote.speakerMentionRange { self.range(range, indent: inner) } else { raw("null") }
        raw(",\n")
        member("text", quote.text, indent: inner)
        close("}", indent: indent)
    }

    /// `{ aliases, kind, mentions, name, role }`.
    mutating func entity(_ entity: Entity, indent: Int) throws {
        let inner = indent + 2
        raw("{\n")
        key("aliases", indent: inner)
        try array(entity.aliases, indent: inner) { out, alias, _ in out.string(alias) }
        raw(",\n")
        member("kind", entity.kind.rawValue, indent: inner)
        raw(",\n")
        key("mentions", indent: inner)
        try array(entity.mentions, indent: inner) { out, mention, indent in out.mention(mention, indent: indent) }
        raw(",\n")
        member("name", entity.name, indent: inner)
        raw(",\n")
        member("role", entity.role, indent: inner)
        close("}", indent: indent)
    }

    /// `{ block, end, start, text }`.
    mutating func mention(_ mention: Mention, indent: Int) {
        rangeMembers(mention.range, indent: indent)
        raw(",\n")
        member("text", mention.text, indent: indent + 2)
        close("}", indent: indent)
    }

    /// `{ block, end, start, url }`.
    mutating func link(_ link: Link, indent: Int) {
        rangeMembers(link.range, indent: indent)
        raw(",\n")
        member("url", link.url, indent: indent + 2)
        close("}", indent: indent)
    }

    /// `{ block, end, start }`.
    mutating func range(_ range: TextRange, indent: Int) {
        rangeMembers(range, indent: indent)
        close("}", indent: indent)
    }

    /// `{` and the members `block, end, start` of a range, without the object's end.
    private mutating func rangeMembers(_ range: TextRange, indent: Int) {
        let inner = indent + 2
        raw("{\n")
        key("block", indent: inner)
        integer(range.block)
        raw(",\n")
        key("end", indent: inner)
        integer(range.end)
        raw(",\n")
        key("start", indent: inner)
        integer(range.start)
    }

    // MARK: - Layout

    /// An array at `indent` (the indentation of the line its key is on): `[`, its elements
    /// one a line at `indent + 2`, `]`; an empty array is `[`, an empty line, `]`. The
    /// pending bytes are handed over between elements once they fill a piece.
    mutating func array<Element>(
        _ elements: [Element], indent: Int, _ element: (inout JSONOutput, Element, Int) throws -> Void
    ) throws {
        raw("[\n")
        if elements.isEmpty {
            close("]", indent: indent)
            return
        }
        let inner = indent + 2
        for index in elements.indices {
            if index != elements.startIndex { raw(",\n") }
            spaces(inner)
            try element(&self, elements[index], inner)
            try flushIfFull()
        }
        close("]", indent: indent)
    }

    /// A line break, `indent` spaces and `bracket`.
    @inline(__always)
    mutating func close(_ bracket: StaticString, indent: Int) {
        byte(0x0A)
        spaces(indent)
        raw(bracket)
    }

    /// `indent` spaces, `"key" : `.
    @inline(__always)
    mutating func key(_ key: StaticString, indent: Int) {
        spaces(indent)
        byte(0x22)
        raw(key)
        raw("\" : ")
    }

    /// `"key" : ` and the string, or `null` when absent.
    @inline(__always)
    mutating func member(_ key: StaticString, _ value: String?, indent: Int) {
        self.key(key, indent: indent)
        if let value { string(value) } else { raw("null") }
    }

    @inline(__always)
    mutating func spaces(_ spaces: Int) {
        reserve(spaces)
        (buffer + count).initialize(repeating: 0x20, count: spaces)
        count += spaces
    }

    @inline(__always)
    mutating func raw(_ text: StaticString) {
        bytes(text.utf8Start, text.utf8CodeUnitCount)
    }

    /// An integer in decimal, with a minus sign when negative.
    mutating func integer(_ value: Int) {
        reserve(21)
        if value < 0 {
            buffer[count] = 0x2D
            count += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        var index = count + digits - 1
        repeat {
            buffer[index] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            index -= 1
        } while magnitude > 0
        count += digits
    }

    /// A JSON string: quotation marks around the text's UTF-8, escaped as the type's
    /// documentation says. Runs that need no escaping are copied whole.
    mutating func string(_ value: String) {
        byte(0x22)
        var value = value
        value.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if runStart < index { self.bytes(base + runStart, index - runStart) }
                runStart = index + 1
                self.byte(0x5C)
                switch byte {
                case 0x22, 0x5C: self.byte(byte)
                case 0x08: self.byte(0x62) // b
                case 0x09: self.byte(0x74) // t
                case 0x0A: self.byte(0x6E) // n
                case 0x0C: self.byte(0x66) // f
                case 0x0D: self.byte(0x72) // r
                default:
                    self.byte(0x75)
                    self.byte(0x30)
                    self.byte(0x30)
                    self.byte(Self.hexDigit(byte >> 4))
                    self.byte(Self.hexDigit(byte & 0xF))
                }
            }
            if runStart < bytes.count { self.bytes(base + runStart, bytes.count - runStart) }
        }
        byte(0x22)
    }

    /// The lower-case hexadecimal digit for `value` (0–15).
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }
}
