/// One block of an article: a headline, a paragraph, a caption and so on.
public struct Block: Sendable, Equatable, Codable {
    /// What the block is.
    public var kind: BlockKind
    /// ``level`` in four bytes (-1: none), declared beside ``kind`` so that both share the
    /// first eight bytes (an article of 200,000 one-word paragraphs holds 200,000 blocks).
    private var storedLevel: Int32
    /// The block's text, already decoded and sanitised: no control characters other than
    /// tab (U+0009) and line feed (U+000A; the plain-text parser joins lines, so it emits
    /// none except between the rows of a ``BlockKind/table``, but a block may keep its line
    /// structure).
    /// Offsets into it are counted in Unicode scalars.
    public var text: String
    /// For a ``BlockKind/caption``, the photo credit as written ("Lena Brandvold / Valmont
    /// Daily Archive"); for a ``BlockKind/blockquote`` that is a pull quote, its credit line
    /// without the dash ("Lea Park on the failed talks"). Not part of ``text``; `nil` for
    /// other kinds or when there is none.
    public var credit: String? {
        get { storedCredit?.text }
        set { storedCredit = newValue.map(Credit.init) }
    }
    /// ``credit`` behind one reference (8 bytes instead of the 16 of a `String?`), so that a
    /// block is 32 bytes: few blocks have a credit, and an article of 200,000 one-word
    /// paragraphs holds 200,000 blocks.
    private var storedCredit: Credit?
    /// For a ``BlockKind/heading``, its level 1–6 as in HTML's `h1`–`h6` (Markdown's `#`
    /// count); for a ``BlockKind/listItem``, its nesting depth from 1; `nil` otherwise or
    /// when unknown. Levels are kept in 31 bits (up to 2,147,483,647; larger ones are
    /// clamped there, negative ones count as unknown).
    public var level: Int? {
        get { storedLevel < 0 ? nil : Int(storedLevel) }
        set { storedLevel = Self.storage(forLevel: newValue) }
    }


    /// Creates a block.
    public init(kind: BlockKind, text: String, credit: String? = nil, level: Int? = nil) {
        self.kind = kind
        self.text = text
        self.storedCredit = credit.map(Credit.init)
        self.storedLevel = Self.storage(forLevel: level)
    }

    private static func storage(forLevel level: Int?) -> Int32 {
        guard let level, level >= 0 else { return -1 }
        return Int32(clamping: level)
    }

    /// The number of Unicode scalars in ``text``: the exclusive upper bound for offsets.
    public var scalarCount: Int { text.unicodeScalars.count }

    /// Blocks are equal when their kind, text, credit and level are.
    public static func == (lhs: Block, rhs: Block) -> Bool {
        lhs.kind == rhs.kind && lhs.storedLevel == rhs.storedLevel && lhs.text == rhs.text
            && lhs.credit == rhs.credit
    }

    /// A credit's text, immutable (a new credit is a new box), so blocks that share one
    /// never see each other's changes.
    private final class Credit: Sendable {
        let text: String
        init(_ text: String) { self.text = text }
    }
}

/// The kinds of block an article can hold. Raw values are the names used in Byline's JSON.
public enum BlockKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// The article's headline.
    case headline
    /// A body paragraph.
    case paragraph
    /// A section heading inside the body.
    case heading
    /// An image caption; its photo credit is in ``Block/credit``.
    case caption
    /// One item of a bulleted or numbered list.
    case listItem = "list-item"
    /// A quoted passage set apart from the body.
    case blockquote
    /// A simple table: one row a line (rows separated by LF), cells separated by " | ", or
    /// by a tab where the source separated them so (plain text's tab-separated tables keep
    /// the author's tabs; the reader aligns such columns). Spans and nested tables are
    /// flattened.
    case table
    /// Source code or other preformatted text (a Markdown code block, HTML `pre`), verbatim:
    /// its line feeds, tabs and leading spaces are kept. Never analysed for quotations or
    /// named entities.
    case code
}
