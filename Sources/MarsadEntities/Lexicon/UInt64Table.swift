/// An open-addressing hash table from 64-bit keys to 32-bit values, for the trie's hot paths.
///
/// ```swift
/// var table = UInt64Table()
/// table[0xCAFE] = 7
/// table[0xCAFE]   // 7
/// ```
/// Keys are mixed with a multiplicative hash (Fibonacci hashing) and probed linearly; the table
/// doubles when it is half full. A lookup is a multiply, a shift and usually one comparison —
/// several times cheaper than `Dictionary`'s seeded SipHash for this use. Key 0 is stored
/// apart, since 0 marks an empty slot.
/// - Complexity: O(1) expected per lookup and insertion.
public struct UInt64Table: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    private var zeroValue: Int32?
    public private(set) var count = 0

    public init() {
        keys = Array(repeating: 0, count: 16)
        values = Array(repeating: 0, count: 16)
        shift = 64 - 4
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    public subscript(key: UInt64) -> Int32? {
        get {
            if key == 0 { return zeroValue }
            let mask = keys.count - 1
            var i = slot(key)
            while true {
                let k = keys[i]
                if k == key { return values[i] }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { preconditionFailure("UInt64Table does not remove keys") }
            if key == 0 { zeroValue = newValue; return }
            if (count + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var i = slot(key)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = key
            values[i] = newValue
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { self[k] = v }
    }
}
