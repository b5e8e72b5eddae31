/// Byte-level tests on one trimmed line: list markers and section separators.
enum LineShape {
    /// The byte length of a list marker and the whitespace after it at the start of `range`,
    /// or `nil` when the line is not a list item. Markers: "•", "·", "◦", "▪", "‣", "●",
    /// "-", "*", each followed by whitespace and then text. En and em dashes are not markers
    /// (they introduce attributions such as "— Ana Ruiz").
    static func listMarkerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let start = range.lowerBound
        guard !range.isEmpty else { return nil }
        let markerLength: Int
        switch bytes[start] {
        case 0x2D, 0x2A:
            markerLength = 1
        case 0xC2 where start + 1 < range.upperBound && bytes[start + 1] == 0xB7:
            markerLength = 2
        case 0xE2 where start + 2 < range.upperBound:
            let pair = (bytes[start + 1], bytes[start + 2])
            switch pair {
            case (0x80, 0xA2), (0x80, 0xA3), (0x97, 0xA6), (0x96, 0xAA), (0x97, 0x8F):
                markerLength = 3
            default:
                return nil
            }
        default:
            return nil
        }
        let afterMarker = start + markerLength
        guard afterMarker < range.upperBound else { return nil }
        let space = Whitespace.prefixLength(bytes, afterMarker..<range.upperBound)
        guard space > 0, afterMarker + space < range.upperBound else { return nil }
        return markerLength + space
    }

    /// Whether the line is a section separator such as "***", "* * *", "---", "___" or
    /// "===": only the marks `*-_=~#•·` and spaces, with at least three marks.
    static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count <= 80 else { return false }
        var marks = 0
        var index = range.lowerBound
        while index < range.upperBound {
            switch bytes[index] {
            case 0x2A, 0x2D, 0x5F, 0x3D, 0x7E, 0x23:
                marks += 1
                index += 1
            case 0x20, 0x09:
                index += 1
            case 0xC2 where index + 1 < range.upperBound && bytes[index + 1] == 0xB7:
                marks += 1
                index += 2
            case 0xE2 where index + 2 < range.upperBound && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA2:
                marks += 1
                index += 3
            default:
                return false
            }
        }
        return marks >= 3
    }
}
