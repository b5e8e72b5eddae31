import ArticleModel

/// The names of candidate mentions as written, rebuilt from the article's blocks: a
/// candidate stores only its block and scalar range (``EntityCandidate``), so that an
/// article of 10 MB does not hold a string for each of its names until the entities are
/// built. Keeps the scalars of the last block it decoded, so reading candidates in block
/// order decodes each block once.
struct CandidateText {
    private let blocks: [Block]
    private var block = -1
    private var scalars: [Unicode.Scalar] = []
    /// The strings made so far, by value: equal names share one string's storage.
    private var made: [String: String] = [:]

    /// Prepares to read names of `article`'s blocks.
    init(article: Article) {
        blocks = article.blocks
    }

    /// The name as written: the scalars `candidate.start..<candidate.end` of its block's text.
    mutating func text(of candidate: EntityCandidate) -> String {
        if candidate.block != block {
            ScalarText.decode(blocks[candidate.block].text, into: &scalars)
            block = candidate.block
        }
        let text = ScalarText.string(scalars, candidate.start..<candidate.end)
        if let existing = made[text] { return existing }
        made[text] = text
        return text
    }

    /// The scalars `range` (scalar offsets) of block `block`'s text, as a string; empty when
    /// the range is outside the text.
    mutating func text(block index: Int, _ range: Range<Int>) -> String {
        if index != block {
            ScalarText.decode(blocks[index].text, into: &scalars)
            block = index
        }
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return "" }
        return ScalarText.string(scalars, range)
    }
}
