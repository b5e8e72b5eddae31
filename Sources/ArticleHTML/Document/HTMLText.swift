/// Text as HTML renders it: runs of ASCII whitespace collapse to one space (HTML Living
/// Standard, "white-space: normal"), and character references never produce control
/// characters.
enum HTMLText {
    /// Windows-1252's characters for the bytes 0x80–0x9F, which HTML maps numeric character
    /// references in that range to (HTML Living Standard, "numeric character reference end
    /// state" table). 0 marks the five bytes Windows-1252 leaves undefined.
    static let windows1252C1: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// `text` with whitespace runs (space, TAB, LF, CR, FF, and NO-BREAK SPACE) collapsed to
    /// one space and trimmed; C1 controls mapped through ``windows1252C1`` (undefined ones
    /// dropped); other control characters and noncharacters dropped.
    static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        // On the UTF-8 bytes: the scalars with a rule are single bytes below 0x80 or start
        // with C2 (U+0080–U+00BF) or EF BF (U+FFC0–U+FFFF); every other byte is copied.
        return text.withUTF8 { bytes -> String in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                var length = 1
                if byte >= 0x21 && byte <= 0x7E {
                    // Printable ASCII: the most common case.
                } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    pendingSpace = !result.isEmpty
                    index += 1
                    continue
                } else if byte < 0x80 {
                    // Other C0 controls and DEL are dropped.
                    index += 1
                    continue
                } else if byte == 0xC2, index + 1 < count {
                    let next = bytes[index + 1]
                    if next == 0xA0 {
                        pendingSpace = !result.isEmpty
                        index += 2
                        continue
                    }
                    if next >= 0x80 && next <= 0x9F {
                        let mapped = windows1252C1[Int(next - 0x80)]
                        index += 2
                        guard mapped != 0, let replacement = Unicode.Scalar(mapped) else { continue }
                        if pendingSpace {
                            result.append(0x20)
                            pendingSpace = false
                        }
                        result.append(contentsOf: String(replacement).utf8)
                        continue
                    }
                    length = 2
                } else if byte >= 0xC0 {
                    length = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
                    if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                        // The noncharacters U+FFFE and U+FFFF are dropped.
                        index += 3
                        continue
                    }
                }
                if pendingSpace {
                    result.append(0x20)
                    pendingSpace = false
                }
                let end = min(index + length, count)
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Like ``collapsingWhitespace(_:)`` but keeps line feeds (for `<pre>` and `<br>`):
    /// each line is collapsed on its own, blank lines are dropped.
    static func collapsingKeepingLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { collapsingWhitespace(String($0)) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}
