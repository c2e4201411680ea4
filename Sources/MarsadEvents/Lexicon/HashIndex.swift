/// An open-addressing table from 64-bit word hashes to small integers: the lookup the readers
/// make for every token, without `Dictionary`'s per-lookup hashing of the key (the keys are
/// FNV-1a hashes already, well spread in every bit).
///
/// ```swift
/// let index = HashIndex([(WordHash.of("قال"), 7)])
/// index[WordHash.of("قال")]   // 7
/// ```
/// - Complexity: O(1) expected per lookup; the table is kept at most half full.
struct HashIndex: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let mask: Int

    /// Builds the index. A key given twice keeps its last value.
    init(_ pairs: [(UInt64, Int32)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (key, value) in pairs {
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while values[i] >= 0 && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    /// The value of `key`, or `nil`.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let v = values[i]
            if v < 0 { return nil }
            if keys[i] == key { return v }
            i = (i + 1) & mask
        }
    }
}
