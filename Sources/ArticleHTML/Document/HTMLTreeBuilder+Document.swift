import CLibXML2

extension HTMLTreeBuilder {
    /// The tree libxml2's own tree builder gives (`htmlReadMemory`, same options), copied
    /// node by node: the reference ``parse(_:)`` must equal, which the tests check on the
    /// fixture pages, the corpus pages and malformed markup. Not used to read pages.
    ///
    /// With `huge`, `XML_PARSE_HUGE` is added (libxml2 2.9 has no HTML_ name for it; its HTML parser honours it): SAX2 then neither stops at 256 open elements
    /// nor at a 10,000,000-byte text node, as ``parse(_:)`` does not (the tests compare the
    /// text of such pages against this tree).
    static func documentTree(_ utf8: [UInt8], huge: Bool = false) -> HTMLTree {
        var tree = HTMLTree()
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return tree }
        let document: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", huge ? options | Int32(XML_PARSE_HUGE.rawValue) : options)
                }
            }
        }
        guard let document else { return tree }
        defer { xmlFreeDoc(document) }
        copy(from: document, into: &tree)
        tree.finishBuilding()
        return tree
    }

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
                    let words = hintWords(of: attributes, cache: &classWords)
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
