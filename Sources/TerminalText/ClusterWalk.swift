/// Receives the grapheme clusters of a string, in order, from ``walkClusters(of:into:)``.
protocol ClusterSink {
    /// A cluster that is a single ASCII byte (every ASCII character except CR LF).
    mutating func ascii(_ byte: UInt8)
    /// Any other grapheme cluster, as its UTF-8 code units (valid UTF-8, at least 2 bytes).
    mutating func cluster(_ utf8: UnsafeBufferPointer<UInt8>)
}

/// Feeds the grapheme clusters of `text` to `sink` in linear time, faster than iterating
/// `Character`s: runs of ASCII are read byte by byte (an ASCII byte followed by another ASCII
/// byte, other than CR LF, is always a grapheme cluster of its own, because only non-ASCII
/// scalars extend a cluster), and only the stretches around non-ASCII text go through the
/// standard library's grapheme breaking.
func walkClusters<Sink: ClusterSink>(of text: String, into sink: inout Sink) {
    var local = sink  // worked on locally: writing through the captured inout copies per call
    let handled: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
        var sink = local
        defer { local = sink }
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 && (i + 1 == n || (bytes[i + 1] < 0x80 && !(b == 0x0D && bytes[i + 1] == 0x0A))) {
                sink.ascii(b)
                i += 1
                continue
            }
            // A slice starting at a cluster boundary: its grapheme breaking starts fresh there.
            let slice = text[text.utf8.index(text.utf8.startIndex, offsetBy: i)...]
            var index = slice.startIndex
            while index < slice.endIndex {
                let next = slice.index(after: index)
                let length = text.utf8.distance(from: index, to: next)
                if length == 1 {
                    sink.ascii(bytes[i])
                } else {
                    sink.cluster(UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                }
                i += length
                index = next
                // Back to the byte loop once two plain ASCII bytes follow.
                if i >= n || (bytes[i] < 0x80 && (i + 1 == n || bytes[i + 1] < 0x80)) { break }
            }
        }
        return true
    }
    guard handled == nil else {
        sink = local
        return
    }
    // Not contiguous UTF-8 (not expected for native Swift strings): walk a native copy.
    var copy = text
    copy.makeContiguousUTF8()
    if copy.utf8.withContiguousStorageIfAvailable({ _ in true }) == true {
        walkClusters(of: copy, into: &sink)
        return
    }
    for cluster in text {
        let utf8 = Array(cluster.utf8)
        if utf8.count == 1, let byte = utf8.first {
            sink.ascii(byte)
        } else {
            utf8.withUnsafeBufferPointer { sink.cluster($0) }
        }
    }
}
