/// Converts increasing Unicode-scalar offsets of one string into UTF-8 offsets in a single
/// forward pass, so that a whole block's lines cost time linear in the block's length.
struct UTF8OffsetWalker {
    private let scalars: String.UnicodeScalarView
    private var index: String.UnicodeScalarView.Index
    private var scalarOffset = 0
    private var utf8Offset = 0

    /// Starts at the beginning of `text`.
    init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    /// The UTF-8 offset of scalar offset `target`. Targets must not decrease between calls;
    /// a target past the end gives the text's UTF-8 length.
    mutating func utf8Offset(ofScalar target: Int) -> Int {
        while scalarOffset < target, index < scalars.endIndex {
            utf8Offset += UTF8.width(scalars[index])
            scalars.formIndex(after: &index)
            scalarOffset += 1
        }
        return utf8Offset
    }
}
