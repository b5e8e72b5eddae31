/// Trimming helpers for the short strings the recognisers handle.
extension StringProtocol {
    /// Trimmed of whitespace and of separators a credit leaves behind ("|", "-", "–", "—",
    /// ",", "/", ":").
    package func trimmingSeparators() -> String {
        var text = String(self).trimmingWhitespace()
        while let last = text.last, "|-\u{2013}\u{2014},/:".contains(last) {
            text = String(text.dropLast()).trimmingWhitespace()
        }
        return text
    }

    /// The text without leading and trailing whitespace.
    package func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
