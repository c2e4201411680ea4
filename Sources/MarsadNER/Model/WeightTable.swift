/// An open-addressing hash table from feature hash to its nine weights, built once when a model
/// is loaded and never changed.
///
/// Each slot is 32 bytes, aligned to 32: the 64-bit key and the nine 16-bit weights, so a
/// lookup touches one cache line. Feature hashes are already well mixed, so their low bits pick
/// the slot; collisions probe linearly; the load factor stays at or below one half.
/// - Complexity: lookups O(1) expected; building O(n).
final class WeightTable: @unchecked Sendable {
    // Immutable after `init`; the memory is owned by this object and freed with it.
    private let slots: UnsafeMutableRawPointer
    private let mask: Int
    static let slotSize = 32

    /// Indexes `keys` with `weights` (`NERTag.count` a key). Keys must be distinct and non-zero.
    init(keys: [UInt64], weights: [Int16]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        slots = UnsafeMutableRawPointer.allocate(byteCount: capacity * Self.slotSize, alignment: 64)
        slots.initializeMemory(as: UInt8.self, repeating: 0, count: capacity * Self.slotSize)
        mask = capacity - 1
        for (row, key) in keys.enumerated() {
            var i = Int(truncatingIfNeeded: key) & mask
            while slots.load(fromByteOffset: i * Self.slotSize, as: UInt64.self) != 0 { i = (i + 1) & mask }
            let slot = slots + i * Self.slotSize
            slot.storeBytes(of: key, as: UInt64.self)
            for t in 0 ..< NERTag.count {
                slot.storeBytes(of: weights[row * NERTag.count + t], toByteOffset: 8 + 2 * t, as: Int16.self)
            }
        }
    }

    deinit { slots.deallocate() }

    /// Reads the first slot of every key and returns their XOR. Called on all the features of a
    /// sentence before ``add(_:to:)``, it lets the processor fetch many slots from memory at
    /// once (the loads are independent), so the adds that follow find them in cache.
    @inline(__always)
    func touch(_ keys: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var sink: UInt64 = 0
        for key in keys { sink ^= slots.load(fromByteOffset: (Int(truncatingIfNeeded: key) & mask) * Self.slotSize, as: UInt64.self) }
        return sink
    }

    /// Adds the weights of `key`, if it has any, to `scores` (`NERTag.count` entries).
    @inline(__always)
    func add(_ key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let slot = slots + i * Self.slotSize
            let k = slot.load(as: UInt64.self)
            if k == key {
                let w = (slot + 8).assumingMemoryBound(to: Int16.self)
                for t in 0 ..< NERTag.count { scores[t] &+= Int32(w[t]) }
                return
            }
            if k == 0 { return }
            i = (i + 1) & mask
        }
    }
}
