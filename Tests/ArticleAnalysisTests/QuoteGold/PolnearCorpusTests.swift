import ArticleModel
import Testing

/// Sanity checks of the PolNeAR reader (skipped when the corpus is absent): the gold's file
/// offsets land in the right blocks, so the figures printed by ``QuoteGoldPolnearTests``
/// compare like with like.
@Suite("Quote gold: PolNeAR corpus reader", .enabled(if: PolnearCorpus.isAvailable, "needs ../shared/dev-corpus/quotes-polnear-dev"))
struct QuoteGoldPolnearCorpusTests {
    @Test("every gold quotation sits right after a quotation mark in its block")
    func goldMapsIntoBlocks() throws {
        let documents = try PolnearCorpus.documents()
        #expect(documents.count > 50)
        var total = 0, misplaced = 0
        for document in documents {
            #expect(document.article.blocks.first?.kind == .headline)
            for quote in document.gold {
                total += 1
                let first = quote.ranges[0]
                let text = Array(document.article.blocks[first.block].text.unicodeScalars)
                #expect(first.start >= 0 && first.end <= text.count && first.start < first.end)
                if first.start == 0 || !["“", "\""].contains(text[first.start - 1]) { misplaced += 1 }
            }
        }
        print("PolNeAR reader: \(documents.count) documents, \(total) gold direct quotations, \(misplaced) not after a mark")
        #expect(total > 300)
        #expect(misplaced * 50 <= total, "at most 2% of gold quotes may start away from a mark")
    }
}
