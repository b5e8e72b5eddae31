import ArticleModel

/// Whether an extracted page is an article, or a page of another kind that would show as
/// junk: an index of teasers, a login wall, or a page with almost no text.
///
/// Rules (our thresholds, from how such pages are built):
/// - **no text**: the body (every block but the headline) has under ``minimumText``
///   characters (a Han, kana or Hangul character counts as three);
/// - **login page**: the page has a password field and under ``minimumText`` characters of
///   body (a login form beside a real article is common: that page is still an article);
/// - **index page**: no prose (a paragraph of 150 characters or more, or three of 80 or
///   more; on a page that declares itself an article, `og:type` or JSON-LD, one of 80 or
///   more: a paywalled story shows only its opening paragraph), and at least 8 teasers
///   (headings or `article` boxes whose text is mostly one link) or more than 70% of the
///   body's characters in links.
///
/// A page with prose is never called an index page: short articles beside big link lists are common, and showing one is better
/// than refusing it.
public enum ArticleVerdict: Equatable, Sendable {
    /// An article.
    case article
    /// Not an article; the reason is one short phrase for an error message.
    case notAnArticle(reason: String)

    /// Bodies shorter than this many characters are "almost no text".
    public static let minimumText = 100

    static func judge(article: Article, tree: HTMLTree, declaresArticle: Bool = false) -> ArticleVerdict {
        let body = article.blocks.filter { $0.kind != .headline }
        let lengths = body.map { weightedLength($0.text) }
        let length = lengths.reduce(0, +)
        var hasPassword = false
        var teasers = 0
        for index in 0..<tree.count where !tree.textNodes[index] {
            // One switch on the name (an array literal here was built for every element).
            switch tree.tags[index] {
            case "input":
                if tree.attribute("type", of: Int32(index))?.lowercased() == "password" { hasPassword = true }
            case "h2", "h3", "h4", "article":
                if isTeaser(Int32(index), tree: tree) { teasers += 1 }
            default:
                break
            }
        }
        // A real article, however short or link-rich, has at least one full paragraph.
        let paragraphLengths = body.indices.filter { body[$0].kind == .paragraph || body[$0].kind == .blockquote }.map { lengths[$0] }
        let longest = paragraphLengths.max() ?? 0
        let hasProse = longest >= 150 || paragraphLengths.filter { $0 >= 80 }.count >= 3
            || (declaresArticle && longest >= 80)
        if hasPassword && length < Self.minimumText { return .notAnArticle(reason: "a login page") }
        var linked = 0
        let starts = body.isEmpty ? 0 : 1
        for link in article.links where link.range.block >= starts {
            linked += link.range.end - link.range.start
        }
        if !hasProse && (teasers >= 8 || length >= minimumText && linked * 10 > length * 7) {
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
        var text = text
        // On the UTF-8 bytes: one per scalar (every byte but continuation bytes); the ranges
        // counted as three are all three-byte scalars, decoded only after such a lead byte.
        return text.withUTF8 { bytes in
            var length = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    length += 1
                    index += 1
                    continue
                }
                if byte & 0xC0 == 0x80 {
                    index += 1
                    continue
                }
                length += 1
                if byte & 0xF0 == 0xE0, index + 2 < count {
                    let value = (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                    switch value {
                    case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: length += 2
                    default: break
                    }
                }
                index += 1
            }
            return length
        }
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
