@testable import ArticleHTML
@testable import ArticleParsing
import Testing

/// The byte-level fast paths of extraction (eight bytes at a time, sampled searches, skipped
/// copies) against plain definitions of what they compute, on texts built so that every rule
/// falls at every offset of an eight-byte chunk.
struct HTMLByteRuleTests {
    /// Texts mixing the cases the fast paths branch on: runs of spaces, other whitespace,
    /// commas (ASCII, CJK, Arabic), NO-BREAK SPACE, non-ASCII letters and punctuation, each
    /// shifted by 0–8 bytes of padding so that it meets every lane of a chunk.
    static let texts: [String] = {
        let pieces = [
            "plain words here", "two  spaces", "   leading", "trailing   ", "a,b, c ,d", "tab\tand\nline",
            "cr\r\nform\u{0C}feed", "no\u{00A0}break\u{00A0} space", "Ünïcödé wörds, too", "漢字、かな，한글 ،x",
            "‘curly’ “quotes” — dash", "        eight spaces", ",,,,,,,,", "x", "", "UPPER Case MiXed",
        ]
        var result: [String] = []
        for padding in 0...8 {
            let pad = String(repeating: "p", count: padding)
            for piece in pieces {
                result.append(pad + piece)
                result.append(pad + " " + piece + " " + pad)
                result.append(piece + pad + piece)
            }
        }
        return result
    }()

    /// Characters as extraction counts them, by the definition: whitespace runs (space, TAB,
    /// LF, CR, FF, NO-BREAK SPACE) count once except at the start, a Han, kana or Hangul
    /// scalar three times (``ArticleVerdict/weightedLength(_:)``), every other scalar once;
    /// commas are ",", "，", "、" and "،".
    static func referenceMeasure(_ text: String) -> (Int32, Int32) {
        var length: Int32 = 0
        var commas: Int32 = 0
        var inSpace = true
        for scalar in text.unicodeScalars {
            if [" ", "\t", "\n", "\r", "\u{0C}", "\u{00A0}"].contains(scalar) {
                if !inSpace { length += 1 }
                inSpace = true
                continue
            }
            if [",", "，", "、", "،"].contains(scalar) { commas += 1 }
            switch scalar.value {
            case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: length += 3
            default: length += 1
            }
            inSpace = false
        }
        return (length, commas)
    }

    @Test("measure counts collapsed characters and commas as their definition does")
    func measureMatchesDefinition() {
        for text in Self.texts {
            let (length, commas) = ContentExtractor.measure(text)
            let expected = Self.referenceMeasure(text)
            #expect(length == expected.0, "length of \(text.debugDescription)")
            #expect(commas == expected.1, "commas of \(text.debugDescription)")
        }
    }

    @Test("edge prompts count space-separated words, no further than the limit")
    func wordCountMatchesSplit() {
        for text in Self.texts {
            let words = text.split(separator: " ").count
            for limit in [1, 2, 3, 5, 46] {
                #expect(EdgePrompts.wordCount(text, atMost: limit) == min(words, limit), "\(text.debugDescription) limit \(limit)")
            }
        }
    }

    @Test("the sampled needle search finds what a plain search finds, at every offset")
    func needlesMatchPlainSearch() {
        let needles = ["never miss", "sign up", "tags:", "abonnez-vous", "jederzeit kündbar"]
        let long = EdgePrompts.Needles(needles.filter { $0.utf8.count >= 10 }.map { Array($0.utf8) })
        let all = EdgePrompts.Needles(needles.map { Array($0.utf8) })
        for prefix in 0...12 {
            for needle in needles + ["never mis", "SIGN UP", "Jederzeit Kündbar", "tags"] {
                for suffix in ["", ".", " and more words after it"] {
                    let text = String(repeating: "x", count: prefix) + needle + suffix
                    let folded = Array(text.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
                    func plain(_ list: [String]) -> Bool {
                        list.contains { needle in
                            let bytes = Array(needle.utf8)
                            return folded.count >= bytes.count
                                && (0...(folded.count - bytes.count)).contains { Array(folded[$0..<$0 + bytes.count]) == bytes }
                        }
                    }
                    let bytes = Array(text.utf8)
                    let foundLong = bytes.withUnsafeBufferPointer { long.occurs(inFolding: $0) }
                    let foundAll = bytes.withUnsafeBufferPointer { all.occurs(inFolding: $0) }
                    #expect(foundLong == plain(needles.filter { $0.utf8.count >= 10 }), "\(text)")
                    #expect(foundAll == plain(needles), "\(text)")
                }
            }
        }
    }

    @Test("sanitising reports no change exactly when the text is its own sanitised form")
    func sanitisingWithoutChange() {
        let dirty = ["\u{FEFF}leading mark", "line\u{2028}separator", "bell\u{07}", "c1 \u{85}", "cr\r\n"]
        for text in Self.texts + dirty {
            var copy = text
            let changed = copy.withUTF8 { TextDecoding.sanitisedUTF8IfChanged($0, stripByteOrderMark: true) }
            let sanitised = TextDecoding.sanitise(text)
            if let changed {
                #expect(String(decoding: changed, as: UTF8.self) == sanitised)
                #expect(sanitised != text)
            } else {
                #expect(sanitised == text)
            }
        }
        #expect(dirty.allSatisfy { TextDecoding.sanitise($0) != $0 })
    }

    @Test("a paragraph's text is whitespace-collapsed and sanitised, its link offsets in scalars")
    func paragraphTextAndLinks() {
        let html = """
            <html><body><article><p>  Ferry  fares,\u{00A0}\trose&#x2028;again: <a href="https://example.org/f">the  board's note</a> \
            explains   why the   crossing costs more this winter than it did in any year before.</p>
            <p>The harbour master said the new timetable would be published before the first sailing of the spring season.</p>
            </article></body></html>
            """
        let article = HTMLArticleParser(force: true).parse(bytes: Array(html.utf8), source: "bytes.html")
        let paragraph = article.blocks.first { $0.text.contains("Ferry") }
        // A character reference to U+2028 gives a line feed once sanitised (``TextDecoding``);
        // the offsets do not move.
        #expect(paragraph?.text == "Ferry fares, rose\nagain: the board's note explains why the crossing costs more this winter than it did in any year before.")
        let link = article.links.first
        #expect(link?.url == "https://example.org/f")
        if let link, let paragraph {
            let scalars = Array(paragraph.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[link.range.start..<link.range.end])) == "the board's note")
        }
    }
}
