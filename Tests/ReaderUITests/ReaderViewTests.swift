import ArticleModel
import Testing
@testable import ReaderUI

/// Whole screens rendered into a ``ScreenBuffer`` and compared with expected text screens.
@Suite("Rendered screens")
struct ReaderViewTests {
    private func screen(_ state: ReaderState) -> String {
        ReaderView.render(state).trimmedText
    }

    private static func tildes(_ n: Int, _ margin: Int) -> [String] {
        Array(repeating: String(repeating: " ", count: margin) + "~", count: n)
    }

    @Test("80x24: the article fills the pane, the status line closes the screen")
    func screen80x24() {
        let state = ReaderState(article: TestArticles.short, rows: 24, columns: 80)
        let expected = [
            "Lighthouse Keepers Return to Cape Morrow",
            "By Jonas Pike · Monday, May 4, 2026",
            "",
            "After forty years of automation, the coastal trust has hired two keepers to live",
            "at the light again, citing storms that cut the power for days.",
            "",
            "│ The Cape Morrow light at dusk.",
            "│ Photo: Elsa Brandt / Coast Trust",
            "",
            "\"It needs people,\" said trust director Hal Odum.",
            "",
            "• Keepers start in June.",
        ] + Self.tildes(11, 0) + [
            " Lighthouse Keepers Return to Cape Morrow                   all  h help  q quit",
        ]
        #expect(screen(state) == expected.joined(separator: "\n"))
    }

    @Test("120x40: the 80-column measure is centred")
    func screen120x40() {
        let state = ReaderState(article: TestArticles.short, rows: 40, columns: 120)
        let lines = screen(state).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 40)
        #expect(lines[0] == "                    Lighthouse Keepers Return to Cape Morrow")
        #expect(lines[3] == "                    After forty years of automation, the coastal trust has hired two keepers to live")
        #expect(lines[12] == "                    ~")
        #expect(lines[39].hasSuffix("all  h help  q quit"))
        #expect(lines[39].count == 119)
    }

    @Test("40x12: narrow window, headline truncated in the status line")
    func screen40x12() {
        let state = ReaderState(article: TestArticles.short, rows: 12, columns: 40)
        #expect(screen(state) == """
            Lighthouse Keepers Return to Cape Morrow
            By Jonas Pike · Monday, May 4, 2026

            After forty years of automation, the
            coastal trust has hired two keepers to
            live at the light again, citing storms
            that cut the power for days.

            │ The Cape Morrow light at dusk.
            │ Photo: Elsa Brandt / Coast Trust

             Lighthouse Keeper… 73%  h help  q quit
            """)
    }

    @Test("40x12 help overlay: entries take two lines when the columns don't fit")
    func help40x12() {
        var state = ReaderState(article: TestArticles.short, rows: 12, columns: 40)
        _ = state.handle(.key(.character("h")))
        #expect(screen(state) == """
            ┌─ Keys ───────────────────────────────┐
            │ Moving                               │
            │   j  Down  Enter  Ctrl-N             │
            │       down one line                  │
            │   k  Up  Ctrl-P                      │
            │       up one line                    │
            │   Space  f  PgDn  Ctrl-F             │
            │       down one page                  │
            │   b  PgUp  Ctrl-B                    │
            │       up one page                    │
            └─ j/k scroll · any other key closes ──┘
             Lighthouse Keeper… 73%  h help  q quit
            """)
        _ = state.handle(.key(.character("G")))
        let end = screen(state)
        #expect(end.contains("│   q  Q  Ctrl-C"))
        #expect(end.contains("└─ any key closes"))
    }

    @Test("80x40 help overlay lists every key and fits")
    func help80x40() {
        var state = ReaderState(article: TestArticles.short, rows: 40, columns: 80)
        _ = state.handle(.key(.function(1)))
        let text = screen(state)
        for entry in HelpText.entries where !entry.keys.isEmpty {
            #expect(text.contains(entry.keys), "\(entry.keys)")
        }
        #expect(text.contains("└─ any key closes"))
    }

    @Test("below 20x5 the screen says it is too small", arguments: [(4, 19), (4, 80), (24, 19), (1, 1), (2, 3)])
    func tooSmall(rows: Int, columns: Int) {
        let state = ReaderState(article: TestArticles.short, rows: rows, columns: columns)
        let buffer = ReaderView.render(state)
        #expect(buffer.rows == rows && buffer.columns == columns)
        let text = buffer.trimmedText
        if columns >= 2 {
            #expect(text.contains(String(ReaderView.tooSmallMessage.prefix(columns - 1))))
        }
        #expect(!text.contains("Lighthouse"))
    }

    @Test("exactly 20x5 is drawn")
    func smallestDrawn() {
        let state = ReaderState(article: TestArticles.short, rows: 5, columns: 20)
        #expect(screen(state) == """
            Lighthouse Keepers
            Return to Cape
            Morrow
            By Jonas Pike ·
             Lighthouse Ke… 15%
            """)
    }

    @Test("style roles: headline, byline, caption, credit and status line")
    func styles() {
        let buffer = ReaderView.render(ReaderState(article: TestArticles.short, rows: 24, columns: 80))
        #expect(buffer[0, 0].role == .headline)
        #expect(buffer[1, 0].role == .byline)
        #expect(buffer[3, 0].role == .body)
        #expect(buffer[6, 0].role == .border)
        #expect(buffer[6, 2].role == .caption)
        #expect(buffer[7, 2].role == .credit)
        #expect(buffer.roles(row: 23).allSatisfy { $0 == .statusLine })
    }

    @Test("wide characters take two cells and never straddle the measure's edge")
    func wideCharacters() {
        let article = Article(blocks: [Block(kind: .paragraph, text: "日本語のテキストは空白なしで折り返されます。")])
        let buffer = ReaderView.render(ReaderState(article: article, rows: 6, columns: 21))
        #expect(buffer.textLines[0] == "日本語のテキストは空 ")
        #expect(buffer[0, 0].width == 2 && buffer[0, 1].isContinuation)
        #expect(buffer.textLines[1].hasPrefix("白なしで折り返されま"))
        #expect(buffer.textLines[2].hasPrefix("す。"))
    }

    @Test("control characters in the model are painted as visible pictures")
    func controlsAreInert() {
        let article = Article(blocks: [Block(kind: .paragraph, text: "a\u{1B}[2Jb\u{9B}c")])
        let buffer = ReaderView.render(ReaderState(article: article, rows: 6, columns: 40))
        for cell in buffer.cells {
            #expect(!cell.grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
        #expect(buffer.textLines[0].hasPrefix("a␛[2Jb"))
    }
}

@Suite("Screen buffer")
struct ScreenBufferTests {
    @Test("an emoji sequence takes the columns ncurses advances, with continuation cells")
    func emojiSequence() {
        var buffer = ScreenBuffer(rows: 1, columns: 10)
        let end = buffer.write("a👍🏽b", row: 0, column: 0, role: .body)
        #expect(end == 6)
        #expect(buffer[0, 1].width == 4)
        #expect((2...4).allSatisfy { buffer[0, $0].isContinuation })
        #expect(buffer[0, 5].grapheme == "b")
    }

    @Test("a wide cluster that would straddle the limit becomes blanks")
    func straddle() {
        var buffer = ScreenBuffer(rows: 1, columns: 5)
        let end = buffer.write("abc中", row: 0, column: 0, role: .body, limit: 4)
        #expect(end == 4)
        #expect(buffer.textLines[0] == "abc  ")
        #expect(buffer[0, 3].width == 1)
    }

    @Test("overwriting half of a wide cluster leaves no orphan continuation")
    func overwriteHalf() {
        var buffer = ScreenBuffer(rows: 1, columns: 6)
        buffer.write("中文", row: 0, column: 0, role: .body)
        buffer.write("x", row: 0, column: 1, role: .body)
        #expect(buffer.textLines[0] == " x文  ")
        #expect(buffer[0, 0].width == 1)
    }

    @Test("a combining mark joins the cluster before it")
    func combining() {
        var buffer = ScreenBuffer(rows: 1, columns: 4)
        buffer.write("e\u{301}x", row: 0, column: 0, role: .body)
        #expect(buffer[0, 0].grapheme == "e\u{301}")
        #expect(buffer[0, 1].grapheme == "x")
    }
}
