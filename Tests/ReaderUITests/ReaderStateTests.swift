import ArticleModel
import Testing
@testable import ReaderUI

@Suite("Reader state driven by keys")
struct ReaderStateTests {
    private func state(rows: Int = 24, columns: Int = 80, paragraphs: Int = 40) -> ReaderState {
        ReaderState(article: TestArticles.long(paragraphs: paragraphs), rows: rows, columns: columns)
    }

    private func press(_ state: inout ReaderState, _ keys: String) -> [Effect] {
        var effects: [Effect] = []
        for c in keys { effects += state.handle(.key(.character(c))) }
        return effects
    }

    @Test("j, k, arrows and Enter move one line; a count repeats")
    func lineMoves() {
        var s = state()
        _ = press(&s, "j")
        #expect(s.topLine == 1)
        _ = s.handle(.key(.down))
        _ = s.handle(.key(.enter))
        #expect(s.topLine == 3)
        _ = press(&s, "k")
        #expect(s.topLine == 2)
        _ = press(&s, "12j")
        #expect(s.topLine == 14)
        _ = press(&s, "4k")
        #expect(s.topLine == 10)
        _ = s.handle(.key(.up))
        #expect(s.topLine == 9)
    }

    @Test("page and half-page keys move by the viewport height")
    func pageMoves() {
        var s = state()  // viewport 23 rows: a page is 22 lines, half a page 11
        _ = press(&s, " ")
        #expect(s.topLine == 22)
        _ = press(&s, "b")
        #expect(s.topLine == 0)
        _ = press(&s, "d")
        #expect(s.topLine == 11)
        _ = press(&s, "u")
        #expect(s.topLine == 0)
        _ = s.handle(.key(.pageDown))
        _ = s.handle(.key(.control("f")))
        #expect(s.topLine == 44)
        _ = s.handle(.key(.control("b")))
        _ = s.handle(.key(.pageUp))
        #expect(s.topLine == 0)
        _ = press(&s, "2f")
        #expect(s.topLine == 44)
    }

    @Test("g and G go to the ends; NG to a line; N% to a percentage")
    func jumps() {
        var s = state()
        _ = press(&s, "G")
        #expect(s.topLine == s.maxTopLine)
        #expect(s.percentRead == 100)
        _ = press(&s, "g")
        #expect(s.topLine == 0)
        _ = s.handle(.key(.end))
        #expect(s.topLine == s.maxTopLine)
        _ = s.handle(.key(.home))
        #expect(s.topLine == 0)
        _ = press(&s, "30G")
        #expect(s.topLine == 29)
        _ = press(&s, "50%")
        #expect(s.topLine == s.layout.lines.count / 2)
    }

    @Test("scrolling stops at both ends")
    func clamps() {
        var s = state()
        _ = press(&s, "k")
        #expect(s.topLine == 0)
        _ = press(&s, "99999j")
        #expect(s.topLine == s.maxTopLine)
        #expect(s.layout.lines.count - s.topLine == s.viewportHeight)
    }

    @Test("the count prefix is kept until a command and cancelled by Esc")
    func countPrefix() {
        var s = state()
        _ = press(&s, "12")
        #expect(s.pendingCount == 12)
        _ = s.handle(.key(.escape))
        #expect(s.pendingCount == nil)
        _ = press(&s, "j")
        #expect(s.topLine == 1)
    }

    @Test("q, Q and Ctrl-C quit; Ctrl-Z suspends; Ctrl-L repaints")
    func effects() {
        var s = state()
        #expect(press(&s, "q") == [.quit])
        #expect(press(&s, "Q") == [.quit])
        #expect(s.handle(.key(.control("c"))) == [.quit])
        #expect(s.handle(.key(.control("z"))) == [.suspend])
        #expect(s.handle(.key(.control("l"))) == [.repaintAll])
        #expect(s.handle(.terminate) == [.quit])
    }

    @Test("h and F1 open help; any other key closes it without acting")
    func help() {
        var s = state()
        _ = press(&s, "h")
        #expect(s.showingHelp)
        _ = press(&s, "q")
        #expect(!s.showingHelp)
        #expect(s.topLine == 0)
        _ = s.handle(.key(.function(1)))
        #expect(s.showingHelp)
        _ = s.handle(.key(.escape))
        #expect(!s.showingHelp)
    }

    @Test("a resize reflows and keeps the paragraph at the top of the viewport")
    func resizeKeepsPlace() throws {
        var s = state()
        _ = press(&s, "60j")
        let before = s.layout.lines[s.topLine]
        let block = try #require(before.block)
        for (rows, columns) in [(30, 50), (10, 120), (24, 33), (24, 80)] {
            _ = s.handle(.resize(rows: rows, columns: columns))
            let top = s.layout.lines[s.topLine]
            #expect(top.block == block)
            #expect(top.start <= before.start && before.start < max(top.end, top.start + 1))
        }
    }

    @Test("+, - and = change the measure within the window")
    func measure() {
        var s = ReaderState(article: TestArticles.long(), rows: 24, columns: 100, width: 60)
        #expect(s.measure == 60)
        _ = press(&s, "+")
        #expect(s.measure == 64)
        _ = press(&s, "20+")
        #expect(s.measure == 100)
        #expect(s.statusMessage == "width 100")
        _ = press(&s, "+")
        #expect(s.measure == 100)
        #expect(s.statusMessage == "width 100 (window limit)")
        _ = press(&s, "-")
        #expect(s.measure == 96)
        _ = press(&s, "99-")
        #expect(s.measure == ReaderState.minimumWidth)
        _ = press(&s, "=")
        #expect(s.measure == 60)
        _ = s.handle(.resize(rows: 24, columns: 40))
        #expect(s.measure == 40)
        _ = s.handle(.resize(rows: 24, columns: 200))
        #expect(s.measure == 60)
    }

    @Test("below 20x5 the state is too small; growing back restores the place")
    func tooSmall() {
        var s = state()
        _ = press(&s, "30j")
        let anchor = s.anchor
        _ = s.handle(.resize(rows: 4, columns: 10))
        #expect(s.isTooSmall)
        _ = s.handle(.resize(rows: 1, columns: 1))
        _ = s.handle(.resize(rows: 24, columns: 80))
        #expect(!s.isTooSmall)
        #expect(s.layout.position(ofLine: s.topLine) == anchor)
    }

    @Test("the wheel scrolls three lines")
    func wheel() {
        var s = state()
        _ = s.handle(.wheel(1))
        #expect(s.topLine == 3)
        _ = s.handle(.wheel(-1))
        #expect(s.topLine == 0)
    }

    @Test("an unbound key says so in the status line, and the next key clears it")
    func unbound() {
        var s = state()
        _ = press(&s, "Z")
        #expect(s.statusMessage == "Z is not a key here (h: help)")
        _ = press(&s, "j")
        #expect(s.statusMessage == nil)
    }
}

@Suite("Reader state: regressions")
struct ReaderStateRegressionTests {
    @Test("when the whole help fits, a movement key closes it (it said 'any key closes')")
    func helpClosesOnMovementWhenItFits() {
        var s = ReaderState(article: TestArticles.long(), rows: 60, columns: 100)
        _ = s.handle(.key(.character("h")))
        _ = s.handle(.key(.character("j")))
        #expect(!s.showingHelp)
        #expect(s.topLine == 0)
    }

    @Test("when the help is cut off, j scrolls it and the footer says so")
    func helpScrollsWhenCut() {
        var s = ReaderState(article: TestArticles.long(), rows: 12, columns: 100)
        _ = s.handle(.key(.character("h")))
        _ = s.handle(.key(.character("j")))
        #expect(s.showingHelp)
        #expect(s.helpTopLine == 1)
        #expect(ReaderView.render(s).trimmedText.contains("j/k scroll"))
    }

    @Test("a resize clears a stale width message")
    func resizeClearsMessage() {
        var s = ReaderState(article: TestArticles.long(), rows: 24, columns: 70)
        _ = s.handle(.key(.character("+")))
        #expect(s.statusMessage == "width 70 (window limit)")
        _ = s.handle(.resize(rows: 24, columns: 100))
        #expect(s.statusMessage == nil)
        #expect(s.measure == 80)
    }

    @Test("a redraw after Ctrl-Z keeps a blank separator line at the top")
    func redrawKeepsBlankTopLine() throws {
        var s = ReaderState(article: TestArticles.long(), rows: 24, columns: 80)
        // Find a blank separator line and put it at the top.
        let blank = try #require(s.layout.lines.indices.first { $0 > 5 && s.layout.lines[$0].block == nil })
        _ = s.handle(.key(.character("g")))
        for c in "\(blank + 1)G" { _ = s.handle(.key(.character(c))) }
        #expect(s.topLine == blank)
        _ = s.handle(.redraw(rows: 24, columns: 80))
        #expect(s.topLine == blank)
        _ = s.handle(.resize(rows: 30, columns: 80))
        #expect(s.topLine == blank)
    }
}
