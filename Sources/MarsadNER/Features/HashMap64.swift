/// A map from 64-bit hashes to 32-bit values: open addressing with linear probing, keys and
/// values side by side, at most half full. Built once (``merge(_:_:with:)``), then only read.
///
/// Swift's `Dictionary` hashes its `UInt64` keys again with a per-process seed (SipHash); the
/// keys here are already well mixed (``FeatureHash``), so their low bits pick the slot and a
/// lookup is a few instructions and one cache line.
///
/// ```swift
/// var map = HashMap64()
/// map.merge(FeatureHash.word("موسكو"), 2) { $0 | $1 }
/// map[FeatureHash.word("موسكو")]   // 2
/// ```
/// - Complexity: lookups O(1) expected; building O(n) amortized.
struct HashMap64: Sendable {
    /// `key, value` pairs, `mask + 1` of them; a key of 0 marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    /// The value of the key 0, which cannot be stored in a slot.
    private var zeroValue: UInt32?
    /// The number of keys.
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size * 2)
        mask = size - 1
    }

    /// Sets the value of `key` to `value`, or to `combine(old, value)` when it has one.
    mutating func merge(_ key: UInt64, _ value: UInt32, with combine: (UInt32, UInt32) -> UInt32) {
        if key == 0 {
            if zeroValue == nil { count += 1 }
            zeroValue = zeroValue.map { combine($0, value) } ?? value
            return
        }
        if 2 * (count + 1) > mask + 1 { grow() }
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = slots[2 * i]
            if k == key { slots[2 * i + 1] = UInt64(combine(UInt32(truncatingIfNeeded: slots[2 * i + 1]), value)); return }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        slots[2 * i] = key
        slots[2 * i + 1] = UInt64(value)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = old.count - 1
        for j in stride(from: 0, to: old.count, by: 2) where old[j] != 0 {
            var i = Int(truncatingIfNeeded: old[j]) & mask
            while slots[2 * i] != 0 { i = (i + 1) & mask }
            slots[2 * i] = old[j]
            slots[2 * i + 1] = old[j + 1]
        }
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
