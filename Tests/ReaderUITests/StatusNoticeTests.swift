import ArticleModel
import Testing
@testable import ReaderUI

/// A notice on the status line (the theme switch, a warning) takes the headline's place
/// instead of being painted over its first columns: the row reads as the notice, then the
/// position and hints, with no leftover piece of the headline after the notice.
@Suite("Status line notice")
struct StatusNoticeTests {
    @Test("the notice replaces the headline on the left; the right part stays", arguments: [80, 40])
    func noticeTakesItsOwnPlace(columns: Int) throws {
        var state = ReaderState(article: TestArticles.short, rows: 24, columns: columns)
        _ = state.update(.showNotice("theme: paper (2/4)"))
        let row = try #require(ReaderView.render(state).textLines.last)
        #expect(row.hasPrefix(" theme: paper (2/4) "), "\(row)")
        // Nothing of the headline ("Lighthouse Keepers Return to Cape Morrow") is left.
        #expect(!row.contains("Lighthouse") && !row.contains("Morrow") && !row.contains("Cape"), "\(row)")
        #expect(row.contains("all") || row.contains("%"), "\(row)")
    }

    @Test("without a notice the headline is back")
    func headlineWithoutNotice() throws {
        let state = ReaderState(article: TestArticles.short, rows: 24, columns: 80)
        let row = try #require(ReaderView.render(state).textLines.last)
        #expect(row.hasPrefix(" Lighthouse Keepers Return to Cape Morrow"), "\(row)")
    }
}
