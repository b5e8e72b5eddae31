import ArticleModel
import TerminalText

/// A run of text in one style inside a ``LayoutLine``.
public struct Span: Sendable, Equatable {
    /// The text, ready to show (tabs already expanded); sanitised again when painted.
    public var text: String
    /// How it is styled.
    public var role: StyleRole

    /// Creates a span.
    public init(_ text: String, _ role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// One screen line of an article laid out at a given measure.
///
/// A line does not hold a copy of its text: it refers to a range of UTF-8 bytes of a shared
/// string (the block's text, whose storage every line of the block shares, or for tab-
/// expanded, byline and credit lines a string of its own), and makes its ``spans`` when they
/// are asked for, which the reader does only for the lines on screen. So a laid-out article
/// costs about 48 bytes a line on top of the article itself.
public struct LayoutLine: Sendable {
    /// What is drawn before the line's text.
    enum Decoration: UInt8, Sendable {
        /// Nothing.
        case none
        /// The caption bar `│ ` (border role).
        case captionBar
        /// The bullet `• ` (dim) of a list item's first line.
        case bullet
        /// Two columns of body-role spaces under a bullet.
        case bulletHang
    }

    /// The string the line's text is cut from.
    private let source: String
    /// UTF-8 range of the text in ``source`` (offsets up to 2³¹ − 1 bytes).
    private let textStart: UInt32
    private let textEnd: UInt32
    private let scalarStart: UInt32
    private let scalarEnd: UInt32
    private let utf8StartOffset: UInt32
    /// Block index, or −1 for none.
    private let blockIndex: Int32
    private let indentColumns: UInt16
    /// The text's style role, or `nil` for a blank line (no spans at all).
    private let role: StyleRole?
    private let decoration: Decoration
    private let showsBlockText: Bool

    /// Creates a line whose text is bytes `text` of `source` (which must fall on scalar
    /// boundaries), styled `role`, after `decoration`. Offsets beyond 2³¹ − 1 are clamped.
    init(
        source: String, text: Range<Int>, role: StyleRole?, decoration: Decoration = .none,
        indent: Int = 0, block: Int? = nil, start: Int = 0, end: Int = 0, utf8Start: Int = 0,
        showsBlockText: Bool = false
    ) {
        self.source = source
        self.textStart = Self.clamp(text.lowerBound)
        self.textEnd = max(Self.clamp(text.upperBound), Self.clamp(text.lowerBound))
        self.role = role
        self.decoration = decoration
        self.indentColumns = UInt16(clamping: indent)
        self.blockIndex = block.map { Int32(clamping: $0) } ?? -1
        self.scalarStart = Self.clamp(start)
        self.scalarEnd = Self.clamp(end)
        self.utf8StartOffset = Self.clamp(utf8Start)
        self.showsBlockText = showsBlockText
    }

    /// A line showing all of `text` (a string of its own) in `role`.
    init(
        text: String, role: StyleRole, decoration: Decoration = .none, indent: Int = 0,
        block: Int? = nil, start: Int = 0, end: Int = 0, utf8Start: Int = 0
    ) {
        self.init(
            source: text, text: 0..<text.utf8.count, role: role, decoration: decoration,
            indent: indent, block: block, start: start, end: end, utf8Start: utf8Start)
    }

    private static func clamp(_ value: Int) -> UInt32 {
        UInt32(clamping: min(max(0, value), Int(Int32.max)))
    }

    /// A line with nothing on it.
    public static let blank = LayoutLine(source: "", text: 0..<0, role: nil)

    /// The styled runs of the line, left to right, starting at ``indent``: made on each
    /// access (the text is copied out of the block), so ask only for lines being shown.
    public var spans: [Span] {
        guard let role else { return [] }
        let text = self.text
        switch decoration {
        case .none: return [Span(text, role)]
        case .captionBar: return [Span("│ ", .border), Span(text, role)]
        case .bullet: return [Span("• ", .dim), Span(text, role)]
        case .bulletHang: return [Span("  ", .body), Span(text, role)]
        }
    }

    /// The text this line shows without its decoration (bar, bullet): tabs expanded, no
    /// trailing break spaces. Empty for a blank line.
    public var text: String {
        guard textEnd > textStart else { return "" }
        let utf8 = source.utf8
        let count = utf8.count
        let lower = utf8.index(utf8.startIndex, offsetBy: min(Int(textStart), count))
        let upper = utf8.index(utf8.startIndex, offsetBy: min(Int(textEnd), count))
        return String(source[lower..<upper])
    }

    /// Columns of blank space before the first span, inside the text measure.
    public var indent: Int { Int(indentColumns) }
    /// The block this line shows text of, or `nil` for lines that belong to no block
    /// (blank separators, the byline under the headline).
    public var block: Int? { blockIndex < 0 ? nil : Int(blockIndex) }
    /// Offset in Unicode scalars into the block's text where this line's text starts.
    public var start: Int { Int(scalarStart) }
    /// Offset in Unicode scalars just past the text this line shows (tiles with the next
    /// line of the same block).
    public var end: Int { Int(scalarEnd) }
    /// The UTF-8 offset in the block's text that corresponds to ``start``, so that painting
    /// highlights can reach the source of a line in constant time, however long the block.
    public var utf8Start: Int { Int(utf8StartOffset) }
    /// Index in ``spans`` of the span that shows the block's text (the others are bullets,
    /// caption bars and the like), or `nil` for a line that shows no block text.
    public var textSpan: Int? {
        guard showsBlockText, role != nil else { return nil }
        return decoration == .none ? 0 : 1
    }

    /// The line's text without styling, indent included.
    public var plainText: String {
        String(repeating: " ", count: indent) + spans.map(\.text).joined()
    }

    /// The line as plain-text output prints it (`byline --dump`, piped output): ``plainText``
    /// sanitised for a terminal (``TerminalText/CellText/sanitize(_:)-(String)``: no control or
    /// bidi character) and without trailing spaces.
    public var printedText: String {
        var text = CellText.sanitize(plainText)
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension LayoutLine: Equatable {
    /// Two lines are equal when they show the same spans at the same indent and map to the
    /// same place in the same block (where their text comes from does not matter).
    public static func == (a: LayoutLine, b: LayoutLine) -> Bool {
        a.indent == b.indent && a.block == b.block && a.start == b.start && a.end == b.end
            && a.utf8Start == b.utf8Start && a.textSpan == b.textSpan && a.role == b.role
            && a.decoration == b.decoration && a.text == b.text
    }
}
