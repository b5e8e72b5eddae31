extension Array {
    /// Appends `element`, growing a full array of 1,024 elements or more by a quarter
    /// instead of doubling it.
    ///
    /// For the analysis's big per-article arrays (entity candidates, 64 bytes each, and
    /// quotations, 128 bytes each: a few hundred thousand and about a hundred thousand on
    /// 10 MB of news-like text). Doubling leaves up to half the buffer unused until the
    /// array is freed and holds the old buffer beside one twice its size while copying;
    /// growing by a quarter leaves at most a fifth unused and copies each element about
    /// four more times, which costs far less than the analysis of the text the element
    /// came from. Small arrays double as usual.
    @inline(__always)
    mutating func appendGrowingByQuarter(_ element: Element) {
        if count == capacity, count >= 1024 { reserveCapacity(count + count / 4) }
        append(element)
    }
}
