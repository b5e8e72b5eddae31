@testable import ArticleParsing
import Testing

/// Units are 8 bytes that point into the text (an article of 200,000 one-word paragraphs
/// has 200,000 of them), and they give the same texts the line table gave.
struct TextUnitStorageTests {
    @Test func unitIsEightBytes() {
        #expect(MemoryLayout<TextUnit>.stride == 8)
    }

    @Test(arguments: [TextUnit.Kind.text, .listItem, .keywords, .table])
    func fieldsReadBackAsGiven(kind: TextUnit.Kind) {
        // Offsets up to the 64 MiB input limit and past it.
        for (range, single) in [(0..<0, true), (3..<17, false), (67_108_000..<67_108_864, true),
                                (100_000_000..<100_400_000, false)] {
            let unit = TextUnit(kind: kind, bytes: range, isSingleLine: single)
            #expect(unit.kind == kind)
            #expect(unit.bytes == range)
            #expect(unit.isSingleLine == single)
            #expect(unit.byteCount == range.count)
        }
    }

    /// The units of `text` and their texts, as the parser makes them.
    private func unitTexts(_ text: String) -> [(TextUnit.Kind, String)] {
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes: bytes)
        let units = TextUnitBuilder(index: index).units(from: 0)
        return units.map { ($0.kind, $0.text(in: bytes)) }
    }

    @Test func linesAreFoundAgainInsideTheRange() {
        // Hard-wrapped lines with indentation and trailing spaces, no-break and ideographic
        // spaces at the ends, a list item continued on an indented line, a table.
        let text = "Opening words\n   of the report \n\u{00A0}run on\u{3000}\n\n"
            + "\u{2022}  First item\n    continued here\n\n"
            + "Town\tVotes \nNorthvale\t1200\n"
        let units = unitTexts(text)
        #expect(units.map(\.0) == [.text, .listItem, .table])
        #expect(units.map(\.1) == ["Opening words of the report run on", "First item continued here",
                                   "Town\tVotes\nNorthvale\t1200"])
    }

    @Test func oneLineUnitsAreTheirTrimmedLine() {
        let texts = unitTexts("Alpha\nBeta  \n  Gamma\n")
        #expect(texts.map(\.1) == ["Alpha", "Beta", "Gamma"])
        let index = LineIndex(bytes: Array("Alpha\nBeta  \n  Gamma\n".utf8))
        let units = TextUnitBuilder(index: index).units(from: 0)
        #expect(units.allSatisfy { $0.isSingleLine })
    }
}
