/// A growing set of ``WordKey`` keys: open addressing with linear probing, indexed by the
/// key's own bits (the keys are already hashes). Cheaper than `Set<UInt64>` on the hot path.
struct KeySet: Sendable {
    private var slots = [UInt64](repeating: 0, count: 256)
    private var count = 0

    /// Creates an empty set.
    init() {}

    /// Adds `rawKey`.
    @inline(__always)
    mutating func insert(_ rawKey: UInt64) {
        let key = rawKey == 0 ? 1 : rawKey
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while true {
            let stored = slots[slot]
            if stored == key { return }
            if stored == 0 { break }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// Whether `rawKey` is in the set.
    @inline(__always)
    func contains(_ rawKey: UInt64) -> Bool {
        let key = rawKey == 0 ? 1 : rawKey
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while true {
            let stored = slots[slot]
            if stored == key { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        count = 0
        for key in old where key != 0 { insert(key) }
    }
}
