import Testing
@testable import TerminalText

/// Properties every wrapping must have, checked for sample texts at every width 1...120.
@Suite("WordWrap: properties at widths 1...120")
struct WordWrapPropertyTests {
    static let samples: [String] = [
        "The quick brown fox jumps over the lazy dog.",
        "Supercalifragilisticexpialidocious is a word; pneumonoultramicroscopicsilicovolcanoconiosis too.",
        "中华人民共和国成立于一九四九年。北京是首都，人口超过两千万。",
        "東京（とうきょう）は日本の首都です。Tokyo is big. カタカナとひらがな。",
        "대한민국의 수도는 서울입니다. 한국어 텍스트 줄바꿈 테스트입니다.",
        "Family 👨\u{200D}👩\u{200D}👧 and thumbs 👍🏽👍🏽 flags 🇫🇷🇩🇪 ❤️ done 😀😀😀😀😀😀",
        "Cafe\u{301} na\u{308}ive re\u{301}sume\u{301} Zalgo z\u{301}\u{302}\u{303}a\u{304}\u{305} e\u{301}e\u{301}e\u{301}e\u{301}",
        "Col1\tCol2\tCol3\n\tindented\ttabbed line\twith more\t\ttabs",
        "First paragraph.\n\nSecond  paragraph   with   spaces.  \n   Indented third.\r\nFourth\u{2028}fifth",
        "state-of-the-art well-known 1990-2000 — em—dash en–dash x-\u{AD}y",
        "bad\u{1B}[31mred\u{9B}x \u{202E}rev\u{202C} ok\u{7F}\u{0} end",
        "a\u{3000}b\u{2003}c\u{A0}d e\u{200B}f\u{200B}g   ",
        "中文English混合テキスト한국어😀😀😀WideAndNarrowMixedWithoutAnySpacesAtAll",
        "    leading spaces then words and a verylongwordthatmustbehardbrokenacrosslines end",
        String(repeating: "lorem ipsum dolor sit amet ", count: 12),
        String(repeating: "中文", count: 70),
        "\n\n\n",
        "x",
        "",
    ]

    static let breakSpaces: Set<UInt32> = [
        0x20, 0x09, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008,
        0x2009, 0x200A, 0x205F, 0x3000,
    ]
    static let mandatoryBreaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]

    static func isBreakSpace(_ c: Character) -> Bool {
        c.unicodeScalars.count == 1 && c.unicodeScalars.allSatisfy { breakSpaces.contains($0.value) }
    }

    /// The scalars of `text` that are neither break spaces nor mandatory breaks.
    static func visibleScalars<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> [UInt32] {
        scalars.map(\.value).filter { !breakSpaces.contains($0) && !mandatoryBreaks.contains($0) }
    }

    /// The visible scalars of `scalars` as a line of `width` columns shows them: a cluster
    /// wider than the line as U+FFFD.
    static func shown(_ scalars: ArraySlice<Unicode.Scalar>, width: Int) -> [UInt32] {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        var result: [UInt32] = []
        for cluster in text {
            let visible = visibleScalars(cluster.unicodeScalars)
            if visible.isEmpty { continue }  // break spaces and line breaks are not shown
            if DisplayWidth.of(cluster) > width {
                result.append(0xFFFD)
            } else {
                result += visibleScalars(cluster.unicodeScalars)
            }
        }
        return result
    }

    @Test("lines tile the source, fit the width and keep every word", arguments: samples)
    func properties(_ sample: String) {
        let source = Array(sample.unicodeScalars)
        for width in 1...120 {
            let lines = WordWrap.wrap(sample, width: width)
            guard let first = lines.first, let last = lines.last else {
                Issue.record("no lines at width \(width)")
                continue
            }
            #expect(first.start == 0)
            #expect(last.end == source.count)
            var words: [UInt32] = []
            for (i, line) in lines.enumerated() {
                let context = "width \(width), line \(i): \(line)"
                if i > 0 {
                    #expect(lines[i - 1].end == line.start, "\(context)")
                }
                #expect(line.start <= line.end, "\(context)")
                #expect(line.width == DisplayWidth.of(line.text), "\(context)")
                #expect(line.width <= width, "\(context)")
                #expect(!line.text.unicodeScalars.contains { $0 == "\t" || Self.mandatoryBreaks.contains($0.value) },
                        "\(context)")
                if let end = line.text.last {
                    #expect(!Self.isBreakSpace(end), "trailing break space: \(context)")
                }
                if let start = line.text.first, Self.isBreakSpace(start) {
                    let paragraphStart = line.start == 0 || Self.mandatoryBreaks.contains(source[line.start - 1].value)
                    #expect(paragraphStart, "continuation line starts with a space: \(context)")
                }
                // The line shows exactly its slice of the source, minus break spaces, with
                // clusters wider than the line as U+FFFD and a soft hyphen it breaks at as "-".
                let slice = Self.shown(source[line.start..<line.end], width: width)
                var shown = Self.visibleScalars(line.text.unicodeScalars)
                if shown.last == 0x2D, slice.last == 0xAD { shown[shown.count - 1] = 0xAD }
                #expect(shown == slice, "\(context)")
                words += shown
            }
            #expect(words == Self.shown(source[...], width: width), "width \(width)")
        }
    }

    static let asciiSamples: [String] = [
        "The quick brown fox jumps over the lazy dog.",
        "Supercalifragilisticexpialidocious is a word; pneumonoultramicroscopicsilicovolcanoconiosis too.",
        "Second  paragraph   with   spaces and    more gaps here",
        String(repeating: "lorem ipsum dolor sit amet ", count: 12),
    ]

    /// Greedy filling: a line is never ended early when the next word (or, for a hard break,
    /// the next character) would still have fit.
    @Test("lines are filled greedily", arguments: asciiSamples)
    func greedy(_ sample: String) {
        let source = Array(sample.unicodeScalars)
        for width in 1...120 {
            let lines = WordWrap.wrap(sample, width: width)
            for i in lines.indices.dropLast() {
                let line = lines[i], next = lines[i + 1]
                let gap = source[line.start..<line.end].reversed().prefix { $0 == " " }.count
                let nextWord = next.text.prefix { $0 != " " }
                if gap > 0 {
                    #expect(line.width + gap + nextWord.count > width, "width \(width), line \(i)")
                } else {
                    #expect(line.width + 1 > width, "width \(width), line \(i)")
                }
            }
        }
    }
}
