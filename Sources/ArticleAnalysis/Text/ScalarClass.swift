/// Character classes for Unicode scalars, as the quotation extractor needs them: a few
/// integer comparisons for ASCII and for General Punctuation (U+2000–U+206F: spaces, dashes,
/// typographic quotation marks; no letter, digit or cased scalar), Unicode properties for the
/// rest above U+007F.
enum ScalarClass {
    /// Whether `value` is in the General Punctuation block, where no scalar is a letter, a
    /// digit or cased (checked against the Unicode properties of every scalar of the block).
    @inline(__always)
    static func isGeneralPunctuation(_ value: UInt32) -> Bool { value >= 0x2000 && value <= 0x206F }

    /// Space, tab, line breaks and the Unicode space separators (no-break and narrow spaces
    /// included, since news text uses them around French guillemets).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return value == 0xA0 || value == 0x1680 || (value >= 0x2000 && value <= 0x200B)
            || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F
            || value == 0x3000 || value == 0xFEFF
    }

    /// A letter of any script.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            let folded = value | 0x20
            return folded >= 0x61 && folded <= 0x7A
        }
        if isGeneralPunctuation(value) { return false }
        return isAlphabetic(scalar)
    }

    /// A decimal digit of any script.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        if isGeneralPunctuation(value) { return false }
        return isDecimal(scalar)
    }

    /// A letter or a decimal digit.
    @inline(__always)
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            let folded = value | 0x20
            return (folded >= 0x61 && folded <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        if isGeneralPunctuation(value) { return false }
        return isAlphabetic(scalar) || isDecimal(scalar)
    }

    /// An upper-case (or title-case) letter.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if isGeneralPunctuation(value) { return false }
        return isUppercaseOrTitlecase(scalar)
    }

    /// A lower-case letter.
    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        if isGeneralPunctuation(value) { return false }
        return isLowercaseProperty(scalar)
    }

    /// An apostrophe-like scalar: U+0027, U+2019, U+2018 or U+02BC.
    @inline(__always)
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x27 || value == 0x2019 || value == 0x2018 || value == 0x02BC
    }

    /// A dash used as punctuation: en dash, em dash, horizontal bar.
    @inline(__always)
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x2013 || value == 0x2014 || value == 0x2015
    }

    /// Sentence-final punctuation: `.`, `!`, `?`, `…` (and the full-width forms).
    @inline(__always)
    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2026
            || value == 0x3002 || value == 0xFF01 || value == 0xFF1F
    }

    // The Unicode properties, out of line: read through `Unicode.Scalar.Properties`, whose
    // resilient layout makes every function that inlines them reserve stack for it on entry
    // (measured: a fifth of the tokenizer's instructions, on ASCII text that never asks).

    @inline(never)
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    @inline(never)
    private static func isDecimal(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType == .decimal }

    @inline(never)
    private static func isUppercaseOrTitlecase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    @inline(never)
    private static func isLowercaseProperty(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }
}
