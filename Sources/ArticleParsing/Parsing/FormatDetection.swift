import ArticleModel

/// Decides an input's format when the user did not say: content sniffing first, the file
/// name's extension second, plain text otherwise.
///
/// Content rules (after a UTF-8 byte order mark and leading whitespace), applied to the first
/// ``sniffLength`` bytes, case-insensitively:
/// - HTML when the text starts with `<!doctype html`, `<html`, `<head`, `<body`, or starts
///   with `<` and an HTML comment, `<meta`, `<title`, `<article`, `<div`, `<p>` or `<p `
///   appears, or `<html` / `<body` appear anywhere in the prefix (a page saved after a
///   stray line of text) — the sniffing idea of the WHATWG MIME Sniffing standard, §7.1
///   ("identifying a resource with an unknown MIME type"), reduced to what articles need;
/// - Markdown when the text starts with a front-matter fence (`---` alone on the first line,
///   YAML, the Jekyll/Hugo convention; or `+++`, TOML, Hugo's) closed by a later line of the
///   same fence, or when Markdown syntax is dense in the prefix (``markdownScore(_:)`` at
///   least 3): plain-text articles have no ATX headings, link syntax or code fences, and a
///   hashtag has no space after its `#`.
///
/// Extensions (when the content decided nothing): `.html`, `.htm`, `.xhtml`, `.shtml` →
/// HTML; `.md`, `.markdown`, `.mdown`, `.mkd` → Markdown. Everything else is plain text.
public enum FormatDetection {
    /// How many leading bytes are examined: 4 KiB.
    public static let sniffLength = 4096

    /// The detected format of `bytes` named `name` (a path, `-`, or a URL).
    ///
    /// - Parameters:
    ///   - bytes: the input's bytes (only the first ``sniffLength`` are read).
    ///   - name: the input's name; its extension decides when the content does not.
    /// - Returns: `.html`, `.markdown` or `.plainText`.
    public static func detect(_ bytes: [UInt8], name: String) -> ArticleFormat {
        if let format = sniff(bytes) { return format }
        return byExtension(name) ?? .plainText
    }

    /// The format the content shows, or `nil` when it shows none.
    public static func sniff(_ bytes: [UInt8]) -> ArticleFormat? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let end = min(bytes.count, start + sniffLength)
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D {
            start += 1
        }
        guard start < end else { return nil }
        let prefix = bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let text = String(decoding: prefix, as: UTF8.self)
        if text.hasPrefix("<") {
            for opening in ["<!doctype html", "<html", "<head", "<body"] where text.hasPrefix(opening) {
                return .html
            }
            for tag in ["<!--", "<meta", "<title", "<article", "<div", "<p>", "<p "] where text.contains(tag) {
                return .html
            }
        }
        if text.contains("<html") || text.contains("<body") { return .html }
        for fence in ["---", "+++"] where text.hasPrefix(fence + "\n") || text.hasPrefix(fence + "\r\n") {
            let rest = text.dropFirst(4)
            if rest.contains("\n" + fence + "\n") || rest.contains("\n" + fence + "\r\n") || rest.hasSuffix("\n" + fence) {
                return .markdown
            }
        }
        if markdownScore(bytes[start..<end]) >= 3 { return .markdown }
        return nil
    }

    /// Evidence of Markdown in `prefix`: 3 for an ATX heading on the first line (`# Title`),
    /// 2 for each later ATX heading line (one to six `#`, a space, text), 1 for each inline
    /// link or image (`](` after a `[`) and each code fence line (three backticks or tildes).
    public static func markdownScore(_ prefix: ArraySlice<UInt8>) -> Int {
        var score = 0
        var lineStart = true
        var firstLine = true
        var sawBracket = false
        var index = prefix.startIndex
        while index < prefix.endIndex {
            let byte = prefix[index]
            if lineStart {
                var hashes = 0
                while index + hashes < prefix.endIndex, prefix[index + hashes] == 0x23 { hashes += 1 }
                if hashes >= 1, hashes <= 6, index + hashes + 1 < prefix.endIndex, prefix[index + hashes] == 0x20,
                   prefix[index + hashes + 1] != 0x20, prefix[index + hashes + 1] != 0x0A {
                    score += firstLine ? 3 : 2
                }
                if index + 2 < prefix.endIndex, (byte == 0x60 || byte == 0x7E), prefix[index + 1] == byte, prefix[index + 2] == byte {
                    score += 1
                }
                lineStart = false
                firstLine = false
            }
            switch byte {
            case 0x0A: lineStart = true; sawBracket = false
            case 0x5B: sawBracket = true
            case 0x5D:
                if sawBracket, index + 1 < prefix.endIndex, prefix[index + 1] == 0x28 { score += 1 }
            default: break
            }
            index += 1
        }
        return score
    }

    /// The format the name's extension implies, or `nil`.
    public static func byExtension(_ name: String) -> ArticleFormat? {
        var path = Substring(name)
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }), name.contains("://") {
            path = path[..<query]
        }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml", "shtml": return .html
        case "md", "markdown", "mdown", "mkd": return .markdown
        default: return nil
        }
    }
}
