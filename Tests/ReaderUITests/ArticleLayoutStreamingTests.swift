import ArticleModel
import Testing
@testable import ReaderUI

/// `ArticleLayout.forEachLine` (what `--dump` writes) gives exactly the lines of
/// `ArticleLayout(article:width:)`, also across the boundaries between the runs of blocks it
/// lays out at a time.
@Suite("Article layout, streamed")
struct ArticleLayoutStreamingTests {
    static func streamed(_ article: Article, width: Int) -> [LayoutLine] {
        var lines: [LayoutLine] = []
        ArticleLayout.forEachLine(of: article, width: width) { lines.append($0) }
        return lines
    }

    /// Many tiny blocks of every kind, more than two runs' worth, ending in a caption
    /// (whose credit line comes last).
    static let manyBlocks: Article = {
        var blocks = [Block(kind: .headline, text: "Small Notes From the Quay")]
        let count = ArticleLayout.streamingBlockCount * 2 + 37
        for n in 0..<count {
            switch n % 5 {
            case 0: blocks.append(Block(kind: .listItem, text: "item \(n)"))
            case 1: blocks.append(Block(kind: .caption, text: "Gulls \(n).", credit: "Ruth Ilves"))
            case 2: blocks.append(Block(kind: .heading, text: "Part \(n)"))
            case 3: blocks.append(Block(kind: .blockquote, text: "\"Quiet \(n),\" she said.", credit: "Mira Lind on the quay"))
            default: blocks.append(Block(kind: .paragraph, text: "word\(n)"))
            }
        }
        blocks.append(Block(kind: .caption, text: "The quay at night.", credit: "Bo Varga"))
        return Article(
            metadata: ArticleMetadata(headline: "Small Notes From the Quay", byline: "Joon Park", date: "May 2, 2026"),
            blocks: blocks)
    }()

    @Test("same lines as the whole layout", arguments: [1, 2, 7, 40, 80])
    func sameLines(width: Int) {
        for article in [TestArticles.short, TestArticles.long(), Self.manyBlocks, Article()] {
            let whole = Array(ArticleLayout(article: article, width: width).lines)
            #expect(Self.streamed(article, width: width) == whole, "width \(width), \(article.blocks.count) blocks")
        }
    }

    @Test("an empty article streams its one notice line")
    func emptyArticle() {
        let lines = Self.streamed(Article(), width: 80)
        #expect(lines.map(\.text) == ["(this article is empty)"])
    }

    @Test("no blank line after the last block")
    func noTrailingBlank() {
        let lines = Self.streamed(Self.manyBlocks, width: 80)
        #expect(lines.last?.text == "Photo: Bo Varga")
        #expect(lines.count == ArticleLayout(article: Self.manyBlocks, width: 80).lines.count)
    }
}
