/// Common given names of people, looked up by ``WordKey``: the first word of a capitalised
/// pair with no title is evidence that the pair names a person ("Lydia Harwell"), and its
/// absence, with no other evidence, that it names a product, work or place ("Cobalt
/// Browser").
///
/// Source: `given-names.txt` in this folder (compiled by the Byline team from general
/// knowledge of common given names across languages, Chinese, Korean and Japanese names left
/// out; MIT licence), embedded as ``GivenNameData`` by `embed-given-names.sh`. It is parsed
/// once, on first use (``shared``).
struct GivenNames: Sendable {
    /// The names' keys.
    let names: WordSet
    /// How many names the list holds (duplicates counted once).
    let count: Int

    /// The embedded list.
    static let shared = GivenNames(text: GivenNameData.text)

    /// Parses `text`: names separated by white space; lines starting with `#` are comments.
    init(text: String) {
        var keys: [UInt64] = []
        var seen = Set<UInt64>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let key = WordKey.of(String(word))
                if seen.insert(key).inserted { keys.append(key) }
            }
        }
        names = WordSet(keys: keys)
        count = keys.count
    }

    /// Whether the word with `key` is a known given name.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { names.contains(key) }
}
