import Yams

/// The metadata a Markdown post declares in its front matter, as written.
///
/// Front matter is the block at the very start of a post between two fence lines: `---`
/// (YAML, the Jekyll and Hugo convention; a closing `...` is accepted as YAML allows) or `+++`
/// (TOML, Hugo). Only YAML is read, through Yams; a TOML block, YAML that does not parse, or
/// YAML that uses aliases (which could expand without bound) is hidden from the article and
/// yields no metadata. Character references in values (`&ldquo;`) are decoded, since the
/// generators insert these values into HTML as they are.
///
/// Keys read (the common ones of Jekyll, Hugo and Eleventy): `title` (else `headline`);
/// `authors` or `author` (a string, a list of strings, or mappings with a `name`), and
/// `byline`; `date` (else `published`, `publishDate`, `pubDate`); `description` (else
/// `summary`, `excerpt`, `subtitle`); `tags` and `keywords` (a list, or a string split at
/// commas); `canonical_url` (else `canonical`, `url`, `permalink`) when absolute.
struct FrontMatter: Equatable {
    var title: String?
    var authors: [String] = []
    var date: String?
    var description: String?
    var tags: [String] = []
    var url: String?

    /// The largest front matter handed to the YAML parser, in bytes: 64 KiB (posts have a
    /// few hundred bytes).
    static let yamlLimit = 64 * 1024

    /// Where the front matter of `bytes` ends: the offset just after its closing fence line,
    /// and its YAML text (`nil` for TOML); `nil` when `bytes` has no front matter.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (end: Int, yaml: String?)? {
        guard bytes.count >= 4 else { return nil }
        let fence: UInt8
        switch (bytes[0], bytes[1], bytes[2]) {
        case (0x2D, 0x2D, 0x2D): fence = 0x2D  // ---
        case (0x2B, 0x2B, 0x2B): fence = 0x2B  // +++
        default: return nil
        }
        // The opening line: the fence and nothing else but trailing blanks.
        var index = 3
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < bytes.count, bytes[index] == 0x0A else { return nil }
        let contentStart = index + 1
        var lineStart = contentStart
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if isClosingFence(bytes, lineStart, lineEnd, fence: fence) {
                let end = min(lineEnd + 1, bytes.count)
                guard fence == 0x2D else { return (end, nil) }
                let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<lineStart]), as: UTF8.self)
                return (end, yaml)
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    private static func isClosingFence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, fence: UInt8) -> Bool {
        guard end - start >= 3 else { return false }
        let marker = bytes[start]
        guard marker == fence || (fence == 0x2D && marker == 0x2E) else { return false }
        guard bytes[start + 1] == marker, bytes[start + 2] == marker else { return false }
        var index = start + 3
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index == end
    }

    /// Reads the keys listed on the type from YAML text; empty metadata when it does not
    /// parse, is not a mapping, uses aliases or is longer than ``yamlLimit``.
    init(yaml: String) {
        guard yaml.utf8.count <= Self.yamlLimit, !Self.mayUseAliases(yaml) else { return }
        guard let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping else { return }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string?.lowercased(), values[name] == nil else { continue }
            values[name] = value
        }
        func first(_ keys: [String]) -> Node? { keys.lazy.compactMap { values[$0] }.first }
        title = first(["title", "headline"]).flatMap(Self.text)
        authors = first(["authors", "author", "byline"]).map(Self.names) ?? []
        date = first(["date", "published", "publishdate", "pubdate"]).flatMap(Self.text)
        description = first(["description", "summary", "excerpt", "subtitle"]).flatMap(Self.text)
        var seen = Set<String>()
        for key in ["tags", "keywords"] {
            for tag in values[key].map(Self.list) ?? [] where seen.insert(tag).inserted { tags.append(tag) }
        }
        for key in ["canonical_url", "canonical", "url", "permalink"] {
            if let value = values[key].flatMap(Self.text), LinkTarget.isWeb(value) {
                url = value
                break
            }
        }
    }

    /// Creates empty metadata.
    init() {}

    /// YAML aliases (`*name`) repeat an anchored node (`&name`); nested, they expand
    /// exponentially (the "billion laughs" document). Front matter has no use for them.
    private static func mayUseAliases(_ yaml: String) -> Bool {
        var sawAnchor = false
        var previous: UInt8 = 0x20
        for byte in yaml.utf8 {
            let afterBlank = previous == 0x20 || previous == 0x0A || previous == 0x09 || previous == 0x5B
                || previous == 0x2C || previous == 0x3A || previous == 0x7B || previous == 0x2D
            if afterBlank, byte == 0x26 { sawAnchor = true }
            if afterBlank, byte == 0x2A, sawAnchor { return true }
            previous = byte
        }
        return false
    }

    /// A scalar's text, trimmed; `nil` for an empty scalar or another kind of node.
    private static func text(_ node: Node) -> String? {
        guard let value = node.scalar?.string else { return nil }
        // Static-site generators put these values into HTML as they are: `&ldquo;` means “.
        let trimmed = HTMLEntities.decode(Substring(value)).trimmingBlanks()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Names from a string, a list of strings, or mappings with a `name` (or `title`).
    private static func names(_ node: Node) -> [String] {
        switch node {
        case .scalar: return text(node).map { [$0] } ?? []
        case .sequence(let sequence): return sequence.flatMap(names)
        case .mapping(let mapping):
            for key in ["name", "title", "display_name"] {
                for (entry, value) in mapping where entry.string?.lowercased() == key {
                    if let name = text(value) { return [name] }
                }
            }
            return []
        default: return []
        }
    }

    /// Items of a list, or of a string split at commas.
    private static func list(_ node: Node) -> [String] {
        switch node {
        case .scalar:
            guard let value = text(node) else { return [] }
            return value.split(separator: ",").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
        case .sequence(let sequence): return sequence.compactMap(text)
        default: return []
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line feeds.
    func trimmingBlanks() -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
