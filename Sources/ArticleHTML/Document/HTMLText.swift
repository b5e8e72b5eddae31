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
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0C || value == 0xA0 {
                pendingSpace = !result.isEmpty
                continue
            }
            var output = scalar
            if value < 0x20 || value == 0x7F || value == 0xFFFE || value == 0xFFFF {
                continue
            }
            if value >= 0x80 && value <= 0x9F {
                let mapped = windows1252C1[Int(value - 0x80)]
                guard mapped != 0, let replacement = Unicode.Scalar(mapped) else { continue }
                output = replacement
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(output)
        }
        return String(result)
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
