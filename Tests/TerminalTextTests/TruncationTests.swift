import Testing
@testable import TerminalText

@Suite("Truncation")
struct TruncationTests {
    static let cases: [(text: String, width: Int, expected: String)] = [
        ("hello", 10, "hello"),
        ("hello", 5, "hello"),
        ("hello world", 8, "hello w…"),
        ("hello world", 7, "hello…"),  // the space before the ellipsis is dropped
        ("hello", 4, "hel…"),
        ("hello", 1, "…"),
        ("hello", 0, ""),
        ("hello", -3, ""),
        ("", 0, ""),
        ("", 3, ""),
        ("中文字符", 8, "中文字符"),
        ("中文字符", 7, "中文字…"),
        ("中文字符", 6, "中文…"),  // 中文字 would need 6 + 1 for the ellipsis
        ("中文字符", 5, "中文…"),
        ("中文字符", 4, "中…"),
        ("中文字符", 3, "中…"),
        ("中文字符", 2, "…"),  // 中 + … is 3 columns: no half character
        ("中文字符", 1, "…"),
        ("a中b", 3, "a…"),
        ("😀😀😀", 5, "😀😀…"),
        ("😀😀😀", 4, "😀…"),
        ("👍🏽👍🏽", 5, "👍🏽…"),  // 4 + 1
        ("👍🏽👍🏽", 4, "…"),  // a 4-column cluster plus the ellipsis does not fit
        ("👨\u{200D}👩\u{200D}👧 family", 7, "👨\u{200D}👩\u{200D}👧…"),
        ("🇫🇷🇩🇪🇮🇹", 5, "🇫🇷🇩🇪…"),
        ("cafe\u{301} au lait", 5, "cafe\u{301}…"),
        ("cafe\u{301}", 4, "cafe\u{301}"),  // 5 scalars, 4 columns: fits
        ("x\u{1B}[31m", 3, "x\u{1B}…"),  // ESC counts 1 column (its stand-in ␛)
    ]

    @Test("truncate", arguments: cases)
    func truncate(_ c: (text: String, width: Int, expected: String)) {
        let result = Truncation.truncate(c.text, toWidth: c.width)
        #expect(result == c.expected)
        #expect(DisplayWidth.of(result) <= max(0, c.width))
        // Never splits a cluster: the kept part (without the ellipsis) is a prefix of clusters.
        let kept = result.hasSuffix("…") && result != c.text ? String(result.dropLast()) : result
        #expect(c.text.hasPrefix(kept))
    }

    @Test("custom ellipsis", arguments: [
        ("hello world", 8, "...", "hello..."),
        ("hello world", 2, "...", ".."),  // the ellipsis itself is cut to the width
        ("hello world", 5, "", "hello"),
        ("中文字符", 5, "..", "中.."),
    ] as [(String, Int, String, String)])
    func customEllipsis(_ text: String, _ width: Int, _ ellipsis: String, _ expected: String) {
        #expect(Truncation.truncate(text, toWidth: width, ellipsis: ellipsis) == expected)
    }

    @Test("every width gives at most that many columns", arguments: [
        "The quick brown fox", "中文字符串测试", "a中b文c字", "😀x👍🏽y👨\u{200D}👩\u{200D}👧z🇫🇷", "e\u{301}e\u{301}e\u{301}e\u{301}",
    ])
    func allWidths(_ text: String) {
        let full = DisplayWidth.of(text)
        for width in 0...(full + 2) {
            let result = Truncation.truncate(text, toWidth: width)
            #expect(DisplayWidth.of(result) <= width, "width \(width): \(result)")
            if width >= full {
                #expect(result == text)
            } else if width > 0 {
                #expect(result.hasSuffix("…"), "width \(width): \(result)")
                // Greedy: one more cluster would not have fitted (trailing spaces before the
                // ellipsis are dropped on purpose).
                let kept = result.dropLast()
                if let next = text.dropFirst(kept.count).first, !next.isWhitespace {
                    #expect(DisplayWidth.of(kept) + DisplayWidth.of(next) + 1 > width, "width \(width)")
                }
            }
        }
    }

    @Test("pad", arguments: [
        ("abc", 5, "abc  "),
        ("abc", 3, "abc"),
        ("abcdef", 4, "abc…"),
        ("中文", 5, "中文 "),
        ("中文字", 5, "中文…"),
        ("中文字", 4, "中… "),  // no half character: the freed column becomes a space
        ("", 3, "   "),
        ("abc", 0, ""),
        ("abc", -1, ""),
        ("😀", 3, "😀 "),
    ] as [(String, Int, String)])
    func pad(_ text: String, _ width: Int, _ expected: String) {
        let result = Truncation.pad(text, toWidth: width)
        #expect(result == expected)
        #expect(DisplayWidth.of(result) == max(0, width))
    }
}
