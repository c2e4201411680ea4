/// The model's weights by feature hash, built once when a model is loaded and never changed.
///
/// Two arrays: the rows, 32 bytes each (the 64-bit key and its nine 16-bit weights, so a
/// feature's weights share one cache line), and an open-addressing index of 32-bit entries,
/// each a row number and a fingerprint of the key. Most lookups are of features the model does
/// not have (a rare word's bigrams, affixes); they end in the index, 1 MB for 94,000 features,
/// which stays in cache better than the 8 MB a table of whole rows would take. A lookup that
/// finds its fingerprint checks the whole key in the row, so answers are exact.
/// Before the index, a presence filter of one bit a key (256 KB for 94,000 features, which stay
/// in the processor's second-level cache) turns away about 95 % of the absent features, two
/// lookups in three, without touching the index.
/// Feature hashes are already well mixed: their low bits pick the slot, bits 20–40 the filter
/// bit, bits 40 and up the fingerprint; collisions probe linearly; the index is at most half full.
/// - Complexity: lookups O(1) expected; building O(n).
final class WeightTable: @unchecked Sendable {
    // Immutable after `init`; the memory is owned by this object and freed with it.
    private let index: UnsafeMutablePointer<UInt32>
    private let filter: UnsafeMutablePointer<UInt64>
    private let filterMask: Int
    private let rows: UnsafeMutableRawPointer
    private let mask: Int
    /// Index entries: fingerprint << rowBits | (row + 1); 0 is an empty slot.
    private let rowBits: UInt32
    private let rowMask: UInt32
    private let fingerprintMask: UInt32
    static let rowSize = 32

    /// Indexes `keys` with `weights` (`NERTag.count` a key). Keys must be distinct.
    init(keys: [UInt64], weights: [Int16]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var bits: UInt32 = 1
        while (1 << bits) <= keys.count + 1 { bits += 1 }
        precondition(bits <= 24, "a model of more than 16 million features")
        rowBits = bits
        rowMask = (1 << bits) - 1
        fingerprintMask = UInt32.max >> bits
        mask = capacity - 1
        var filterBits = 1 << 12
        while filterBits < keys.count * 20 { filterBits <<= 1 }
        filterMask = filterBits - 1
        filter = UnsafeMutablePointer<UInt64>.allocate(capacity: filterBits / 64)
        filter.initialize(repeating: 0, count: filterBits / 64)
        index = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        index.initialize(repeating: 0, count: capacity)
        rows = UnsafeMutableRawPointer.allocate(byteCount: max(1, keys.count) * Self.rowSize, alignment: 64)
        rows.initializeMemory(as: UInt8.self, repeating: 0, count: max(1, keys.count) * Self.rowSize)
        for (row, key) in keys.enumerated() {
            let r = rows + row * Self.rowSize
            r.storeBytes(of: key, as: UInt64.self)
            for t in 0 ..< NERTag.count {
                r.storeBytes(of: weights[row * NERTag.count + t], toByteOffset: 8 + 2 * t, as: Int16.self)
            }
            let bit = Int(truncatingIfNeeded: key >> 20) & filterMask
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var i = Int(truncatingIfNeeded: key) & mask
            while index[i] != 0 { i = (i + 1) & mask }
            index[i] = fingerprint(key) << rowBits | UInt32(row + 1)
        }
    }

    deinit {
        filter.deallocate()
        index.deallocate()
        rows.deallocate()
    }

    @inline(__always)
    private func fingerprint(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 40) & fingerprintMask }

    /// Whether the table may have `key` (`false`: it surely has not).
    @inline(__always)
    func mayHave(_ key: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: key >> 20) & filterMask
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Reads, for every key the filter lets through, its first index slot and, when the
    /// fingerprint there matches, its row; returns the XOR of what it read. Called on many
    /// features before ``add(_:to:)``, it lets the processor fetch them from memory at once
    /// (the loads of different keys are independent), so the adds that follow find them in
    /// cache. The caller must keep the result (store it), or the compiler drops the loads.
    @inline(__always)
    func touch(_ keys: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var sink: UInt64 = 0
        for key in keys where mayHave(key) {
            let entry = index[Int(truncatingIfNeeded: key) & mask]
            sink ^= UInt64(entry)
            if entry != 0, entry >> rowBits == fingerprint(key) {
                sink ^= rows.load(fromByteOffset: Int(entry & rowMask &- 1) &* Self.rowSize, as: UInt64.self)
            }
        }
        return sink
    }

    /// Adds the weights of `key`, if it has any, to `scores` (`NERTag.count` entries).
    @inline(__always)
    func add(_ key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        guard mayHave(key) else { return }
        var i = Int(truncatingIfNeeded: key) & mask
        let wanted = fingerprint(key)
        while true {
            let entry = index[i]
            if entry == 0 { return }
            if entry >> rowBits == wanted {
                let row = rows + Int(entry & rowMask - 1) * Self.rowSize
                if row.load(as: UInt64.self) == key {
                    let w = (row + 8).assumingMemoryBound(to: Int16.self)
                    for t in 0 ..< NERTag.count { scores[t] &+= Int32(w[t]) }
                    return
                }
            }
            i = (i + 1) & mask
        }
    }
}
