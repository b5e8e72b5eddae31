extension Tokenizer {
    /// The tokens ``tokenize(_:parts:into:)`` gives with `parts` (each quotation stretch one
    /// ``TextToken/Kind/quote`` token), made from `plain`, the block's tokens without parts,
    /// by replacing the tokens inside each stretch with the stretch's token: no scalar is
    /// read again. Returns `false`, leaving `tokens` unspecified, when that would differ from
    /// tokenizing with the parts: a token of `plain` straddles a stretch's first or last
    /// scalar (a word the stretch's mark would have cut, "Jones'" before a stretch opening
    /// with that apostrophe), the stretches overlap or are out of order, or one starts at the
    /// block's end (`scalarCount`, where tokenizing stops before reaching it).
    ///
    /// Why the two agree otherwise: a token that ends by the stretch's first scalar is read
    /// the same whether the tokenizer stops there or not (a quotation mark is never part of
    /// a word), and after a stretch both start again at its end.
    static func collapse(
        _ plain: [TextToken], scalarCount: Int, parts: [QuotePart], into tokens: inout [TextToken]
    ) -> Bool {
        tokens.removeAll(keepingCapacity: true)
        var index = 0
        var previousEnd = 0
        for (partIndex, part) in parts.enumerated() {
            guard part.spanStart >= previousEnd, part.spanEnd >= part.spanStart, part.spanStart < scalarCount else { return false }
            previousEnd = part.spanEnd
            while index < plain.count, Int(plain[index].end) <= part.spanStart {
                tokens.append(plain[index])
                index += 1
            }
            if index < plain.count, Int(plain[index].start) < part.spanStart { return false }
            tokens.append(TextToken(
                start: Int32(part.spanStart), end: Int32(part.spanEnd), key: 0, kind: .quote, flags: 0, part: Int32(partIndex)))
            while index < plain.count, Int(plain[index].start) < part.spanEnd {
                if Int(plain[index].end) > part.spanEnd { return false }
                index += 1
            }
        }
        if index < plain.count { tokens.append(contentsOf: plain[index...]) }
        return true
    }
}
