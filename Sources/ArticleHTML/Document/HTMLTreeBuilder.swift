import CLibXML2

/// Parses UTF-8 HTML with libxml2's HTML parser into an ``HTMLTree``, built directly from the
/// parser's SAX events (libxml2 builds no document of its own).
///
/// Options: `HTML_PARSE_RECOVER` (real pages are malformed), `HTML_PARSE_NOERROR` and
/// `HTML_PARSE_NOWARNING` (nothing printed), `HTML_PARSE_NONET` (no network access of any
/// kind), `HTML_PARSE_COMPACT`. libxml2's HTML parser reads no DTD and resolves no external
/// entity; scripts are text it never runs; the only handlers installed are those below (no
/// entity, DTD or external-subset handler). `HTML_PARSE_NOBLANKS` is *not* used: it drops the
/// whitespace-only text between inline elements, which would glue words together
/// (`<b>a</b> <i>b</i>` would read "ab").
///
/// The tree is the one libxml2's own tree builder (SAX2, `htmlReadMemory`) gives, which
/// ``documentTree(_:)`` copies and the tests compare against: implied `html`/`head`/`body`/`p`
/// elements and auto-closing come from the parser's events themselves; what SAX2 adds is
/// rebuilt here (source: libxml2 2.9 `SAX2.c`):
/// - adjacent text (and adjacent CDATA, a script's content) joins into one node; a comment or
///   processing instruction between them, or any element, breaks the run;
/// - text outside every element is dropped;
/// - an element outside every element (after the root closed) goes under the document's first
///   node when that is an element, else beside it;
/// - an element name with a namespace prefix loses it (`o:p` is `p`; SAX2 splits qualified
///   names even in HTML); attribute names keep theirs;
/// - up to `xmlParserMaxDepth` (256) open elements, the same nesting.
///
/// Where SAX2 gives up, we deliberately differ (the tests compare these cases against libxml2's
/// tree built with `HTML_PARSE_HUGE`, which lifts both limits):
/// - an element nested deeper than `xmlParserMaxDepth` does not stop the parse (SAX2 drops
///   the rest of the page): it is attached to the open element at that depth, beside the
///   other elements that deep, so no text is lost and no node is more than 259 levels below
///   the root (walks over the tree stay bounded; the open-element stack grows with the input,
///   like libxml2's own);
/// - a text node is not cut at `XML_MAX_TEXT_LENGTH` (10,000,000 bytes; SAX2 stops the parse
///   there): it is kept whole, its size bounded by the input's.
enum HTMLTreeBuilder {
    /// Elements whose content is never article text and need not be copied (their text is
    /// skipped; `script` is kept only when it holds JSON-LD). `noscript` is kept: it is what
    /// a reader without scripts sees, and some pages hold their whole article there.
    static let skippedContent: Set<String> = ["style", "template", "svg", "math", "canvas", "iframe", "object"]

    /// The attributes that extraction and metadata read; the others are not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "hidden", "aria-hidden", "href", "rel", "type", "content", "name",
        "property", "itemprop", "datetime",
    ]

    /// SAX2's nesting limit (`xmlParserMaxDepth`, 256): elements deeper are attached at it.
    static var maximumDepth: Int { Int(byline_xml_parser_max_depth()) }

    /// The parser options (see the type's description).
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Parses `utf8` (already converted to UTF-8) into a tree; an empty or unparsable input
    /// gives a tree with only the root.
    static func parse(_ utf8: [UInt8]) -> HTMLTree {
        guard !utf8.isEmpty, utf8.count < Int(Int32.max), let context = htmlNewParserCtxt() else { return HTMLTree() }
        defer { htmlFreeParserCtxt(context) }
        guard let handler = context.pointee.sax else { return HTMLTree() }
        SAXTreeBuilder.install(on: handler)
        let builder = UnsafeMutablePointer<SAXTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: SAXTreeBuilder(context: context))
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        context.pointee._private = UnsafeMutableRawPointer(builder)
        utf8.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var source = ChunkSource(next: base, remaining: buffer.count)
            withUnsafeMutablePointer(to: &source) { sourcePointer in
                read(context: context, source: sourcePointer)
            }
        }
        // No start-of-document handler, so libxml2 builds no document; freed should it ever.
        if let document = context.pointee.myDoc {
            xmlFreeDoc(document)
            context.pointee.myDoc = nil
        }
        context.pointee._private = nil
        builder.pointee.endText()
        var tree = builder.pointee.tree
        builder.pointee.tree = HTMLTree()
        tree.finishBuilding()
        return tree
    }

    /// The part of the page libxml2 has not read yet.
    struct ChunkSource {
        var next: UnsafePointer<UInt8>
        var remaining: Int
    }

    /// Runs libxml2's HTML parser over `source` with `context`'s handlers.
    ///
    /// The page is handed to libxml2 in chunks through a read callback (an I/O input), not as
    /// one memory input: `htmlCtxtReadMemory` copies the whole page into a buffer of its own
    /// and, asked for UTF-8, converts that into a second whole copy (`UTF8ToUTF8`), two
    /// allocations of the page's size (a 10 MB page: about 1,900 fresh pages of memory each
    /// parse). Read in chunks, libxml2's buffer stays a few kilobytes (its parser drops what
    /// it has read). Same parse otherwise (`htmlDoRead` in libxml2 2.9 `HTMLparser.c`):
    /// the input is UTF-8 with no encoder (`charset` UTF-8), and `HTML_PARSE_IGNORE_ENC`
    /// keeps a `<meta charset>` in the page from switching it (``Charset`` has converted the
    /// page already; with the UTF-8 encoder set, as before, libxml2 never switched either).
    /// The SAX events are the same as from `htmlCtxtReadMemory`: checked on the corpus
    /// pages, and the tests compare the tree with libxml2's own (``documentTree(_:)``).
    private static func read(context: htmlParserCtxtPtr, source: UnsafeMutablePointer<ChunkSource>) {
        let readChunk: xmlInputReadCallback = { userData, buffer, length in
            guard let userData, let buffer, length > 0 else { return 0 }
            let source = userData.assumingMemoryBound(to: ChunkSource.self)
            let count = min(Int(length), source.pointee.remaining)
            UnsafeMutableRawPointer(buffer).copyMemory(from: source.pointee.next, byteCount: count)
            source.pointee.next += count
            source.pointee.remaining -= count
            return Int32(count)
        }
        guard let input = xmlParserInputBufferCreateIO(readChunk, nil, UnsafeMutableRawPointer(source), XML_CHAR_ENCODING_NONE)
        else { return }
        guard let stream = xmlNewIOInputStream(context, input, XML_CHAR_ENCODING_NONE) else {
            xmlFreeParserInputBuffer(input)
            return
        }
        // On failure inputPush frees the stream (and its buffer) itself.
        guard inputPush(context, stream) >= 0 else { return }
        context.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
        htmlCtxtUseOptions(context, options | Int32(HTML_PARSE_IGNORE_ENC.rawValue))
        _ = htmlParseDocument(context)
    }

    /// The class and id words of an element's kept `attributes` (``ClassHints/words(_:)`` of
    /// `class`, then of `id`), for ``HTMLTree/words``; a `class` value's words are computed
    /// once per distinct value and kept in `cache` (pages repeat the same few values).
    static func hintWords(of attributes: [String: String], cache: inout [String: [String]]) -> [String] {
        var words: [String] = []
        if let value = attributes["class"] {
            if let known = cache[value] {
                words = known
            } else {
                words = ClassHints.words(value)
                cache[value] = words
            }
        }
        if let value = attributes["id"] { words += ClassHints.words(value) }
        return words
    }
}

/// The state of one SAX parse: the tree so far, the open elements, and the text node being
/// collected. Reached from libxml2's callbacks through the parser context's `_private`.
struct SAXTreeBuilder {
    let context: htmlParserCtxtPtr
    var tree = HTMLTree()
    /// Per element libxml2 has open (its SAX2 node stack), our node, or -1 for an element
    /// inside skipped content (not kept).
    private var open: [Int32] = []
    /// The document's first node, which decides where an element outside every element goes.
    private var documentStart = DocumentStart.none
    private enum DocumentStart { case none, element(Int32), other }
    /// Whether a DOCTYPE has been seen (SAX2 keeps the first; it becomes the document's first node).
    private var sawDoctype = false

    /// The text node being collected: open while nothing else has been added since its first
    /// bytes; its bytes (kept only outside skipped content).
    private var textOpen = false
    private var textIsCDATA = false
    private var textParent: Int32 = -1
    private var text: [UInt8] = []

    /// Names as libxml2 interns them (one pointer per distinct name for the whole parse),
    /// with whether the element's content is skipped (``HTMLTreeBuilder/skippedContent``).
    private var names: [UnsafePointer<xmlChar>: (name: String, skipsContent: Bool)] = [:]
    private var attributeNames: [UnsafePointer<xmlChar>: String?] = [:]
    /// Class values repeat across a page: their words are split once.
    private var classWords: [String: [String]] = [:]

    init(context: htmlParserCtxtPtr) {
        self.context = context
    }

    /// Sets `handler`'s callbacks to ours and every other callback to none.
    static func install(on handler: UnsafeMutablePointer<htmlSAXHandler>) {
        var callbacks = htmlSAXHandler()
        callbacks.initialized = 1
        callbacks.startElement = { context, name, attributes in
            SAXTreeBuilder.builder(context)?.pointee.startElement(name, attributes)
        }
        callbacks.endElement = { context, _ in
            SAXTreeBuilder.builder(context)?.pointee.endElement()
        }
        callbacks.characters = { context, bytes, length in
            SAXTreeBuilder.builder(context)?.pointee.addText(bytes, Int(length), isCDATA: false)
        }
        callbacks.cdataBlock = { context, bytes, length in
            SAXTreeBuilder.builder(context)?.pointee.addText(bytes, Int(length), isCDATA: true)
        }
        callbacks.comment = { context, _ in
            SAXTreeBuilder.builder(context)?.pointee.addOtherNode()
        }
        callbacks.processingInstruction = { context, _, _ in
            SAXTreeBuilder.builder(context)?.pointee.addOtherNode()
        }
        callbacks.internalSubset = { context, _, _, _ in
            SAXTreeBuilder.builder(context)?.pointee.addDoctype()
        }
        handler.pointee = callbacks
    }

    /// The builder of the parse whose context (libxml2's `userData`) is `context`.
    private static func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXTreeBuilder>? {
        context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private?.assumingMemoryBound(to: SAXTreeBuilder.self)
    }

    /// Ends the text node being collected, adding it to the tree when kept.
    mutating func endText() {
        guard textOpen else { return }
        textOpen = false
        guard textParent >= 0 else { return }
        // libxml2's node holds a C string: it would end at a NUL byte.
        text.append(0)
        let string = text.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { String(cString: $0) } ?? ""
        }
        text.removeAll(keepingCapacity: true)
        _ = tree.append(tag: HTMLTree.textTag, parent: textParent, text: string)
    }

    private mutating func addText(_ bytes: UnsafePointer<xmlChar>?, _ length: Int, isCDATA: Bool) {
        // Outside every element: SAX2 has no node to put it in.
        guard let parent = open.last, let bytes, length > 0 else { return }
        if !(textOpen && textIsCDATA == isCDATA) {
            endText()
            textOpen = true
            textIsCDATA = isCDATA
            textParent = parent
        }
        if parent >= 0 { text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length)) }
    }

    /// A comment or processing instruction: not kept, but it ends a text run and may be the
    /// document's first node.
    private mutating func addOtherNode() {
        endText()
        if open.isEmpty, case .none = documentStart { documentStart = .other }
    }

    private mutating func addDoctype() {
        guard !sawDoctype else { return }
        sawDoctype = true
        // SAX2 puts the DOCTYPE first among the document's nodes.
        documentStart = .other
    }

    private mutating func endElement() {
        endText()
        if !open.isEmpty { open.removeLast() }
    }

    private mutating func startElement(_ namePointer: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        endText()
        guard let namePointer else { return }
        // Deeper than SAX2's limit: attached to the open element at the limit (see the type).
        let maximumDepth = HTMLTreeBuilder.maximumDepth
        let parent: Int32
        if open.count > maximumDepth {
            parent = open[maximumDepth]
        } else if let last = open.last {
            parent = last
        } else if case .element(let root) = documentStart {
            parent = root
        } else {
            parent = 0
        }
        guard parent >= 0 else {
            open.append(-1)
            return
        }
        let (name, skipsContentByName) = tagName(namePointer)
        let index = tree.append(tag: name, parent: parent)
        if open.isEmpty, case .none = documentStart { documentStart = .element(index) }
        let kept = keptAttributes(attributes)
        var skipsContent = skipsContentByName
        if let kept {
            tree.attributes[index] = kept
            let words = HTMLTreeBuilder.hintWords(of: kept, cache: &classWords)
            if !words.isEmpty { tree.words[index] = words }
        }
        if name == "script", !Self.isJSONLD(kept?["type"]) { skipsContent = true }
        open.append(skipsContent ? -1 : index)
    }

    /// The element name as SAX2 stores it: lower-case, without a namespace prefix (the part up
    /// to the first colon, when something follows it and the name does not start with one).
    private mutating func tagName(_ pointer: UnsafePointer<xmlChar>) -> (name: String, skipsContent: Bool) {
        if let known = names[pointer] { return known }
        var name = String(cString: pointer)
        if let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")), colon != name.utf8.startIndex,
           name.utf8.index(after: colon) != name.utf8.endIndex {
            name = String(name[name.utf8.index(after: colon)...])
        }
        name = name.lowercased()
        let known = (name, HTMLTreeBuilder.skippedContent.contains(name))
        names[pointer] = known
        return known
    }

    /// Whether a script's `type` names JSON-LD (holds "ld+json", ignoring case).
    static func isJSONLD(_ type: String?) -> Bool {
        guard var type else { return false }
        // An ASCII value (nearly all) is searched on its bytes, A–Z folded to a–z.
        let ascii: Bool? = type.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let needle: [UInt8] = Array("ld+json".utf8)
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) {
                var matches = true
                for offset in 0..<needle.count {
                    let byte = bytes[start + offset]
                    if (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) != needle[offset] {
                        matches = false
                        break
                    }
                }
                if matches { return true }
            }
            return false
        }
        return ascii ?? type.lowercased().contains("ld+json")
    }

    /// The kept attributes (``HTMLTreeBuilder/keptAttributes``) of a start tag, or `nil`.
    private mutating func keptAttributes(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [String: String]? {
        guard let attributes else { return nil }
        // First the kept names, so that the dictionary is made once at its size.
        var keys: [(key: String, value: UnsafePointer<xmlChar>?)] = []
        var index = 0
        while let namePointer = attributes[index] {
            let valuePointer = attributes[index + 1]
            index += 2
            let key: String?
            if let known = attributeNames[namePointer] {
                key = known
            } else {
                let lowered = String(cString: namePointer).lowercased()
                key = HTMLTreeBuilder.keptAttributes.contains(lowered) ? lowered : nil
                attributeNames[namePointer] = key
            }
            if let key { keys.append((key, valuePointer)) }
        }
        guard !keys.isEmpty else { return nil }
        var kept = [String: String](minimumCapacity: keys.count)
        for (key, value) in keys { kept[key] = value.map { String(cString: $0) } ?? "" }
        return kept
    }
}
