import ArticleModel

/// One stretch of a quotation inside one block. Offsets are Unicode scalars of the block.
struct QuotePart: Sendable {
    /// Which quotation the stretch belongs to (numbered by the scanner in order of opening).
    var quote: Int
    /// The block index.
    var block: Int
    /// First scalar of the stretch, its opening mark included when it has one.
    var spanStart: Int
    /// One past the stretch: past its closing mark, or the end of the quoted text.
    var spanEnd: Int
    /// First quoted scalar, leading white space skipped.
    var innerStart: Int
    /// One past the last quoted scalar, trailing white space skipped.
    var innerEnd: Int
    /// Whether this is the quotation's first stretch.
    var isFirst: Bool
    /// Whether this is the quotation's last stretch.
    var isLast: Bool
    /// Whether the stretch ends with a closing mark (false for a stretch that runs on into the
    /// next paragraph, a quotation whose closing mark is missing, or a block quote).
    var hasClosingMark: Bool
}

/// The quotations the scanner found in one block.
struct BlockScan: Sendable {
    /// The block's stretches in order (some belong to quotations that continue or started
    /// in other blocks).
    var parts: [QuotePart] = []
    /// Quotations that had stretches in earlier blocks and were abandoned in this one (a
    /// broken multi-paragraph quotation); their earlier stretches must be discarded.
    var abandoned: [Int] = []
}

/// Finds quotation marks and pairs them, block by block, in one left-to-right pass.
///
/// Rules (see ``QuoteMarks`` for the mark families and the opening/closing decision):
/// - Double marks, guillemets and corner brackets are always quotation marks. Single marks
///   are quotation marks at the top level only in blocks without any double-family mark
///   (headlines, usually) or in articles that use single marks as their primary marks
///   (British style); inside another family's quotation every other mark is just text, so
///   nested quotations belong to the outer one.
/// - An opening mark while a quotation of the same family is open means the earlier opening
///   mark was unbalanced: it is dropped and the new one opens. Except for double marks of
///   the other style (curly inside straight, straight inside curly), which nest: a text that
///   mixes styles uses the second one for quotations inside quotations.
/// - A mark right after `=` is markup left in the text (`author="…"`), not a quotation.
/// - Pairing never crosses a block, except for the multi-paragraph convention: a quotation
///   still open at the end of a paragraph continues when the next paragraph starts with an
///   opening mark of the same family (and the quotation started like a quoted sentence:
///   capital letter, at the start of the block or after punctuation). Its stretches become
///   one quotation.
/// - A quotation still open at the end of a block that does not continue is kept to the end
///   of the block when it looks like a quoted sentence whose closing mark was forgotten
///   (starts like one, ends with sentence punctuation, or is the last stretch of a
///   multi-paragraph quotation); otherwise it is dropped and the rest of the block is
///   scanned again without it. So an unbalanced mark costs at most its own quotation.
/// - A block quote without marks is one quotation; a trailing dash sign-off (`— Name`) is
///   left outside it.
struct QuoteScanner {
    /// Whether single marks are the article's primary marks (see ``prefersSingleMarks(_:)``).
    let singlePrimary: Bool

    private struct Event {
        var position: Int
        var family: MarkFamily
        var role: Role
        var glyph: Unicode.Scalar
    }

    private enum Role: UInt8 { case open, close, either, weakClose }

    private struct Open {
        var event: Int
        var position: Int
        var family: MarkFamily
        var glyph: Unicode.Scalar
        /// The quotation's number when this stretch continues a multi-paragraph quotation.
        var chainQuote: Int?
        /// A double-mark quotation of the other style (curly inside straight, or straight
        /// inside curly) is open inside this one.
        var innerOpen = false
    }

    private struct Chain {
        var quote: Int
        var family: MarkFamily
    }

    private var chain: Chain?
    private var nextQuote = 0
    private var events: [Event] = []
    private var singlePositions: [Int] = []
    private var closerAhead: [Bool] = []

    /// Creates a scanner for an article whose primary marks are single marks or not.
    init(singlePrimary: Bool) {
        self.singlePrimary = singlePrimary
    }

    /// Whether the article uses single marks as its primary quotation marks: more opening
    /// single marks (after a space, before a letter) than double-family marks in the body.
    /// Reads the UTF-8 of the body's first 256 KB: an article keeps one style.
    static func prefersSingleMarks(_ article: Article) -> Bool {
        var singles = 0
        var doubles = 0
        var budget = 256 * 1024
        for block in article.blocks where block.kind != .headline && block.kind != .code {
            guard budget > 0 else { break }
            var bytes = Array(block.text.utf8.prefix(budget))
            budget -= bytes.count
            bytes.append(0x20)
            var previousIsSpace = true
            var index = 0
            while index + 1 < bytes.count {
                let byte = bytes[index]
                var isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x28
                switch byte {
                case 0x22:
                    doubles += 1
                case 0x27:
                    if previousIsSpace && Self.isASCIILetter(bytes[index + 1]) { singles += 1 }
                case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB):
                    doubles += 2
                case 0xE2 where index + 3 < bytes.count && bytes[index + 1] == 0x80:
                    switch bytes[index + 2] {
                    case 0x9C, 0x9D, 0x9E: doubles += 2
                    case 0x98: if previousIsSpace && Self.isASCIILetter(bytes[index + 3]) { singles += 1 }
                    case 0x94: isSpace = true  // em dash
                    default: break
                    }
                case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x8C || bytes[index + 2] == 0x8E):
                    doubles += 2
                default:
                    break
                }
                if byte < 0x80 || byte >= 0xC0 { previousIsSpace = isSpace }
                index += 1
            }
        }
        return singles >= 2 && singles * 2 > doubles
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded >= 0x61 && folded <= 0x7A
    }

    /// Whether blocks of `kind` take part in multi-paragraph quotations.
    static func continues(_ kind: BlockKind) -> Bool {
        kind == .paragraph || kind == .blockquote || kind == .listItem
    }

    /// Scans one block. Call for every block in order.
    ///
    /// - Parameters:
    ///   - block: the block index.
    ///   - kind: the block's kind.
    ///   - scalars: the block's text as Unicode scalars.
    ///   - nextStart: the first non-space scalar of the next block when that block can
    ///     continue a quotation (``continues(_:)``), else `nil`.
    mutating func scan(block: Int, kind: BlockKind, scalars: [Unicode.Scalar], nextStart: Unicode.Scalar?) -> BlockScan {
        var result = BlockScan()
        collectEvents(scalars)
        var open: Open?
        var start = 0
        if let chain {
            self.chain = nil
            if let first = events.first, first.family == chain.family,
               first.position == firstNonSpace(scalars), QuoteMarks.opensContinuation(first.glyph, family: chain.family) {
                open = Open(event: 0, position: first.position, family: first.family, glyph: first.glyph, chainQuote: chain.quote)
                start = 1
            } else {
                result.abandoned.append(chain.quote)
            }
        }
        let singlesAllowed = singlePrimary || !events.contains { $0.family != .single }
        var attempts = 0
        while true {
            var index = start
            while index < events.count {
                let event = events[index]
                if var current = open {
                    if event.family == .double, Self.isStraight(event.glyph) != Self.isStraight(current.glyph) {
                        // The other style nests: "He said “no” to me," she said.
                        if current.innerOpen {
                            if event.role != .open { current.innerOpen = false }
                            open = current
                        } else if event.role == .open {
                            current.innerOpen = true
                            open = current
                        } else {
                            emit(current, closeAt: event.position, block: block, scalars: scalars, isLast: true, into: &result)
                            open = nil
                        }
                    } else if event.family == current.family {
                        switch decide(event, index: index, open: current) {
                        case .close:
                            emit(current, closeAt: event.position, block: block, scalars: scalars, isLast: true, into: &result)
                            open = nil
                        case .reopen:
                            if current.family == .double, continuesAfterSentence(current, event, scalars: scalars) {
                                // `"… my country. "I will …," she said`: a quoted sentence whose
                                // closing mark was left out before the next quoted sentence of
                                // the same speaker: one quotation of two stretches.
                                let quote = emit(current, closeAt: event.position - 1, block: block, scalars: scalars, isLast: false, into: &result)
                                open = Open(event: index, position: event.position, family: event.family, glyph: event.glyph, chainQuote: quote)
                                break
                            }
                            if let quote = current.chainQuote { result.abandoned.append(quote) }
                            open = Open(event: index, position: event.position, family: event.family, glyph: event.glyph, chainQuote: nil)
                        case .skip:
                            break
                        }
                    }
                } else if startsQuote(event, scalars: scalars, singlesAllowed: singlesAllowed) {
                    open = Open(event: index, position: event.position, family: event.family, glyph: event.glyph, chainQuote: nil)
                }
                index += 1
            }
            guard let current = open else { break }
            let plausible = current.chainQuote != nil || startsLikeSentence(scalars, at: current.position)
            if plausible, Self.continues(kind), let nextStart, QuoteMarks.opensContinuation(nextStart, family: current.family) {
                let quote = emit(current, closeAt: nil, block: block, scalars: scalars, isLast: false, into: &result)
                chain = Chain(quote: quote, family: current.family)
                break
            }
            if current.chainQuote != nil || (plausible && endsLikeSentence(scalars, after: current.position)) {
                emit(current, closeAt: nil, block: block, scalars: scalars, isLast: true, into: &result)
                break
            }
            // Unbalanced: drop this opening mark and scan the rest of the block again.
            open = nil
            attempts += 1
            start = current.event + 1
            if attempts > 8 || start >= events.count { break }
        }
        if kind == .blockquote && result.parts.isEmpty {
            wholeBlockQuote(block: block, scalars: scalars, into: &result)
        }
        return result
    }

    // MARK: - Events

    private mutating func collectEvents(_ scalars: [Unicode.Scalar]) {
        events.removeAll(keepingCapacity: true)
        singlePositions.removeAll(keepingCapacity: true)
        var hasOtherFamily = false
        for index in scalars.indices {
            let scalar = scalars[index]
            let value = scalar.value
            guard value == 0x22 || value == 0x27 || value == 0xAB || value == 0xBB
                || (value >= 0x2018 && value <= 0x201F) || (value >= 0x300C && value <= 0x300F)
                || value == 0xFF02 || value == 0xFF62 || value == 0xFF63,
                let family = QuoteMarks.family(of: scalar) else { continue }
            if family == .single {
                singlePositions.append(index)
                continue
            }
            // Markup left in the text (author="name", data-id="123") is not a quotation.
            if index > 0, scalars[index - 1] == "=" { continue }
            hasOtherFamily = true
            var role: Role
            switch family {
            case .double:
                let flank = QuoteMarks.flanking(scalars, at: index)
                if flank.canOpen && !flank.canClose {
                    role = .open
                } else if flank.canClose && !flank.canOpen {
                    role = .close
                } else {
                    switch QuoteMarks.glyphDefault(of: scalar) {
                    case .open: role = .open
                    case .close: role = .close
                    case .toggle, .guillemet: role = .either
                    }
                }
                // A closing-style mark opening the block closes nothing (pairing never
                // crosses blocks): a broken opening mark (`” … what I learned …,” she wrote`).
                if role == .close, events.isEmpty, index == firstNonSpace(scalars) { role = .open }
            case .guillemet:
                let flank = QuoteMarks.flanking(scalars, at: index)
                role = value == 0xAB || (flank.canOpen && !flank.canClose) ? .either : .close
            default:
                role = QuoteMarks.glyphDefault(of: scalar) == .open ? .open : .close
            }
            events.append(Event(position: index, family: family, role: role, glyph: scalar))
        }
        guard !singlePositions.isEmpty, singlePrimary || !hasOtherFamily else { return }
        // Single marks take part: classify them and merge them into the event list.
        var singles: [Event] = []
        singles.reserveCapacity(singlePositions.count)
        for position in singlePositions {
            let role: Role
            switch QuoteMarks.singleRole(scalars, at: position) {
            case .apostrophe: continue
            case .open: role = .open
            case .close: role = .close
            case .weakClose: role = .weakClose
            }
            singles.append(Event(position: position, family: .single, role: role, glyph: scalars[position]))
        }
        if events.isEmpty {
            events = singles
        } else if !singles.isEmpty {
            var merged: [Event] = []
            merged.reserveCapacity(events.count + singles.count)
            var left = 0
            var right = 0
            while left < events.count || right < singles.count {
                if right >= singles.count || (left < events.count && events[left].position < singles[right].position) {
                    merged.append(events[left])
                    left += 1
                } else {
                    merged.append(singles[right])
                    right += 1
                }
            }
            events = merged
        }
        // For each single mark: is there a closing single mark later, before the next
        // opening one? (Decides whether a possessive-looking mark closes.)
        closerAhead = Array(repeating: false, count: events.count)
        var seen = false
        for index in events.indices.reversed() where events[index].family == .single {
            closerAhead[index] = seen
            switch events[index].role {
            case .open: seen = false
            case .close, .weakClose, .either: seen = true
            }
        }
    }

    private enum Decision { case close, reopen, skip }

    /// Whether a double mark is a straight one (`"`, `＂`) rather than a curly one.
    private static func isStraight(_ glyph: Unicode.Scalar) -> Bool {
        glyph.value == 0x22 || glyph.value == 0xFF02
    }

    private func decide(_ event: Event, index: Int, open: Open) -> Decision {
        switch event.family {
        case .double:
            return event.role == .open ? .reopen : .close
        case .single:
            switch event.role {
            case .open: return .reopen
            case .close, .either: return .close
            case .weakClose: return index < closerAhead.count && closerAhead[index] ? .skip : .close
            }
        case .guillemet:
            return event.glyph == open.glyph ? .reopen : .close
        case .corner, .whiteCorner:
            return event.role == .open ? .reopen : .close
        }
    }

    private func startsQuote(_ event: Event, scalars: [Unicode.Scalar], singlesAllowed: Bool) -> Bool {
        switch event.family {
        case .single: return singlesAllowed && event.role == .open
        case .double, .guillemet: return event.role == .open || event.role == .either
        case .corner, .whiteCorner: return event.role == .open
        }
    }

    // MARK: - Stretches

    /// Records the stretch opened by `open` and closed at `closeAt` (or running to the end
    /// of the block); returns its quotation number.
    @discardableResult
    private mutating func emit(
        _ open: Open, closeAt: Int?, block: Int, scalars: [Unicode.Scalar], isLast: Bool,
        into result: inout BlockScan
    ) -> Int {
        let quote: Int
        if let chained = open.chainQuote {
            quote = chained
        } else {
            quote = nextQuote
            nextQuote += 1
        }
        var innerStart = open.position + 1
        var innerEnd = closeAt ?? scalars.count
        while innerStart < innerEnd, ScalarClass.isWhitespace(scalars[innerStart]) { innerStart += 1 }
        while innerEnd > innerStart, ScalarClass.isWhitespace(scalars[innerEnd - 1]) { innerEnd -= 1 }
        result.parts.append(QuotePart(
            quote: quote, block: block, spanStart: open.position,
            spanEnd: closeAt.map { $0 + 1 } ?? scalars.count, innerStart: innerStart, innerEnd: innerEnd,
            isFirst: open.chainQuote == nil, isLast: isLast, hasClosingMark: closeAt != nil))
        return quote
    }

    /// A block quote without marks: the whole block, up to a trailing dash sign-off.
    private mutating func wholeBlockQuote(block: Int, scalars: [Unicode.Scalar], into result: inout BlockScan) {
        var end = scalars.count
        var index = scalars.count - 1
        let limit = max(0, scalars.count - 80)
        while index > limit {
            let scalar = scalars[index]
            if ScalarClass.isDash(scalar), index > 0, ScalarClass.isWhitespace(scalars[index - 1]) || scalars[index - 1] == "\n" {
                var next = index + 1
                while next < scalars.count, ScalarClass.isWhitespace(scalars[next]) { next += 1 }
                if next < scalars.count, ScalarClass.isUppercase(scalars[next]) { end = index }
                break
            }
            index -= 1
        }
        var innerStart = 0
        var innerEnd = end
        while innerStart < innerEnd, ScalarClass.isWhitespace(scalars[innerStart]) { innerStart += 1 }
        while innerEnd > innerStart, ScalarClass.isWhitespace(scalars[innerEnd - 1]) { innerEnd -= 1 }
        guard innerEnd > innerStart else { return }
        let quote = nextQuote
        nextQuote += 1
        result.parts.append(QuotePart(
            quote: quote, block: block, spanStart: innerStart, spanEnd: innerEnd, innerStart: innerStart,
            innerEnd: innerEnd, isFirst: true, isLast: true, hasClosingMark: false))
    }

    private func firstNonSpace(_ scalars: [Unicode.Scalar]) -> Int {
        var index = 0
        while index < scalars.count, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
        return index
    }

    /// Whether an opening mark at `position` starts like a quoted sentence: at the start of
    /// the block or after `:`, `,`, sentence punctuation, a dash or a bracket, and followed by
    /// a capital letter.
    private func startsLikeSentence(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        var before = position - 1
        while before >= 0, ScalarClass.isWhitespace(scalars[before]) { before -= 1 }
        if before >= 0 {
            let value = scalars[before].value
            let fits = value == 0x3A || value == 0x2C || value == 0x28 || ScalarClass.isTerminal(scalars[before])
                || ScalarClass.isDash(scalars[before]) || QuoteMarks.family(of: scalars[before]) != nil
            if !fits { return false }
        }
        var after = position + 1
        while after < scalars.count, after <= position + 3, !ScalarClass.isLetter(scalars[after]) { after += 1 }
        return after < scalars.count && ScalarClass.isLetter(scalars[after]) && !ScalarClass.isLowercase(scalars[after])
    }

    /// Whether the opening mark `event`, met while `open` is still open, starts the next
    /// quoted sentence of the same quotation: the open one started like a quoted sentence,
    /// runs at least a dozen scalars, and ends with sentence punctuation and a space right
    /// before the new mark, which starts like a sentence too.
    private func continuesAfterSentence(_ open: Open, _ event: Event, scalars: [Unicode.Scalar]) -> Bool {
        guard event.position - open.position >= 14, ScalarClass.isWhitespace(scalars[event.position - 1]),
              open.chainQuote != nil || startsLikeSentence(scalars, at: open.position),
              startsLikeSentence(scalars, at: event.position) else { return false }
        var before = event.position - 1
        while before > open.position, ScalarClass.isWhitespace(scalars[before]) { before -= 1 }
        return ScalarClass.isTerminal(scalars[before])
    }

    /// Whether the text after `position` runs to the end of the block in a sentence: at
    /// least a dozen scalars, ending with sentence punctuation.
    private func endsLikeSentence(_ scalars: [Unicode.Scalar], after position: Int) -> Bool {
        var end = scalars.count - 1
        while end > position, ScalarClass.isWhitespace(scalars[end]) || scalars[end] == ")" { end -= 1 }
        return end - position >= 12 && ScalarClass.isTerminal(scalars[end])
    }
}
