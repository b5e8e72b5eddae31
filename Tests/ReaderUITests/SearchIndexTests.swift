import ArticleModel
import Testing

@testable import ReaderUI

/// One-block article for matcher tables.
private func index(_ texts: String...) -> SearchIndex {
    SearchIndex(article: Article(blocks: texts.map { Block(kind: .paragraph, text: $0) }))
}

/// Ranges as (start, end) pairs of block 0, for compact tables.
private func spans(_ ranges: [TextRange]) -> [[Int]] { ranges.map { [$0.block, $0.start, $0.end] } }

struct SearchMatcherTableTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let pattern: String
        var diacritics = false
        let expected: [[Int]]  // [block, start, end] in scalars
        var testDescription: String { "\(pattern.debugDescription) in \(text.debugDescription)" }
    }

    static let smartCase: [Case] = [
        // "Kim met kim and KIM.": K0 i1 m2 _3 m4 e5 t6 _7 k8 i9 m10 _11 a12 n13 d14 _15 K16 I17 M18 .19
        Case(text: "Kim met kim and KIM.", pattern: "kim", expected: [[0, 0, 3], [0, 8, 11], [0, 16, 19]]),
        Case(text: "Kim met kim and KIM.", pattern: "Kim", expected: [[0, 0, 3]]),
        Case(text: "Kim met kim and KIM.", pattern: "KIM", expected: [[0, 16, 19]]),
        Case(text: "Kim met kim and KIM.", pattern: "kIm", expected: []),
    ]

    static let diacritics: [Case] = [
        // S0 ã1 o2 _3 P4..o8 _9 a10 n11 d12 _13 S14 a15 o16 _17 P18..o22
        Case(text: "São Paulo and Sao Paulo", pattern: "Sao Paulo", expected: [[0, 14, 23]]),
        Case(text: "São Paulo and Sao Paulo", pattern: "Sao Paulo", diacritics: true, expected: [[0, 0, 9], [0, 14, 23]]),
        Case(text: "São Paulo and Sao Paulo", pattern: "São Paulo", expected: [[0, 0, 9]]),
        Case(text: "São Paulo and Sao Paulo", pattern: "São Paulo", diacritics: true, expected: [[0, 0, 9], [0, 14, 23]]),
        Case(text: "São Paulo and Sao Paulo", pattern: "sao paulo", diacritics: true, expected: [[0, 0, 9], [0, 14, 23]]),
        // NFD text: S0 a1 ◌̃2 o3 ... Paulo ends at 10
        Case(text: "Sa\u{303}o Paulo", pattern: "Sao Paulo", diacritics: true, expected: [[0, 0, 10]]),
        // Letters without a decomposition: Ł0 ó1 d2 ź3 / Æ0 s1 i2 r3 / Ø0 r1 ...
        Case(text: "Łódź", pattern: "lodz", diacritics: true, expected: [[0, 0, 4]]),
        Case(text: "Łódź", pattern: "lodz", expected: []),
        Case(text: "Æsir", pattern: "aesir", diacritics: true, expected: [[0, 0, 4]]),
        Case(text: "Øresund", pattern: "oresund", diacritics: true, expected: [[0, 0, 7]]),
        Case(text: "Đorđe", pattern: "Dorde", diacritics: true, expected: [[0, 0, 5]]),
        Case(text: "œuvre", pattern: "oeuvre", diacritics: true, expected: [[0, 0, 5]]),
        // Capital in the pattern: exact case, but ß → ss still applies in diacritic mode.
        Case(text: "Straße", pattern: "Strasse", diacritics: true, expected: [[0, 0, 6]]),
        Case(text: "Straße", pattern: "Strasse", expected: []),
    ]

    static let caseFoldingRanges: [Case] = [
        // S0 T1 R2 A3 S4 S5 E6 _7 S8 t9 r10 a11 ß12 e13
        Case(text: "STRASSE Straße", pattern: "straße", expected: [[0, 0, 7], [0, 8, 14]]),
        Case(text: "STRASSE Straße", pattern: "strasse", expected: [[0, 0, 7], [0, 8, 14]]),
        Case(text: "STRASSE Straße", pattern: "ss", expected: [[0, 4, 6], [0, 12, 13]]),
        Case(text: "STRASSE Straße", pattern: "ße", expected: [[0, 4, 7], [0, 12, 14]]),
        Case(text: "STRASSE Straße", pattern: "STRASSE", expected: [[0, 0, 7]]),
        Case(text: "STRASSE Straße", pattern: "Straße", expected: [[0, 8, 14]]),
        // "s" lands twice inside ß (folded "ss"): reported once, on ß alone.
        Case(text: "Straße", pattern: "s", expected: [[0, 0, 1], [0, 4, 5]]),
        // İ0 s1 t2 a3 n4 b5 u6 l7 ; İ folds to i + U+0307.
        Case(text: "İstanbul", pattern: "i\u{307}stanbul", expected: [[0, 0, 8]]),
        Case(text: "İstanbul", pattern: "i\u{307}", expected: [[0, 0, 1]]),
        Case(text: "İstanbul", pattern: "stan", expected: [[0, 1, 5]]),
        Case(text: "İstanbul", pattern: "istanbul", expected: []),
        Case(text: "İstanbul", pattern: "istanbul", diacritics: true, expected: [[0, 0, 8]]),
        // ﬁ0 n1 a2 n3 c4 i5 a6 l7 _8 ﬁ9 l10 e11
        Case(text: "ﬁnancial ﬁle", pattern: "fin", expected: [[0, 0, 2]]),
        Case(text: "ﬁnancial ﬁle", pattern: "i", expected: [[0, 0, 1], [0, 5, 6], [0, 9, 10]]),
        Case(text: "ﬁnancial ﬁle", pattern: "file", expected: [[0, 9, 12]]),
        Case(text: "ﬁnancial ﬁle", pattern: "ﬁle", expected: [[0, 9, 12]]),
        // o0 ﬀ1 e2 r3
        Case(text: "oﬀer", pattern: "offer", expected: [[0, 0, 4]]),
        Case(text: "oﬀer", pattern: "f", expected: [[0, 1, 2]]),
        Case(text: "oﬀer", pattern: "fe", expected: [[0, 1, 3]]),
        // Greek final sigma folds with σ.
        Case(text: "ΟΔΟΣ οδος", pattern: "οδος", expected: [[0, 0, 4], [0, 5, 9]]),
        Case(text: "ΟΔΟΣ οδος", pattern: "οδοσ", expected: [[0, 0, 4], [0, 5, 9]]),
    ]

    static let ignorables: [Case] = [
        // n0 e1 w2 s3 SHY4 p5 a6 p7 e8 r9
        Case(text: "news\u{AD}paper", pattern: "newspaper", expected: [[0, 0, 10]]),
        Case(text: "news\u{AD}paper", pattern: "news", expected: [[0, 0, 4]]),
        Case(text: "news\u{AD}paper", pattern: "paper", expected: [[0, 5, 10]]),
        Case(text: "newspaper", pattern: "news\u{AD}paper", expected: [[0, 0, 9]]),
        Case(text: "zero\u{200B}width", pattern: "zerowidth", expected: [[0, 0, 10]]),
        Case(text: "non\u{200C}joiner", pattern: "nonjoiner", expected: [[0, 0, 10]]),
        Case(text: "a\u{200D}b", pattern: "ab", expected: [[0, 0, 3]]),
        Case(text: "word\u{2060}joiner", pattern: "wordjoiner", expected: [[0, 0, 11]]),
        Case(text: "bo\u{FEFF}m", pattern: "bom", expected: [[0, 0, 4]]),
        Case(text: "\u{AD}\u{200B}", pattern: "\u{AD}", expected: []),
    ]

    static let normalisation: [Case] = [
        // NFC: c0 a1 f2 é3 ; NFD: c0 a1 f2 e3 ◌́4
        Case(text: "caf\u{E9}", pattern: "cafe\u{301}", expected: [[0, 0, 4]]),
        Case(text: "cafe\u{301}", pattern: "caf\u{E9}", expected: [[0, 0, 5]]),
        Case(text: "cafe\u{301}", pattern: "cafe", expected: []),
        Case(text: "caf\u{E9}", pattern: "cafe", expected: []),
        Case(text: "cafe\u{301}", pattern: "cafe", diacritics: true, expected: [[0, 0, 4]]),
        Case(text: "caf\u{E9}", pattern: "e\u{301}", expected: [[0, 3, 4]]),
        // Canonical order of marks: acute (230) + dot below (220) equals dot below + acute.
        Case(text: "xa\u{301}\u{323}y", pattern: "a\u{323}\u{301}", expected: [[0, 1, 4]]),
        Case(text: "x\u{1EA1}\u{301}y", pattern: "a\u{301}\u{323}", expected: [[0, 1, 3]]),
        // Hangul syllable vs jamo.
        Case(text: "한국", pattern: "\u{1112}\u{1161}\u{11AB}", expected: [[0, 0, 1]]),
    ]

    static let literalAndScripts: [Case] = [
        // N0 o1 r2 t3 h4 _5 K6 o7 r8 e9 a10 _11 (12 D13 P14 R15 K16 )17
        Case(text: "North Korea (DPRK) said", pattern: "(DPRK)", expected: [[0, 12, 18]]),
        Case(text: "a.b axb", pattern: "a.b", expected: [[0, 0, 3]]),
        Case(text: "x*y+z", pattern: "*y+", expected: [[0, 1, 4]]),
        // Non-overlapping, leftmost first, like less.
        Case(text: "aaaaa", pattern: "aaa", expected: [[0, 0, 3]]),
        Case(text: "aaaa", pattern: "aa", expected: [[0, 0, 2], [0, 2, 4]]),
        Case(text: "abababa", pattern: "aba", expected: [[0, 0, 3], [0, 4, 7]]),
        // 東0 京1 で2 会3 議4 。5 東6 京7
        Case(text: "東京で会議。東京", pattern: "東京", expected: [[0, 0, 2], [0, 6, 8]]),
        // I0 _1 ❤2 VS16-3 _4 N5 Y6 _7 👍8 🏽9 !10
        // Emoji stay whole: a match grows over a variation selector or skin tone after it.
        Case(text: "I ❤️ NY 👍🏽!", pattern: "❤", expected: [[0, 2, 4]]),
        Case(text: "I ❤️ NY 👍🏽!", pattern: "❤️", expected: [[0, 2, 4]]),
        Case(text: "I ❤️ NY 👍🏽!", pattern: "👍", expected: [[0, 8, 10]]),
        Case(text: "I ❤️ NY 👍🏽!", pattern: "👍🏽", expected: [[0, 8, 10]]),
        Case(text: "x👨‍👩‍👧y", pattern: "👨‍👩‍👧", expected: [[0, 1, 6]]),
        Case(text: "", pattern: "a", expected: []),
        Case(text: "abc", pattern: "", expected: []),
        Case(text: "ab", pattern: "abc", expected: []),
    ]

    @Test("smart case", arguments: smartCase)
    func smartCaseMatches(_ c: Case) throws { try check(c) }

    @Test("diacritic-insensitive option", arguments: diacritics)
    func diacriticMatches(_ c: Case) throws { try check(c) }

    @Test("length-changing case folding keeps exact ranges", arguments: caseFoldingRanges)
    func caseFolding(_ c: Case) throws { try check(c) }

    @Test("ignorable format characters inside words", arguments: ignorables)
    func ignorableCharacters(_ c: Case) throws { try check(c) }

    @Test("precomposed and decomposed letters match", arguments: normalisation)
    func normalisedMatches(_ c: Case) throws { try check(c) }

    @Test("literal patterns, overlaps, CJK and emoji", arguments: literalAndScripts)
    func literalMatches(_ c: Case) throws { try check(c) }

    private func check(_ c: Case) throws {
        let query = SearchQuery(pattern: c.pattern, diacriticInsensitive: c.diacritics)
        let found = try index(c.text).matches(query)
        #expect(spans(found) == c.expected)
        // firstMatch from the start agrees with the first of all matches.
        let first = try index(c.text).firstMatch(query, from: TextPosition(block: 0, offset: 0), forward: true)
        #expect(first?.range == found.first)
        #expect(first?.wrapped ?? false == false)
    }
}

/// Folded variants are made on first use and shared between copies of an index: asking for
/// them in any order gives what a fresh index gives.
@Suite("Search index: variants made on demand")
struct SearchIndexLazyTests {
    @Test("every mode, in any order, matches as on a fresh index")
    func anyOrder() throws {
        let texts = ["Straße and STRASSE in Zürich", "cafe café CAFÉ", "plain lower case"]
        let queries = [
            SearchQuery(pattern: "strasse"), SearchQuery(pattern: "Café"),
            SearchQuery(pattern: "cafe", diacriticInsensitive: true),
            SearchQuery(pattern: "ZURICH", diacriticInsensitive: true), SearchQuery(pattern: "lower"),
        ]
        let shared = SearchIndex(article: Article(blocks: texts.map { Block(kind: .paragraph, text: $0) }))
        let copy = shared
        for query in queries.reversed() + queries {
            let fresh = SearchIndex(article: Article(blocks: texts.map { Block(kind: .paragraph, text: $0) }))
            #expect(try copy.matches(query) == fresh.matches(query), "\(query.pattern)")
        }
        #expect(try shared.matches(SearchQuery(pattern: "cafe", diacriticInsensitive: true)).count == 3)
    }
}
