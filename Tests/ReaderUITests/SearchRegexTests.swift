import ArticleModel
import Testing

@testable import ReaderUI

struct SearchRegexTests {
    private func index(_ text: String) -> SearchIndex {
        SearchIndex(article: Article(blocks: [Block(kind: .paragraph, text: text)]))
    }

    @Test(
        "regex mode",
        arguments: [
            // K0 i1 m2 _3 m4 e5 t6 _7 k8 i9 m10 _11 a12 n13 d14 _15 K16 I17 M18 .19
            ("Kim met kim and KIM.", "k.m", [[0, 3], [8, 11], [16, 19]]),
            ("Kim met kim and KIM.", "K\\w+", [[0, 3], [16, 19]]),
            ("North Korea (DPRK) said", "(DPRK)", [[13, 17]]),
            ("North Korea (DPRK) said", "\\(DPRK\\)", [[12, 18]]),
            // I0 n1 _2 2019 at 3..<7, _7 a8 n9 d10 _11 2020 at 12..<16
            ("In 2019 and 2020", "\\d+", [[3, 7], [12, 16]]),
            // Empty-width matches are skipped.
            ("baaab", "a*", [[1, 4]]),
            ("abc", "^", []),
            // Offsets are scalars even after multi-scalar graphemes: é (NFD) = 2 scalars.
            ("e\u{301}t\u{E9} kim", "kim", [[5, 8]]),
            // Canonically equivalent text matches (grapheme semantics).
            ("cafe\u{301}", "caf\u{E9}", [[0, 5]]),
        ])
    func regexMatches(text: String, pattern: String, expected: [[Int]]) throws {
        let found = try index(text).matches(SearchQuery(pattern: pattern, isRegex: true))
        #expect(found.map { [$0.start, $0.end] } == expected)
    }

    @Test("an invalid regex throws instead of crashing", arguments: ["(abc", "[a-", "a{2,1}", "*"])
    func invalidRegex(pattern: String) {
        let idx = index("abc")
        #expect(throws: SearchError.self) { try idx.matches(SearchQuery(pattern: pattern, isRegex: true)) }
        #expect(throws: SearchError.self) {
            try idx.firstMatch(SearchQuery(pattern: pattern, isRegex: true), from: TextPosition(block: 0, offset: 0), forward: true)
        }
        do {
            _ = try idx.matches(SearchQuery(pattern: pattern, isRegex: true))
        } catch {
            #expect(!error.description.contains("\n"))
            #expect(error.description.hasPrefix("invalid regex: "))
        }
    }

    @Test func sameInvalidPatternIsFineAsLiteral() throws {
        #expect(try index("x (abc y").matches(SearchQuery(pattern: "(abc")).map(\.start) == [2])
    }

    @Test func regexFirstMatchWrapsAndGoesBackward() throws {
        let idx = SearchIndex(article: Article(blocks: [
            Block(kind: .paragraph, text: "alpha beta"), Block(kind: .paragraph, text: "beta gamma"),
        ]))
        let query = SearchQuery(pattern: "b.ta", isRegex: true)
        let next = try idx.firstMatch(query, from: TextPosition(block: 1, offset: 1), forward: true)
        #expect(next?.range == TextRange(block: 0, start: 6, end: 10))
        #expect(next?.wrapped == true)
        let previous = try idx.firstMatch(query, from: TextPosition(block: 1, offset: 0), forward: false)
        #expect(previous?.range == TextRange(block: 0, start: 6, end: 10))
        #expect(previous?.wrapped == false)
        let back = try idx.firstMatch(query, from: TextPosition(block: 0, offset: 6), forward: false)
        #expect(back?.range == TextRange(block: 1, start: 0, end: 4))
        #expect(back?.wrapped == true)
    }
}
