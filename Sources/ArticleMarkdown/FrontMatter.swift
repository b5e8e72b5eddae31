import CTOMLGuard
import TOMLKit
import Yams

/// The metadata a Markdown post declares in its front matter, as written.
///
/// Front matter is the block at the very start of a post between two fence lines: `---`
/// (YAML, the Jekyll and Hugo convention; a closing `...` is accepted as YAML allows) read
/// through Yams, or `+++` (TOML, Hugo's convention) read through TOMLKit. It is always hidden
/// from the article; front matter that does not parse, is not a table (mapping), is longer
/// than ``sizeLimit``, nests deeper than ``nestingLimit``, or (YAML) uses aliases, which could
/// expand without bound, yields no metadata. Character references in values (`&ldquo;`) are
/// decoded, since the generators insert these values into HTML as they are.
///
/// Keys read, case-insensitively (the common ones of Jekyll, Hugo and Eleventy): `title`
/// (else `headline`); `authors` or `author` (a string, a list of strings, or mappings with a
/// `name`), and `byline`; `date` (else `published`, `publishDate`, `pubDate`); `description`
/// (else `summary`, `excerpt`, `subtitle`); `tags` and `keywords` (a list, or a string split
/// at commas); `canonical_url` (else `canonical`, `url`, `permalink`) when absolute. In TOML,
/// authors and the description are also looked for in a `[params]` table (where Hugo themes
/// keep them), and a date may be a TOML date or date-time, taken in its RFC 3339 form.
struct FrontMatter: Equatable {
    var title: String?
    var authors: [String] = []
    var date: String?
    var description: String?
    var tags: [String] = []
    var url: String?

    /// The largest front matter handed to a parser, in bytes: 64 KiB (posts have a few
    /// hundred bytes).
    static let sizeLimit = 64 * 1024

    /// The front-matter keys read for each field, YAML and TOML alike, compared lower-cased;
    /// the first present wins (Jekyll's and Hugo's usual names and common variants).
    enum Keys {
        static let title = ["title", "headline"]
        static let authors = ["authors", "author", "byline"]
        static let date = ["date", "published", "publishdate", "pubdate"]
        static let description = ["description", "summary", "excerpt", "subtitle"]
        /// Every one of these is read, its tags added in order without repeats.
        static let tags = ["tags", "keywords"]
        /// The first that holds an http or https URL.
        static let url = ["canonical_url", "canonical", "url", "permalink"]
    }

    /// The deepest nesting of brackets and braces (flow collections, inline arrays and
    /// tables) or of dotted-key and table-header parts handed to a parser: 32 (front matter
    /// nests two or three deep; Yams builds its nodes recursively, so a document of thousands
    /// of `[` could exhaust a thread's stack).
    static let nestingLimit = 32

    /// The deepest indentation of a YAML line handed to the parser, in columns (spaces, tabs
    /// and block indicators before its first other character): 128. Every level of YAML's
    /// block nesting indents at least one column more.
    static let indentationLimit = 128

    /// The two front-matter languages.
    enum Language: Equatable { case yaml, toml }

    /// Where the front matter of `bytes` ends: the offset just after its closing fence line,
    /// its language, and the text between the fences; `nil` when `bytes` has no front matter.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (end: Int, language: Language, text: String)? {
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
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<lineStart]), as: UTF8.self)
                return (end, fence == 0x2D ? .yaml : .toml, text)
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

    /// Reads front matter in `language` (``init(yaml:)``, ``init(toml:)``).
    init(_ language: Language, text: String) {
        switch language {
        case .yaml: self.init(yaml: text)
        case .toml: self.init(toml: text)
        }
    }

    /// Reads the keys listed on the type from YAML text; empty metadata when it does not
    /// parse, is not a mapping, uses aliases, is longer than ``sizeLimit`` or nests deeper
    /// than ``nestingLimit``.
    init(yaml: String) {
        guard yaml.utf8.count <= Self.sizeLimit, !Self.mayUseAliases(yaml),
              !Self.exceedsNesting(yaml, language: .yaml) else { return }
        // UTF-8 named outright: Yams' default encoding reads the process environment on every
        // call (`YAMS_DEFAULT_ENCODING`, printing to standard output when it is set), about a
        // third of a million instructions per post.
        guard let node = try? Yams.compose(yaml: yaml, .default, .default, .utf8), let mapping = node.mapping else { return }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string?.lowercased(), values[name] == nil else { continue }
            values[name] = value
        }
        func first(_ keys: [String]) -> Node? { keys.lazy.compactMap { values[$0] }.first }
        title = first(Keys.title).flatMap(Self.text)
        authors = first(Keys.authors).map(Self.names) ?? []
        date = first(Keys.date).flatMap(Self.text)
        description = first(Keys.description).flatMap(Self.text)
        var seen = Set<String>()
        for key in Keys.tags {
            for tag in values[key].map(Self.list) ?? [] where seen.insert(tag).inserted { tags.append(tag) }
        }
        for key in Keys.url {
            if let value = values[key].flatMap(Self.text), LinkTarget.isWeb(value) {
                url = value
                break
            }
        }
    }

    /// Reads the keys listed on the type from TOML text (Hugo's `+++` front matter); empty
    /// metadata when it does not parse, is longer than ``sizeLimit`` or nests deeper than
    /// ``nestingLimit``.
    init(toml: String) {
        guard toml.utf8.count <= Self.sizeLimit, !Self.exceedsNesting(toml, language: .toml),
              !Self.guardRefuses(toml), let table = try? TOMLTable(string: toml) else { return }
        let values = Self.lowercasedKeys(table)
        let params = values["params"]?.table.map(Self.lowercasedKeys) ?? [:]
        func first(_ keys: [String], alsoInParams: Bool = false) -> TOMLValueConvertible? {
            if let value = keys.lazy.compactMap({ values[$0] }).first { return value }
            return alsoInParams ? keys.lazy.compactMap { params[$0] }.first : nil
        }
        title = first(Keys.title).flatMap(Self.text)
        authors = first(Keys.authors, alsoInParams: true).map(Self.names) ?? []
        date = first(Keys.date).flatMap(Self.dateText)
        description = first(Keys.description, alsoInParams: true).flatMap(Self.text)
        var seen = Set<String>()
        for key in Keys.tags {
            for tag in values[key].map(Self.list) ?? [] where seen.insert(tag).inserted { tags.append(tag) }
        }
        for key in Keys.url {
            if let value = values[key].flatMap(Self.text), LinkTarget.isWeb(value) {
                url = value
                break
            }
        }
    }

    /// Creates empty metadata.
    init() {}

    /// Whether the lexical check made before toml++ parses TOML (``CTOMLGuard``: text that
    /// is not TOML 1.0 in form, some of which makes toml++ 3.4.0 abort or misbehave, as
    /// `[[[x]]]` does) refuses `toml`. Such front matter gives no metadata and stays hidden.
    static func guardRefuses(_ toml: String) -> Bool {
        var text = toml
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { byline_toml_refusal($0.baseAddress, $0.count, nil) != nil }
        }
    }

    /// Whether `text` may nest deeper than the limits: more than ``nestingLimit`` brackets
    /// and braces open at once, or (TOML) more than ``nestingLimit`` parts of dotted keys on
    /// one line, or (YAML) a line whose indentation and block indicators (`-`, `?`, `:`)
    /// reach past ``indentationLimit`` columns. YAML brackets are counted even inside quotes,
    /// TOML brackets and dots only outside strings: an over-estimate that real front matter,
    /// a few keys two or three levels deep, never reaches.
    static func exceedsNesting(_ text: String, language: Language) -> Bool {
        var depth = 0
        var dots = 0
        var column = 0
        var lineStart = true
        var quote: UInt8?
        var escaped = false
        for byte in text.utf8 {
            if byte == 0x0A {
                lineStart = true
                column = 0
                dots = 0
                continue
            }
            if lineStart, language == .yaml {
                if byte == 0x20 || byte == 0x09 || byte == 0x2D || byte == 0x3F || byte == 0x3A {
                    column += 1
                    if column > indentationLimit { return true }
                    continue
                }
                lineStart = false
            }
            if language == .toml {
                if let open = quote {
                    if escaped { escaped = false } else if byte == 0x5C, open == 0x22 { escaped = true } else if byte == open { quote = nil }
                    continue
                }
                if byte == 0x22 || byte == 0x27 {
                    quote = byte
                    continue
                }
                if byte == 0x2E {
                    dots += 1
                    if dots >= nestingLimit { return true }
                    continue
                }
            }
            if byte == 0x5B || byte == 0x7B {
                depth += 1
                if depth > nestingLimit { return true }
            } else if byte == 0x5D || byte == 0x7D {
                depth = max(0, depth - 1)
            }
        }
        return false
    }

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
        node.scalar.flatMap { cleaned($0.string) }
    }

    /// `value` with its character references decoded and trimmed; `nil` when empty.
    private static func cleaned(_ value: String) -> String? {
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

// TOML values.
extension FrontMatter {
    /// The table's values by lower-cased key (the first of keys differing only in case).
    private static func lowercasedKeys(_ table: TOMLTable) -> [String: TOMLValueConvertible] {
        var values: [String: TOMLValueConvertible] = [:]
        for key in table.keys {
            let name = key.lowercased()
            guard values[name] == nil, let value = table[key] else { continue }
            values[name] = value
        }
        return values
    }

    /// A string's text, trimmed; `nil` for an empty string or another kind of value.
    private static func text(_ value: TOMLValueConvertible) -> String? {
        value.string.flatMap(cleaned)
    }

    /// A date as text: a string as written, a TOML date or date-time in its RFC 3339 form
    /// (`2024-05-06`, `2024-05-06T09:30:00+02:00`; fractions of a second dropped, a zero
    /// offset written `Z`).
    private static func dateText(_ value: TOMLValueConvertible) -> String? {
        if let date = value.date { return format(date) }
        guard let dateTime = value.dateTime else { return text(value) }
        let time = dateTime.time
        var result = format(dateTime.date) + "T" + pad(time.hour, 2) + ":" + pad(time.minute, 2) + ":" + pad(time.second, 2)
        if let offset = dateTime.offset?.offset {
            if offset == 0 {
                result += "Z"
            } else {
                result += (offset < 0 ? "-" : "+") + pad(abs(offset) / 60, 2) + ":" + pad(abs(offset) % 60, 2)
            }
        }
        return result
    }

    private static func format(_ date: TOMLDate) -> String {
        pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Names from a string, an array of strings, tables with a `name` (or `title`), or one
    /// such table.
    private static func names(_ value: TOMLValueConvertible) -> [String] {
        if value.string != nil { return text(value).map { [$0] } ?? [] }
        if let array = value.array { return array.flatMap { names($0) } }
        if let table = value.table {
            let keys = lowercasedKeys(table)
            for key in ["name", "title", "display_name"] {
                if let name = keys[key].flatMap(text) { return [name] }
            }
        }
        return []
    }

    /// Items of an array of strings, or of a string split at commas.
    private static func list(_ value: TOMLValueConvertible) -> [String] {
        if let array = value.array { return array.compactMap { text($0) } }
        guard let string = text(value) else { return [] }
        return string.split(separator: ",").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
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
