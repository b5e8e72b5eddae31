import ArticleModel
import Dispatch
import Testing
@testable import ArticleAnalysis

/// The shared text layer: a block's tokens with each quotation stretch made one token equal
/// what tokenizing with the stretches gives; two readers on two threads read what one block
/// alone gives; the analysis through the shared layer equals each extractor run alone.
@Suite("Text layer")
struct TextLayerTests {
    private static func fields(_ tokens: [TextToken]) -> [String] {
        tokens.map { "\($0.start)-\($0.end) \($0.kind) \($0.key) \($0.flags) \($0.part)" }
    }

    @Test("collapsing the layer's tokens equals tokenizing with the quotation stretches", arguments: [
        "\"We will not wait,\" said Ana Ruiz, the Valmont mayor. \"Never.\"",
        "Tomas Bell told reporters the plan was \u{201C}a disgrace\u{201D} and \u{201C}unworkable\u{201D}.",
        "The minister\u{2019}s aide called it a \u{2018}so-called\u{2019} reform — \"not now\", he said.",
        "\u{201E}Wir bleiben\u{201C}, sagte Lena Vogt. \u{00AB} Nous restons \u{00BB}, dit Marc Olier.",
        "\"Unclosed quotation running to the end of the block",
        "The workers' union said: \"The U.S. offer is 1,000 jobs short.\" Dr. Eli Kade agreed.",
        "\"\"",
        "Mr. O'Neill — quoted as saying \"no\" — left at 10:30 a.m. \"Done,\" he said.",
    ])
    func collapseMatchesTokenizing(text: String) {
        let scalars = Array(text.unicodeScalars)
        var scanner = QuoteScanner(singlePrimary: false)
        let parts = scanner.scan(block: 0, kind: .paragraph, scalars: scalars, nextStart: nil).parts
        var plain: [TextToken] = []
        Tokenizer.tokenize(scalars, parts: [], into: &plain)
        var expected: [TextToken] = []
        Tokenizer.tokenize(scalars, parts: parts, into: &expected)
        var collapsed: [TextToken] = []
        #expect(Tokenizer.collapse(plain, scalarCount: scalars.count, parts: parts, into: &collapsed))
        #expect(Self.fields(collapsed) == Self.fields(expected))
        #expect(expected.contains { $0.kind == .quote } == !parts.isEmpty)
    }

    private static func part(_ start: Int, _ end: Int) -> QuotePart {
        QuotePart(
            quote: 0, block: 0, spanStart: start, spanEnd: end, innerStart: start + 1, innerEnd: max(start + 1, end - 1),
            isFirst: true, isLast: true, hasClosingMark: true)
    }

    @Test("a stretch cutting a word of the layer, overlapping stretches or one at the end: not collapsed")
    func collapseRefuses() {
        // The stretch opens at the apostrophe of "Jones'quoted", one word without the stretch.
        let scalars = Array("Jones'quoted words' end".unicodeScalars)
        var plain: [TextToken] = []
        Tokenizer.tokenize(scalars, parts: [], into: &plain)
        var tokens: [TextToken] = []
        #expect(!Tokenizer.collapse(plain, scalarCount: scalars.count, parts: [Self.part(5, 19)], into: &tokens))
        #expect(!Tokenizer.collapse(plain, scalarCount: scalars.count, parts: [Self.part(0, 10), Self.part(8, 19)], into: &tokens))
        #expect(!Tokenizer.collapse(plain, scalarCount: scalars.count, parts: [Self.part(scalars.count, scalars.count)], into: &tokens))
        #expect(Tokenizer.collapse(plain, scalarCount: scalars.count, parts: [Self.part(19, 20)], into: &tokens))
    }

    /// A fictional article of `paragraphs` paragraphs, long enough for many batches.
    private static func article(paragraphs: Int) -> Article {
        var blocks = [Block(kind: .headline, text: "Harbour Council Votes on \"Tidewater\" Plan")]
        let speakers = ["Ana Ruiz", "Tomas Bell", "Ines Varga", "Oskar Lind"]
        for index in 0..<paragraphs {
            let speaker = speakers[index % speakers.count]
            let text = index % 7 == 3
                ? "int main() { return \"\(index)\"; }"
                : "\"The Kestrel Ferry Company will answer by March \(index),\" \(speaker) said in Valmont on Tuesday. "
                    + "The Harbour Council of Norland met \u{201C}behind closed doors\u{201D}, according to \(speaker)'s office."
            blocks.append(Block(kind: index % 7 == 3 ? .code : .paragraph, text: text))
        }
        return Article(blocks: blocks)
    }

    @Test("two readers on two threads read every block as it reads alone")
    func sharedReaders() {
        let article = Self.article(paragraphs: 3000)
        let layer = TextLayer(article: article, readers: 2)
        let mismatches = Mismatches()
        DispatchQueue.concurrentPerform(iterations: 2) { reader in
            let cursor = layer.reader(reader)
            // The second reader skips every third block.
            for block in article.blocks.indices where reader == 0 || block % 3 != 0 {
                let shared = cursor.text(of: block)
                let alone = article.blocks[block].kind == .code ? BlockText.empty : BlockText(article.blocks[block])
                if Self.fields(shared.tokens) != Self.fields(alone.tokens) || shared.sentences != alone.sentences
                    || shared.scalars != alone.scalars {
                    mismatches.add(block)
                }
            }
            cursor.finish()
        }
        #expect(mismatches.blocks.isEmpty)
    }

    @Test("two readers one after the other on one thread (a pool with one free thread): no wait, same layers")
    func sequentialReaders() {
        let article = Self.article(paragraphs: 3000)
        let layer = TextLayer(article: article, readers: 2)
        var mismatches: [Int] = []
        for reader in 0..<2 {
            let cursor = layer.reader(reader)
            for block in article.blocks.indices {
                let alone = article.blocks[block].kind == .code ? BlockText.empty : BlockText(article.blocks[block])
                if Self.fields(cursor.text(of: block).tokens) != Self.fields(alone.tokens) { mismatches.append(block) }
            }
            cursor.finish()
        }
        #expect(mismatches.isEmpty)
    }

    @Test("the analysis through the shared layer equals each extractor reading alone")
    func analysisMatchesExtractorsAlone() {
        let article = Self.article(paragraphs: 1500)
        let analysed = article.analysed()
        let entities = EntityRecognizer().recognize(in: article)
        let quotes = QuoteExtractor().extract(from: article)
        #expect(analysed.entities == entities)
        #expect(analysed.quotes.map(\.text) == quotes.map(\.text))
        #expect(analysed.quotes.map(\.ranges) == quotes.map(\.ranges))
        #expect(analysed.quotes.count > 1500)
    }
}

/// Blocks whose shared layer differed, collected from two threads.
private final class Mismatches: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private(set) var blocks: [Int] = []

    func add(_ block: Int) {
        lock.wait()
        blocks.append(block)
        lock.signal()
    }
}
