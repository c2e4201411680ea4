/// An immutable hash table from ``PackedWord`` to values: open addressing with linear probing
/// and a multiplicative hash, so a lookup is a multiply, a shift and usually one comparison.
///
/// ```swift
/// let packer = WordPacker()
/// let table = PackedWordTable([(packer.pack("أمس")!, -1), (packer.pack("غدا")!, 1)])
/// table[packer.pack("امس")!]  // -1
/// ```
/// - Complexity: building is O(n); a lookup is O(1) expected (the load factor is at most ¼).
public struct PackedWordTable<Value: Sendable>: Sendable {
    /// One bit per hash value of 16 bits: a word whose bit is clear is not in the table, found
    /// without touching the (larger) key array. 8 KB, so it stays in the first-level cache.
    @usableFromInline let filter: [UInt64]
    @usableFromInline let keys: [UInt64]
    @usableFromInline let slots: [Int32]
    /// The values, in the order of the pairs given (after merging duplicates).
    public let values: [Value]
    @usableFromInline let shift: UInt64
    @usableFromInline let mask: Int

    /// Builds the table. A key given twice keeps the first value, or `merge(first, second)`.
    public init(_ pairs: [(PackedWord, Value)], merge: ((Value, Value) -> Value)? = nil) {
        var order: [UInt64: Int] = [:]
        var values: [Value] = []
        for (word, value) in pairs {
            if let at = order[word.rawValue] {
                if let merge { values[at] = merge(values[at], value) }
            } else {
                order[word.rawValue] = values.count
                values.append(value)
            }
        }
        var capacity = 16
        while capacity < values.count * 4 { capacity <<= 1 }  // a load factor of at most ¼: a miss usually costs one probe
        let bits = UInt64(capacity.trailingZeroBitCount)
        var keys = [UInt64](repeating: 0, count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        let shift = 64 - bits, mask = capacity - 1
        var filter = [UInt64](repeating: 0, count: 1024)
        for (raw, index) in order {
            let f = Int((raw &* 0x9E37_79B9_7F4A_7C15) >> 48)
            filter[f >> 6] |= 1 << UInt64(f & 63)
            var h = Int((raw &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[h] != 0 { h = (h + 1) & mask }
            keys[h] = raw
            slots[h] = Int32(index)
        }
        self.filter = filter
        self.keys = keys
        self.slots = slots
        self.values = values
        self.shift = shift
        self.mask = mask
    }

    /// The index in ``values`` of the value for `word`.
    @inlinable
    public func index(of word: PackedWord) -> Int? {
        let raw = word.rawValue
        let hash = raw &* 0x9E37_79B9_7F4A_7C15
        let f = Int(hash >> 48)
        guard filter.withUnsafeBufferPointer({ $0[f >> 6] }) & (1 << UInt64(f & 63)) != 0 else { return nil }
        return keys.withUnsafeBufferPointer { keys in
            var h = Int(hash >> shift)
            while true {
                let k = keys[h]
                if k == raw { return Int(slots.withUnsafeBufferPointer { $0[h] }) }
                if k == 0 { return nil }
                h = (h + 1) & mask
            }
        }
    }

    /// The value for `word`.
    public subscript(_ word: PackedWord) -> Value? {
        index(of: word).map { values[$0] }
    }

    /// The number of keys.
    public var count: Int { values.count }

    /// Looks `word` up as written, then without attached proclitics: و/ف, then ب/ل/ك (after an
    /// optional و/ف), with لل read as ال ("للأسبوع" → "الأسبوع"). At least two letters must
    /// remain after و/ف, three after ب/ل/ك (so "باب" is not read as ب + "آب"). Returns the value's index and how many letters were dropped (for لل, one: the
    /// span starts after the first ل).
    @inlinable
    public func lookup(allowingProclitics word: PackedWord) -> (index: Int, dropped: Int)? {
        if let i = index(of: word) { return (i, 0) }
        var rest = word, dropped = 0
        let first = word.letter(at: 0)
        if first == 0x0648 || first == 0x0641, word.count >= 3, let r = word.dropFirst() {  // و ف
            if let i = index(of: r) { return (i, 1) }
            rest = r
            dropped = 1
        }
        let p = rest.letter(at: 0)
        // After ب ل ك at least three letters must remain: "باب" is not ب + آب.
        guard p == 0x0628 || p == 0x0644 || p == 0x0643, rest.count >= 4, let r = rest.dropFirst() else { return nil }  // ب ل ك
        if let i = index(of: r) { return (i, dropped + 1) }
        if p == 0x0644, r.letter(at: 0) == 0x0644, let stem = r.dropFirst(), let article = stem.prepending(0x0644)?.prepending(0x0627),
           let i = index(of: article) {
            return (i, dropped + 1)
        }
        return nil
    }
}
