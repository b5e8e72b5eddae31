import ArticleFixtures

/// Makes hostile article bytes, deterministically from a seed: articles from
/// `ArticleGenerator` mutated by byte flips, deletions, duplications, truncations and
/// insertions of ``pieces`` (terminal escape sequences, C0/C1 controls, bidi controls,
/// invalid UTF-8, NUL, quotation marks, long words, CJK, emoji, combining marks, CR/CRLF).
/// Used by the property test and to write seed inputs for the fuzzer.
public struct HostileInput {
    /// The pieces inserted into articles, as bytes (some are not valid UTF-8 on purpose).
    public static let pieces: [[UInt8]] = {
        let text: [String] = [
            "\u{1B}[2J\u{1B}[H", "\u{1B}[31mred\u{1B}[0m", "\u{1B}[?1049l", "\u{1B}c", "\u{1B}[6n",
            "\u{1B}]0;title\u{07}", "\u{1B}]8;;http://example.invalid/\u{1B}\\link\u{1B}]8;;\u{1B}\\",
            "\u{1B}]52;c;Y29weQ==\u{07}", "\u{1B}P1$r0m\u{1B}\\", "\u{1B}Pq#0;2;0;0;0\u{1B}\\",
            "\u{9B}31m", "\u{9D}0;x\u{9C}", "\u{90}dcs\u{9C}", "\u{85}", "\u{7F}", "\u{08}\u{08}",
            "\u{202E}evil\u{202C}", "\u{2066}iso\u{2069}", "\u{200F}", "\u{061C}", "\u{202A}", "\u{2067}",
            "\u{2028}", "\u{2029}", "\r", "\r\n", "\n", "\n\n", "\t", "\u{0B}\u{0C}",
            "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{AB}", "\u{BB}", "\u{201E}",
            "\u{300C}", "\u{300D}", "\u{300E}", "\u{300F}", "\"\"\"\u{201C}\u{201C}", "\u{201D}\u{201D}'",
            "\" said Ines Varga. \"", ", according to the \u{1B}[1mHarbour Board\u{1B}[0m.",
            String(repeating: "x", count: 300), String(repeating: "\u{6771}", count: 90),
            "\u{6771}\u{4EAC}\u{90FD}\u{5E81}", "\u{D55C}\u{AD6D}\u{C5B4}", "\u{0627}\u{0644}\u{0639}\u{0631}\u{0628}\u{064A}\u{0629}",
            "\u{05E2}\u{05D1}\u{05E8}\u{05D9}\u{05EA}", "\u{0928}\u{092E}\u{0938}\u{094D}\u{0924}\u{0947}",
            "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{1F44D}\u{1F3FD}", "\u{1F1EB}\u{1F1F7}", "\u{2764}\u{FE0F}",
            "e\u{301}\u{302}\u{303}\u{304}", "\u{301}", "\u{200D}", "\u{200B}", "\u{AD}", "\u{FEFF}",
            "a" + String(repeating: "\u{300}", count: 120), "\u{E0001}\u{E0041}", "\u{FFFF}", "\u{10FFFF}",
            "\u{1100}\u{1161}\u{11A8}", "\u{FF21}\u{FF22}", "\u{3000}", "\u{A0}\u{202F}",
            "Photo: \u{1B}[5mBlink\u{1B}[0m / Agency", "By \u{202E}Nobody\u{202C}\n\n",
        ]
        let raw: [[UInt8]] = [
            [0x00], [0x00, 0x00], [0x80], [0xBF], [0xC0, 0xAF], [0xC1], [0xF5], [0xFF], [0xFE],
            [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x9B], [0x1B], [0xC2, 0x9B], [0xE0, 0x80, 0x80],
        ]
        return (text + unusualText).map { Array($0.utf8) } + raw
    }()

    /// Unusual but valid text, one piece per kind of issue 11 (part 4 and 5): soft hyphens
    /// inside words, no-break spaces and word joiners, tab-separated table rows (with CJK
    /// cells), emoji sequences (ZWJ, skin tone, keycap, tag flag) also in the header lines,
    /// and captions of video. Part of ``pieces``; the property test also runs each one alone.
    public static let unusualText: [String] = [
        "extra\u{AD}ordi\u{AD}nary trans\u{AD}port\u{AD}", "Mr.\u{A0}Seo", "10\u{2007}000\u{202F}km",
        "word\u{2060}joined\u{2060}", "\u{6771}\u{4EAC}\u{2060}\u{90FD}",
        "\nCity\tVotes\tShare\nNorthvale\t1200\t45%\n\u{6771}\u{4EAC}\u{90FD}\t90\t3%\n",
        "\t\u{6771}\t\t", "\u{1F469}\u{1F3FD}\u{200D}\u{1F4BB}", "1\u{FE0F}\u{20E3}", "#\u{FE0F}\u{20E3}",
        "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
        "Family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} Day \u{1F1EF}\u{1F1F5}\n\nBy Ana Cole \u{1F1EB}\u{1F1F7}\n\n",
        "Watch: The ferry leaves the harbour at dawn. Video: Coastal Trust\n",
        "Harbour Talks Collapse\n\nShare\nGift this article\nEditor's pick\n\nHarbour Talks Collapse\n\n",
        "By Ana Cole, Tomas Reed and Lea Park\n\n", "Ana Cole and Tomas Reed, staff writers\n\n",
        "\u{201C}We tried everything.\u{201D}\n\u{2014}Lea Park on the failed talks\n\n",
        "Clip: Crowds gather at the quay. (Coastal Trust)\n", "Pictured: The harbour master. Photo: Ana Cole\n",
    ]

    private var state: UInt64

    /// A generator; the same seed always gives the same sequence of inputs.
    public init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    }

    /// A pseudo-random number in `0..<bound` (a 64-bit linear congruential generator, the
    /// constants of Knuth's MMIX).
    public mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(1, bound)))
    }

    /// A generated article of up to about `maxBytes` bytes, then mutated 1–24 times.
    public mutating func article(maxBytes: Int) -> [UInt8] {
        let size = 1 + next(max(1, maxBytes))
        var bytes = Array(ArticleGenerator.article(bytes: size, seed: UInt64(next(1 << 30))).utf8)
        if bytes.count > maxBytes { bytes.removeLast(bytes.count - maxBytes) }
        for _ in 0..<(1 + next(24)) { mutate(&bytes) }
        return bytes
    }

    /// Applies one mutation to `bytes`: insert a hostile piece (most often), flip a bit,
    /// delete or duplicate a stretch, or cut the end off. Byte offsets are random, so
    /// insertions may split a UTF-8 sequence.
    public mutating func mutate(_ bytes: inout [UInt8]) {
        let at = next(bytes.count + 1)
        switch next(10) {
        case 0 where !bytes.isEmpty:
            bytes[min(at, bytes.count - 1)] ^= UInt8(1 << next(8))
        case 1:
            let end = min(bytes.count, at + next(64))
            bytes.removeSubrange(at..<end)
        case 2:
            let end = min(bytes.count, at + next(200))
            let stretch = Array(bytes[at..<end])
            bytes.insert(contentsOf: stretch, at: at)
        case 3 where bytes.count > 16:
            bytes.removeLast(next(min(bytes.count, 8)))
        default:
            let piece = Self.pieces[next(Self.pieces.count)]
            for _ in 0..<(1 + (next(8) == 0 ? next(40) : 0)) {
                bytes.insert(contentsOf: piece, at: at)
            }
        }
    }
}
