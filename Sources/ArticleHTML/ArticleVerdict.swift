import ArticleModel

/// Whether an extracted page is an article, or a page of another kind that would show as
/// junk: an index of teasers, a login wall, or a page with almost no text.
///
/// Rules (our thresholds, from how such pages are built):
/// - **no text**: the body (every block but the headline) has under ``minimumText``
///   characters (a Han, kana or Hangul character counts as three);
/// - **login page**: the page has a password field and under 1,000 characters of body;
/// - **index page**: the page has at least 8 teasers (headings or `article` boxes whose text
///   is mostly one link) and under 1,500 characters of body, or more than 60% of the body's
///   characters are link text.
public enum ArticleVerdict: Equatable, Sendable {
    /// An article.
    case article
    /// Not an article; the reason is one short phrase for an error message.
    case notAnArticle(reason: String)

    /// Bodies shorter than this many characters are "almost no text".
    public static let minimumText = 200

    static func judge(article: Article, tree: HTMLTree) -> ArticleVerdict {
        let body = article.blocks.filter { $0.kind != .headline }
        let length = body.reduce(0) { $0 + weightedLength($1.text) }
        var hasPassword = false
        var teasers = 0
        for index in 0..<tree.count {
            let tag = tree.tags[index]
            if tag == "input", tree.attribute("type", of: Int32(index))?.lowercased() == "password" { hasPassword = true }
            if ["h2", "h3", "h4", "article"].contains(tag), isTeaser(Int32(index), tree: tree) { teasers += 1 }
        }
        if hasPassword && length < 1000 { return .notAnArticle(reason: "a login page") }
        var linked = 0
        let starts = body.isEmpty ? 0 : 1
        for link in article.links where link.range.block >= starts {
            linked += link.range.end - link.range.start
        }
        if teasers >= 8 && length < 1500 || length >= minimumText && linked * 10 > length * 6 {
            return .notAnArticle(reason: "an index page of \(max(teasers, article.links.count)) story links")
        }
        if length < minimumText {
            return .notAnArticle(reason: length == 0 ? "no article text found" : "almost no text (\(length) characters)")
        }
        return .article
    }

    /// Characters, with each Han, kana or Hangul character counted as three (one of them
    /// carries about as much as a short Latin-script word).
    static func weightedLength(_ text: String) -> Int {
        var length = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: length += 3
            default: length += 1
            }
        }
        return length
    }

    /// A heading or box whose text is mostly inside one link.
    static func isTeaser(_ node: Int32, tree: HTMLTree) -> Bool {
        guard tree.textBytes[Int(node)] <= 1500 else { return false }
        let text = tree.textContent(of: node)
        guard text.count >= 15 else { return false }
        for descendant in tree.descendants(of: node) where tree.tags[Int(descendant)] == "a" {
            if tree.textContent(of: descendant).count * 10 >= text.count * 6 { return true }
        }
        return false
    }
}
