import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Issue 13: kinds a new user found wrong with the release binary on real news, each shown
/// fixed on a short fictional article (invented towns, firms, parties and people).
@Suite("Entity recognizer: kinds a new user found wrong (issue 13)")
struct EntityRecognizerNewUserKindTests {
    @Test("a title before a month's name that is also a given name makes a person: 'Mayor Jan Holt'")
    func titleBeforeMonthGivenName() {
        let list = entities([
            "\u{201C}The budget is fair,\u{201D} said Mayor Jan Holt. Holt added nothing.",
            "The council meets again on Jan. 14 in Dunmere.",
        ])
        #expect(entity("Jan Holt", in: list)?.kind == .person)
        #expect(entity("Jan Holt", in: list)?.aliases.contains("Holt") == true)
        #expect(entity("Holt", in: list) == nil)
    }

    @Test("'County Kessock' and 'Canton Arvel' are places; 'In Shannon,' at a sentence start is a place context")
    func countiesAndSentenceInitialIn() {
        let list = entities([
            "Heavy rain closed roads in County Kessock and Canton Arvel on Wednesday.",
            "In Shannon, the mayor said the schools would stay closed.",
        ])
        #expect(entity("County Kessock", in: list)?.kind == .place)
        #expect(entity("Canton Arvel", in: list)?.kind == .place)
        #expect(entity("Shannon", in: list)?.kind == .place)
    }

    @Test("'mid-September' is a date, no name")
    func prefixedMonths() {
        let list = entities(["The vote was put off until mid-September, and in mid-October the council met in Dunmere."])
        #expect(!list.contains { $0.name.contains("September") || $0.name.contains("October") })
    }
}
