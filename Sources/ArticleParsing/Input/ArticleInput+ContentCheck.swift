/// The "is this text?" check that loading applies to every input.
extension ArticleInput {
    /// How many leading bytes the binary-content check examines: 64 KiB.
    public static let sniffLength = 64 << 10

    /// Throws when `bytes` do not look like UTF-8 text. Only the first ``sniffLength`` bytes
    /// are examined, so the check costs the same for any input size.
    ///
    /// Rules (thresholds chosen so real text with a stray bad byte still loads, and the
    /// decoder then shows that byte as U+FFFD or drops it):
    /// - starts with a UTF-16 byte order mark (FF FE or FE FF) → `.unsupportedUTF16`;
    /// - a run of 4 or more NUL bytes, or more than 1% of the examined bytes are NUL (and at
    ///   least 2 of them) → `.binaryNULBytes`;
    /// - more than 30% of the examined bytes belong to invalid UTF-8 sequences (a sequence
    ///   cut off by the end of the examined prefix does not count) → `.binaryNotUTF8`.
    ///
    /// An empty input passes. A web page (``FormatDetection/sniff(_:)`` says HTML, or the
    /// name ends in `.html`/`.htm`) skips the not-UTF-8 rule: pages come in legacy encodings
    /// (Windows-1252, Shift_JIS, …) that the HTML parser decodes by their declared charset.
    ///
    /// - Parameters:
    ///   - bytes: the input's bytes.
    ///   - input: the name to put in the error (a path, or `-`).
    /// - Throws: ``ArticleInputError`` `.unsupportedUTF16`, `.binaryNULBytes` or `.binaryNotUTF8`.
    public static func check(_ bytes: [UInt8], input: String) throws(ArticleInputError) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw .unsupportedUTF16(input: input)
        }
        let verdict = bytes.withUnsafeBufferPointer { buffer in
            ContentVerdict(UnsafeBufferPointer(rebasing: buffer.prefix(sniffLength)))
        }
        switch verdict {
        case .text: return
        case .nulBytes: throw .binaryNULBytes(input: input)
        case .notUTF8:
            if FormatDetection.sniff(bytes) == .html || FormatDetection.byExtension(input) == .html { return }
            throw .binaryNotUTF8(input: input)
        }
    }
}
