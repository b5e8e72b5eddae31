/// Receives the grapheme clusters of a string, in order, from ``walkClusters(of:into:)``.
protocol ClusterSink {
    /// A cluster that is a single ASCII byte (every ASCII character except CR LF).
    mutating func ascii(_ byte: UInt8)
    /// Any other grapheme cluster; `bytes` is its length in UTF-8 code units.
    mutating func cluster(_ cluster: Character, bytes: Int)
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
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: i)
            for cluster in text[start...] {
                let length = cluster.utf8.count
                if length == 1, let byte = cluster.utf8.first {
                    sink.ascii(byte)
                } else {
                    sink.cluster(cluster, bytes: length)
                }
                i += length
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
    // Not contiguous UTF-8 (not expected for native Swift strings): the plain way.
    for cluster in text {
        let length = cluster.utf8.count
        if length == 1, let byte = cluster.utf8.first {
            sink.ascii(byte)
        } else {
            sink.cluster(cluster, bytes: length)
        }
    }
}
