extension HTMLTree {
    /// Moves what a page has after its `</body>` or `</html>` into its `body`, as an HTML5
    /// parser does ("after body" and "after after body" insertion modes: such content is
    /// body content). libxml2 instead puts it beside the `body` (under the `html` element, or
    /// under a second `html` element it opens for it), where extraction, which reads the body,
    /// would lose it.
    ///
    /// Moved: every child of the first `html` element that follows its first `body` (except a
    /// `head`), and every child of the document that follows that `html` element. A moved
    /// `html` or `body` element (a second one libxml2 opened) is dissolved: its children are
    /// moved too, and it stays behind, empty, renamed `div`. Node numbers do not change: the
    /// moved nodes come after all of the body's nodes in document order, so the tree stays in
    /// document order. Pages without such content are left untouched at the cost of a look
    /// at the top nodes.
    mutating func movingLateContentIntoBody() {
        guard count > 1,
              let html = children[0].first(where: { !textNodes[Int($0)] && tags[Int($0)] == "html" }),
              let body = children[Int(html)].first(where: { !textNodes[Int($0)] && tags[Int($0)] == "body" }) else { return }
        var late = children[Int(html)].filter { $0 > body && (textNodes[Int($0)] || tags[Int($0)] != "head") }
        late += children[0].filter { $0 > html }
        guard !late.isEmpty else { return }
        while let node = late.popLast() {
            parents[Int(node)] = body
            guard !textNodes[Int(node)], tags[Int(node)] == "html" || tags[Int(node)] == "body" else { continue }
            tags[Int(node)] = "div"
            late += children[Int(node)]
        }
        finishBuilding()
    }
}
