/// Decodes HTML character references in raw HTML met inside Markdown (Markdown's own text
/// comes decoded from cmark-gfm).
///
/// Numeric references (`&#8220;`, `&#x201C;`) of any code point, with zero, surrogates and
/// values above U+10FFFF becoming U+FFFD as the HTML standard says (§13.2.5.80, "numeric
/// character reference end state"; its remapping of 0x80–0x9F to Windows-1252 is applied
/// too); control characters are left for the sanitiser. Named references: the common ones of
/// the HTML standard's table (quotes, dashes, spaces, the Latin-1 letters and symbols); an
/// unknown name stays as written.
enum HTMLEntities {
    /// `text` with its character references decoded; the same text when it has no `&`.
    static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "&", let (decoded, next) = reference(in: text, at: index) else {
                out.append(character)
                index = text.index(after: index)
                continue
            }
            out.unicodeScalars.append(contentsOf: decoded)
            index = next
        }
        return out
    }

    /// `text` (valid UTF-8) as a `String` with its character references decoded, as
    /// ``decode(_:)`` does; no more than a copy when it has no `&`.
    static func decode(utf8 text: UnsafeBufferPointer<UInt8>) -> String {
        let string = String(decoding: text, as: UTF8.self)
        guard text.contains(0x26) else { return string }
        return decode(Substring(string))
    }

    /// The reference at `start` (an `&`): its scalars and the index after its `;` (or after
    /// its name when a numeric one has no `;`).
    private static func reference(in text: Substring, at start: Substring.Index) -> ([Unicode.Scalar], Substring.Index)? {
        var index = text.index(after: start)
        guard index < text.endIndex else { return nil }
        if text[index] == "#" {
            index = text.index(after: index)
            var radix = 10
            if index < text.endIndex, text[index] == "x" || text[index] == "X" {
                radix = 16
                index = text.index(after: index)
            }
            var value: UInt32 = 0
            var digits = 0
            while index < text.endIndex, let digit = text[index].hexDigitValue, digit < radix {
                value = min(value &* UInt32(radix) &+ UInt32(digit), 0x11_0000)
                digits += 1
                index = text.index(after: index)
            }
            guard digits > 0 else { return nil }
            if index < text.endIndex, text[index] == ";" { index = text.index(after: index) }
            return ([numeric(value)], index)
        }
        var name = ""
        while index < text.endIndex, name.utf8.count <= 10, text[index].isLetter || text[index].isNumber {
            name.append(text[index])
            index = text.index(after: index)
        }
        guard index < text.endIndex, text[index] == ";", let value = named[name] else { return nil }
        return ([value], text.index(after: index))
    }

    private static func numeric(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F, let mapped = windows1252[value] { return mapped }
        return Unicode.Scalar(value).flatMap { value == 0 ? nil : $0 } ?? "\u{FFFD}"
    }

    /// The HTML standard's replacements for references to C1 code points (Windows-1252).
    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}",
        0x86: "\u{2020}", 0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}",
        0x8B: "\u{2039}", 0x8C: "\u{0152}", 0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}",
        0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
        0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}", 0x9C: "\u{0153}",
        0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    /// Named references (from the HTML standard's named character references table).
    static let named: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
            "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
            "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}",
            "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "ndash": "\u{2013}", "mdash": "\u{2014}",
            "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{B7}", "copy": "\u{A9}",
            "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "plusmn": "\u{B1}",
            "times": "\u{D7}", "divide": "\u{F7}", "frac12": "\u{BD}", "frac14": "\u{BC}",
            "frac34": "\u{BE}", "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}",
            "cent": "\u{A2}", "sect": "\u{A7}", "para": "\u{B6}", "dagger": "\u{2020}",
            "Dagger": "\u{2021}", "prime": "\u{2032}", "Prime": "\u{2033}", "thinsp": "\u{2009}",
            "ensp": "\u{2002}", "emsp": "\u{2003}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
            "shy": "\u{AD}", "iexcl": "\u{A1}", "iquest": "\u{BF}", "szlig": "\u{DF}",
            "rarr": "\u{2192}", "larr": "\u{2190}", "uarr": "\u{2191}", "darr": "\u{2193}",
            "hearts": "\u{2665}", "check": "\u{2713}", "star": "\u{2606}", "micro": "\u{B5}",
            "ordf": "\u{AA}", "ordm": "\u{BA}", "sup1": "\u{B9}", "sup2": "\u{B2}", "sup3": "\u{B3}",
        ]
        // The Latin-1 letters: &Agrave; … &yuml;.
        let letters: [(String, UInt32)] = [
            ("Agrave", 0xC0), ("Aacute", 0xC1), ("Acirc", 0xC2), ("Atilde", 0xC3), ("Auml", 0xC4),
            ("Aring", 0xC5), ("AElig", 0xC6), ("Ccedil", 0xC7), ("Egrave", 0xC8), ("Eacute", 0xC9),
            ("Ecirc", 0xCA), ("Euml", 0xCB), ("Igrave", 0xCC), ("Iacute", 0xCD), ("Icirc", 0xCE),
            ("Iuml", 0xCF), ("ETH", 0xD0), ("Ntilde", 0xD1), ("Ograve", 0xD2), ("Oacute", 0xD3),
            ("Ocirc", 0xD4), ("Otilde", 0xD5), ("Ouml", 0xD6), ("Oslash", 0xD8), ("Ugrave", 0xD9),
            ("Uacute", 0xDA), ("Ucirc", 0xDB), ("Uuml", 0xDC), ("Yacute", 0xDD), ("THORN", 0xDE),
            ("agrave", 0xE0), ("aacute", 0xE1), ("acirc", 0xE2), ("atilde", 0xE3), ("auml", 0xE4),
            ("aring", 0xE5), ("aelig", 0xE6), ("ccedil", 0xE7), ("egrave", 0xE8), ("eacute", 0xE9),
            ("ecirc", 0xEA), ("euml", 0xEB), ("igrave", 0xEC), ("iacute", 0xED), ("icirc", 0xEE),
            ("iuml", 0xEF), ("eth", 0xF0), ("ntilde", 0xF1), ("ograve", 0xF2), ("oacute", 0xF3),
            ("ocirc", 0xF4), ("otilde", 0xF5), ("ouml", 0xF6), ("oslash", 0xF8), ("ugrave", 0xF9),
            ("uacute", 0xFA), ("ucirc", 0xFB), ("uuml", 0xFC), ("yacute", 0xFD), ("thorn", 0xFE),
            ("yuml", 0xFF),
        ]
        for (name, value) in letters {
            if let scalar = Unicode.Scalar(value) { table[name] = scalar }
        }
        return table
    }()
}
