import ArticleModel

/// The text layer of one block: its scalars, its tokens with quotations read as ordinary
/// text, and its sentences over those tokens. Built once per block (``TextLayer``) and read
/// by both extractors: the entity recognizer as it is, the quotation extractor through
/// ``Tokenizer/collapse(_:scalarCount:parts:into:)`` once it knows the block's quotation stretches.
struct BlockText: Sendable {
    /// The block's text as Unicode scalars (offsets everywhere count these).
    let scalars: [Unicode.Scalar]
    /// ``Tokenizer`` tokens of the whole block, words inside quotations included.
    let tokens: [TextToken]
    /// ``SentenceSplitter`` sentences of ``tokens``, as token ranges.
    let sentences: [Range<Int>]
    /// Whether the block is a headline.
    let isHeadline: Bool

    /// An empty layer (for blocks no extractor reads: code).
    static let empty = BlockText(scalars: [], tokens: [], sentences: [], isHeadline: false)

    /// The layer of `block`: decodes, tokenizes and splits its text.
    init(_ block: Block) {
        var scalars: [Unicode.Scalar] = []
        ScalarText.decode(block.text, into: &scalars)
        var tokens: [TextToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        Tokenizer.tokenize(scalars, parts: [], into: &tokens)
        let isHeadline = block.kind == .headline
        var sentences: [Range<Int>] = []
        SentenceSplitter.split(TokenText(scalars: scalars, tokens: tokens, isHeadline: isHeadline), parts: [], into: &sentences)
        self.init(scalars: scalars, tokens: tokens, sentences: sentences, isHeadline: isHeadline)
    }

    private init(scalars: [Unicode.Scalar], tokens: [TextToken], sentences: [Range<Int>], isHeadline: Bool) {
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
        self.isHeadline = isHeadline
    }

    /// The tokens and scalars as a ``TokenText``.
    var tokenText: TokenText { TokenText(scalars: scalars, tokens: tokens, isHeadline: isHeadline) }
}
