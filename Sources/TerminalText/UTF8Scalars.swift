/// The Unicode scalar values of a buffer of valid UTF-8 (as stored by a Swift `String`),
/// decoded without going through `String` views. A truncated sequence at the end of the
/// buffer is ignored rather than trapped on.
struct UTF8Scalars: Sequence, IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    @inline(__always)
    mutating func next() -> UInt32? {
        let n = bytes.count
        guard offset < n else { return nil }
        let b0 = UInt32(bytes[offset])
        if b0 < 0x80 {
            offset += 1
            return b0
        }
        let length = b0 >= 0xF0 ? 4 : (b0 >= 0xE0 ? 3 : 2)
        guard offset + length <= n else {
            offset = n
            return nil
        }
        var value = b0 & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for k in 1..<length {
            value = (value << 6) | (UInt32(bytes[offset + k]) & 0x3F)
        }
        offset += length
        return value
    }
}
