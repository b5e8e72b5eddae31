import CLibXML2

/// Parses UTF-8 HTML with libxml2's HTML parser and copies the result into an ``HTMLTree``.
///
/// Options: `HTML_PARSE_RECOVER` (real pages are malformed), `HTML_PARSE_NOERROR` and
/// `HTML_PARSE_NOWARNING` (nothing printed), `HTML_PARSE_NONET` (no network access of any
/// kind), `HTML_PARSE_COMPACT`. libxml2's HTML parser reads no DTD and resolves no external
/// entity; scripts are text it never runs. `HTML_PARSE_NOBLANKS` is *not* used: it drops the
/// whitespace-only text between inline elements, which would glue words together
/// (`<b>a</b> <i>b</i>` would read "ab").
enum HTMLTreeBuilder {
    /// Elements whose content is never article text and need not be copied (their text is
    /// skipped; `script` is kept only when it holds JSON-LD). `noscript` is kept: it is what
    /// a reader without scripts sees, and some pages hold their whole article there.
    static let skippedContent: Set<String> = ["style", "template", "svg", "math", "canvas", "iframe", "object"]

    /// Parses `utf8` (already converted to UTF-8) into a tree; an empty or unparsable input
    /// gives a tree with only the root.
    static func parse(_ utf8: [UInt8]) -> HTMLTree {
        var tree = HTMLTree()
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return tree }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else { return tree }
        defer { xmlFreeDoc(document) }
        copy(from: document, into: &tree)
        tree.finishBuilding()
        return tree
    }

    /// The attributes that extraction and metadata read; the others are not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "hidden", "aria-hidden", "href", "rel", "type", "content", "name",
        "property", "itemprop", "datetime",
    ]

    /// Walks libxml2's tree without recursion and appends its elements and text.
    private static func copy(from document: htmlDocPtr, into tree: inout HTMLTree) {
        // libxml2 keeps element and attribute names in its dictionary: one string per name.
        var names: [UnsafePointer<xmlChar>: String] = [:]
        var attributeNames: [UnsafePointer<xmlChar>: String?] = [:]
        // Class values repeat across a page: their words are split once.
        var classWords: [String: [String]] = [:]
        // (libxml2 node, our parent index); children are pushed last first.
        var stack: [(xmlNodePtr, Int32)] = []
        var child = document.pointee.last
        while let node = child { stack.append((node, 0)); child = node.pointee.prev }
        while let (node, parent) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                guard let namePointer = node.pointee.name else { continue }
                let name: String
                if let known = names[namePointer] {
                    name = known
                } else {
                    name = String(cString: namePointer).lowercased()
                    names[namePointer] = name
                }
                let index = tree.append(tag: name, parent: parent)
                var attributes: [String: String] = [:]
                var property = node.pointee.properties
                while let attribute = property {
                    if let attributeName = attribute.pointee.name {
                        let kept: String?
                        if let known = attributeNames[attributeName] {
                            kept = known
                        } else {
                            let key = String(cString: attributeName).lowercased()
                            kept = keptAttributes.contains(key) ? key : nil
                            attributeNames[attributeName] = kept
                        }
                        guard let key = kept else { property = attribute.pointee.next; continue }
                        var value = ""
                        var valueNode = attribute.pointee.children
                        while let textNode = valueNode {
                            if let content = textNode.pointee.content { value += String(cString: content) }
                            valueNode = textNode.pointee.next
                        }
                        attributes[key] = value
                    }
                    property = attribute.pointee.next
                }
                if !attributes.isEmpty {
                    tree.attributes[index] = attributes
                    var words: [String] = []
                    if let value = attributes["class"] {
                        if let known = classWords[value] {
                            words = known
                        } else {
                            words = ClassHints.words(value)
                            classWords[value] = words
                        }
                    }
                    if let value = attributes["id"] { words += ClassHints.words(value) }
                    if !words.isEmpty { tree.words[index] = words }
                }
                if skippedContent.contains(name) { continue }
                if name == "script" {
                    let type = attributes["type"]?.lowercased() ?? ""
                    guard type.contains("ld+json") else { continue }
                }
                var previous = node.pointee.last
                while let childNode = previous { stack.append((childNode, index)); previous = childNode.pointee.prev }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    _ = tree.append(tag: HTMLTree.textTag, parent: parent, text: String(cString: content))
                }
            default:
                continue
            }
        }
    }
}
