/// Publication dates of Markdown posts as ISO 8601.
///
/// Accepted forms (what YAML front matter of Jekyll, Hugo and Eleventy posts holds; YAML 1.1's
/// timestamp type): `2021-06-18`, and that date followed by `T` or blanks, a time `HH:MM` or
/// `HH:MM:SS` (fractions dropped) and optionally blanks and an offset `Z`, `±HH`, `±HHMM` or
/// `±HH:MM`. The result is `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` plus the offset as `Z` or
/// `±HH:MM` when one was given. Impossible dates (month 13, 30 February) are refused.
enum PublicationDate {
    /// The ISO 8601 form of `text`, or `nil` when it is not one of the accepted forms.
    static func iso8601(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.number(4), reader.skip(0x2D), let month = reader.number(2), reader.skip(0x2D),
              let day = reader.number(2), isValid(year: year, month: month, day: day) else { return nil }
        let date = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if reader.atEnd { return date }
        guard reader.skip(0x54) || reader.skipBlanks() else { return nil }
        guard let hour = reader.number(2), hour < 24, reader.skip(0x3A), let minute = reader.number(2), minute < 60 else {
            return nil
        }
        var second = 0
        if reader.skip(0x3A) {
            guard let value = reader.number(2), value <= 60 else { return nil }
            second = value
            if reader.skip(0x2E) || reader.skip(0x2C) { reader.skipDigits() }
        }
        var result = date + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        _ = reader.skipBlanks()
        if reader.atEnd { return result }
        if reader.skip(0x5A) || reader.skip(0x7A) {
            result += "Z"
        } else {
            let sign: String
            if reader.skip(0x2B) { sign = "+" } else if reader.skip(0x2D) { sign = "-" } else { return nil }
            guard let offsetHours = reader.number(2), offsetHours <= 14 else { return nil }
            var offsetMinutes = 0
            _ = reader.skip(0x3A)
            if !reader.atEnd {
                guard let value = reader.number(2), value < 60 else { return nil }
                offsetMinutes = value
            }
            result += sign + pad(offsetHours, 2) + ":" + pad(offsetMinutes, 2)
        }
        _ = reader.skipBlanks()
        return reader.atEnd ? result : nil
    }

    /// The date at the start of a post's file name (`2015-03-06-title.md`, Jekyll's
    /// `_posts` convention) as `YYYY-MM-DD`, or `nil`.
    static func fromFileName(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let bytes = Array(name.utf8.prefix(11))
        guard bytes.count == 11, bytes[10] == 0x2D else { return nil }
        return iso8601(String(decoding: bytes[0..<10], as: UTF8.self))
    }

    private static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard year >= 1, (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Reads fixed-width numbers and single bytes from the front of a byte array.
    private struct DigitReader {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { index == bytes.count }

        mutating func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + width] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += width
            return value
        }

        mutating func skip(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func skipBlanks() -> Bool {
            let start = index
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            return index > start
        }

        mutating func skipDigits() {
            while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
        }
    }
}
