/// Turns the bytes of an article file into sanitised text that is safe to put in the model
/// (DESIGN.md, principle 7: article text never reaches the terminal as control bytes).
///
/// Rules, applied in one linear pass over the bytes (rule sources: the Unicode Standard,
/// chapter 3, "U+FFFD Substitution of Maximal Subparts", and Unicode's Control Pictures block):
///
/// | input                                         | output                                   |
/// |-----------------------------------------------|------------------------------------------|
/// | UTF-8 byte order mark (EF BB BF) at offset 0  | removed                                  |
/// | invalid UTF-8                                  | one U+FFFD per maximal invalid subpart   |
/// | CR LF, and a bare CR                          | LF                                       |
/// | U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEP.  | LF                                       |
/// | NUL (U+0000)                                  | removed                                  |
/// | TAB (U+0009), LF (U+000A)                     | kept                                     |
/// | other C0 controls U+0001–U+001F               | Control Pictures U+2401–U+241F ("␛")     |
/// | DEL (U+007F)                                  | U+2421 SYMBOL FOR DELETE ("␡")           |
/// | C1 controls U+0080–U+009F                     | U+FFFD                                   |
/// | everything else                               | kept as is                               |
///
/// An escape sequence such as `ESC [ 3 1 m` therefore becomes the visible, inert text
/// `␛[31m`. Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) and
/// zero-width characters are *kept*: they are text, and showing them visibly is the
/// renderer's job. A byte order mark anywhere but at the very start is kept (it is then a
/// zero-width no-break space).
///
/// The output never contains a control character other than TAB and LF, so decoding is
/// idempotent: `decode(Array(decode(b).utf8)) == decode(b)`.
public enum TextDecoding {
    /// Decodes UTF-8 bytes into sanitised text following the table on ``TextDecoding``.
    ///
    /// - Parameter bytes: the raw bytes of a file or of standard input; any length, any content.
    /// - Returns: the sanitised text. Never throws: undecodable bytes become U+FFFD. Runs in
    ///   time linear in `bytes.count`; the result has at most three times as many UTF-8 bytes
    ///   as the input (a one-byte control becomes a three-byte control picture).
    public static func decode(_ bytes: [UInt8]) -> String {
        let sanitised = bytes.withUnsafeBufferPointer { sanitisedUTF8($0, stripByteOrderMark: true) }
        return String(decoding: sanitised, as: UTF8.self)
    }

    /// Applies the same rules to text that is already a `String` (the byte order mark rule
    /// included), for callers that did not get their text from ``decode(_:)``.
    ///
    /// - Parameter text: any string, possibly holding control characters or CR line ends.
    /// - Returns: the sanitised text; equal to `text` when there was nothing to change.
    public static func sanitise(_ text: String) -> String {
        String(decoding: sanitisedUTF8(of: text), as: UTF8.self)
    }

    /// The UTF-8 bytes of `sanitise(text)`, for parsers that work on bytes.
    package static func sanitisedUTF8(of text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { sanitisedUTF8($0, stripByteOrderMark: true) }
    }

    /// The core of the decoder: returns the sanitised text as valid UTF-8 bytes.
    ///
    /// Plain runs (printable ASCII, TAB, LF and valid multi-byte sequences that need no
    /// change) are copied in bulk; only the bytes that need a rule are handled one by one.
    package static func sanitisedUTF8(_ input: UnsafeBufferPointer<UInt8>, stripByteOrderMark: Bool) -> [UInt8] {
        sanitisedUTF8IfChanged(input, stripByteOrderMark: stripByteOrderMark) ?? Array(input)
    }

    /// The sanitised bytes of `input` (as ``sanitisedUTF8(_:stripByteOrderMark:)``), or `nil`
    /// when the rules change nothing (then `input` is its own sanitised form, and no copy is
    /// made).
    package static func sanitisedUTF8IfChanged(_ input: UnsafeBufferPointer<UInt8>, stripByteOrderMark: Bool) -> [UInt8]? {
        var output: [UInt8] = []
        var changed = false
        let count = input.count
        var index = 0
        if stripByteOrderMark, count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
            index = 3
            changed = true
            output.reserveCapacity(count + count / 32 + 16)
        }
        var runStart = index

        /// Copies the unchanged run before a change at `end` (the output is begun at the
        /// first change).
        @inline(__always)
        func flush(upTo end: Int) {
            if !changed {
                changed = true
                output.reserveCapacity(count + count / 32 + 16)
            }
            if end > runStart {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<end]))
            }
        }

        while index < count {
            // Eight printable ASCII bytes at a time (0x20–0x7E each: no high bit, not DEL,
            // not a C0 control); anything else goes through the byte-by-byte rules below.
            while index + 8 <= count {
                let word = UnsafeRawPointer(input.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                guard (word | (word &+ 0x0101_0101_0101_0101)) & high == 0,
                      (word &+ 0x6060_6060_6060_6060) & high == high else { break }
                index += 8
            }
            guard index < count else { break }
            let byte = input[index]
            if byte >= 0x20 && byte < 0x7F || byte == 0x0A || byte == 0x09 {
                index += 1
                continue
            }
            if byte < 0x80 {
                // A control byte (C0 other than TAB/LF, or DEL).
                flush(upTo: index)
                switch byte {
                case 0x00:
                    break
                case 0x0D:
                    output.append(0x0A)
                    if index + 1 < count, input[index + 1] == 0x0A { index += 1 }
                case 0x7F:
                    output.append(0xE2); output.append(0x90); output.append(0xA1)
                default:
                    output.append(0xE2); output.append(0x90); output.append(0x80 | byte)
                }
                index += 1
                runStart = index
                continue
            }
            // A multi-byte sequence, or an invalid byte.
            let sequence = UTF8Sequence.scan(input, at: index)
            if sequence.isValid {
                let length = sequence.length
                if length == 2, byte == 0xC2, input[index + 1] < 0xA0 {
                    // C1 control U+0080–U+009F.
                    flush(upTo: index)
                    output.append(contentsOf: UTF8Sequence.replacementCharacter)
                    index += length
                    runStart = index
                } else if length == 3, byte == 0xE2, input[index + 1] == 0x80,
                          input[index + 2] == 0xA8 || input[index + 2] == 0xA9 {
                    // U+2028 / U+2029.
                    flush(upTo: index)
                    output.append(0x0A)
                    index += length
                    runStart = index
                } else {
                    index += length
                }
            } else {
                flush(upTo: index)
                output.append(contentsOf: UTF8Sequence.replacementCharacter)
                index += sequence.length
                runStart = index
            }
        }
        guard changed else { return nil }
        flush(upTo: count)
        return output
    }
}
