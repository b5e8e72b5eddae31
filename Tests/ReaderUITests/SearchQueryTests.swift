import ArticleModel
import Testing

@testable import ReaderUI

struct SearchQueryTests {
    @Test(
        "smart case: ignoresCase when the pattern has no capital",
        arguments: [
            ("kim", false, true), ("Kim", false, false), ("straße", false, true), ("İ", false, false),
            ("ǅ", false, false), ("東京", false, true), ("(dprk)", false, true), ("", false, true),
            ("\\d+", true, true), ("\\S+ kim", true, true), ("\\S", false, false), ("K\\w", true, false),
        ])
    func ignoresCase(pattern: String, isRegex: Bool, expected: Bool) {
        #expect(SearchQuery(pattern: pattern, isRegex: isRegex).ignoresCase == expected)
    }

    @Test func defaultsAreLiteralAndDiacriticSensitive() {
        let query = SearchQuery(pattern: "x")
        #expect(!query.isRegex)
        #expect(!query.diacriticInsensitive)
    }

    @Test func errorDescriptionIsOneLine() {
        let error = SearchError.invalidRegex("expected ')'")
        #expect(error.description == "invalid regex: expected ')'")
    }
}
