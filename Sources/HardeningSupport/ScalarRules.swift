/// The scalars that must never reach a terminal cell or the `--dump` output, whatever the
/// article holds (DESIGN.md principle 7; the table on `CellText`).
enum ScalarRules {
    /// C0 controls U+0000–U+001F, DEL U+007F and C1 controls U+0080–U+009F.
    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (value >= 0x7F && value < 0xA0)
    }

    /// Bidirectional formatting characters: embeddings and overrides U+202A–U+202E, isolates
    /// U+2066–U+2069, the marks U+200E, U+200F and U+061C (Unicode UAX #9, table 4).
    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }

    /// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, which some terminals treat as
    /// line ends.
    static func isLineSeparator(_ value: UInt32) -> Bool {
        value == 0x2028 || value == 0x2029
    }

    /// Whether `text` may be shown in a cell or printed by `--dump`: no control, bidi
    /// control or line separator scalar. Returns the first offending scalar, or `nil`.
    static func firstUnsafeScalar(in text: some StringProtocol) -> Unicode.Scalar? {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if isControl(v) || isBidiControl(v) || isLineSeparator(v) { return scalar }
        }
        return nil
    }

    /// `U+XXXX` for messages.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
