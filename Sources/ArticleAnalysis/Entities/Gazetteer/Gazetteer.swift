import ArticleModel

/// The gazetteer: countries and territories with their official names, abbreviations and
/// demonyms, regions, capitals and large cities, and international organizations, looked up
/// by the ``WordKey``s of a name's words.
///
/// Source: `gazetteer.tsv` in this folder (compiled by the Byline team from general
/// knowledge; country names follow ISO 3166-1 short names and official state names; MIT
/// licence), embedded as ``GazetteerData`` by `embed-gazetteer.sh`. It is parsed once, on
/// first use (``shared``).
struct Gazetteer: Sendable {
    /// How a name refers to its entry.
    enum Form: UInt8, Sendable {
        /// The usual short name ("China").
        case name
        /// Another proper name, usually the official one ("People's Republic of China").
        case official
        /// An abbreviation or acronym ("PRC", "U.S."): matches only when written in capitals.
        case abbreviation
        /// A demonym or adjective ("Chinese", "North Korean").
        case demonym
    }

    /// One place or organization.
    struct Entry: Sendable {
        /// The usual short name.
        var name: String
        /// Place or organization.
        var kind: EntityKind
        /// Whether it is a country or territory (demonyms are read as mentions of it).
        var isCountry: Bool
    }

    /// A name found in the table.
    struct Hit: Sendable {
        /// Index into ``entries``.
        var entry: Int32
        /// How the name refers to the entry.
        var form: Form
    }

    /// The entries in file order.
    let entries: [Entry]
    /// The most words a name in the table has.
    let longestName: Int
    private let names: KeyTable<Hit>
    /// Keys of every word that starts a name (a quick test before a phrase look-up).
    let firstWords: WordSet

    /// The gazetteer compiled into the binary, parsed on first use.
    static let shared = Gazetteer(text: GazetteerData.text)

    /// Parses the tab-separated text described in `gazetteer.tsv`'s header; malformed lines
    /// are skipped. One pass over the UTF-8 bytes (no `Character` splitting: this runs at
    /// start-up).
    init(text: String) {
        var entries: [Entry] = []
        var pairs: [(UInt64, Hit)] = []
        var firstWords: [UInt64] = []
        var longest = 1
        var scalars: [Unicode.Scalar] = []
        var tokens: [TextToken] = []
        var utf8 = Array(text.utf8)
        utf8.append(0x0A)
        var lineStart = 0
        for index in utf8.indices where utf8[index] == 0x0A {
            defer { lineStart = index + 1 }
            guard index > lineStart, utf8[lineStart] != 0x23 else { continue }  // "#"
            var fields: [Range<Int>] = []
            var fieldStart = lineStart
            for offset in lineStart...index where offset == index || utf8[offset] == 0x09 {
                fields.append(fieldStart..<offset)
                fieldStart = offset + 1
            }
            guard fields.count >= 5, let kind = Gazetteer.kind(of: Array(utf8[fields[0]])) else { continue }
            let entry = Int32(entries.count)
            entries.append(Entry(name: String(decoding: utf8[fields[1]], as: UTF8.self), kind: kind.kind, isCountry: kind.isCountry))
            let forms: [Form] = [.name, .official, .abbreviation, .demonym]
            for (field, form) in zip(fields[1...4], forms) {
                if field.count == 1, utf8[field.lowerBound] == 0x2D { continue }  // "-"
                var valueStart = field.lowerBound
                for offset in field.lowerBound...field.upperBound where offset == field.upperBound || utf8[offset] == 0x3B {
                    defer { valueStart = offset + 1 }
                    guard offset > valueStart else { continue }
                    scalars.removeAll(keepingCapacity: true)
                    scalars.append(contentsOf: String(decoding: utf8[valueStart..<offset], as: UTF8.self).unicodeScalars)
                    Tokenizer.tokenize(scalars, parts: [], into: &tokens)
                    var key: UInt64 = 0
                    var count = 0
                    for token in tokens where token.kind == .word || token.kind == .number {
                        if count == 0 {
                            key = token.key
                            firstWords.append(key)
                        } else {
                            key = Gazetteer.extend(key, with: token.key)
                        }
                        count += 1
                    }
                    guard count > 0 else { continue }
                    longest = max(longest, count)
                    pairs.append((key, Hit(entry: entry, form: form)))
                }
            }
        }
        // The first entry that claims a name keeps it.
        var seen = Set<UInt64>()
        pairs = pairs.filter { seen.insert($0.0).inserted }
        self.entries = entries
        self.longestName = longest
        self.names = KeyTable(pairs)
        self.firstWords = WordSet(keys: firstWords)
    }

    /// The entry named by the words whose combined key is `key` (see ``extend(_:with:)``).
    @inline(__always)
    func hit(_ key: UInt64) -> Hit? { names[key] }

    /// The key of a name one word longer: `key` (the key of the first word, or of the words
    /// so far) followed by the word with key `next`.
    @inline(__always)
    static func extend(_ key: UInt64, with next: UInt64) -> UInt64 {
        WordKey.combining(key, with: next)
    }

    private static func kind(of field: [UInt8]) -> (kind: EntityKind, isCountry: Bool)? {
        switch String(decoding: field, as: UTF8.self) {
        case "country", "territory": (.place, true)
        case "region", "city": (.place, false)
        case "org": (.organization, false)
        default: nil
        }
    }
}
