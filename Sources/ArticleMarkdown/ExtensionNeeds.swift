#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which of cmark-gfm's GFM extensions a document can need, from a scan of its bytes, so that
/// ``MarkdownTree`` attaches only those (each attached extension costs time on every line or
/// every character of the document, whether it ever matches or not).
///
/// An extension is left off only when it cannot change the tree (sources: cmark-gfm
/// 0.29.0.gfm.6, `extensions/table.c`, `strikethrough.c`, `tasklist.c`, `autolink.c`):
///
/// | extension | acts only where the bytes hold |
/// |---|---|
/// | table | a `|` (a delimiter row has one) |
/// | strikethrough | a `~` (its only special character) |
/// | tasklist | `[`, one byte, `]` at a list item's start (the byte a blank, `x` or `X`) |
/// | autolink | `://` (its `:` rule), `www.` (its `w` rule) or `@` (its e-mail pass over text) |
///
/// For autolink, bytes are not enough: `://` inside a link's destination (`[a](https://…)`),
/// an angle-bracket autolink or an HTML attribute never reaches its rules. So a document whose
/// every trigger sits in such a place is ``Autolink/unsure``: it is parsed without the
/// extension, and ``MarkdownTree`` checks the tree (``MarkdownTree/autolinkCouldMatch(_:)``)
/// and parses again with it when a trigger made it into text.
struct ExtensionNeeds: Equatable {
    /// Whether a table, strikethrough or task list can occur.
    var table = true
    var strikethrough = true
    var tasklist = true
    /// Whether autolink can change the tree.
    var autolink = Autolink.needed

    /// The three answers for autolink.
    enum Autolink: Equatable {
        /// No trigger in the bytes: the extension changes nothing.
        case notNeeded
        /// Triggers only in places that usually never reach autolink's rules: parse without
        /// it, then check the tree.
        case unsure
        /// A trigger in running text: attach it.
        case needed
    }

    /// Every extension (the reference configuration, which the gating must match).
    static let all = ExtensionNeeds()

    /// Every extension.
    init() {}

    /// No extension.
    static let none = ExtensionNeeds(table: false, strikethrough: false, tasklist: false, autolink: .notNeeded)

    /// The needs of `bytes` (UTF-8 Markdown). Linear in their length: `memchr` runs
    /// over the buffer, a few bytes of context at each hit.
    init(scanning bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            self = .none
            return
        }
        let count = bytes.count
        table = memchr(base, 0x7C, count) != nil  // |
        strikethrough = memchr(base, 0x7E, count) != nil  // ~
        tasklist = Self.hasTaskBox(bytes)
        autolink = Self.autolinkNeed(bytes)
    }

    private init(table: Bool, strikethrough: Bool, tasklist: Bool, autolink: Autolink) {
        self.table = table
        self.strikethrough = strikethrough
        self.tasklist = tasklist
        self.autolink = autolink
    }

    /// Whether a `[ ]`, `[x]` or `[X]` box (or `[` and `]` around any blank or NUL) occurs.
    private static func hasTaskBox(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        let count = bytes.count
        while index + 2 < count, let hit = memchr(base + index, 0x5B, count - index) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            if at + 2 < count, bytes[at + 2] == 0x5D {
                switch bytes[at + 1] {
                case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x78, 0x58, 0x00: return true
                default: break
                }
            }
            index = at + 1
        }
        return false
    }

    /// Autolink's need (see the type): `needed` as soon as one trigger sits in running text.
    private static func autolinkNeed(_ bytes: UnsafeBufferPointer<UInt8>) -> Autolink {
        guard let base = bytes.baseAddress else { return .notNeeded }
        let count = bytes.count
        var found = false
        // `@`: an e-mail address (letters or digits on both sides) is running text; any other
        // `@` (a handle, CSS, code) is checked in the tree.
        var index = 0
        while index < count, let hit = memchr(base + index, 0x40, count - index) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            found = true
            if at > 0, at + 1 < count, isAlphanumeric(bytes[at - 1]), isAlphanumeric(bytes[at + 1]) { return .needed }
            index = at + 1
        }
        // `://` after a scheme: inert after `(` (a link destination), `<` (an angle-bracket
        // autolink or a tag), `"`, `'` or `=` (an HTML attribute).
        index = 0
        while index < count, let hit = memchr(base + index, 0x3A, count - index) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            index = at + 1
            guard at + 2 < count, bytes[at + 1] == 0x2F, bytes[at + 2] == 0x2F else { continue }
            found = true
            var start = at
            while start > 0, isLetter(bytes[start - 1]) { start -= 1 }
            guard start > 0 else { return .needed }
            switch bytes[start - 1] {
            case 0x28, 0x3C, 0x22, 0x27, 0x3D: break  // ( < " ' =
            default: return .needed
            }
        }
        // `www.`: autolink's rule wants a blank, a line start or one of `*_~([` before it;
        // after `/` or `.` it is part of an address already counted above.
        index = 0
        while index < count, let hit = memchr(base + index, 0x77, count - index) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            index = at + 1
            guard at + 3 < count, bytes[at + 1] == 0x77, bytes[at + 2] == 0x77, bytes[at + 3] == 0x2E else { continue }
            found = true
            if at == 0 { return .needed }
            switch bytes[at - 1] {
            case 0x2F, 0x2E, 0x22, 0x27, 0x3D: break  // / . " ' =
            default: return .needed
            }
        }
        return found ? .unsure : .notNeeded
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39)
    }
}
