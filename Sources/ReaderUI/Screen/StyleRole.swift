/// The semantic style of a cell. Views paint roles, never colours; a ``Theme`` maps each role
/// to colours and attributes, and the backend turns those into terminal attributes.
public enum StyleRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// Running text of the article.
    case body
    /// The headline.
    case headline
    /// The byline and dateline under the headline.
    case byline
    /// A section heading inside the article.
    case heading
    /// Caption text, set apart from the body.
    case caption
    /// A caption's photo credit.
    case credit
    /// Source code and other preformatted text, shown verbatim.
    case code
    /// A quotation in the article pane.
    case quote
    /// The current quotation, in the article pane and the quotes sidebar.
    case currentQuote = "current-quote"
    /// A speaker's name in the quotes sidebar.
    case speaker
    /// A person named in the article (entity highlighting).
    case person
    /// An organization named in the article.
    case organization
    /// A place named in the article.
    case place
    /// Any other named entity (events, works, products).
    case otherEntity = "other-entity"
    /// A passage kept as a highlight (`*`), in the article pane.
    case highlight
    /// The passage being selected (`v`, `V`, `a`), in the article pane.
    case selection
    /// The mention selected among the highlighted entities.
    case selectedMention = "selected-mention"
    /// A search match.
    case searchMatch = "search-match"
    /// The search match the cursor is on.
    case currentMatch = "current-match"
    /// A prompt on the status line (search, go to).
    case prompt
    /// An entry of a sidebar.
    case sidebarItem = "sidebar-item"
    /// The selected entry of the focused sidebar.
    case sidebarSelection = "sidebar-selection"
    /// The status line at the bottom of the screen.
    case statusLine = "status-line"
    /// The help overlay's text.
    case help
    /// The help overlay's and sidebars' titles.
    case sidebarTitle = "sidebar-title"
    /// Frames and separators.
    case border
    /// Secondary text: hints, list markers, empty filler.
    case dim
}
