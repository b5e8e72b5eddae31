#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a page's character encoding and converts its bytes to UTF-8.
///
/// Order (HTML Living Standard, "determining the character encoding", reduced): a byte order
/// mark; the HTTP `Content-Type` charset; a `<meta charset>` or `<meta http-equiv=
/// "Content-Type" content="…; charset=…">` in the first ``prescanLength`` bytes; otherwise
/// UTF-8 when the bytes are (nearly) valid UTF-8, Windows-1252 when not. Labels are mapped as
/// the WHATWG Encoding Standard does (`iso-8859-1`, `latin1` and `us-ascii` mean
/// Windows-1252; `gb2312`/`gbk` mean GB18030; `shift_jis` means Windows-31J; `euc-kr` means
/// Windows-949); conversion uses glibc's iconv.
enum Charset {
    /// How many leading bytes are searched for a `<meta>` declaration: 16 KiB (more than the
    /// standard's 1,024, since real pages put long scripts before their meta tags).
    static let prescanLength = 16 << 10

    /// The iconv name for an encoding label, or `nil` for an unknown one.
    static func iconvName(forLabel label: String) -> String? {
        let key = label.lowercased().trimmingCharacters(in: " \t\"'")
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
             "x-cp1252", "iso_8859-1", "iso-ir-100", "cp819", "ibm819", "csisolatin1", "ansi_x3.4-1968":
            return "CP1252"
        case "shift_jis", "shift-jis", "sjis", "ms_kanji", "x-sjis", "windows-31j", "csshiftjis", "ms932", "cp932":
            return "CP932"
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese": return "EUC-JP"
        case "iso-2022-jp", "csiso2022jp": return "ISO-2022-JP"
        case "gb2312", "gbk", "gb18030", "x-gbk", "chinese", "csgb2312", "cp936", "ms936", "windows-936":
            return "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5": return "BIG5-HKSCS"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr", "korean", "cp949": return "CP949"
        case "utf-16", "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        case "koi8-r", "koi8": return "KOI8-R"
        case "koi8-u": return "KOI8-U"
        default: break
        }
        if key.hasPrefix("windows-125"), let digit = key.last, digit.isNumber { return "CP125\(digit)" }
        if key.hasPrefix("iso-8859-") || key.hasPrefix("iso8859-") {
            let number = key.split(separator: "-").last.map(String.init) ?? ""
            if let value = Int(number), (2...16).contains(value) { return "ISO-8859-\(value)" }
        }
        return nil
    }

    /// The charset parameter of a `Content-Type` value (`text/html; charset=Shift_JIS`).
    static func charsetParameter(_ contentType: String) -> String? {
        let lower = contentType.lowercased()
        guard let range = lower.range(of: "charset=") else { return nil }
        var value = lower[range.upperBound...].drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
        if let end = value.firstIndex(where: { $0 == ";" || $0 == "\"" || $0 == "'" || $0 == " " || $0 == ">" || $0 == "/" && false }) {
            value = value[..<end]
        }
        let label = String(value).trimmingCharacters(in: " ")
        return label.isEmpty ? nil : label
    }

    /// The label a `<meta>` in the first ``prescanLength`` bytes declares, or `nil`.
    static func declaredInMeta(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, prescanLength)
        // On the bytes, A–Z folded and non-ASCII bytes read as "?" (so each byte is one
        // character of the tag's text); folded only where a tag opens and inside a `<meta`
        // tag, not over the whole prescan (a fixed cost on every page).
        func folded(_ byte: UInt8) -> UInt8 {
            byte >= 0x80 ? 0x3F : (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        let opening: [UInt8] = Array("<meta".utf8)
        return bytes.withUnsafeBufferPointer { buffer -> String? in
            let prefix = UnsafeBufferPointer(rebasing: buffer[0..<end])
            var index = 0
            while index + opening.count <= prefix.count {
                guard prefix[index] == 0x3C else {
                    index += 1
                    continue
                }
                var matches = true
                for offset in 1..<opening.count where folded(prefix[index + offset]) != opening[offset] {
                    matches = false
                    break
                }
                guard matches else {
                    index += 1
                    continue
                }
                let tagStart = index + opening.count
                let tagEnd = prefix[tagStart...].firstIndex(of: 0x3E) ?? prefix.count
                let tag = String(decoding: prefix[tagStart..<tagEnd].map(folded), as: UTF8.self)
                if let charset = charsetParameter(tag.replacingOccurrences(of: "charset =", with: "charset=")) {
                    return charset
                }
                index = tagEnd
            }
            return nil
        }
    }

    /// Whether `bytes` are valid UTF-8 apart from at most a few stray bytes (1 in 1,000).
    static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var invalid = 0
        var index = 0
        var sawMultiByte = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            if byte >= 0xC2 && byte <= 0xDF { length = 2 } else if byte >= 0xE0 && byte <= 0xEF { length = 3 } else if byte >= 0xF0 && byte <= 0xF4 { length = 4 } else { length = 0 }
            var valid = length > 0 && index + length <= bytes.count
            if valid {
                for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
            }
            if valid { sawMultiByte = true; index += length } else { invalid += 1; index += 1 }
        }
        _ = sawMultiByte
        return invalid == 0 || invalid * 1000 <= bytes.count
    }

    /// The iconv name for the page's encoding, following the order on the type.
    static func detect(_ bytes: [UInt8], contentType: String?) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let contentType, let label = charsetParameter(contentType), let name = iconvName(forLabel: label) {
            return name
        }
        if let label = declaredInMeta(bytes), var name = iconvName(forLabel: label) {
            // A page saved as UTF-8 that still says UTF-16 in its meta is UTF-8 (standard rule).
            if name.hasPrefix("UTF-16") { name = "UTF-8" }
            return name
        }
        return isMostlyUTF8(bytes) ? "UTF-8" : "CP1252"
    }

    /// Converts `bytes` from `encoding` (an iconv name) to UTF-8. Bytes the encoding cannot
    /// convert become U+FFFD, one per byte skipped. An encoding iconv does not know leaves the
    /// bytes as they are (then decoded as UTF-8 with replacement).
    static func toUTF8(_ bytes: [UInt8], from encoding: String) -> [UInt8] {
        var start = 0
        if encoding == "UTF-8" {
            return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        }
        if encoding.hasPrefix("UTF-16"), bytes.count >= 2,
           (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            start = 2
        }
        let converter = iconv_open("UTF-8", encoding)
        if converter == iconv_t(bitPattern: -1) { return bytes }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: max(64, (bytes.count - start) * 3 + 16))
        var input = bytes
        var outUsed = 0
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer = UnsafeMutablePointer<CChar>(OpaquePointer(inBuffer.baseAddress.map { $0 + start }))
            var inLeft = inBuffer.count - start
            while inLeft > 0 {
                if output.count - outUsed < 16 { output.append(contentsOf: [UInt8](repeating: 0, count: output.count)) }
                let result: Int = output.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer = UnsafeMutablePointer<CChar>(OpaquePointer(outBuffer.baseAddress.map { $0 + outUsed }))
                    var outLeft = outBuffer.count - outUsed
                    let before = outLeft
                    let converted = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    outUsed += before - outLeft
                    return converted == -1 ? Int(errno) : 0
                }
                if result == 0 { break }
                if result == E2BIG { continue }
                // EILSEQ or EINVAL: one undecodable byte (or a cut-off sequence) → U+FFFD.
                if output.count - outUsed < 16 { output.append(contentsOf: [UInt8](repeating: 0, count: output.count)) }
                for (offset, byte) in replacement.enumerated() { output[outUsed + offset] = byte }
                outUsed += 3
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
        }
        output.removeSubrange(outUsed...)
        return output
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        guard let first = firstIndex(where: { !characters.contains($0) }),
              let last = lastIndex(where: { !characters.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
