/// An immutable map from 64-bit hashes to 32-bit values: open addressing with linear probing,
/// keys and values side by side, at most half full.
///
/// Swift's `Dictionary` hashes its `UInt64` keys again with a per-process seed (SipHash); the
/// keys here are already well mixed (``FeatureHash``), so their low bits pick the slot and a
/// lookup is a few instructions and one cache line.
///
/// ```swift
/// var builder = HashMap64.Builder()
/// builder[FeatureHash.word("موسكو"), default: 0] |= 2
/// let map = HashMap64(builder)
/// map[FeatureHash.word("موسكو")]   // 2
/// ```
/// - Complexity: lookups O(1) expected; building O(n).
struct HashMap64: Sendable {
    /// `key, value` pairs, `capacity` of them; a key of 0 marks an empty slot.
    private let slots: [UInt64]
    private let mask: Int
    /// The value of the key 0, which cannot be stored in a slot.
    private let zeroValue: UInt32?
    /// The number of keys.
    let count: Int

    /// The pairs to put in the map, gathered with a plain dictionary.
    typealias Builder = [UInt64: UInt32]

    init(_ pairs: Builder) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity * 2)
        let mask = capacity - 1
        // Sorted, so the layout is the same on every run (dictionary order is not).
        for (key, value) in pairs.sorted(by: { $0.key < $1.key }) where key != 0 {
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[2 * i] != 0 { i = (i + 1) & mask }
            slots[2 * i] = key
            slots[2 * i + 1] = UInt64(value)
        }
        self.slots = slots
        self.mask = mask
        self.zeroValue = pairs[0]
        self.count = pairs.count
    }

    /// The value of `key`, or `nil`.
    @inline(__always)
    subscript(_ key: UInt64) -> UInt32? {
        if key == 0 { return zeroValue }
        return slots.withUnsafeBufferPointer { s in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let k = s[2 * i]
                if k == key { return UInt32(truncatingIfNeeded: s[2 * i + 1]) }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }
}
