import Testing
@testable import TerminalText

/// Issue 11, part 4: soft hyphens, no-break spaces and word joiners, tab stops for tables,
/// and measures narrower than a character.
@Suite("WordWrap: soft hyphens, no-break spaces, table stops, narrow measures")
struct WordWrapUnusualTextTests {
    private func texts(_ text: String, width: Int, tabStops: [Int] = []) -> [String] {
        WordWrap.wrap(text, width: width, tabStops: tabStops).map(\.text)
    }

    @Test("a soft hyphen is invisible inside a line and measures 0 columns")
    func softHyphenInvisible() {
        #expect(DisplayWidth.of(Character("\u{AD}")) == 0)
        #expect(DisplayWidth.of("extra\u{AD}ordinary") == 13)
        let lines = WordWrap.wrap("extra\u{AD}ordinary", width: 20)
        #expect(lines.count == 1)
        #expect(lines[0].width == 13)
        #expect(CellText.sanitize("extra\u{AD}ordinary") == "extraordinary")
    }

    @Test("a break at a soft hyphen ends the line with a visible hyphen")
    func softHyphenBreak() {
        let lines = WordWrap.wrap("the extra\u{AD}ordinary meeting", width: 11)
        #expect(lines.map(\.text) == ["the extra-", "ordinary", "meeting"])
        #expect(lines[0].width == 10)
        // The lines still tile the source: the soft hyphen belongs to the first line.
        #expect(lines[0].end == 10 && lines[1].start == 10)
    }

    @Test("a soft hyphen is not taken where the hyphen would not fit")
    func softHyphenMustFit() {
        // "abcde" fills 5 columns: "abcde-" would be 6, so the word is hard-broken instead
        // (the soft hyphen stays invisible at the end of the first line).
        let lines = WordWrap.wrap("abcde\u{AD}fgh", width: 5)
        #expect(lines.map(\.text) == ["abcde\u{AD}", "fgh"])
        #expect(lines.allSatisfy { $0.width <= 5 })
    }

    @Test("no-break spaces and word joiners are never break opportunities",
          arguments: ["\u{A0}", "\u{202F}", "\u{2007}"])
    func noBreakSpaces(space: String) {
        let lines = texts("said Mr.\(space)Seo today", width: 10)
        #expect(lines == ["said", "Mr.\(space)Seo", "today"])
    }

    @Test("a word joiner glues what is around it, also between wide characters and after a hyphen")
    func wordJoiner() {
        // Between two CJK characters a line may break; a word joiner forbids it.
        #expect(texts("東京東京", width: 4) == ["東京", "東京"])
        #expect(texts("東京\u{2060}東京", width: 4) == ["東", "京\u{2060}東", "京"])
        // After a hyphen inside a word a line may break; not when a joiner follows it.
        #expect(texts("well-known", width: 6) == ["well-", "known"])
        #expect(texts("well-\u{2060}known", width: 6) == ["well-\u{2060}k", "nown"])
        #expect(texts("well-\u{A0}known", width: 6) == ["well-\u{A0}", "known"])
    }

    @Test("explicit tab stops align table cells whatever their width")
    func tableStops() {
        let stops = [8, 14]
        #expect(texts("City\tVotes\tShare", width: 40, tabStops: stops) == ["City    Votes Share"])
        #expect(texts("東京都\t900\t3%", width: 40, tabStops: stops) == ["東京都  900   3%"])
        // Past the last explicit stop, tabs fall back to every 8 columns.
        #expect(texts("a\tb\tc\td", width: 40, tabStops: [3]) == ["a  b    c       d"])
    }

    @Test("no line is wider than the measure: wider clusters become one-column stand-ins",
          arguments: [1, 2, 3, 5])
    func narrowMeasures(width: Int) {
        let text = "東京 👨‍👩‍👧 and 👍🏽 go"
        let lines = WordWrap.wrap(text, width: width)
        for line in lines {
            #expect(line.width <= width, "\(line)")
            #expect(DisplayWidth.of(line.text) == line.width, "\(line)")
        }
        #expect(lines.last?.end == text.unicodeScalars.count)
    }

    @Test("the stand-in replaces exactly the cluster that does not fit")
    func standIn() {
        #expect(texts("a東b", width: 1) == ["a", "\u{FFFD}", "b"])
        #expect(texts("東京", width: 2) == ["東", "京"])
        #expect(texts("👨‍👩‍👧 x", width: 4) == ["\u{FFFD} x"])
    }
}
