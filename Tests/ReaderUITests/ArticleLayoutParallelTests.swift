import ArticleModel
import ArticleFixtures
import Testing
@testable import ReaderUI

/// Big articles are laid out in runs of blocks on several cores: the result must be the
/// layout a single pass makes, and every line's UTF-8 start must point at its scalar start.
@Suite("Article layout on several cores")
struct ArticleLayoutParallelTests {
    /// A generated article (quotations, captions with credits, list items) plus blocks of
    /// several scripts, so that UTF-8 and scalar offsets differ.
    static func article() -> Article {
        var blocks = [Block(kind: .headline, text: "Night Ferry Timetable Published")]
        for n in 0..<60 {
            switch n % 4 {
            case 0: blocks.append(Block(kind: .paragraph, text: "Paragraph \(n): the café on the quay — «open late» — serves ferry crews; 港の食堂は夜遅くまで営業している。 \(String(repeating: "Tide tables were revised again. ", count: n % 7))"))
            case 1: blocks.append(Block(kind: .caption, text: "The quay at dusk, \(n).", credit: "Ana Ilves / Harbour Trust"))
            case 2: blocks.append(Block(kind: .listItem, text: "Crossing \(n) leaves at 21:40 from pier ✓ two"))
            default: blocks.append(Block(kind: .blockquote, text: "\"We run the boats all night,\" the operator wrote in note \(n). Ελληνικά κείμενα επίσης."))
            }
        }
        return Article(
            metadata: ArticleMetadata(headline: "Night Ferry Timetable Published", byline: "Ana Ilves", date: "May 4, 2026"),
            blocks: blocks)
    }

    @Test("runs on several cores give the single-pass lines", arguments: [20, 37, 80, 200])
    func sameAsSinglePass(width: Int) {
        for article in [Self.article(), PlainTextParserless.generated(bytes: 40_000)] {
            let single = ArticleLayout(article: article, width: width, parallelThreshold: .max)
            let split = ArticleLayout(article: article, width: width, parallelThreshold: 0)
            #expect(split.lines == single.lines)
            #expect(split.firstLineOfBlock == single.firstLineOfBlock)
            #expect(split.width == single.width)
        }
    }

    @Test("each line's UTF-8 start is where its first scalar begins", arguments: [13, 41])
    func utf8Starts(width: Int) throws {
        let article = Self.article()
        let layout = ArticleLayout(article: article, width: width, parallelThreshold: 0)
        var checked = 0
        for line in layout.lines where line.textSpan != nil {
            let block = try #require(line.block)
            let text = article.blocks[block].text
            let prefix = try #require(String(text.utf8.prefix(line.utf8Start)))
            #expect(prefix.unicodeScalars.count == line.start)
            checked += 1
        }
        #expect(checked > 60)
    }
}

/// Generated articles as blocks, without the parser (ReaderUI's tests do not import it):
/// each paragraph of ``ArticleGenerator`` becomes a paragraph block.
enum PlainTextParserless {
    static func generated(bytes: Int) -> Article {
        let paragraphs = ArticleGenerator.article(bytes: bytes)
            .split(separator: "\n\n").map { Block(kind: .paragraph, text: String($0)) }
        return Article(metadata: ArticleMetadata(headline: "Generated"), blocks: paragraphs)
    }
}
