/// Which part of the screen receives the keys that move a selection.
public enum Focus: Sendable, Equatable {
    /// The article pane: keys scroll the text.
    case article
    /// The quotes sidebar (or its overlay on a narrow terminal): j/k select, Enter jumps.
    case quotes
    /// The entities sidebar (or its overlay on a narrow terminal): j/k select an entity and
    /// highlight its mentions, Enter jumps to the first mention.
    case entities
    /// The list of search matches (an overlay): j/k select, Enter jumps.
    case matches
}
