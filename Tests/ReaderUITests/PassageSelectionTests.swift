import ArticleModel
import Citations
import Testing
@testable import ReaderUI

/// An article of short paragraphs with several sentences each (fictional), and one quotation.
enum SentencedArticle {
    static let paragraphs = [
        "Lantern Festival Returns to Orvik",
        "The lantern festival returns to Orvik this winter. Dr. Hana Berg will open it on the quay. It runs for three nights.",
        "\"We hope the fog stays away,\" said organiser Pol Terrin. Tickets go on sale in May.",
        "Stalls will line the old rope walk. Each stall pays a small fee! Is that fair? The council thinks so.",
        "Parking near the quay is limited.",
    ]

    static func make() -> Article {
        var blocks = [Block(kind: .headline, text: paragraphs[0])]
        blocks += paragraphs.dropFirst().map { Block(kind: .paragraph, text: $0) }
        let words = "We hope the fog stays away,"
        return Article(
            metadata: ArticleMetadata(headline: paragraphs[0], source: "/srv/news/lanterns.txt", siteName: "Orvik Post"),
            blocks: blocks,
            quotes: [Quote(text: words, ranges: [TextRange(block: 2, start: 1, end: 1 + words.unicodeScalars.count)],
                           kind: .direct, cue: "said", speakerMention: "Pol Terrin", speaker: "Pol Terrin")])
    }

    /// The text of `span` in the article.
    static func text(_ span: TextSpan?, in article: Article = make()) -> String? {
        span.map { $0.text(in: article) }
    }
}

extension ScreenBuffer {
    /// The graphemes of the cells painted in `role`, row by row, runs joined with "|".
    func text(in role: StyleRole) -> String {
        var runs: [String] = []
        for row in 0..<rows {
            var run = ""
            for column in 0..<columns {
                let cell = self[row, column]
                if cell.role == role {
                    run += cell.grapheme
                } else if !run.isEmpty {
                    runs.append(run)
                    run = ""
                }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs.joined(separator: "|")
    }
}

@Suite("Sentence boundaries")
struct SentenceBoundaryTests {
    static func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceBoundaries.sentences(in: text).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test("end marks with white space and a capital after them end sentences; closing quotes stay with theirs")
    func basic() {
        #expect(Self.split("One two. Three four! Five? \"Six,\" he said. Seven.") ==
            ["One two.", "Three four!", "Five?", "\"Six,\" he said.", "Seven."])
        #expect(Self.split("He said: \"Go now.\" Then he left.") == ["He said: \"Go now.\"", "Then he left."])
        #expect(Self.split("  Leading and trailing space.  ") == ["Leading and trailing space."])
        #expect(Self.split("No end mark at all") == ["No end mark at all"])
        #expect(Self.split("") == [])
    }

    @Test("initials, titles and abbreviations do not end a sentence; a lower-case word does not start one")
    func abbreviations() {
        #expect(Self.split("Dr. Hana Berg met J. K. Lund at 9 a.m. on the quay. They spoke.") ==
            ["Dr. Hana Berg met J. K. Lund at 9 a.m. on the quay.", "They spoke."])
        #expect(Self.split("It cost 4.5 million, i.e. too much. Yes.") == ["It cost 4.5 million, i.e. too much.", "Yes."])
        #expect(Self.split("Wait... and see. Done.") == ["Wait... and see.", "Done."])
    }

    @Test("CJK full stops end a sentence without a space")
    func cjk() {
        #expect(Self.split("今日は晴れ。明日は雨！") == ["今日は晴れ。", "明日は雨！"])
    }
}

@Suite("Selecting passages: v, V, a")
struct PassageSelectionTests {
    /// Scrolled so that the first paragraph's first line is at the top (6 rows: the article
    /// is taller than the viewport).
    func state(rows: Int = 6, columns: Int = 70) -> ReaderState {
        var state = ReaderState(article: SentencedArticle.make(), rows: rows, columns: columns)
        _ = state.update(.line(3))
        return state
    }

    func press(_ keys: String, _ state: inout ReaderState) {
        for c in keys { _ = state.handle(.key(.character(c))) }
    }

    @Test("v selects the first sentence on screen; j extends by sentences across paragraphs, k goes back past the start")
    func sentences() {
        var state = state()
        press("v", &state)
        let article = SentencedArticle.make()
        #expect(SentencedArticle.text(state.passage?.span) == "The lantern festival returns to Orvik this winter.")
        #expect(state.statusMessage?.hasPrefix("1 sentence selected") == true)
        press("j", &state)
        #expect(SentencedArticle.text(state.passage?.span) ==
            "The lantern festival returns to Orvik this winter. Dr. Hana Berg will open it on the quay.")
        press("2j", &state)
        #expect(state.passage?.span.end == TextPosition(block: 2, offset: article.blocks[2].text.unicodeScalars.count - 27))
        #expect(SentencedArticle.text(state.passage?.span)?.hasSuffix("three nights.\n\"We hope the fog stays away,\" said organiser Pol Terrin.") == true)
        #expect(state.statusMessage?.hasPrefix("4 sentences selected") == true)
        // Back past the anchor: the selection then runs from the sentence before it.
        press("5k", &state)
        #expect(SentencedArticle.text(state.passage?.span) == "Lantern Festival Returns to Orvik\nThe lantern festival returns to Orvik this winter.")
        press("k", &state)
        #expect(state.statusMessage == "top of the article")
    }

    @Test("v again adds a sentence; V switches to whole paragraphs and V again adds one; v switches back")
    func units() {
        var state = state()
        press("vv", &state)
        #expect(SentencedArticle.text(state.passage?.span) ==
            "The lantern festival returns to Orvik this winter. Dr. Hana Berg will open it on the quay.")
        press("V", &state)
        #expect(state.passage?.unit == .paragraph)
        #expect(SentencedArticle.text(state.passage?.span) == SentencedArticle.paragraphs[1])
        press("V", &state)
        #expect(SentencedArticle.text(state.passage?.span) == SentencedArticle.paragraphs[1] + "\n" + SentencedArticle.paragraphs[2])
        _ = state.handle(.key(.down))
        #expect(state.passage?.span.end.block == 3)
        press("v", &state)
        #expect(state.passage?.unit == .sentence)
        #expect(state.passage?.span.start == TextPosition(block: 1, offset: 0))
        #expect(state.passage?.span.end == TextPosition(block: 3, offset: SentencedArticle.paragraphs[3].unicodeScalars.count))
    }

    @Test("Esc cancels the selection; other keys still scroll while selecting")
    func cancel() {
        var state = state(rows: 6)
        press("v", &state)
        let top = state.topLine
        press("d", &state)
        #expect(state.topLine > top)
        #expect(state.passage?.span.start == TextPosition(block: 1, offset: 0))
        #expect(ReaderView.render(state).textLines.last?.contains("selected: 1 sentence") == true)
        _ = state.handle(.key(.escape))
        #expect(state.passage == nil)
        #expect(state.statusMessage == "selection cleared")
    }

    @Test("the selection is model positions: a resize reflows it and it is painted in the selection role")
    func survivesResize() {
        var state = state(rows: 6, columns: 100)
        press("vj", &state)
        let span = state.passage?.span
        let wide = ReaderView.render(state).text(in: .selection)
        #expect(wide.contains("this winter."))
        _ = state.handle(.resize(rows: 30, columns: 44))
        #expect(state.passage?.span == span)
        let narrow = ReaderView.render(state).text(in: .selection)
        #expect(narrow.replacingOccurrences(of: "|", with: " ") ==
            "The lantern festival returns to Orvik this winter. Dr. Hana Berg will open it on the quay.")
        #expect(narrow.contains("|"), "wrapped over several lines at 44 columns")
    }

    @Test("a selects exactly the current quotation; y cites it with its speaker; a passage cites without one")
    func quotationAndCopy() throws {
        var state = state()
        state.citationTemplate = try CitationTemplate("{text}{? — {speaker}}{? ({note})}")
        press(".a", &state)
        #expect(state.passage?.quote == 0)
        #expect(SentencedArticle.text(state.passage?.span) == "We hope the fog stays away,")
        #expect(state.handle(.key(.character("y"))) == [.copyToClipboard(ClipboardCopy(
            text: "We hope the fog stays away, — Pol Terrin", summary: "the quotation (Pol Terrin) as a citation"))])
        // Extending a quotation moves by sentences: it becomes a passage, cited without a speaker.
        press("j", &state)
        #expect(state.passage?.unit == .sentence)
        #expect(state.handle(.key(.character("y"))) == [.copyToClipboard(ClipboardCopy(
            text: "\"We hope the fog stays away,\" said organiser Pol Terrin. Tickets go on sale in May.",
            summary: "2 sentences as a citation"))])
    }
}

@Suite("Highlights: H, the note prompt, the highlights panel")
struct HighlightTests {
    func press(_ keys: String, _ state: inout ReaderState) {
        for c in keys { _ = state.handle(.key(.character(c))) }
    }

    /// A highlight of the first paragraph's first two sentences with `note`, on a 20-row
    /// screen (selected at 6 rows, where the first paragraph can be scrolled to the top).
    func highlighted(note: String = "check the fee") -> ReaderState {
        var state = ReaderState(article: SentencedArticle.make(), rows: 6, columns: 110)
        _ = state.update(.line(3))
        press("vj*", &state)
        press(note, &state)
        _ = state.handle(.key(.enter))
        _ = state.handle(.resize(rows: 20, columns: 110))
        return state
    }

    @Test("H opens the note prompt; Enter keeps the highlight with its note, painted in the highlight role")
    func keep() {
        var state = ReaderState(article: SentencedArticle.make(), rows: 6, columns: 110)
        _ = state.update(.line(3))
        press("vj*", &state)
        #expect(state.activePrompt == .note)
        #expect(ReaderView.render(state).textLines.last?.hasPrefix("note: ") == true)
        press("check the fee", &state)
        _ = state.handle(.key(.enter))
        #expect(state.statusMessage == "highlight kept with its note (i lists them)")
        _ = state.handle(.resize(rows: 20, columns: 110))
        #expect(state.activePrompt == nil)
        #expect(state.passage == nil)
        #expect(state.highlights.count == 1)
        #expect(state.highlights.first?.note == "check the fee")
        let painted = ReaderView.render(state).text(in: .highlight).replacingOccurrences(of: "|", with: " ")
        #expect(painted == "The lantern festival returns to Orvik this winter. Dr. Hana Berg will open it on the quay.")
    }

    @Test("Esc in the note prompt keeps nothing; Enter on an empty line keeps a highlight without a note")
    func cancelAndEmpty() {
        var state = ReaderState(article: SentencedArticle.make(), rows: 20, columns: 110)
        press("v*", &state)
        press("abc", &state)
        _ = state.handle(.key(.escape))
        #expect(state.highlights.isEmpty)
        #expect(state.statusMessage == "not highlighted")
        #expect(state.passage != nil, "the selection stays")
        press("*", &state)
        _ = state.handle(.key(.enter))
        #expect(state.highlights.count == 1)
        #expect(state.highlights.first?.note == nil)
    }

    @Test("H with nothing selected keeps the selected quotation; with nothing at all it says what to do")
    func quotation() {
        var state = ReaderState(article: SentencedArticle.make(), rows: 20, columns: 110)
        press("*", &state)
        #expect(state.noteEditor == nil)
        #expect(state.statusMessage?.hasPrefix("nothing selected to highlight") == true)
        press(".*", &state)
        _ = state.handle(.key(.enter))
        #expect(state.highlights.map(\.span) == [TextSpan(SentencedArticle.make().quotes[0].ranges[0])])
        #expect(state.citation(of: state.highlights[0].span).speaker == "Pol Terrin")
    }

    @Test("the highlights panel lists them; Enter jumps, e edits the note, y copies it, x deletes it")
    func panel() throws {
        var state = highlighted()
        _ = state.update(.bottom)
        press("i", &state)
        #expect(state.isShown(.highlights))
        let screen = ReaderView.render(state).textLines.joined(separator: "\n")
        #expect(screen.contains("Highlights (1)"))
        #expect(screen.contains("The lantern festi… — check the f"), "\(screen)")
        // `i` gives the panel the focus: e, x and y act on it at once.
        #expect(state.focus == .panel(.highlights))
        press("e", &state)
        #expect(state.noteEditor?.editor.string == "check the fee")
        _ = state.handle(.key(.control("u")))
        press("ask the council", &state)
        _ = state.handle(.key(.enter))
        #expect(state.highlights.first?.note == "ask the council")
        state.citationTemplate = try CitationTemplate("{text} [{note}]")
        #expect(state.handle(.key(.character("y"))) == [.copyToClipboard(ClipboardCopy(
            text: "The lantern festival returns to Orvik this winter. Dr. Hana Berg will open it on the quay. [ask the council]",
            summary: "highlight 1 as a citation"))])
        _ = state.handle(.resize(rows: 6, columns: 110))
        _ = state.handle(.key(.enter))
        #expect(state.anchor == TextPosition(block: 1, offset: 0))
        while state.focus != .panel(.highlights) { _ = state.handle(.key(.tab)) }
        press("x", &state)
        #expect(state.highlights.isEmpty)
        #expect(state.focus == .article)
        #expect(!state.isShown(.highlights))
    }

    @Test("i, ` and o show their panel with the focus; pressed again there, hide it", arguments: ["i", "`", "o"])
    func toolPanelsTakeTheFocus(key: String) {
        var state = highlighted()
        _ = state.update(.setMark("a"))
        let panel: SidebarPanel = key == "i" ? .highlights : key == "`" ? .marks : .outline
        #expect(state.hasPanel(panel), "\(panel) has nothing to list")
        press(key, &state)
        #expect(state.isShown(panel))
        #expect(state.focus == .panel(panel))
        press(key, &state)
        #expect(!state.isShown(panel))
        #expect(state.focus == .article)
    }

    @Test("e and x in other panels say there is nothing to edit or delete")
    func otherPanels() {
        var state = ReaderState(article: SentencedArticle.make(), rows: 20, columns: 110)
        _ = state.handle(.key(.tab))
        #expect(state.focus == .quotes)
        press("e", &state)
        #expect(state.statusMessage == "nothing to edit here (e edits a highlight's note)")
        press("x", &state)
        #expect(state.statusMessage == "nothing to delete here (x deletes a highlight)")
    }

    @Test("restored highlights are sorted and painted; a note with controls is one clean line", arguments: [
        "note\u{1B}[31mred\u{07}", "two\nlines\u{9B}2J", "bidi\u{202E}txet\u{2066}", String(repeating: "long ", count: 300),
    ])
    func restoredAndHostile(note: String) {
        var state = ReaderState(article: SentencedArticle.make(), rows: 20, columns: 110)
        let late = TextSpan(start: TextPosition(block: 4, offset: 0), end: TextPosition(block: 4, offset: 7))
        let early = TextSpan(start: TextPosition(block: 1, offset: 4), end: TextPosition(block: 1, offset: 11))
        _ = state.update(.restoreHighlights([Highlight(id: 2, span: late, note: note), Highlight(id: 1, span: early)]))
        #expect(state.highlights.map(\.id) == [1, 2])
        let kept = state.highlights[1].note ?? ""
        #expect(!kept.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(kept.count <= Highlight.noteLimit)
        press("i", &state)
        let buffer = ReaderView.render(state)
        #expect(buffer.text(in: .highlight) == "lantern|Parking")
        for row in 0..<buffer.rows {
            for column in 0..<buffer.columns {
                #expect(!buffer[row, column].grapheme.unicodeScalars.contains {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                        || (0x2066...0x2069).contains($0.value)
                })
            }
        }
        while state.focus != .panel(.highlights) { _ = state.handle(.key(.tab)) }
        _ = state.handle(.key(.down))
        guard case .copyToClipboard(let copy)? = state.handle(.key(.character("y"))).first else {
            Issue.record("nothing copied")
            return
        }
        #expect(!copy.text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
        })
    }
}
