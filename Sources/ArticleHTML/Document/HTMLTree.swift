/// A parsed page as a compact tree of elements and text, copied out of libxml2's document so
/// that extraction is plain Swift over arrays (no pointers, no recursion: a page nested
/// 100,000 deep is walked with explicit stacks).
///
/// Node 0 is the document root (tag `#document`). Element names are lower-case as libxml2's
/// HTML parser gives them; text nodes have the tag ``textTag`` and their text in ``text``.
/// Comments, processing instructions and the DOCTYPE are not kept.
struct HTMLTree {
    /// The tag of a text node.
    static let textTag = "#text"

    /// Element name, or ``textTag``.
    var tags: [String] = ["#document"]
    /// Whether each node is a text node (tested far more often than any tag).
    var textNodes: [Bool] = [false]
    /// Parent index (-1 for the root).
    var parents: [Int32] = [-1]
    /// Children of each node in document order (``children[node]``), filled by
    /// ``finishBuilding()``.
    var children = ChildLists()
    /// Text of a text node (as libxml2 decoded it: character references resolved); empty for
    /// elements.
    var text: [String] = [""]
    /// Attributes of elements that have any of those read (``HTMLTreeBuilder/keptAttributes``),
    /// by node index; names lower-case.
    var attributes = NodeMap<[String: String]>()
    /// Class and id words (``ClassHints/words(classAndID:)``) of each element that has any,
    /// read once when the tree is built.
    var words = NodeMap<[String]>()
    /// UTF-8 bytes of all text under each node (whitespace included), filled by
    /// ``measureText()``: a cheap bound before building a node's text.
    var textBytes: [Int32] = [0]

    /// The children of every node, in one array (node `i`'s children are
    /// `items[starts[i]..<starts[i + 1]]`), instead of an array per node.
    struct ChildLists {
        var starts: [Int32] = [0, 0]
        var items: [Int32] = []

        /// The children of node `node`, in document order.
        subscript(node: Int) -> ArraySlice<Int32> {
            items[Int(starts[node])..<Int(starts[node + 1])]
        }
    }

    /// Fills ``children`` from ``parents`` and ``textBytes`` (see ``measureText()``): called
    /// once all nodes are appended.
    mutating func finishBuilding() {
        let count = tags.count
        var starts = [Int32](repeating: 0, count: count + 1)
        for index in 1..<max(count, 1) { starts[Int(parents[index]) + 1] += 1 }
        for index in 0..<count { starts[index + 1] += starts[index] }
        var next = starts
        var items = [Int32](repeating: 0, count: max(count - 1, 0))
        // Nodes are numbered in document order, so each node's children arrive in order.
        for index in 1..<max(count, 1) {
            let parent = Int(parents[index])
            items[Int(next[parent])] = Int32(index)
            next[parent] += 1
        }
        children = ChildLists(starts: starts, items: items)
        measureText()
    }

    /// Per text node, its length in characters as extraction counts them and its commas
    /// (``ContentExtractor/measure(_:)``), filled by ``measureText()``; zero for elements.
    var measures: [(length: Int32, commas: Int32)] = [(0, 0)]

    /// Fills ``textBytes`` and ``measures`` in one pass, children before parents.
    mutating func measureText() {
        textBytes = [Int32](repeating: 0, count: tags.count)
        measures = [(length: Int32, commas: Int32)](repeating: (0, 0), count: tags.count)
        for index in stride(from: tags.count - 1, through: 1, by: -1) {
            if textNodes[index] {
                textBytes[index] += Int32(clamping: text[index].utf8.count)
                let (length, commas) = ContentExtractor.measure(text[index])
                measures[index] = (length, commas)
            }
            let parent = Int(parents[index])
            textBytes[parent] = textBytes[parent] &+ textBytes[index]
        }
    }

    /// The number of nodes.
    var count: Int { tags.count }

    /// Adds a node under `parent` (nodes are appended in document order) and returns its
    /// index; ``finishBuilding()`` must follow the last one.
    mutating func append(tag: String, parent: Int32, text nodeText: String = "") -> Int32 {
        let index = Int32(tags.count)
        tags.append(tag)
        textNodes.append(tag == Self.textTag)
        parents.append(parent)
        text.append(nodeText)
        return index
    }

    /// The attribute `name` (lower-case) of node `node`, or `nil`.
    func attribute(_ name: String, of node: Int32) -> String? {
        attributes[node]?[name]
    }

    /// Whether `node` is a text node.
    func isText(_ node: Int32) -> Bool { textNodes[Int(node)] }

    /// The nodes under `node` (itself first) in document order, skipping the subtrees of
    /// nodes for which `skip` is true (the root of the walk is never skipped).
    func descendants(of node: Int32, skip: (Int32) -> Bool = { _ in false }) -> [Int32] {
        var result: [Int32] = []
        var stack: [Int32] = [node]
        while let current = stack.popLast() {
            if current != node && skip(current) { continue }
            result.append(current)
            for child in children[Int(current)].reversed() { stack.append(child) }
        }
        return result
    }

    /// The first element under `node` (itself included) named `tag`, in document order.
    func first(_ tag: String, under node: Int32 = 0) -> Int32? {
        var stack: [Int32] = [node]
        while let current = stack.popLast() {
            if tags[Int(current)] == tag { return current }
            for child in children[Int(current)].reversed() { stack.append(child) }
        }
        return nil
    }

    /// All elements named `tag` in document order.
    func all(_ tag: String) -> [Int32] {
        var result: [Int32] = []
        let wantsText = tag == Self.textTag
        for index in 0..<tags.count where textNodes[index] == wantsText && tags[index] == tag { result.append(Int32(index)) }
        return result
    }

    /// The text under `node` with whitespace collapsed and trimmed (as a reader sees inline
    /// text), skipping subtrees for which `skip` is true.
    func textContent(of node: Int32, skip: (Int32) -> Bool = { _ in false }) -> String {
        var raw = ""
        for current in descendants(of: node, skip: skip) where isText(current) {
            raw += text[Int(current)]
        }
        return HTMLText.collapsingWhitespace(raw)
    }

    /// Whether `ancestor` is `node` or one of its ancestors.
    func contains(_ ancestor: Int32, _ node: Int32) -> Bool {
        var current = node
        while current >= 0 {
            if current == ancestor { return true }
            current = parents[Int(current)]
        }
        return false
    }
}

/// A value for some nodes of an ``HTMLTree``, looked up by node index: an array with a slot
/// per node (no hashing), grown as nodes with values are added.
struct NodeMap<Value> {
    private var values: [Value?] = []

    /// The value of `node`, or `nil`.
    subscript(node: Int32) -> Value? {
        get { Int(node) < values.count ? values[Int(node)] : nil }
        set {
            let index = Int(node)
            if index >= values.count {
                guard newValue != nil else { return }
                values.append(contentsOf: repeatElement(nil, count: index - values.count + 1))
            }
            values[index] = newValue
        }
    }
}
