/// The outcome of examining a prefix of an input for binary content.
enum ContentVerdict {
    case text, nulBytes, notUTF8

    /// Examines `prefix` in one pass; the rules are documented on ``ArticleInput/check(_:input:)``.
    init(_ prefix: UnsafeBufferPointer<UInt8>) {
        var nulCount = 0
        var nulRun = 0
        var invalidBytes = 0
        var index = 0
        while index < prefix.count {
            let byte = prefix[index]
            if byte == 0 {
                nulCount += 1
                nulRun += 1
                if nulRun >= 4 { self = .nulBytes; return }
                index += 1
                continue
            }
            nulRun = 0
            if byte < 0x80 {
                index += 1
                continue
            }
            let sequence = UTF8Sequence.scan(prefix, at: index)
            if !sequence.isValid && !sequence.isTruncated {
                invalidBytes += sequence.length
            }
            index += sequence.length
        }
        if nulCount >= 2 && nulCount * 100 > prefix.count {
            self = .nulBytes
        } else if invalidBytes * 10 > prefix.count * 3 {
            self = .notUTF8
        } else {
            self = .text
        }
    }
}
