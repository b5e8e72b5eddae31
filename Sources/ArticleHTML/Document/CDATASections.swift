#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// CDATA sections (`<![CDATA[ … ]]>`) outside scripts and styles, which HTML does not have:
/// an HTML5 parser reads one as a bogus comment, so a browser shows nothing of it. libxml2's
/// HTML parser instead reads it as text, and the reader would show "<![CDATA[" in the
/// article. Before parsing, each such section is rewritten in place, byte for byte the same
/// length, into a comment: `<![CDATA[` becomes `<!--DATA[` and the `]]>` that ends it `-->`
/// (its content then becomes a comment's, which is not kept; a section with no end runs to
/// the end of the page, as a bogus comment does). Inside `script`, `style`, `textarea`, `title`
/// and `xmp` (raw text, where a CDATA section is text, as in JSON-LD wrapped in one) nothing
/// changes, nor inside `svg` and `math` content, which the tree builder skips anyway.
///
/// Source of the rule: the WHATWG HTML standard, tokenization, "markup declaration open
/// state" (CDATA only in foreign content; else "bogus comment state").
enum CDATASections {
    /// `utf8` with its CDATA sections made comments, or `nil` when it has none (nearly every
    /// page: found out by one `memchr` pass over the bytes).
    static func rewritten(_ utf8: [UInt8]) -> [UInt8]? {
        let opening: [UInt8] = Array("<![CDATA[".utf8)
        // Each "<" found by `memchr` (vectorised), then the eight bytes after it compared.
        let found = utf8.withUnsafeBytes { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            let count = bytes.count
            while offset + opening.count <= count {
                guard let hit = memchr(base + offset, 0x3C, count - offset) else { return false }
                let position = base.distance(to: UnsafeRawPointer(hit))
                if position + opening.count > count { return false }
                if memcmp(hit, opening, opening.count) == 0 { return true }
                offset = position + 1
            }
            return false
        }
        guard found else { return nil }
        var bytes = utf8
        let count = bytes.count
        // The raw-text element whose end tag is awaited, as lower-case bytes, or empty.
        var rawText: [UInt8] = []
        var index = 0
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if !rawText.isEmpty {
                // Inside raw text only its end tag matters.
                if index + 2 + rawText.count <= count, bytes[index + 1] == UInt8(ascii: "/"),
                   matches(bytes, at: index + 2, rawText) {
                    rawText = []
                }
                index += 1
                continue
            }
            if matches(bytes, at: index, opening) {
                bytes[index + 2] = UInt8(ascii: "-")
                bytes[index + 3] = UInt8(ascii: "-")
                var end = index + opening.count
                while end + 2 < count, !(bytes[end] == UInt8(ascii: "]") && bytes[end + 1] == UInt8(ascii: "]") && bytes[end + 2] == UInt8(ascii: ">")) {
                    end += 1
                }
                if end + 2 < count {
                    bytes[end] = UInt8(ascii: "-")
                    bytes[end + 1] = UInt8(ascii: "-")
                    index = end + 3
                } else {
                    index = count
                }
                continue
            }
            if index + 4 <= count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                // A comment: skipped whole (a CDATA opening inside it is the comment's text).
                var end = index + 4
                while end + 2 < count, !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-") && bytes[end + 2] == UInt8(ascii: ">")) {
                    end += 1
                }
                index = end + 3
                continue
            }
            for name in rawTextNames where matches(bytes, at: index + 1, name) {
                let after = index + 1 + name.count
                if after >= count || [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "/"), 0x09, 0x0A, 0x0C, 0x0D].contains(bytes[after]) {
                    rawText = name
                }
                break
            }
            index += 1
        }
        return bytes
    }

    /// Elements whose content is raw text (or, for `svg` and `math`, foreign content).
    static let rawTextNames: [[UInt8]] = ["script", "style", "textarea", "title", "xmp", "svg", "math"].map { Array($0.utf8) }

    /// Whether `bytes` at `offset` start with `pattern`, ASCII letters compared without case
    /// (`pattern` is lower-case).
    private static func matches(_ bytes: [UInt8], at offset: Int, _ pattern: [UInt8]) -> Bool {
        guard offset >= 0, offset + pattern.count <= bytes.count else { return false }
        for (position, expected) in pattern.enumerated() {
            let byte = bytes[offset + position]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if folded != expected && byte != expected { return false }
        }
        return true
    }
}
