/// The single-pass, linear-time state machine behind ``WordWrap/wrap(_:width:tabWidth:)``.
///
/// It walks the grapheme clusters of `source` once, keeping the current line's committed
/// width, a pending run of break spaces, and the last break opportunity on the line. When a
/// cluster overflows it breaks at that opportunity (carrying the unbreakable tail to the next
/// line) or, without one, hard-breaks before the cluster. Line text is cut out of `source` by
/// UTF-8 offset once per line, so no substring is rebuilt per cluster.
///
/// Units: `byte` offsets are UTF-8 code units into `source`, `scalar` offsets are Unicode
/// scalars (what ``WrappedLine`` reports), widths and columns are display columns.
///
/// What a line shows differs from its source in three ways, all recorded as
/// ``Substitution``s and applied when the line's text is cut out: a tab becomes the spaces to
/// the next tab stop; a cluster wider than the whole line becomes U+FFFD (one column); and a
/// soft hyphen at which the line breaks becomes a hyphen-minus.
struct LineBreaker: ClusterSink {
    let source: String
    let width: Int
    let tabWidth: Int
    /// Explicit tab stops (ascending columns); past the last one, stops every `tabWidth`.
    let tabStops: [Int]
    private(set) var lines: [WrappedLine] = []

    /// A place the current line may end: its text would end at `textEnd` with `textWidth`
    /// columns, and the next line would begin at `resumeByte`/`resumeScalar`, where the current
    /// line had reached column `resumeCol`.
    private struct Opportunity {
        var textEnd: Int
        var textWidth: Int
        var tabCount: Int
        var resumeByte: Int
        var resumeScalar: Int
        var resumeCol: Int
        /// The UTF-8 offset of the soft hyphen the line would end at (shown as "-"), if any.
        var softHyphen: Int? = nil
    }

    /// What the previous visible cluster allows after it.
    private struct Previous {
        var content = false
        var wide = false
        var noBreakAfter = false
        var hyphen = false
        var hyphenMinus = false
        var zeroWidthSpace = false
        /// A soft hyphen inside a word (after content): a break here shows a hyphen.
        var softHyphen: Int? = nil
        /// A word joiner or zero-width no-break space: no break after it.
        var glue = false
    }

    /// A piece of the source shown differently: `length` UTF-8 bytes at `byte` are replaced.
    private struct Substitution {
        enum Replacement {
            /// A tab: this many spaces.
            case spaces(Int)
            /// A cluster wider than the line: U+FFFD, one column.
            case standIn
            /// A soft hyphen where the line breaks: "-".
            case hyphen
        }
        var byte: Int
        var length: Int
        var replacement: Replacement

        var byteCount: Int {
            switch replacement {
            case .spaces(let n): return n
            case .standIn: return 3
            case .hyphen: return 1
            }
        }

        func write(to target: UnsafeMutablePointer<UInt8>) {
            switch replacement {
            case .spaces(let n): target.update(repeating: 0x20, count: n)
            case .standIn:
                target[0] = 0xEF
                target[1] = 0xBF
                target[2] = 0xBD
            case .hyphen: target[0] = 0x2D
            }
        }

        var text: String {
            switch replacement {
            case .spaces(let n): return String(repeating: " ", count: n)
            case .standIn: return "\u{FFFD}"
            case .hyphen: return "-"
            }
        }
    }

    // Position of the cluster being processed.
    private var byte = 0
    private var scalar = 0

    // The current line.
    private var lineStartScalar = 0
    private var contentStart = 0
    private var col = 0
    private var lineTabs: [Substitution] = []
    private var opportunity: Opportunity? = nil

    // A run of break spaces not yet known to be inside the line or at its end.
    private var pending = false
    private var pendingStart = 0
    private var pendingWidth = 0
    private var pendingTabs: [Substitution] = []

    private var previous = Previous()

    init(source: String, width: Int, tabWidth: Int, tabStops: [Int] = []) {
        self.source = source
        self.width = width
        self.tabWidth = tabWidth
        self.tabStops = tabStops
    }

    /// Spaces from column `column` to the next tab stop (at least 1).
    private func spacesToNextStop(from column: Int) -> Int {
        for stop in tabStops where stop > column { return stop - column }
        return tabWidth - column % tabWidth
    }

    mutating func run() {
        let text = source
        walkClusters(of: text, into: &self)
        emit(textEnd: pending ? pendingStart : byte, width: col, tabCount: lineTabs.count, end: scalar)
    }

    // MARK: - Cluster kinds

    mutating func ascii(_ b: UInt8) {
        switch b {
        case 0x20: space(columns: 1, bytes: 1, scalars: 1, isTab: false)
        case 0x09: space(columns: 0, bytes: 1, scalars: 1, isTab: true)
        case 0x0A, 0x0B, 0x0C, 0x0D: mandatoryBreak(bytes: 1, scalars: 1)
        default: content(columns: 1, first: UInt32(b), bytes: 1, scalars: 1)
        }
    }

    mutating func cluster(_ utf8: UnsafeBufferPointer<UInt8>) {
        let bytes = utf8.count
        let (w, scalars, _, first) = DisplayWidth.measure(scalars: UTF8Scalars(utf8))
        if scalars == 1 {
            switch first {
            case 0x85, 0x2028, 0x2029:
                mandatoryBreak(bytes: bytes, scalars: 1)
            case 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x205F, 0x3000:
                space(columns: w, bytes: bytes, scalars: 1, isTab: false)
            default:
                content(columns: w, first: first, bytes: bytes, scalars: 1)
            }
        } else if first == 0x0D {  // CR LF
            mandatoryBreak(bytes: bytes, scalars: scalars)
        } else {
            content(columns: w, first: first, bytes: bytes, scalars: scalars)
        }
    }

    private mutating func space(columns: Int, bytes: Int, scalars: Int, isTab: Bool) {
        if !pending {
            pending = true
            pendingStart = byte
            pendingWidth = 0
            pendingTabs.removeAll(keepingCapacity: true)
        }
        if isTab {
            let spaces = spacesToNextStop(from: col + pendingWidth)
            pendingTabs.append(Substitution(byte: byte, length: 1, replacement: .spaces(spaces)))
            pendingWidth += spaces
        } else {
            pendingWidth += columns
        }
        previous = Previous()
        byte += bytes
        scalar += scalars
    }

    private mutating func mandatoryBreak(bytes: Int, scalars: Int) {
        emit(
            textEnd: pending ? pendingStart : byte, width: col, tabCount: lineTabs.count,
            end: scalar + scalars
        )
        byte += bytes
        scalar += scalars
        startLine(byte: byte, scalar: scalar, carriedWidth: 0)
        pending = false
        previous = Previous()
    }

    private mutating func content(columns measured: Int, first: UInt32, bytes: Int, scalars: Int) {
        // A cluster wider than the whole line is shown as a one-column stand-in.
        let standIn = measured > width
        let w = standIn ? 1 : measured
        let wide = w >= 2
        if pending {
            // The end of a run of break spaces is a break opportunity, unless the run is the
            // indentation at the start of the line (nothing before it to end a line with).
            if col > 0 {
                opportunity = Opportunity(
                    textEnd: pendingStart, textWidth: col, tabCount: lineTabs.count,
                    resumeByte: byte, resumeScalar: scalar, resumeCol: col + pendingWidth
                )
            }
            pending = false
            // (A zero-width cluster after spaces that already overflow starts the next line.)
            if col + pendingWidth + w > width {
                if col > 0, let here = opportunity {
                    breakLine(at: here, carriedWidth: 0)
                } else {
                    contentStart = byte  // indentation does not fit with what follows: drop it
                }
            } else {
                col += pendingWidth
                if !pendingTabs.isEmpty { lineTabs.append(contentsOf: pendingTabs) }
            }
        } else if w > 0 {
            if col > 0 && Self.breakAllowed(after: previous, before: first, wide: wide) {
                if let hyphen = previous.softHyphen {
                    // The line would end with a visible hyphen: only if it fits.
                    if col + 1 <= width {
                        opportunity = Opportunity(
                            textEnd: byte, textWidth: col + 1, tabCount: lineTabs.count,
                            resumeByte: byte, resumeScalar: scalar, resumeCol: col,
                            softHyphen: hyphen
                        )
                    }
                } else {
                    opportunity = Opportunity(
                        textEnd: byte, textWidth: col, tabCount: lineTabs.count,
                        resumeByte: byte, resumeScalar: scalar, resumeCol: col
                    )
                }
            }
            if col + w > width {
                if let last = opportunity {
                    breakLine(at: last, carriedWidth: col - last.resumeCol)
                }
                if col > 0 && col + w > width {
                    emit(textEnd: byte, width: col, tabCount: lineTabs.count, end: scalar)
                    startLine(byte: byte, scalar: scalar, carriedWidth: 0)
                }
            }
        }
        if standIn {
            lineTabs.append(Substitution(byte: byte, length: bytes, replacement: .standIn))
        }
        col += w
        if w > 0 {
            let hyphen = Self.isHyphen(first)
            previous = Previous(
                content: true,
                wide: wide,
                noBreakAfter: wide && Self.isOpeningBracket(first),
                hyphen: hyphen && previous.content,
                hyphenMinus: first == 0x2D,
                zeroWidthSpace: false
            )
        } else if scalars == 1 && first == 0xAD {
            // Soft hyphen (UAX #14 class BA): a break after it, inside a word, shows a hyphen.
            previous = Previous(content: previous.content, softHyphen: previous.content ? byte : nil)
        } else if Self.isWordJoiner(first) {
            previous = Previous(content: previous.content, glue: true)
        } else if first == 0x200B {
            previous = Previous(content: previous.content, zeroWidthSpace: true)
        }
        byte += bytes
        scalar += scalars
    }

    // MARK: - Lines

    private mutating func breakLine(at opportunity: Opportunity, carriedWidth: Int) {
        emit(
            textEnd: opportunity.textEnd, width: opportunity.textWidth,
            tabCount: opportunity.tabCount, end: opportunity.resumeScalar,
            hyphen: opportunity.softHyphen.map {
                Substitution(byte: $0, length: 2, replacement: .hyphen)
            }
        )
        startLine(
            byte: opportunity.resumeByte, scalar: opportunity.resumeScalar,
            carriedWidth: carriedWidth
        )
    }

    /// Starts a line at the given source position whose first `carriedWidth` columns are
    /// already-seen clusters without tabs or break opportunities (but perhaps stand-ins,
    /// whose substitutions move to the new line).
    private mutating func startLine(byte: Int, scalar: Int, carriedWidth: Int) {
        lineStartScalar = scalar
        contentStart = byte
        col = carriedWidth
        if !lineTabs.isEmpty {
            if carriedWidth > 0 {
                lineTabs.removeAll { $0.byte < byte }
            } else {
                lineTabs.removeAll(keepingCapacity: true)
            }
        }
        opportunity = nil
    }

    private mutating func emit(textEnd: Int, width: Int, tabCount: Int, end: Int, hyphen: Substitution? = nil) {
        var substitutions = lineTabs.prefix(tabCount)
        if let hyphen { substitutions.append(hyphen) }
        lines.append(
            WrappedLine(
                text: text(from: contentStart, to: textEnd, tabs: substitutions),
                width: width, start: lineStartScalar, end: end
            )
        )
    }

    /// The source between two UTF-8 offsets (both on cluster boundaries) with the given
    /// substitutions (in source order, all inside that range) applied.
    private func text(from start: Int, to end: Int, tabs: ArraySlice<Substitution>) -> String {
        guard start < end else { return "" }
        let copied: String? = source.utf8.withContiguousStorageIfAvailable { bytes in
            var capacity = end - start
            for tab in tabs { capacity += tab.byteCount - tab.length }
            return String(unsafeUninitializedCapacity: capacity) { out in
                guard let target = out.baseAddress, let origin = bytes.baseAddress else { return 0 }
                var written = 0
                var cursor = start
                for tab in tabs where tab.byte >= cursor && tab.byte + tab.length <= end {
                    (target + written).update(from: origin + cursor, count: tab.byte - cursor)
                    written += tab.byte - cursor
                    tab.write(to: target + written)
                    written += tab.byteCount
                    cursor = tab.byte + tab.length
                }
                (target + written).update(from: origin + cursor, count: end - cursor)
                return written + end - cursor
            }
        }
        if let copied { return copied }
        // Not contiguous UTF-8 (not expected for native strings): slice the String.
        let utf8 = source.utf8
        func piece(_ a: Int, _ b: Int) -> Substring {
            source[utf8.index(utf8.startIndex, offsetBy: a)..<utf8.index(utf8.startIndex, offsetBy: b)]
        }
        var result = ""
        var cursor = start
        for tab in tabs where tab.byte >= cursor && tab.byte + tab.length <= end {
            result += piece(cursor, tab.byte)
            result += tab.text
            cursor = tab.byte + tab.length
        }
        result += piece(cursor, end)
        return result
    }

    // MARK: - Break classes (simplified UAX #14)

    /// Whether a line may break between the previous visible cluster and a cluster of
    /// positive width starting with scalar `first`.
    private static func breakAllowed(after previous: Previous, before first: UInt32, wide: Bool) -> Bool {
        if previous.glue || isNoBreakSpace(first) { return false }
        if previous.softHyphen != nil { return true }
        if previous.zeroWidthSpace { return true }
        if previous.hyphen {
            if isHyphen(first) { return false }
            if first < 0x80 && !isASCIIAlphanumeric(first) { return false }
            if previous.hyphenMinus && first >= 0x30 && first <= 0x39 { return false }
            return true
        }
        return previous.wide && wide && !previous.noBreakAfter && !isClosingOrSmall(first)
    }

    /// U+00A0, U+2007 figure space, U+202F narrow no-break space (UAX #14 class GL).
    private static func isNoBreakSpace(_ v: UInt32) -> Bool {
        v == 0xA0 || v == 0x2007 || v == 0x202F
    }

    /// U+2060 WORD JOINER and U+FEFF ZERO WIDTH NO-BREAK SPACE (UAX #14 class WJ).
    private static func isWordJoiner(_ v: UInt32) -> Bool {
        v == 0x2060 || v == 0xFEFF
    }

    private static func isASCIIAlphanumeric(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// Hyphen-minus, U+2010 hyphen, U+2012 figure dash, U+2013 en dash, U+2014 em dash, soft hyphen.
    private static func isHyphen(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0xAD || v == 0x2010 || (v >= 0x2012 && v <= 0x2014)
    }

    /// Opening CJK brackets: no break after them.
    private static func isOpeningBracket(_ v: UInt32) -> Bool {
        switch v {
        case 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D,
            0xFF08, 0xFF3B, 0xFF5B, 0xFF5F:
            return true
        default:
            return false
        }
    }

    /// Wide closing punctuation, iteration marks, prolonged sound mark and small kana: no break
    /// before them (kinsoku shori).
    private static func isClosingOrSmall(_ v: UInt32) -> Bool {
        switch v {
        case 0x3001, 0x3002, 0x3005, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017,
            0x3019, 0x301B, 0x301E, 0x301F, 0x303B, 0x309D, 0x309E, 0x30A0, 0x30FB, 0x30FC,
            0x30FD, 0x30FE, 0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D,
            0xFF5D, 0xFF60:
            return true
        case 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E,
            0x3095, 0x3096:
            return true  // small hiragana
        case 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE,
            0x30F5, 0x30F6, 0x31F0...0x31FF:
            return true  // small katakana
        default:
            return false
        }
    }
}
