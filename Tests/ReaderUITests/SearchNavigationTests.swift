import ArticleModel
import Testing

@testable import ReaderUI

struct SearchNavigationTests {
    /// "beta" is at (0, 6..<10), (1, 0..<4), (2, 6..<10).
    let index = SearchIndex(article: Article(blocks: [
        Block(kind: .paragraph, text: "alpha beta"),
        Block(kind: .paragraph, text: "beta gamma"),
        Block(kind: .paragraph, text: "delta beta"),
    ]))
    let beta = SearchQuery(pattern: "beta")

    @Test(
        "firstMatch forward and backward with wrap-around",
        arguments: [
            // from block, offset, forward, expected block, start, wrapped
            (0, 0, true, 0, 6, false), (0, 6, true, 0, 6, false), (0, 7, true, 1, 0, false),
            (1, 1, true, 2, 6, false), (2, 7, true, 0, 6, true), (9, 0, true, 0, 6, true),
            (2, 6, false, 1, 0, false), (2, 7, false, 2, 6, false), (1, 0, false, 0, 6, false),
            (0, 6, false, 2, 6, true), (0, 0, false, 2, 6, true), (-4, 0, false, 2, 6, true),
        ])
    func firstMatch(block: Int, offset: Int, forward: Bool, expBlock: Int, expStart: Int, wrapped: Bool) throws {
        let found = try index.firstMatch(beta, from: TextPosition(block: block, offset: offset), forward: forward)
        #expect(found?.range == TextRange(block: expBlock, start: expStart, end: expStart + 4))
        #expect(found?.wrapped == wrapped)
    }

    @Test func noWrapStopsAtTheEnds() throws {
        #expect(try index.firstMatch(beta, from: TextPosition(block: 2, offset: 7), forward: true, wrap: false) == nil)
        #expect(try index.firstMatch(beta, from: TextPosition(block: 0, offset: 6), forward: false, wrap: false) == nil)
    }

    @Test func steppingWithNVisitsEveryMatchOnceInOrder() throws {
        let all = try index.matches(beta)
        var visited: [TextRange] = []
        var position = TextPosition(block: 0, offset: 0)
        while let next = try index.firstMatch(beta, from: position, forward: true), !next.wrapped {
            visited.append(next.range)
            position = next.range.upperBound
        }
        #expect(visited == all)
        var backward: [TextRange] = []
        position = TextPosition(block: 2, offset: 100)
        while let previous = try index.firstMatch(beta, from: position, forward: false), !previous.wrapped {
            backward.append(previous.range)
            position = previous.range.lowerBound
        }
        #expect(backward == all.reversed())
    }

    @Test func selfOverlappingPatternKeepsTheSameMatches() throws {
        // a0..a4 _5 a6..a11: "aaa" matches 0..<3, 6..<9, 9..<12.
        let idx = SearchIndex(article: Article(blocks: [Block(kind: .paragraph, text: "aaaaa aaaaaa")]))
        let query = SearchQuery(pattern: "aaa")
        #expect(try idx.matches(query).map(\.start) == [0, 6, 9])
        #expect(try idx.firstMatch(query, from: TextPosition(block: 0, offset: 1), forward: true)?.range.start == 6)
        #expect(try idx.firstMatch(query, from: TextPosition(block: 0, offset: 9), forward: false)?.range.start == 6)
        #expect(try idx.firstMatch(query, from: TextPosition(block: 0, offset: 10), forward: false)?.range.start == 9)
        #expect(try idx.firstMatch(query, from: TextPosition(block: 0, offset: 0), forward: false)?.range.start == 9)
    }

    @Test func firstMatchInsideAnExpansion() throws {
        // S0 t1 r2 a3 ß4 e5: "s" is at 0..<1 and 4..<5.
        let idx = SearchIndex(article: Article(blocks: [Block(kind: .paragraph, text: "Straße")]))
        let s = SearchQuery(pattern: "s")
        #expect(try idx.firstMatch(s, from: TextPosition(block: 0, offset: 1), forward: true)?.range.start == 4)
        #expect(try idx.firstMatch(s, from: TextPosition(block: 0, offset: 5), forward: true)?.wrapped == true)
        #expect(try idx.firstMatch(s, from: TextPosition(block: 0, offset: 5), forward: false)?.range
            == TextRange(block: 0, start: 4, end: 5))
        #expect(try idx.firstMatch(s, from: TextPosition(block: 0, offset: 4), forward: false)?.range.start == 0)
    }

    @Test("blocks-limited search", arguments: [(1, 2, [1, 2]), (5, 9, []), (-3, 0, [0]), (0, 2, [0, 1, 2]), (2, 2, [2])])
    func inBlocks(lo: Int, hi: Int, blocks: [Int]) throws {
        #expect(try index.matches(beta, inBlocks: lo...hi).map(\.block) == blocks)
    }

    @Test func headlineBodyAndCaptionsAreSearchedButNotCredits() throws {
        let idx = SearchIndex(article: Article(blocks: [
            Block(kind: .headline, text: "Kim arrives"),
            Block(kind: .paragraph, text: "Talks with Kim."),
            Block(kind: .caption, text: "Kim at the border", credit: "Photo: Kim Lee"),
        ]))
        // "Talks with Kim.": T0 a1 l2 k3 s4 _5 w6 i7 t8 h9 _10 K11 i12 m13
        #expect(try idx.matches(SearchQuery(pattern: "kim")) == [
            TextRange(block: 0, start: 0, end: 3), TextRange(block: 1, start: 11, end: 14),
            TextRange(block: 2, start: 0, end: 3),
        ])
        #expect(try idx.matches(SearchQuery(pattern: "lee")).isEmpty)
    }

    @Test func emptyPatternAndEmptyArticleFindNothing() throws {
        #expect(try index.matches(SearchQuery(pattern: "")).isEmpty)
        #expect(try index.firstMatch(SearchQuery(pattern: ""), from: TextPosition(block: 0, offset: 0), forward: true) == nil)
        #expect(try index.matches(SearchQuery(pattern: "", isRegex: true)).isEmpty)
        let empty = SearchIndex(article: Article())
        #expect(try empty.matches(SearchQuery(pattern: "a")).isEmpty)
        #expect(try empty.firstMatch(SearchQuery(pattern: "a"), from: TextPosition(block: 0, offset: 0), forward: false) == nil)
    }
}
