/// Writes an ``Article`` as pretty-printed JSON in pieces, so that the document never exists
/// whole in memory: at any time it holds the article, one element's encoding and one piece
/// of output.
///
/// The bytes are exactly those of encoding the whole article at once with an encoder that
/// pretty-prints with sorted keys (Foundation's `JSONEncoder` with `[.prettyPrinted,
/// .sortedKeys, .withoutEscapingSlashes]`; shape documented on `Article+Codable.swift`):
/// the writer lays out the top-level object itself, its keys `authors, blocks, byline, date,
/// description, entities, format, headline, links, published, quotes, siteName, source, tags,
/// url` in sorted
/// order, and has `encodeFragment`
/// encode each metadata value and each element of `blocks`, `quotes` and `entities` on its
/// own, re-indenting it to its depth. The layout rules it follows are that encoder's: two
/// spaces per level, `"key" : value`, one element per line, `null` for an absent value and
/// an empty array written as `[`, an empty line, `]`. Escaping is left to `encodeFragment`.
///
/// The model itself does not depend on Foundation, so the encoder is passed in.
public struct JSONStreamWriter<Fragment: Collection> where Fragment.Element == UInt8 {
    /// Encodes one value as a pretty-printed JSON document in UTF-8 (no trailing newline),
    /// or throws the encoder's error (for Foundation, `EncodingError`).
    public typealias FragmentEncoder = (any Encodable) throws -> Fragment

    /// Encodes a run of array elements, each as ``FragmentEncoder`` would, returning the
    /// fragments in the same order (the caller may spread the work over several threads);
    /// throws the first error.
    public typealias BatchEncoder = ([any Encodable]) throws -> [Fragment]

    /// How many elements of an array are handed to the ``BatchEncoder`` at once: enough to
    /// share among cores, few enough that their fragments stay a small part of memory.
    public static var batchSize: Int { 256 }

    /// The size of the pieces handed to the sink, in bytes: pieces are cut once they reach
    /// it, and a single line of an element longer than it is handed over on its own.
    public let chunkSize: Int
    private let encodeFragment: FragmentEncoder
    private let encodeBatch: BatchEncoder?

    /// Creates a writer that encodes values with `encodeFragment` and hands the output over
    /// in pieces of about `chunkSize` bytes (at least 1; default 64 KiB). With
    /// `encodeBatch`, the elements of `blocks`, `quotes` and `entities` are encoded
    /// ``batchSize`` at a time by it instead (the output is the same).
    public init(chunkSize: Int = 1 << 16, encodeFragment: @escaping FragmentEncoder, encodeBatch: BatchEncoder? = nil) {
        self.chunkSize = max(1, chunkSize)
        self.encodeFragment = encodeFragment
        self.encodeBatch = encodeBatch
    }

    /// Writes `article` as one JSON document (no trailing newline) to `sink`, in order, in
    /// pieces of UTF-8 bytes valid only during the call. Rethrows the first error of
    /// `encodeFragment` or `sink`; output already handed over stays written.
    public func write(_ article: Article, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            var out = ChunkedOutput(chunkSize: chunkSize, sink: sink)
            try write(article, to: &out)
        }
    }

    private func write(_ article: Article, to out: inout ChunkedOutput) throws {
        let metadata = article.metadata
        try out.append("{\n")
        try writeArray(metadata.authors, key: "authors", to: &out)
        try out.append(",\n")
        try writeArray(article.blocks, key: "blocks", to: &out)
        try out.append(",\n")
        try writeValue(metadata.byline, key: "byline", to: &out)
        try out.append(",\n")
        try writeValue(metadata.date, key: "date", to: &out)
        try out.append(",\n")
        try writeValue(metadata.description, key: "description", to: &out)
        try out.append(",\n")
        try writeArray(article.entities, key: "entities", to: &out)
        try out.append(",\n")
        try writeValue(metadata.format, key: "format", to: &out)
        try out.append(",\n")
        try writeValue(metadata.headline, key: "headline", to: &out)
        try out.append(",\n")
        try writeArray(article.links, key: "links", to: &out)
        try out.append(",\n")
        try writeValue(metadata.published, key: "published", to: &out)
        try out.append(",\n")
        try writeArray(article.quotes, key: "quotes", to: &out)
        try out.append(",\n")
        try writeValue(metadata.siteName, key: "siteName", to: &out)
        try out.append(",\n")
        try writeValue(metadata.source, key: "source", to: &out)
        try out.append(",\n")
        try writeArray(metadata.tags, key: "tags", to: &out)
        try out.append(",\n")
        try writeValue(metadata.url, key: "url", to: &out)
        try out.append("\n}")
        try out.flush()
    }

    /// Writes `  "key" : value` for a scalar member of the top-level object (`null` when
    /// absent).
    private func writeValue<Value: Encodable>(
        _ value: Value?, key: String, to out: inout ChunkedOutput
    ) throws {
        try out.append("  \"\(key)\" : ")
        if let value {
            try out.appendIndented(try encodeFragment(value), indent: 2)
        } else {
            try out.append("null")
        }
    }

    /// Writes `  "key" : [ … ]` with each element encoded on its own at depth 2 (four spaces).
    private func writeArray<Element: Encodable>(
        _ elements: [Element], key: String, to out: inout ChunkedOutput
    ) throws {
        try out.append("  \"\(key)\" : [\n")
        if elements.isEmpty {
            try out.append("\n  ]")
            return
        }
        guard let encodeBatch else {
            for (index, element) in elements.enumerated() {
                try out.append(index == 0 ? "    " : ",\n    ")
                try out.appendIndented(try encodeFragment(element), indent: 4)
            }
            try out.append("\n  ]")
            return
        }
        var start = 0
        while start < elements.count {
            let end = min(elements.count, start + Self.batchSize)
            let fragments = try encodeBatch(elements[start..<end].map { $0 as any Encodable })
            for (offset, fragment) in fragments.enumerated() {
                try out.append(start + offset == 0 ? "    " : ",\n    ")
                try out.appendIndented(fragment, indent: 4)
            }
            start = end
        }
        try out.append("\n  ]")
    }
}

/// The writer's output buffer: collects bytes and hands them to the sink in pieces of about
/// `chunkSize` bytes.
private struct ChunkedOutput {
    let chunkSize: Int
    let sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    var pending: [UInt8]

    init(chunkSize: Int, sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.chunkSize = chunkSize
        self.sink = sink
        pending = []
        pending.reserveCapacity(chunkSize + 64)
    }

    /// Appends the UTF-8 bytes of `text` (structural text only: no line breaks to indent).
    mutating func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { try append($0) }
    }

    /// Appends `bytes`, handing a long run to the sink directly rather than copying it.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if bytes.count >= chunkSize {
            try flush()
            try sink(bytes)
            return
        }
        pending.append(contentsOf: bytes)
        if pending.count >= chunkSize { try flush() }
    }

    /// Appends a pretty-printed document with `indent` spaces after every line break that
    /// starts a non-empty line (the empty line of an empty array stays empty, as the
    /// encoder writes it). A JSON string never holds a raw line break, so every line break
    /// is layout.
    mutating func appendIndented<Bytes: Collection>(_ fragment: Bytes, indent: Int) throws
    where Bytes.Element == UInt8 {
        let done: Void? = try fragment.withContiguousStorageIfAvailable {
            try appendIndented(bytes: $0, indent: indent)
        }
        if done == nil {
            try Array(fragment).withUnsafeBufferPointer { try appendIndented(bytes: $0, indent: indent) }
        }
    }

    private mutating func appendIndented(bytes: UnsafeBufferPointer<UInt8>, indent: Int) throws {
        let newline = UInt8(ascii: "\n")
        var runStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == newline {
                try append(UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                if index + 1 < bytes.count && bytes[index + 1] != newline {
                    try appendSpaces(indent)
                }
                runStart = index + 1
            }
            index += 1
        }
        if runStart < bytes.count {
            try append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    private mutating func appendSpaces(_ count: Int) throws {
        pending.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        if pending.count >= chunkSize { try flush() }
    }

    /// Hands everything pending to the sink.
    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        try pending.withUnsafeBufferPointer { try sink($0) }
        pending.removeAll(keepingCapacity: true)
    }
}
