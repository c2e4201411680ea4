/// The words of the persons' names of one document: whole-word hash → entity index, -1 when two
/// persons share the word (``DocumentView/personNamedAlone(at:)``).
///
/// ```swift
/// let words = NameWords([(WordHash.of("مون"), 3), (WordHash.of("جيه"), 3)])
/// words[WordHash.of("مون")]   // 3
/// ```
/// Sorted keys and a binary search: built once per report that needs it, and read a few times;
/// a `Dictionary` hashed each key with SipHash to build and to read (about 1.4 % of the three
/// event-side layers' instructions, docs/PERFORMANCE.md).
/// - Complexity: O(p log p) to build for p pairs, O(log w) per lookup for w words.
struct NameWords {
    private let keys: [UInt64]
    private let values: [Int]

    /// The table of `pairs` (word hash, person): a word of one person maps to that person, a
    /// word of two or more to -1, in any order.
    init(_ pairs: [(UInt64, Int)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        var keys: [UInt64] = [], values: [Int] = []
        keys.reserveCapacity(sorted.count)
        values.reserveCapacity(sorted.count)
        for (hash, entity) in sorted {
            if let last = keys.last, last == hash {
                if values[values.count - 1] != entity { values[values.count - 1] = -1 }
            } else {
                keys.append(hash)
                values.append(entity)
            }
        }
        self.keys = keys
        self.values = values
    }

    /// The person of a word, -1 for a word of several persons, or `nil`.
    subscript(hash: UInt64) -> Int? {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < hash { lo = mid + 1 } else { hi = mid }
        }
        return lo < keys.count && keys[lo] == hash ? values[lo] : nil
    }
}
