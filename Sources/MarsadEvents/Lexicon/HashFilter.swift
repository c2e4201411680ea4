/// A one-hash bit filter over 64-bit word hashes (``WordHash``): `false` means the key is not in
/// the set; `true` means it may be (a few per cent of other keys pass).
///
/// ```swift
/// let filter = HashFilter([WordHash.of("قال"), WordHash.of("أكد")], count: 2)
/// filter.mayContain(WordHash.of("قال"))   // true
/// ```
/// Sized to the keys (32 bits a key, 512 to 65,536 bits): a table's filter is probed for most
/// tokens of a report, at random places, right after the entity layer has filled the caches with
/// its own tables; a filter of a few hundred bytes stays in the cache where one of 8 KB missed on
/// almost every probe (docs/PERFORMANCE.md). Reads the hash's top bits, the best mixed of FNV-1a.
/// - Complexity: O(1) per test.
struct HashFilter: Sendable {
    private let words: [UInt64]
    private let shift: UInt64

    /// A filter of `keys`, `count` of them (the size is chosen from `count`).
    init(_ keys: some Sequence<UInt64>, count: Int) {
        var bits = 512, log2 = 9
        while bits < count * 32 && bits < 65_536 {
            bits <<= 1
            log2 += 1
        }
        shift = UInt64(64 - log2)
        var words = [UInt64](repeating: 0, count: bits >> 6)
        for key in keys {
            let i = key >> shift
            words[Int(i >> 6)] |= 1 << (i & 63)
        }
        self.words = words
    }

    /// Whether `hash` may be one of the keys (no false negatives).
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let i = hash >> shift
        return words[Int(i >> 6)] & (1 << (i & 63)) != 0
    }
}
