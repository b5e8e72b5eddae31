import ArticleModel

/// Token precision, recall and F1 of an extraction against expected text, the measure of
/// extraction evaluations (bag of tokens: each token counts as often as it occurs).
///
/// Tokens: runs of letters and digits, lower-cased; each Han, kana or Hangul character is a
/// token of its own (those scripts do not separate words with spaces).
struct TokenScore {
    var overlap = 0
    var extracted = 0
    var expected = 0

    var precision: Double { extracted == 0 ? (expected == 0 ? 1 : 0) : Double(overlap) / Double(extracted) }
    var recall: Double { expected == 0 ? 1 : Double(overlap) / Double(expected) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func + (lhs: TokenScore, rhs: TokenScore) -> TokenScore {
        TokenScore(overlap: lhs.overlap + rhs.overlap, extracted: lhs.extracted + rhs.extracted, expected: lhs.expected + rhs.expected)
    }

    /// Scores `extracted` text against `expected` text.
    static func score(extracted: String, expected: String) -> TokenScore {
        let got = counts(tokens(extracted))
        let want = counts(tokens(expected))
        var overlap = 0
        for (token, count) in got { overlap += min(count, want[token] ?? 0) }
        return TokenScore(overlap: overlap, extracted: got.values.reduce(0, +), expected: want.values.reduce(0, +))
    }

    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if isIdeographic(scalar) {
                if !current.isEmpty { tokens.append(String(current)); current = String.UnicodeScalarView() }
                tokens.append(String(scalar))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    static func counts(_ tokens: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for token in tokens { counts[token, default: 0] += 1 }
        return counts
    }
}

extension Article {
    /// The body text an extraction is scored on: every block but the headline, one a line.
    var bodyText: String {
        blocks.filter { $0.kind != .headline }.map(\.text).joined(separator: "\n")
    }
}
