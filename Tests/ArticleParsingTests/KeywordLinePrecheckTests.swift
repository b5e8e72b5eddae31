@testable import ArticleParsing
import Testing

/// The byte-level rejection ``TextUnitBuilder/hasStandaloneForbiddenMark(_:_:)`` only ever
/// answers "not a keyword line" where ``KeywordLineRecognizer`` says so too, and leaves marks
/// that a combining accent joins into another character to the recogniser.
struct KeywordLinePrecheckTests {
    private func precheck(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { TextUnitBuilder.hasStandaloneForbiddenMark($0, 0..<bytes.count) }
    }

    @Test(arguments: [
        ("Mayor, Okafor, Signs, Ferry, Accord", false),
        ("Mayor, \u{201C}Okafor\u{201D}, Signs", true),
        ("\u{201C}We will,\u{201D} said Tomas Vell, who chairs the Norvale Board.", true),
        ("Harbour, Ferry, Trials!", true),
        ("Harbour, Ferry (Port Ellwyn), Trials", true),
        ("Harbour, Ferry, Trials\u{2026}", true),
        ("Harbour, Ferry; Trials, Accord", true),
        // A mark with a combining accent after it is another character: not this rejection's.
        ("Alpha, Beta:\u{301}, Gamma", false),
        ("Alpha, Beta\u{201D}\u{301}, Gamma", false),
        // A mark between non-ASCII letters is left to the recogniser as well.
        ("Åsa, Öland\u{201C}Ärö, Ystad", false),
    ])
    func rejectsOnlyStandaloneMarks(line: String, rejected: Bool) {
        #expect(precheck(line) == rejected)
        if rejected { #expect(!KeywordLineRecognizer.isKeywordLine(line)) }
    }

    @Test func accentedMarkIsLeftToTheRecogniserWhichMayAccept() {
        // ":" followed by U+0301 is one character the recogniser does not forbid.
        let line = "Alpha, Beta:\u{301}, Gamma"
        #expect(!precheck(line))
        #expect(KeywordLineRecognizer.isKeywordLine(line))
    }
}
