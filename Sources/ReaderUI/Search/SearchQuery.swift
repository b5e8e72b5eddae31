/// What to look for in an article: a pattern plus how to match it.
///
/// Literal text by default (`(NTA)` finds those six characters); ``isRegex`` switches to a
/// Swift `Regex` over the original block text. Case follows "smart case" (see
/// ``ignoresCase``). An empty pattern matches nothing: repeating the last search is the UI's job.
public struct SearchQuery: Sendable, Equatable {
    /// The text (or regular expression) to find, as typed.
    public var pattern: String
    /// Whether ``pattern`` is a regular expression (Swift `Regex` syntax) rather than
    /// literal text. Regex mode does not apply the Unicode folding extras of literal search
    /// (ignorable format characters, diacritic folding, ß → ss); see ``SearchIndex``.
    public var isRegex: Bool = false
    /// Whether accents and other combining marks are ignored, so "Sao Paulo" finds
    /// "São Paulo". Also folds ø→o, ł→l, đ/ð→d, ħ→h, ŧ→t, ı→i, ŀ→l, æ→ae, œ→oe, þ→th,
    /// ß/ẞ→ss/SS (and their capitals), which have no canonical decomposition. Literal mode only.
    public var diacriticInsensitive: Bool = false

    /// Creates a query; literal, diacritic-sensitive matching unless told otherwise.
    public init(pattern: String, isRegex: Bool = false, diacriticInsensitive: Bool = false) {
        self.pattern = pattern
        self.isRegex = isRegex
        self.diacriticInsensitive = diacriticInsensitive
    }

    /// Smart case: `true` when the pattern has no upper-case letter (a scalar that changes
    /// when lower-cased, so title-case letters such as "ǅ" count as capitals); matching then
    /// ignores case. Any capital makes the search exact. In regex mode the scalar after a
    /// backslash is not counted, so `\S` or `\D` alone do not make a search case-sensitive.
    public var ignoresCase: Bool {
        var escaped = false
        for scalar in pattern.unicodeScalars {
            if escaped {
                escaped = false
                continue
            }
            if isRegex && scalar == "\\" {
                escaped = true
                continue
            }
            if scalar.properties.changesWhenLowercased { return false }
        }
        return true
    }
}
