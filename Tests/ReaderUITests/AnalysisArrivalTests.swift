import ArticleModel
import ReaderTestSupport
import Testing
@testable import ReaderUI

/// The analysis of a big article arrives after the first frame as
/// `Message.analysisFinished`: the reader must take its quotations and entities without
/// losing its place or the status line.
@Suite("Analysis arriving after the first frame")
struct AnalysisArrivalTests {
    /// The fixture article without its analysis, as the reader opens a big article.
    static func unanalysed() -> Article {
        var article = EntityArticle.make()
        article.quotes = []
        article.entities = []
        return article
    }

    @Test("quotations and entities arrive: the sidebar docks, the sidebars fill, the place is kept")
    func arrivalDocksTheSidebar() {
        let analysed = EntityArticle.make()
        var state = ReaderState(article: Self.unanalysed(), rows: 30, columns: 120)
        _ = state.update(.scrollLines(3))
        let anchorBefore = state.anchor
        #expect(state.articleColumns == 120)
        #expect(state.entityList.order.isEmpty)
        _ = state.update(.analysisFinished(analysed))
        #expect(state.article.quotes.count == analysed.quotes.count)
        #expect(state.article.entities.count == analysed.entities.count)
        #expect(state.entityList.order.count == analysed.entities.count)
        #expect(state.articleColumns < 120, "the sidebar docks once there is something to list")
        #expect(state.anchor.block == anchorBefore.block)
        let screen = ReaderView.render(state).textLines.joined(separator: "\n")
        #expect(screen.contains("Entities"))
        #expect(screen.contains("Quotes"))
    }

    @Test("the status message survives the arrival (it is not a key)")
    func statusMessageKept() {
        var state = ReaderState(article: Self.unanalysed(), rows: 30, columns: 120)
        _ = state.update(.unbound("Z"))
        let message = state.statusMessage
        #expect(message != nil)
        _ = state.update(.analysisFinished(EntityArticle.make()))
        #expect(state.statusMessage == message)
    }

    @Test("an analysis of other text is ignored")
    func otherTextIgnored() {
        var state = ReaderState(article: Self.unanalysed(), rows: 30, columns: 120)
        var other = EntityArticle.make()
        other.blocks.append(Block(kind: .paragraph, text: "An extra paragraph."))
        _ = state.update(.analysisFinished(other))
        #expect(state.article.entities.isEmpty)
        #expect(state.article.quotes.isEmpty)
    }

    @Test("through the loop: the first frame has no sidebar, the frame after the analysis has it")
    func throughTheLoop() throws {
        let terminal = TestTerminal(rows: 30, columns: 120, script: KeyScript.typing("q"))
        let start = ReaderState(article: Self.unanalysed(), rows: 30, columns: 120)
        let analysed = EntityArticle.make()
        let final = ReaderLoop.run(
            state: start, backend: terminal, deferred: DeferredMessage { .analysisFinished(analysed) })
        #expect(terminal.frames.count >= 2)
        let first = try #require(terminal.frames.first).textLines.joined(separator: "\n")
        #expect(!first.contains("Entities ("))
        #expect(terminal.frames[1].textLines.joined(separator: "\n").contains("Entities ("))
        #expect(final.article.entities.count == analysed.entities.count)
    }
}
