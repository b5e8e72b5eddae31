/// Converts increasing Unicode-scalar offsets of one string into UTF-8 offsets in a single
/// forward pass over its bytes, so that a whole block's lines cost time linear in the
/// block's length (a scalar starts at every byte that is not a continuation byte
/// `10xxxxxx`).
enum UTF8OffsetWalker {
    /// For each of `scalarOffsets` (which must not decrease), the UTF-8 offset in `text` of
    /// that scalar offset; an offset past the end gives the text's UTF-8 length.
    static func utf8Offsets(ofScalars scalarOffsets: [Int], in text: String) -> [Int] {
        if let offsets = text.utf8.withContiguousStorageIfAvailable({ walk($0, scalarOffsets) }) {
            return offsets
        }
        return Array(text.utf8).withUnsafeBufferPointer { walk($0, scalarOffsets) }
    }

    private static func walk(_ bytes: UnsafeBufferPointer<UInt8>, _ targets: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(targets.count)
        let count = bytes.count
        var byte = 0
        var scalar = 0
        for target in targets {
            while scalar < target, byte < count {
                byte += 1
                while byte < count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
            result.append(byte)
        }
        return result
    }
}
