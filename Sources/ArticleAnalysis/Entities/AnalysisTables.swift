/// The analysis's tables built from embedded lists on first use: the GeoNames places
/// (``GeoNamesPlaces``, about 39,000 names), the given names (``GivenNames``) and the
/// hand-made gazetteer (``Gazetteer``).
///
/// Building them costs the same for every article (about 92 million instructions, some
/// 30 ms, on the development machine; mostly parsing the GeoNames list), and without this
/// it falls on the entity thread in the middle of the analysis, on the longest path. A
/// caller that parses an article first can build them meanwhile on a core the parser leaves
/// free (``prepare()`` on another thread); the analysis then finds them built, or waits for
/// the build under way (Swift's lazy globals are built once, thread-safely).
public enum AnalysisTables {
    /// Builds the tables now if no thread has; safe to call from any thread, any number of
    /// times. The analysis gives the same results whether or not it was called.
    ///
    /// - Returns: how many names the three tables hold together.
    @discardableResult
    public static func prepare() -> Int {
        GeoNamesPlaces.shared.count + GivenNames.shared.count + Gazetteer.shared.entries.count
    }
}
