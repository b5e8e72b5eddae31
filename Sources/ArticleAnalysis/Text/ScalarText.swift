/// Fast conversions between a block's `String` and its array of Unicode scalars.
enum ScalarText {
    /// Replaces the contents of `buffer` with the scalars of `text` (one pass over its UTF-8).
    static func decode(_ text: String, into buffer: inout [Unicode.Scalar]) {
        let decoded: [Unicode.Scalar]? = text.utf8.withContiguousStorageIfAvailable { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { output, initialized in
                let count = bytes.count
                var index = 0
                var written = 0
                while index < count {
                    let lead = UInt32(bytes[index])
                    if lead < 0x80 {
                        output[written] = Unicode.Scalar(UInt8(truncatingIfNeeded: lead))
                        written += 1
                        index += 1
                        continue
                    }
                    var value: UInt32
                    var length: Int
                    if lead < 0xE0 {
                        value = lead & 0x1F
                        length = 2
                    } else if lead < 0xF0 {
                        value = lead & 0x0F
                        length = 3
                    } else {
                        value = lead & 0x07
                        length = 4
                    }
                    if index + length > count { length = count - index }
                    var next = index + 1
                    while next < index + length {
                        value = (value << 6) | (UInt32(bytes[next]) & 0x3F)
                        next += 1
                    }
                    output[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    written += 1
                    index += max(length, 1)
                }
                initialized = written
            }
        }
        if let decoded {
            buffer = decoded
        } else {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: text.unicodeScalars)
        }
    }

    /// The string of `scalars[range]`.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var length = 0
        for index in range {
            let value = scalars[index].value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var offset = 0
            for index in range {
                let value = scalars[index].value
                if value < 0x80 {
                    buffer[offset] = UInt8(truncatingIfNeeded: value)
                    offset += 1
                } else if value < 0x800 {
                    buffer[offset] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
                    buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                    offset += 2
                } else if value < 0x10000 {
                    buffer[offset] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
                    buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
                    buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                    offset += 3
                } else {
                    buffer[offset] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
                    buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
                    buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
                    buffer[offset + 3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                    offset += 4
                }
            }
            return offset
        }
    }
}
