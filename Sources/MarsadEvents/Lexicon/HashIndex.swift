/// An open-addressing table from 64-bit word hashes to small integers: the lookup the readers
/// make for every token, without `Dictionary`'s per-lookup hashing of the key (the keys are
/// FNV-1a hashes already, well spread in every bit).
///
/// ```swift
/// let index = HashIndex([(WordHash.of("قال"), 7)])
/// index[WordHash.of("قال")]   // 7
/// ```
/// - Complexity: O(1) expected per lookup; the table is kept at most half full.
///
/// Keys and values side by side (one cache line per probe, not two), and a ``HashFilter`` of
/// the keys for callers that look up every token (``mayContain(_:)``): the tables are cold when
/// a report reaches the event-side layers (docs/PERFORMANCE.md).
struct HashIndex: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        var value: Int32 = -1
    }

    private let slots: [Slot]
    private let mask: Int
    private let filter: HashFilter

    /// Builds the index. A key given twice keeps its last value.
    init(_ pairs: [(UInt64, Int32)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        let mask = capacity - 1
        for (key, value) in pairs {
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while slots[i].value >= 0 && slots[i].key != key { i = (i + 1) & mask }
            slots[i] = Slot(key: key, value: value)
        }
        self.slots = slots
        self.mask = mask
        filter = HashFilter(pairs.lazy.map(\.0), count: pairs.count)
    }

    /// Whether `key` may be in the index (no false negatives): a test on a small filter, before
    /// a lookup that most keys would miss.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool { filter.mayContain(key) }

    /// The value of `key`, or `nil`.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let slot = slots[i]
            if slot.value < 0 { return nil }
            if slot.key == key { return slot.value }
            i = (i + 1) & mask
        }
    }
}
