/// An open-addressing hash table from feature hash to weight row, built once when a model is
/// loaded. Feature hashes are already well mixed, so the low bits index the slots directly.
/// - Complexity: lookups O(1) expected (load factor ≤ 0.5, linear probing); building O(n).
struct WeightTable: Sendable {
    private let slots: [UInt64]
    private let rows: [Int32]
    private let mask: Int

    /// Indexes `keys`: key `k` of the array maps to row `k`. Keys must be distinct and non-zero.
    init(keys: [UInt64]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var rows = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = key
            rows[i] = Int32(row)
        }
        self.slots = slots
        self.rows = rows
        self.mask = mask
    }

    /// The row of `key`, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let k = slots[i]
                if k == key { return Int(rows[i]) }
                if k == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }
}
