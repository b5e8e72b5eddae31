import ArticleModel
import Citations
import ReaderTestSupport
import Testing
@testable import ReaderUI

@Suite("y: the current quotation as a citation, copied by the backend")
struct CitationCopyTests {
    private func article() -> Article {
        var article = QuotedArticle.make()
        article.metadata.siteName = "Harbour Gazette"
        article.metadata.date = "June 2, 2025"
        article.metadata.source = "/srv/news/ferry.txt"
        article.entities = [Entity(name: "Ines Varga", kind: .person, role: "board chair")]
        article.quotes[0].speakerEntity = 0
        return article
    }

    @Test("y with nothing selected copies the first quotation on screen, with speaker and role")
    func firstOnScreen() {
        var state = ReaderState(article: article(), rows: 12, columns: 80)
        let effects = state.handle(.key(.character("y")))
        #expect(effects == [.copyToClipboard(ClipboardCopy(
            text: """
                > We will run the boats all night,
                >
                > — Ines Varga, board chair

                *Harbour Board Approves the Night Ferry*, Harbour Gazette, June 2, 2025, /srv/news/ferry.txt
                """,
            summary: "quote 1 (Ines Varga) as a citation"))])
    }

    @Test("y copies the selected quotation, with the config's template")
    func selected() {
        var state = ReaderState(article: article(), rows: 12, columns: 80)
        state.citationTemplate = (try? CitationTemplate("{text} ({speaker})")) ?? .markdown
        _ = state.handle(.key(.character(".")))
        _ = state.handle(.key(.character(".")))
        #expect(state.selection == .quote(1))
        #expect(state.handle(.key(.character("y"))) == [.copyToClipboard(ClipboardCopy(
            text: "The numbers do not add up, (Bo Lind)", summary: "quote 2 (Bo Lind) as a citation"))])
    }

    @Test("y with no quotation on screen or in the article says so and copies nothing")
    func nothing() {
        var state = ReaderState(article: TestArticles.long(), rows: 12, columns: 80)
        #expect(state.handle(.key(.character("y"))).isEmpty)
        #expect(state.statusMessage == "no quotations to copy")
        var quoted = ReaderState(article: article(), rows: 6, columns: 80)
        _ = quoted.update(.line(8))
        #expect(quoted.handle(.key(.character("y"))).isEmpty)
        #expect(quoted.statusMessage == "no quotation on screen (. selects the next one)")
    }

    @Test("through the loop: the backend gets the text, the status line says what and how")
    func loop() throws {
        let terminal = TestTerminal(rows: 12, columns: 80, script: [.key(.character("y")), .key(.character("q"))])
        let final = ReaderLoop.run(state: ReaderState(article: article(), rows: 12, columns: 80), backend: terminal)
        #expect(terminal.copies.count == 1)
        #expect(terminal.copies.first?.hasPrefix("> We will run the boats all night,\n") == true)
        let frame = try #require(terminal.lastFrame)
        #expect(frame.trimmedText.contains("copied quote 1 (Ines Varga) as a citation, 160 bytes, through OSC 52"))
        _ = final
    }

    @Test("a failed copy is reported with its reason")
    func failed() {
        var state = ReaderState(article: article(), rows: 12, columns: 80)
        _ = state.update(.copied(ClipboardCopy(text: "x", summary: "quote 1"), .failed("copying is off")))
        #expect(state.statusMessage == "not copied: copying is off")
        _ = state.update(.copied(ClipboardCopy(text: "xy", summary: "quote 1"), .command("xclip")))
        #expect(state.statusMessage == "copied quote 1, 2 bytes, with xclip")
    }
}
