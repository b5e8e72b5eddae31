#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the template tags of static-site generators from a post's Markdown before it is
/// parsed, so they never show as text ("shortcodes"; conventions of Liquid/Jekyll, Jinja/
/// Eleventy/Nunjucks and Hugo):
///
/// | written                                   | becomes                                      |
/// |-------------------------------------------|----------------------------------------------|
/// | `{% image "a.jpg" "Caption" %}`, `{% figure … %}`, `{{< figure src="a.jpg" caption="Caption" >}}` and the like (a tag whose name starts with image, img, figure, picture or photo, or any tag with a `src`/`image` and an `alt`/`caption`/`title` argument) | the HTML image `<img src="a.jpg" alt="Caption">`, so it becomes a figure |
/// | `{% highlight ruby %}` … `{% endhighlight %}`, `{{< highlight go >}}` … `{{< /highlight >}}` | a fenced code block |
/// | `{% comment %}` … `{% endcomment %}`, `{# … #}` | nothing (the text between too) |
/// | `{% raw %}` … `{% endraw %}`               | the text between, untouched                  |
/// | any other `{% … %}`, `{{ … }}`, `{{< … >}}`, `{{% … %}}` | nothing                         |
///
/// Tags inside fenced code blocks and inline code spans are code and stay as written. A tag
/// without its closing delimiter within ``maximumTagLength`` bytes stays as written (it is then
/// inert text). Linear in the input's length.
enum TemplateTags {
    /// The longest tag looked for, in bytes (a long figure caption fits).
    static let maximumTagLength = 4096

    /// The name prefixes of tags that stand for an image.
    static let imageNames = ["image", "img", "figure", "picture", "photo", "responsive_image"]

    /// `bytes` (UTF-8 Markdown) without its template tags, as described on the type; the same
    /// bytes when there is no `{` outside code.
    static func strip(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        var lineStart = true
        var fence: (marker: UInt8, length: Int)?
        var skipping: SkipMode = .none
        var scanned = Tag.Scanned()
        var newline = NextByte(0x0A)
        var backtick = NextByte(0x60)
        var brace = NextByte(0x7B)
        while index < count {
            let byte = bytes[index]
            if lineStart {
                lineStart = false
                if let run = fenceRun(bytes, at: index) {
                    if let open = fence {
                        if run.marker == open.marker && run.length >= open.length && run.closesOnly { fence = nil }
                    } else if skipping == .none {
                        fence = (run.marker, run.length)
                    }
                }
            }
            if byte == 0x0A {
                lineStart = true
                if skipping != .comment { out.append(byte) }
                index += 1
                continue
            }
            if fence != nil || (byte != 0x60 && byte != 0x7B) {
                // A run up to the next byte that needs a rule (the line's end; in code, the
                // only one), copied whole.
                var end = newline.next(after: index, in: bytes)
                if fence == nil {
                    end = min(end, backtick.next(after: index, in: bytes), brace.next(after: index, in: bytes))
                }
                if skipping != .comment || fence != nil { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end])) }
                index = end
                continue
            }
            if byte == 0x60, skipping != .comment {  // ` : an inline code span stays as written
                let end = codeSpanEnd(bytes, at: index)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                continue
            }
            guard byte == 0x7B, index + 1 < count else {  // {
                if skipping != .comment { out.append(byte) }
                index += 1
                continue
            }
            guard let tag = Tag.read(bytes, at: index, scanned: &scanned) else {
                if skipping != .comment { out.append(byte) }
                index += 1
                continue
            }
            index = tag.end
            switch skipping {
            case .raw:
                if tag.name == "endraw" { skipping = .none } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tag.start..<tag.end]))
                }
                continue
            case .comment:
                if tag.name == "endcomment" { skipping = .none }
                continue
            case .none:
                break
            }
            switch tag.name {
            case "raw": skipping = .raw
            case "comment": skipping = .comment
            case "highlight", "code", "codeblock":
                if tag.closing {
                    out.append(contentsOf: Array("\n```\n".utf8))
                } else {
                    out.append(contentsOf: Array("\n```".utf8))
                    if let language = tag.arguments.first?.value, language.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" }) {
                        out.append(contentsOf: Array(language.utf8))
                    }
                    out.append(0x0A)
                    // The line break after the tag is the fence line's own.
                    if index < count, bytes[index] == 0x0A { index += 1; lineStart = true }
                }
            case "endhighlight", "endcode", "endcodeblock":
                out.append(contentsOf: Array("\n```\n".utf8))
            default:
                if let image = tag.image {
                    out.append(contentsOf: image)
                }
            }
        }
        return out
    }

    private enum SkipMode { case none, raw, comment }

    /// The next offset of one byte value, found with `memchr` and remembered until the scan
    /// passes it, so that finding the end of each run costs no per-byte loop and the whole
    /// search stays linear.
    private struct NextByte {
        let byte: UInt8
        private var found = -1

        init(_ byte: UInt8) { self.byte = byte }

        /// The first offset after `index` holding the byte, or `bytes.count`.
        mutating func next(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            if found > index { return found }
            let from = index + 1
            guard let base = bytes.baseAddress, from < bytes.count,
                  let hit = memchr(base + from, Int32(byte), bytes.count - from) else {
                found = bytes.count
                return found
            }
            found = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            return found
        }
    }

    /// A fence line's marker run (three or more backticks or tildes after at most three
    /// spaces): `closesOnly` when nothing but blanks follows it.
    private static func fenceRun(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (marker: UInt8, length: Int, closesOnly: Bool)? {
        var index = start
        while index < bytes.count, index - start < 3, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count, bytes[index] == 0x60 || bytes[index] == 0x7E else { return nil }
        let marker = bytes[index]
        let runStart = index
        while index < bytes.count, bytes[index] == marker { index += 1 }
        let length = index - runStart
        guard length >= 3 else { return nil }
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return (marker, length, index == bytes.count || bytes[index] == 0x0A)
    }

    /// The end of the inline code span opened by the backtick run at `start` (the offset just
    /// after its closing run on the same line), or the end of the opening run when it is
    /// not closed on its line.
    private static func codeSpanEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == 0x60 { index += 1 }
        let length = index - start
        let openEnd = index
        while index < bytes.count, bytes[index] != 0x0A {
            if bytes[index] == 0x60 {
                let runStart = index
                while index < bytes.count, bytes[index] == 0x60 { index += 1 }
                if index - runStart == length { return index }
            } else {
                index += 1
            }
        }
        return openEnd
    }
}

/// One template tag as read: its delimiters' extent, name and arguments.
struct Tag {
    /// Where the tag starts and ends (byte offsets, end exclusive).
    var start: Int
    var end: Int
    /// The tag's name, lower-cased, without a closing slash; empty for an output expression
    /// (`{{ … }}`) or a comment.
    var name: String
    /// Whether the tag is a closing one (`{{< /name >}}`).
    var closing: Bool
    /// The arguments: `name="value"` pairs, and quoted or bare positional values (key `nil`).
    var arguments: [(key: String?, value: String)]

    /// How far each kind of closing delimiter is known to be absent: a search that failed
    /// to find it ended there, so a later search resumes there instead of rescanning (which
    /// keeps a run of unclosed tags linear).
    struct Scanned {
        var clean = [Int](repeating: 0, count: 5)
    }

    /// Reads the tag starting at `start` (a `{`), or `nil` when none starts there or its end
    /// is not within ``TemplateTags/maximumTagLength`` bytes.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, scanned: inout Scanned) -> Tag? {
        guard start + 3 < bytes.count, bytes[start] == 0x7B else { return nil }
        let second = bytes[start + 1]
        let close: [UInt8]
        var bodyStart = start + 2
        var named = true
        let kind: Int
        switch second {
        case 0x25: close = [0x25, 0x7D]; kind = 0  // {% … %}
        case 0x23: close = [0x23, 0x7D]; named = false; kind = 1  // {# … #}
        case 0x7B:
            switch bytes[start + 2] {
            case 0x3C: close = [0x3E, 0x7D, 0x7D]; bodyStart += 1; kind = 2  // {{< … >}}
            case 0x25: close = [0x25, 0x7D, 0x7D]; bodyStart += 1; kind = 3  // {{% … %}}
            default: close = [0x7D, 0x7D]; named = false; kind = 4  // {{ … }}
            }
        default: return nil
        }
        let limit = min(bytes.count, start + TemplateTags.maximumTagLength)
        var index = max(bodyStart, scanned.clean[kind] - close.count)
        var quote: UInt8 = 0
        while index + close.count <= limit {
            let byte = bytes[index]
            if quote != 0 {
                if byte == 0x5C {  // a backslash escapes the next byte inside quotes
                    index += 2
                    continue
                }
                if byte == quote { quote = 0 }
                if byte == 0x0A && !named { return nil }
                index += 1
                continue
            }
            if (byte == 0x22 || byte == 0x27) && named {
                quote = byte
                index += 1
                continue
            }
            if byte == close[0], close.indices.allSatisfy({ bytes[index + $0] == close[$0] }) {
                var tag = Tag(start: start, end: index + close.count, name: "", closing: false, arguments: [])
                if named { tag.parse(String(decoding: UnsafeBufferPointer(rebasing: bytes[bodyStart..<index]), as: UTF8.self)) }
                return tag
            }
            index += 1
        }
        scanned.clean[kind] = max(scanned.clean[kind], limit)
        return nil
    }

    /// Fills ``name``, ``closing`` and ``arguments`` from the text between the delimiters.
    private mutating func parse(_ body: String) {
        var words = Self.words(body.trimmingBlanks().drop(while: { $0 == "-" }))
        guard !words.isEmpty else { return }
        var first = words.removeFirst().value
        if first.hasPrefix("/") {
            closing = true
            first.removeFirst()
        }
        name = first.lowercased()
        if name.hasPrefix("end") == false, name.hasSuffix("-") { name.removeLast() }
        arguments = words
    }

    /// Splits a tag body into words: `key=value` or `key: value` pairs and positional values,
    /// with single or double quotes grouping.
    private static func words(_ text: Substring) -> [(key: String?, value: String)] {
        if let words = asciiWords(text) { return words }
        var result: [(key: String?, value: String)] = []
        var current = ""
        var key: String?
        var quote: Character?
        var quoted = false
        func finish() {
            if !current.isEmpty || quoted || key != nil { result.append((key, current)) }
            current = ""
            key = nil
            quoted = false
        }
        var escaped = false
        for character in text {
            if let open = quote {
                if escaped {
                    current.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == open {
                    quote = nil
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "\"", "'":
                quote = character
                quoted = true
            case " ", "\t", "\n", ",":
                if !current.isEmpty || quoted { finish() }
            case "=" where key == nil && !quoted && !current.isEmpty, ":" where key == nil && !quoted && !current.isEmpty:
                key = current.lowercased()
                current = ""
            default:
                current.append(character)
            }
        }
        finish()
        return result
    }

    /// ``words(_:)`` on the bytes of a text that is all ASCII without CR (where characters
    /// are bytes and lower-casing is ASCII folding): the same rules without building a
    /// `Character` at a time; `nil` for any other text.
    private static func asciiWords(_ text: Substring) -> [(key: String?, value: String)]? {
        let bytes = Array(text.utf8)
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
        var result: [(key: String?, value: String)] = []
        var current: [UInt8] = []
        var key: String?
        var quote: UInt8?
        var quoted = false
        func finish() {
            if !current.isEmpty || quoted || key != nil { result.append((key, String(decoding: current, as: UTF8.self))) }
            current.removeAll(keepingCapacity: true)
            key = nil
            quoted = false
        }
        var escaped = false
        for byte in bytes {
            if let open = quote {
                if escaped {
                    current.append(byte)
                    escaped = false
                } else if byte == 0x5C {  // backslash
                    escaped = true
                } else if byte == open {
                    quote = nil
                } else {
                    current.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22, 0x27:  // " '
                quote = byte
                quoted = true
            case 0x20, 0x09, 0x0A, 0x2C:  // space, tab, line feed, comma
                if !current.isEmpty || quoted { finish() }
            case 0x3D where key == nil && !quoted && !current.isEmpty, 0x3A where key == nil && !quoted && !current.isEmpty:  // = :
                key = String(decoding: current.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
                current.removeAll(keepingCapacity: true)
            default:
                current.append(byte)
            }
        }
        finish()
        return result
    }

    /// The HTML image this tag stands for (see ``TemplateTags``), or `nil`. An `<img>` tag
    /// rather than Markdown's `![…](…)`, because such tags often sit inside raw HTML
    /// (`<figure>`), where Markdown is not parsed; ``RawHTML`` makes it a figure either way.
    var image: [UInt8]? {
        guard !closing else { return nil }
        func named(_ keys: [String]) -> String? {
            for key in keys {
                if let value = arguments.first(where: { $0.key == key })?.value, !value.isEmpty { return value }
            }
            return nil
        }
        let positional = arguments.filter { $0.key == nil }.map(\.value)
        var source = named(["src", "image", "url", "file", "path"])
        var caption = named(["caption", "alt", "title", "description"])
        if TemplateTags.imageNames.contains(where: { name.hasPrefix($0) }) {
            if source == nil { source = positional.first }
            // `{% image "a.jpg" "Caption" %}`, `{% image_with_class "a.jpg" "wide" "Caption" %}`:
            // the caption comes last.
            if caption == nil, positional.count > 1 { caption = positional.last }
        } else if source == nil || caption == nil {
            return nil
        }
        guard let source else { return nil }
        func attribute(_ value: String) -> String {
            var out = ""
            for character in value {
                switch character {
                case "\"": out += "&quot;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\n", "\t": out += " "
                default: out.append(character)
                }
            }
            return out
        }
        return Array("<img src=\"\(attribute(source))\" alt=\"\(attribute(caption ?? ""))\">".utf8)
    }
}
