import ArticleModel

extension SearchIndex {
    /// Compiles a regex query (case-insensitive per smart case); a parse error becomes
    /// ``SearchError/invalidRegex(_:)`` with a one-line message.
    static func compile(_ query: SearchQuery) throws(SearchError) -> Regex<AnyRegexOutput> {
        do {
            let regex = try Regex(query.pattern)
            return regex.ignoresCase(query.ignoresCase)
        } catch {
            let message = "\(error)"
                .split(whereSeparator: { $0 == "\n" || $0 == "\r" })
                .map { $0.trimmingPrefix(while: { $0 == " " }) }
                .joined(separator: " ")
            throw .invalidRegex(message.isEmpty ? "cannot parse pattern" : message)
        }
    }

    /// The non-empty regex matches in one block as original scalar ranges.
    func regexMatches(_ regex: Regex<AnyRegexOutput>, block: Int) -> [TextRange] {
        let text = texts[block]
        let scalars = text.unicodeScalars
        var result: [TextRange] = []
        var lastIndex = text.startIndex
        var lastOffset = 0
        for match in text.matches(of: regex) {
            let range = match.range
            guard !range.isEmpty, range.lowerBound >= lastIndex else { continue }
            let start = lastOffset + scalars.distance(from: lastIndex, to: range.lowerBound)
            let end = start + scalars.distance(from: range.lowerBound, to: range.upperBound)
            lastIndex = range.upperBound
            lastOffset = end
            result.append(TextRange(block: block, start: start, end: end))
        }
        return result
    }

    /// Regex counterpart of the literal first-match search (whole blocks at a time).
    func regexFirstMatch(
        _ regex: Regex<AnyRegexOutput>, from position: TextPosition, forward: Bool, wrap: Bool
    ) -> (range: TextRange, wrapped: Bool)? {
        let count = texts.count
        if forward {
            for b in position.block..<count {
                if let r = regexMatches(regex, block: b).first(where: { $0.lowerBound >= position }) {
                    return (r, false)
                }
            }
            guard wrap else { return nil }
            for b in 0...position.block {
                if let r = regexMatches(regex, block: b).first {
                    return r.lowerBound < position ? (r, true) : nil
                }
            }
            return nil
        }
        for b in stride(from: position.block, through: 0, by: -1) {
            if let r = regexMatches(regex, block: b).last(where: { $0.lowerBound < position }) {
                return (r, false)
            }
        }
        guard wrap else { return nil }
        for b in stride(from: count - 1, through: position.block, by: -1) {
            if let r = regexMatches(regex, block: b).last {
                return r.lowerBound >= position ? (r, true) : nil
            }
        }
        return nil
    }
}
