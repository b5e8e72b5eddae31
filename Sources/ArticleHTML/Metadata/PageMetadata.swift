import Foundation

/// What a page says about itself outside its running text: `<meta>` tags (Open Graph,
/// `article:*`, `author`, Dublin Core), JSON-LD (schema.org `Article` and its subtypes),
/// `<title>`, `<link rel=canonical>`, `rel=author` links and `<time>` elements.
struct PageMetadata {
    var openGraphTitle: String?
    var jsonLDHeadline: String?
    var documentTitle: String?
    var siteName: String?
    var authors: [String] = []
    var published: String?
    var canonicalURL: String?
    var articleBody: String?
    var description: String?
    /// Whether the page says it is an article: `og:type` "article", or a JSON-LD object of
    /// an article type (``isArticleType(_:)``).
    var declaresArticle = false

    /// Schema.org types that are articles (`NewsArticle`, `BlogPosting`, … all end in
    /// "Article" or "Posting"; `Report` and `WebPage` with a body count too).
    static func isArticleType(_ type: Any?) -> Bool {
        let types: [String] = (type as? [Any])?.compactMap { $0 as? String } ?? [(type as? String) ?? ""]
        return types.contains { $0.hasSuffix("Article") || $0.hasSuffix("Posting") || $0 == "Report" }
    }

    /// Reads the metadata of `tree`.
    init(_ tree: HTMLTree) {
        var metaAuthors: [String] = []
        for node in tree.all("meta") {
            guard let attributes = tree.attributes[node], let content = attributes["content"].map(HTMLText.collapsingWhitespace), !content.isEmpty else { continue }
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
            switch key {
            case "og:title", "twitter:title": if openGraphTitle == nil { openGraphTitle = content }
            case "og:site_name", "application-name": if siteName == nil { siteName = content }
            case "author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl":
                if !content.lowercased().hasPrefix("http") { metaAuthors.append(content) }
            case "article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date",
                 "dc.date.issued", "og:published_time", "sailthru.date", "parsely-pub-date", "publishdate":
                if published == nil { published = content }
            case "og:description", "description": if description == nil { description = content }
            case "og:url": if canonicalURL == nil { canonicalURL = content }
            case "og:type": if content.lowercased() == "article" { declaresArticle = true }
            default: break
            }
        }
        for node in tree.all("title") {
            let text = tree.textContent(of: node)
            if !text.isEmpty { documentTitle = text; break }
        }
        for node in tree.all("link") {
            guard let attributes = tree.attributes[node] else { continue }
            if attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"], canonicalURL == nil {
                canonicalURL = href
            }
        }
        for node in tree.all("script") {
            guard tree.attribute("type", of: node)?.lowercased().contains("ld+json") == true else { continue }
            var raw = ""
            for child in tree.children[Int(node)] where tree.isText(child) { raw += tree.text[Int(child)] }
            readJSONLD(raw)
        }
        // Authors: JSON-LD first (structured), then meta tags, then rel=author links.
        if authors.isEmpty { authors = metaAuthors.flatMap(Self.splitNames) }
        if authors.isEmpty {
            for node in tree.all("a") where tree.attribute("rel", of: node)?.lowercased().contains("author") == true {
                let name = tree.textContent(of: node)
                if !name.isEmpty, name.count < 60 { authors.append(name) }
            }
        }
        authors = Self.deduplicated(authors.map(Self.cleanName).filter { !$0.isEmpty && $0.count <= 80 })
        if published == nil {
            for node in tree.all("time") {
                if let value = tree.attribute("datetime", of: node), !value.isEmpty { published = value; break }
            }
        }
    }

    /// Reads one JSON-LD script: the first article object (also inside `@graph` or arrays).
    private mutating func readJSONLD(_ raw: String) {
        var raw = raw.trimmingCharacters(in: " \n\t\r")
        // JSON-LD wrapped in a CDATA section ("<![CDATA[ {…} ]]>", maybe behind "//").
        for opening in ["<![CDATA[", "//<![CDATA["] where raw.hasPrefix(opening) {
            raw = String(raw.dropFirst(opening.count))
            for closing in ["//]]>", "]]>"] where raw.hasSuffix(closing) {
                raw = String(raw.dropLast(closing.count))
                break
            }
            break
        }
        guard let data = raw.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        var queue: [Any] = [json]
        var visited = 0
        while !queue.isEmpty, visited < 200 {
            let item = queue.removeFirst()
            visited += 1
            if let array = item as? [Any] { queue.append(contentsOf: array); continue }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { queue.append(graph) }
            if siteName == nil, object["@type"] as? String == "WebSite", let name = object["name"] as? String {
                siteName = HTMLText.collapsingWhitespace(name)
            }
            guard Self.isArticleType(object["@type"]) else { continue }
            declaresArticle = true
            if jsonLDHeadline == nil, let headline = (object["headline"] ?? object["name"]) as? String {
                jsonLDHeadline = HTMLText.collapsingWhitespace(Self.unescapeEntities(headline))
            }
            if authors.isEmpty, let author = object["author"] { authors = Self.names(in: author) }
            if published == nil, let date = object["datePublished"] as? String { published = date }
            if siteName == nil, let publisher = object["publisher"] as? [String: Any], let name = publisher["name"] as? String {
                siteName = HTMLText.collapsingWhitespace(name)
            }
            if articleBody == nil, let body = object["articleBody"] as? String, !body.isEmpty { articleBody = body }
        }
    }

    /// Names in a JSON-LD `author` value: a string, a `Person`/`Organization` object, or an
    /// array of them.
    static func names(in value: Any) -> [String] {
        if let name = value as? String { return splitNames(name) }
        if let object = value as? [String: Any], let name = object["name"] as? String { return [name] }
        if let array = value as? [Any] { return array.flatMap { names(in: $0) } }
        return []
    }

    /// "Ana Ruiz and Tom Bell", "Ana Ruiz, Tom Bell" → two names.
    static func splitNames(_ text: String) -> [String] {
        var names: [String] = []
        for part in text.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .replacingOccurrences(of: ";", with: ",").split(separator: ",") {
            let name = cleanName(String(part))
            if !name.isEmpty { names.append(name) }
        }
        return names
    }

    /// Removes a leading "By" and surrounding whitespace.
    static func cleanName(_ name: String) -> String {
        var text = HTMLText.collapsingWhitespace(name)
        for prefix in ["By ", "by ", "BY "] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        return text
    }

    /// `names` without repeats (case-insensitive), in order.
    static func deduplicated(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    /// The five XML entities and numeric references some sites leave in JSON-LD strings.
    static func unescapeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#039;", with: "'")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
