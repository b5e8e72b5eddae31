#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byline's one display-width policy: how many terminal columns a scalar, a grapheme cluster or
/// a string takes. Wrapping (``WordWrap``), truncation (``Truncation``) and rendering (the
/// screen buffer) all measure with this type, so the layout agrees with what ncursesw advances.
///
/// Rules (units are columns):
/// - The source of widths is the C library's `wcwidth` (glibc on Linux: Unicode
///   EastAsianWidth W/F = 2, combining marks and format characters = 0), clamped at 0.
///   Printable ASCII (U+0020–U+007E) and Latin-1/Latin Extended (U+00A0–U+02FF) take a fast
///   path of 1 column without calling `wcwidth` (glibc gives exactly 1 for all of them).
/// - Exception: U+00AD SOFT HYPHEN measures 0. glibc gives it 1, but a soft hyphen is
///   invisible inside a line (Unicode's definition; UAX #14 class BA): ``CellText`` drops it
///   and the screen buffer never writes it, so the terminal never advances over it. Where a
///   line breaks at it, ``WordWrap`` shows a hyphen-minus instead (1 column, counted there).
/// - A grapheme cluster takes the *sum* of its scalars' widths, because ncursesw advances by
///   the sum of each scalar's `wcwidth`: an emoji ZWJ sequence is the sum of its parts
///   (👨‍👩‍👧 = 6), VS16 U+FE0F adds 0 (❤️ = 1), a skin-tone modifier adds 2 (👍🏽 = 4), a flag
///   is two regional indicators of 1 each (🇫🇷 = 2).
/// - Widths describe the cluster *as shown in a cell*, i.e. after ``CellText/sanitize(_:)-(Character)``:
///   a control (C0, DEL, C1), U+2028/U+2029, or a cluster containing a scalar that glibc calls
///   unprintable (`wcwidth` = -1, e.g. emoji newer than glibc's tables) is shown as a
///   one-column stand-in and so measures 1; CR LF measures 1; a bidi control is shown as ⇄ and
///   measures 1. For every
///   cluster `c`, `of(c) == of(CellText.sanitize(c))`.
/// - Tabs measure 1 here (a lone tab is shown as one space); ``WordWrap`` expands tabs to tab
///   stops itself.
///
/// Locale side effect: glibc's `wcwidth` only knows non-ASCII characters under a UTF-8
/// `LC_CTYPE` (in the C locale it returns -1 for all of them). The first measurement that
/// needs `wcwidth` therefore runs a once-only guard (``prepareLocale()``): if
/// `nl_langinfo(CODESET)` is not UTF-8 it calls `setlocale(LC_CTYPE, "C.UTF-8")`, changing the
/// process's `LC_CTYPE`. The guard also snapshots `wcwidth` for all of U+0000–U+FFFF into a
/// table (about 0.3 ms); scalars above U+FFFF call `wcwidth` each time. Call
/// ``prepareLocale()`` early in `main`, before other threads start, and do not switch
/// `LC_CTYPE` back to a non-UTF-8 locale afterwards (ncursesw needs UTF-8 too).
public enum DisplayWidth {
    /// Columns taken by one scalar shown on its own: 0, 1 or 2.
    ///
    /// `max(0, wcwidth(scalar))` from glibc for printable scalars; 1 for scalars that
    /// ``CellText`` replaces by a one-column stand-in (C0 controls incl. tab, DEL, C1 controls,
    /// U+2028/U+2029, bidi controls, and scalars glibc calls unprintable).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let code = classify(scalar.value)
        return code >= 0 ? code : 1
    }

    /// Columns taken by one grapheme cluster: the sum of its scalars' widths (see the type's
    /// rules), or the width of its one-column stand-in when ``CellText`` must replace it.
    /// May exceed 2 (👍🏽 = 4, 👨‍👩‍👧 = 6).
    public static func of(_ cluster: Character) -> Int {
        measure(cluster).width
    }

    /// Columns taken by a string: the sum over its grapheme clusters of ``of(_:)-(Character)``.
    /// Tabs count 1 and newlines count 1 (they are shown as stand-ins by ``CellText``).
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        let printableASCII: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
            return bytes.count
        }
        if let printableASCII, let count = printableASCII { return count }
        var sum = WidthSum()
        walkClusters(of: String(text), into: &sum)
        return sum.total
    }

    /// The raw glibc `wcwidth` of `scalar` under the UTF-8 guard: -1 for unprintable, else 0, 1
    /// or 2 columns. For diagnostics and tests; layout code should use ``of(_:)-(Unicode.Scalar)``.
    public static func libcWidth(_ scalar: Unicode.Scalar) -> Int {
        rawWidth(scalar.value)
    }

    /// Runs the once-only locale guard (see the type's documentation) and reports whether
    /// `LC_CTYPE`'s codeset is UTF-8 afterwards. Side effect: may call
    /// `setlocale(LC_CTYPE, "C.UTF-8")` the first time. Safe to call repeatedly.
    @discardableResult
    public static func prepareLocale() -> Bool {
        libcState.localeIsUTF8
    }

    // MARK: - Internal policy shared with CellText and WordWrap

    /// `classify` result for controls and unprintable scalars: shown as a one-column stand-in.
    static let standIn = -1
    /// `classify` result for bidi controls: replaced by a visible one-column stand-in (⇄).
    static let bidiControl = -2

    /// Width in columns (0, 1, 2) of a scalar that may be shown as is, or ``standIn`` /
    /// ``bidiControl`` for scalars ``CellText`` replaces.
    @inline(__always)
    static func classify(_ v: UInt32) -> Int {
        if v < 0x300 {
            if v >= 0x20 && v < 0x7F { return 1 }
            if v == 0xAD { return 0 }  // soft hyphen: invisible inside a line (never drawn)
            if v >= 0xA0 { return 1 }  // glibc: all other scalars of U+00A0–U+02FF are 1 column
            return standIn  // C0, DEL, C1
        }
        switch v {
        case 0x2028, 0x2029:
            return standIn
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return bidiControl
        default:
            let w = rawWidth(v)
            return w < 0 ? standIn : w
        }
    }

    /// Width in columns and number of Unicode scalars of a cluster, whether ``CellText`` must
    /// replace it (then `width` is the stand-in's width), and its first scalar's value.
    @inline(__always)
    static func measure(
        _ cluster: Character
    ) -> (width: Int, scalars: Int, replaced: Bool, first: UInt32) {
        measure(scalars: cluster.unicodeScalars.lazy.map(\.value))
    }

    /// ``measure(_:)`` for a cluster given as its Unicode scalar values.
    @inline(__always)
    static func measure<Scalars: Sequence<UInt32>>(
        scalars: Scalars
    ) -> (width: Int, scalars: Int, replaced: Bool, first: UInt32) {
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return (0, 0, false, 0) }
        guard let second = iterator.next() else {
            let code = classify(first)
            if code >= 0 { return (code, 1, false, first) }
            return (1, 1, true, first)
        }
        var count = 2
        var width = 0
        var replaced = false
        let code1 = classify(first)
        if code1 < 0 { replaced = true } else { width += code1 }
        let code2 = classify(second)
        if code2 < 0 { replaced = true } else { width += code2 }
        while let next = iterator.next() {
            count += 1
            let code = classify(next)
            if code < 0 { replaced = true } else { width += code }
        }
        // A multi-scalar cluster that needs replacing becomes one stand-in (CR LF -> U+2424,
        // anything else -> U+FFFD), both one column wide.
        return replaced ? (1, count, true, first) : (width, count, false, first)
    }

    @inline(__always)
    static func rawWidth(_ v: UInt32) -> Int {
        let libc = libcState
        if v < 0x10000 { return Int(libc.basicPlane[Int(v)]) }
        guard libc.localeIsUTF8, let wcwidth = libc.wcwidth else { return -1 }
        return Int(wcwidth(wchar_t(truncatingIfNeeded: v)))
    }
}

/// Sums display widths in columns over the clusters of a string.
private struct WidthSum: ClusterSink {
    var total = 0
    mutating func ascii(_ byte: UInt8) { total += 1 }  // printable 1, controls' stand-ins 1
    mutating func cluster(_ utf8: UnsafeBufferPointer<UInt8>) {
        total += DisplayWidth.measure(scalars: UTF8Scalars(utf8)).width
    }
}

/// The C library's `wcwidth`, found with `dlsym` (the Glibc module does not export it: it is
/// declared only under `_XOPEN_SOURCE`), and the result of the once-only locale guard.
/// Immutable after initialisation, hence safe to share between threads.
private struct LibcWidth: @unchecked Sendable {
    typealias Function = @convention(c) (wchar_t) -> Int32
    let wcwidth: Function?
    let localeIsUTF8: Bool
    /// `wcwidth` of every scalar U+0000–U+FFFF, computed once (65,536 calls, well under a
    /// millisecond): the hot path for CJK and other BMP text avoids a libc call per scalar.
    let basicPlane: [Int8]
}

/// Whether `LC_CTYPE` names a UTF-8 codeset (glibc: "UTF-8"; some systems: "utf8").
private func codesetIsUTF8() -> Bool {
    guard let raw = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: raw).lowercased()
    return name == "utf-8" || name == "utf8"
}

/// The once-only locale guard and `wcwidth` look-up: a lazily initialised global `let`, so
/// Swift runs the closure exactly once, thread-safely, on first use.
private let libcState: LibcWidth = {
    var isUTF8 = codesetIsUTF8()
    if !isUTF8 {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        isUTF8 = codesetIsUTF8()
    }
    var function: LibcWidth.Function? = nil
    if let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "wcwidth") {
        function = unsafeBitCast(symbol, to: LibcWidth.Function.self)
    }
    var basicPlane = [Int8](repeating: -1, count: 0x10000)
    for v in 0..<0x10000 {
        if v < 0x80 && v >= 0x20 && v != 0x7F {
            basicPlane[v] = 1
        } else if let wcwidth = function, isUTF8 || v < 0x80 {
            basicPlane[v] = Int8(clamping: wcwidth(wchar_t(v)))
        }
    }
    return LibcWidth(wcwidth: function, localeIsUTF8: isUTF8, basicPlane: basicPlane)
}()
