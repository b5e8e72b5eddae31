import ArticleModel

/// A passage the reader kept (`*`), with an optional note: painted in the article in the
/// highlight role and listed in the highlights panel. The executable saves highlights in the
/// reading store and hands them back (re-anchored to the current text) next time.
public struct Highlight: Sendable, Equatable {
    /// The store's id of the highlight, or `nil` for one made this run and not yet saved.
    public var id: Int64?
    /// The highlighted text, as model positions.
    public var span: TextSpan
    /// The reader's note (one line, at most ``noteLimit`` characters), or `nil`.
    public var note: String?

    /// Longest note kept, in characters (grapheme clusters); the same as a citation's.
    public static let noteLimit = 500

    /// Creates a highlight; an empty note is no note, a longer one is cut to ``noteLimit``.
    public init(id: Int64? = nil, span: TextSpan, note: String? = nil) {
        self.id = id
        self.span = span
        self.note = Self.cleanNote(note)
    }

    /// `note` on one line: line breaks and tabs become spaces, other control characters go,
    /// ends trimmed, at most ``noteLimit`` characters; `nil` when nothing is left.
    static func cleanNote(_ note: String?) -> String? {
        guard let note else { return nil }
        var scalars = String.UnicodeScalarView()
        for scalar in note.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                scalars.append(" ")
            } else if scalar.properties.generalCategory != .control {
                scalars.append(scalar)
            }
        }
        var kept = Substring(String(String(scalars).prefix(noteLimit))).unicodeScalars
        while let first = kept.first, first.properties.isWhitespace { kept.removeFirst() }
        while let last = kept.last, last.properties.isWhitespace { kept.removeLast() }
        return kept.isEmpty ? nil : String(kept)
    }
}
