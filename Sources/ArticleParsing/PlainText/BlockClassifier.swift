import ArticleModel

/// Turns the body's ``TextUnit``s into blocks: drops keyword lines and boilerplate, and
/// decides between paragraph, heading, caption and list item.
///
/// Rules, in order:
/// 1. A keyword line followed by a text unit that ``CaptionRecognizer`` accepts (it carries a
///    credit, or it describes a photo) is dropped, and that unit is a **caption** (its credit
///    split by ``CaptionCreditSplitter`` with unlabelled credits allowed). A keyword line
///    followed by any other text unit is kept as a **paragraph** (never a heading: a comma
///    list of names is not a section title), and the text unit is classified like any other.
///    A keyword line at the end or before a list item or another keyword line is dropped (alt
///    text of an image without a caption). A text unit that starts with a caption label
///    (``captionLabels``: "Caption:", dropped; "Pictured:", "Video:", "Clip:", "Watch:",
///    kept, as they say what the media is; the latter at most
///    ``maximumStandaloneCaptionLength`` scalars) is a caption too, its credit split off
///    (unlabelled credits allowed), and so is one of at most
///    ``maximumStandaloneCaptionLength`` scalars that ends with a *labelled* credit
///    ("… Image: Ana Ruiz.").
/// 1b. A one-line text that opens with a dash and a capitalized word ("—Lea Park on the
///    failed talks", ``pullQuoteCredit(_:)``) right after a pull quote — a paragraph that is
///    a quotation as a whole (opens and closes with quotation marks) — is that quote's
///    **credit**: the two become one **block quote** whose ``Block/credit`` is the credit.
///    After anything else (an ordinary paragraph, even one that quotes someone inside it, a
///    heading, a block quote that already has its credit) the line credits nothing it can be
///    tied to and stays an ordinary **paragraph** as written: set apart as a block quote of
///    its own it would read as a quotation of its own words.
/// 2. **Trailing promotional run**: walking back from the end over units that are
///    boilerplate (``BoilerplateLexicon``), short list items (≤ 120 scalars) or short
///    one-line texts (≤ 60 scalars, not ending like a sentence), the run starts at its first
///    boilerplate unit; everything from there to the end is dropped. So a list of perks
///    under "Editor's pick" goes, and a closing list of plain short lines with no
///    boilerplate among them stays.
/// 3. Any other unit that is boilerplate is dropped wherever it is ("Advertisement", "Read
///    more: …"); a paragraph that merely mentions a subscription is not boilerplate.
/// 4. A list-marker unit is a **list item**.
/// 5. A one-line text of at most ``maximumHeadingLength`` scalars and 12 words that starts
///    with a capital letter or digit, does not end with punctuation, comes after a body block
///    that is not a heading (so never first after the headline), and is followed by a
///    paragraph (a text unit that ends like a sentence or is longer than 100 scalars) is a
///    **heading**. Everything else is a **paragraph**.
struct BlockClassifier {
    static let maximumHeadingLength = 80
    static let maximumHeadingWords = 12
    static let maximumStandaloneCaptionLength = 400
    static let shortTrailingLine = 60
    static let shortTrailingListItem = 120
    /// Units longer than this many bytes are never boilerplate (40 words is the lexicon's
    /// limit; 16 bytes a word is generous).
    static let boilerplateByteLimit = BoilerplateLexicon.maximumWords * 16

    /// The sanitised UTF-8 the units point into.
    let bytes: [UInt8]
    let units: [TextUnit]
    /// The article's headline, which becomes the first block.
    let headline: String?

    /// What the passes before the last one found about each unit, one byte a unit (an
    /// article of 200,000 one-word paragraphs has 200,000 units).
    private struct Marks: OptionSet {
        let rawValue: UInt8
        /// Dropped (a keyword line, the trailing promotional run).
        static let dropped = Marks(rawValue: 1)
        /// A caption after a keyword line.
        static let caption = Marks(rawValue: 2)
        /// A keyword line kept as a paragraph.
        static let keptKeywords = Marks(rawValue: 4)
        /// Whether ``boilerplate`` is known.
        static let boilerplateKnown = Marks(rawValue: 8)
        /// Boilerplate (``BoilerplateLexicon``).
        static let boilerplate = Marks(rawValue: 16)
    }

    /// The blocks: the headline (when there is one), then the body's blocks.
    func blocks() -> [Block] {
        bytes.withUnsafeBufferPointer { source in blocks(source) }
    }

    private func blocks(_ source: UnsafeBufferPointer<UInt8>) -> [Block] {
        var marks = [Marks](repeating: [], count: units.count)

        /// A unit's text. Built again each time it is asked for, which happens at most a
        /// few times a unit (short units, and the unit after a heading candidate): keeping
        /// every text would cost 16 bytes a unit.
        func text(_ position: Int) -> String {
            units[position].text(in: source)
        }

        /// Whether a unit is boilerplate; `known` is its text when the caller has it.
        func isBoilerplate(_ position: Int, text known: String? = nil) -> Bool {
            let mark = marks[position]
            if mark.contains(.boilerplateKnown) { return mark.contains(.boilerplate) }
            let unit = units[position]
            var verdict = false
            if unit.kind != .keywords {
                // The range bounds the text's length; a unit of several lines may be shorter
                // once joined.
                if unit.byteCount <= Self.boilerplateByteLimit {
                    verdict = BoilerplateLexicon.isBoilerplate(known ?? text(position))
                } else if !unit.isSingleLine {
                    let joined = known ?? text(position)
                    verdict = joined.utf8.count <= Self.boilerplateByteLimit && BoilerplateLexicon.isBoilerplate(joined)
                }
            }
            marks[position].insert(verdict ? [.boilerplateKnown, .boilerplate] : .boilerplateKnown)
            return verdict
        }

        /// Whether the last pass leaves a unit out: dropped before, or boilerplate (rule 3).
        func isLeftOut(_ position: Int) -> Bool {
            let mark = marks[position]
            return mark.contains(.dropped) || (!mark.contains(.caption) && isBoilerplate(position))
        }

        // 1. Keyword lines and the captions after them. A keyword line that is kept is a
        // paragraph.
        /// Splits of the captions found here (unlabelled text, credits allowed), reused below.
        var captionSplits: [Int: CaptionCreditSplitter.Result] = [:]
        for position in units.indices where units[position].kind == .keywords {
            guard position + 1 < units.count, units[position + 1].kind == .text else {
                marks[position].insert(.dropped)
                continue
            }
            let check = CaptionRecognizer.check(text(position + 1), afterKeywordLine: text(position))
            if check.isCaption {
                marks[position].insert(.dropped)
                marks[position + 1].insert(.caption)
                captionSplits[position + 1] = check.split
            } else {
                marks[position].insert(.keptKeywords)
            }
        }

        // 2. The trailing promotional run.
        var runStart = units.count
        while runStart > 0 {
            let position = runStart - 1
            guard marks[position].contains(.dropped) || isBoilerplate(position)
                    || isShortTrailer(position, isCaption: marks[position].contains(.caption), text: text) else {
                break
            }
            runStart = position
        }
        if let first = (runStart..<units.count).first(where: { !marks[$0].contains(.dropped) && isBoilerplate($0) }) {
            for position in first..<units.count { marks[position].insert(.dropped) }
        }

        // 3 (isolated boilerplate, ``isLeftOut``), 4, 5. Kinds. The headline goes first into
        // an array of the exact size, so that the blocks are never copied.
        var blocks: [Block] = []
        blocks.reserveCapacity(units.count + (headline == nil ? 0 : 1))
        if let headline { blocks.append(Block(kind: .headline, text: headline)) }
        let bodyStart = blocks.count
        for position in units.indices where !marks[position].contains(.dropped) {
            let unitText = text(position)
            let mark = marks[position]
            if !mark.contains(.caption) && isBoilerplate(position, text: unitText) { continue }
            switch units[position].kind {
            case .keywords:
                if mark.contains(.keptKeywords) { blocks.append(Block(kind: .paragraph, text: unitText)) }
            case .listItem:
                blocks.append(Block(kind: .listItem, text: unitText))
            case .table:
                blocks.append(Block(kind: .table, text: unitText))
            case .text:
                if units[position].isSingleLine, blocks.count > bodyStart, let last = blocks.last,
                   last.kind == .paragraph, Self.isQuotation(last.text),
                   let credit = Self.pullQuoteCredit(unitText) {
                    blocks[blocks.count - 1] = Block(kind: .blockquote, text: last.text, credit: credit)
                } else if let caption = caption(unitText, afterKeywords: mark.contains(.caption),
                                                knownSplit: captionSplits[position]) {
                    blocks.append(caption)
                } else if isHeading(position, text: unitText, previous: blocks.count > bodyStart ? blocks.last : nil,
                                    isLeftOut: isLeftOut, isCaption: { marks[$0].contains(.caption) },
                                    textOf: text) {
                    blocks.append(Block(kind: .heading, text: unitText))
                } else {
                    blocks.append(Block(kind: .paragraph, text: unitText))
                }
            }
        }
        return blocks
    }

    /// Rule 2's "short" units. `text` gives a unit's text.
    private func isShortTrailer(_ position: Int, isCaption: Bool, text: (Int) -> String) -> Bool {
        let unit = units[position]
        switch unit.kind {
        case .keywords:
            return true
        case .table:
            return false
        case .listItem:
            return (!unit.isSingleLine || unit.byteCount <= Self.shortTrailingListItem * 4)
                && text(position).hasAtMostScalars(Self.shortTrailingListItem)
        case .text:
            guard !isCaption, unit.isSingleLine, unit.byteCount <= Self.shortTrailingLine * 4 else { return false }
            let line = text(position)
            return line.hasAtMostScalars(Self.shortTrailingLine) && !TextShape.endsLikeSentence(line)
        }
    }

    /// The caption block for a text unit, or `nil` when it is not a caption (rule 1).
    /// `knownSplit` is `CaptionCreditSplitter.split(text, allowUnlabelled: true)` when the
    /// caller already has it.
    private func caption(_ text: String, afterKeywords: Bool, knownSplit: CaptionCreditSplitter.Result?) -> Block? {
        let label = Self.captionLabel(of: text)
        if let label, label.dropped || text.hasAtMostScalars(Self.maximumStandaloneCaptionLength) {
            let body = String(text.unicodeScalars.dropFirst(label.scalars))
            let split = CaptionCreditSplitter.split(body, allowUnlabelled: true)
            let shown = label.dropped ? split.text : String(text.unicodeScalars.prefix(label.scalars)) + " " + split.text
            return Block(kind: .caption, text: shown, credit: split.credit)
        }
        if afterKeywords {
            let split = knownSplit ?? CaptionCreditSplitter.split(text, allowUnlabelled: true)
            return Block(kind: .caption, text: split.text, credit: split.credit)
        }
        // A labelled credit needs a ":" or a "by"; skip the splitter for the many
        // paragraphs that have neither.
        guard text.utf8.count <= Self.maximumStandaloneCaptionLength * 4,
              text.hasAtMostScalars(Self.maximumStandaloneCaptionLength),
              Self.mayHoldCapitalizedCredit(text), Self.mayHoldCreditLabel(text) else { return nil }
        let split = CaptionCreditSplitter.split(text, allowUnlabelled: false)
        guard let credit = split.credit else { return nil }
        return Block(kind: .caption, text: split.text, credit: credit)
    }

    /// Labels that open a caption, lower-cased, and whether the label is dropped from the
    /// caption's text ("Caption:" says nothing; "Video:" says what the media is).
    static let captionLabels: [(label: String, dropped: Bool)] = [
        ("caption:", true), ("pictured:", false), ("video:", false), ("clip:", false), ("watch:", false),
    ]

    /// The caption label `text` opens with (any letter case), its length in scalars and
    /// whether it is dropped, or `nil`.
    static func captionLabel(of text: String) -> (scalars: Int, dropped: Bool)? {
        for (label, dropped) in captionLabels {
            let bytes = label.utf8
            guard text.utf8.count >= bytes.count else { continue }
            let matches = zip(text.utf8, bytes).allSatisfy { byte, expected in
                (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) == expected
            }
            // A kept label is a word of its own, followed by a space ("Watch: The ferry…").
            if matches, dropped || text.utf8.dropFirst(bytes.count).first == 0x20 {
                return (bytes.count, dropped)
            }
        }
        return nil
    }

    /// The longest line that may be a pull-quote credit, in scalars.
    static let maximumPullQuoteCreditLength = 200

    /// The credit of a pull quote on `text` ("—Lea Park on the failed talks" → "Lea Park on
    /// the failed talks"): a line that opens with an em dash U+2014, horizontal bar U+2015,
    /// an en dash U+2013 followed by a space, or "--", then (after optional spaces) a
    /// capitalized word, at most ``maximumPullQuoteCreditLength`` scalars; `nil` otherwise.
    static func pullQuoteCredit(_ text: String) -> String? {
        guard text.hasAtMostScalars(maximumPullQuoteCreditLength) else { return nil }
        var rest = Substring(text)
        if rest.hasPrefix("\u{2014}") || rest.hasPrefix("\u{2015}") {
            rest = rest.dropFirst()
        } else if rest.hasPrefix("\u{2013} ") || rest.hasPrefix("--") {
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        rest = rest.drop { $0 == " " || $0 == "-" }
        guard let first = rest.first, first.isUppercase else { return nil }
        return String(rest).trimmingWhitespace()
    }

    /// Whether `text` is a quotation: it opens with a quotation mark and ends with a closing
    /// one (perhaps followed by a period).
    static func isQuotation(_ text: String) -> Bool {
        guard let first = text.first, "\"\u{201C}\u{2018}'\u{AB}\u{201E}\u{300C}".contains(first) else { return false }
        var tail = Substring(text)
        while let last = tail.last, last == "." || last == " " { tail = tail.dropLast() }
        guard let last = tail.last else { return false }
        return "\"\u{201D}\u{2019}'\u{BB}\u{201C}\u{300D}".contains(last)
    }

    /// Whether the text could end with a credit that ``CaptionCreditSplitter`` finds when
    /// labels need a capital: it has a ")" (a parenthesised credit) or a label word written
    /// with a capital ("Photo", "PICTURE", "Image", "Credit": every label starts with one).
    /// A quick byte test that lets most paragraphs skip the splitter.
    static func mayHoldCapitalizedCredit(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            func follows(_ start: Int, _ rest: StaticString) -> Bool {
                let length = rest.utf8CodeUnitCount
                guard start + length <= count else { return false }
                let pointer = rest.utf8Start
                for offset in 0..<length where bytes[start + offset] | 0x20 != pointer[offset] {
                    return false
                }
                return true
            }
            for index in 0..<count {
                switch bytes[index] {
                case 0x29:
                    return true
                case 0x50: // P
                    if follows(index + 1, "hoto") || follows(index + 1, "icture") { return true }
                case 0x49: // I
                    if follows(index + 1, "mage") { return true }
                case 0x43: // C
                    if follows(index + 1, "redit") { return true }
                default:
                    break
                }
            }
            return false
        }
    }

    /// Whether the text has a ":" or a "by" (any case), which every credit label needs.
    private static func mayHoldCreditLabel(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x3A || (previous | 0x20 == 0x62 && byte | 0x20 == 0x79) { return true }
            previous = byte
        }
        return false
    }

    /// Whether the text starts with a caption label (``captionLabels``) in any letter case.
    static func hasCaptionLabel(_ text: String) -> Bool {
        captionLabel(of: text) != nil
    }

    /// Rule 5. `previous` is the body block before, `isLeftOut` says whether a later unit is
    /// left out (dropped or boilerplate), `isCaption` whether it is a caption after a keyword
    /// line, `textOf` gives a unit's text.
    private func isHeading(
        _ position: Int, text: String, previous: Block?, isLeftOut: (Int) -> Bool,
        isCaption: (Int) -> Bool, textOf: (Int) -> String
    ) -> Bool {
        let unit = units[position]
        guard unit.isSingleLine, text.hasAtMostScalars(Self.maximumHeadingLength),
              let previous, previous.kind != .heading,
              let first = text.first, first.isUppercase || first.isNumber,
              !TextShape.endsWithPunctuation(text),
              TextShape.words(text).count <= Self.maximumHeadingWords else { return false }
        guard let next = (position + 1..<units.count).first(where: { !isLeftOut($0) }),
              units[next].kind == .text, !isCaption(next) else { return false }
        let nextText = textOf(next)
        if nextText.utf8.count > 400 { return true }
        return !nextText.hasAtMostScalars(100) || TextShape.endsLikeSentence(nextText)
    }
}
