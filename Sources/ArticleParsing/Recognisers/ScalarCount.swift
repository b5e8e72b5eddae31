extension StringProtocol {
    /// Whether the text has at most `limit` Unicode scalars: settled by the UTF-8 byte count
    /// when it can be (a scalar is 1 to 4 bytes), counted otherwise. Same answer as
    /// `unicodeScalars.count <= limit`, without walking long texts.
    @inline(__always)
    func hasAtMostScalars(_ limit: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= limit { return true }
        if bytes > limit * 4 { return false }
        return unicodeScalars.count <= limit
    }
}
