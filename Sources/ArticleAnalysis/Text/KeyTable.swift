/// A set of words, looked up by ``WordKey``: an open-addressing table indexed by the key's
/// own bits (the keys are already hashes, so no second hash function is needed).
struct WordSet: Sendable {
    private let table: KeyTable<Bool>

    /// Creates the set from words written in ASCII (case does not matter).
    init(_ words: [String]) {
        table = KeyTable(words.map { (WordKey.of($0), true) })
    }

    /// Creates the set from keys already computed.
    init(keys: [UInt64]) {
        table = KeyTable(keys.map { ($0, true) })
    }

    /// Whether the word with `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table[key] != nil }
}

/// A fixed map from ``WordKey`` keys to values, built once: open addressing with linear
/// probing over a power-of-two array at most half full.
struct KeyTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let mask: Int

    /// Creates the table; a later pair replaces an earlier one with the same key.
    init(_ pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        let mask = capacity - 1
        for (rawKey, value) in pairs {
            let key = rawKey == 0 ? 1 : rawKey
            var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    /// The value for `key`, or `nil`.
    @inline(__always)
    subscript(rawKey: UInt64) -> Value? {
        let key = rawKey == 0 ? 1 : rawKey
        var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
