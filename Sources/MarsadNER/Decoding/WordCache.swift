/// Word types met before, with their facts and the sums of their weights, so that tagging a
/// word seen before costs one lookup instead of some fifty.
///
/// Most features depend on one word only (``NERFeatureExtractor/appendFeatures(of:at:to:)``):
/// the token's own, and those each of its four neighbours gives it. For each word type the
/// cache keeps five sums of weights, one a part (``Part``); a token's emission scores are its
/// own sum, plus the sums its neighbours give, plus the few pair features looked up each time.
/// Keys are the hash of the word as written and its token kind, which is all the parts depend
/// on. When the cache holds ``capacity`` words (about 18 MB), it keeps those met again since
/// they were added and forgets the others (mostly words seen once in all the text).
struct WordCache: Sendable {
    /// The five sums kept for a word.
    enum Part: Int, CaseIterable {
        /// Its own features.
        case own
        /// What it gives the token after it, two after it, before it, two before it.
        case asPrevious, asPrevious2, asNext, asNext2
    }

    static let width = Part.allCases.count * NERTag.count
    static let capacity = 1 << 16

    /// Open addressing: `key, entry + 1` pairs (0: empty), at most half full.
    private var slots: [UInt64]
    private var mask: Int
    /// Per entry: its key, whether it was met again since it was added, the word's facts and
    /// its ``width`` sums (`Part` order, 9 tags each).
    private var keys: [UInt64] = []
    private var used: [Bool] = []
    private(set) var facts: [WordFacts] = []
    private(set) var sums: [Int32] = []

    init() {
        slots = [UInt64](repeating: 0, count: 2 * 1024)
        mask = 1023
    }

    var count: Int { facts.count }

    /// The key of a token: its raw hash (``NERFeatureExtractor/rawHash(_:in:)``) and its kind.
    @inline(__always)
    static func key(rawHash: UInt64, kind: UInt8) -> UInt64 {
        FeatureHash.nonZero(rawHash ^ (UInt64(kind) &+ 1) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// The entry of `key`, or `nil`; marks it as met again.
    @inline(__always)
    mutating func entry(_ key: UInt64) -> Int? {
        let found: Int? = slots.withUnsafeBufferPointer { s in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let k = s[2 * i]
                if k == key { return Int(s[2 * i + 1]) - 1 }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        if let found { used[found] = true }
        return found
    }

    /// Reads the first slot of each key and returns the XOR of what it read (see
    /// ``WeightTable/touch(_:)``: the reads bring the slots into cache, to overlap).
    func touch(keys: [UInt64]) -> UInt64 {
        slots.withUnsafeBufferPointer { s in
            var sink: UInt64 = 0
            for key in keys { sink ^= s[2 * (Int(truncatingIfNeeded: key) & mask)] }
            return sink
        }
    }

    /// Reads the facts and the sums of each entry (one word a cache line) and returns the XOR
    /// of what it read.
    func touch(entries: [Int]) -> UInt64 {
        facts.withUnsafeBufferPointer { f in
            sums.withUnsafeBufferPointer { s in
                var sink: UInt64 = 0
                for e in entries {
                    sink ^= f[e].normalized
                    for j in stride(from: 0, to: Self.width, by: 16) { sink ^= UInt64(UInt32(bitPattern: s[e &* Self.width &+ j])) }
                }
                return sink
            }
        }
    }

    /// Adds a word with its sums (``width`` of them); returns its entry.
    mutating func insert(_ key: UInt64, facts word: WordFacts, sums wordSums: UnsafeBufferPointer<Int32>) -> Int {
        if 2 * (count + 1) > mask + 1 { resize(2 * (mask + 1)) }
        let entry = count
        keys.append(key)
        used.append(false)
        facts.append(word)
        sums.append(contentsOf: wordSums)
        place(key, entry)
        return entry
    }

    private mutating func place(_ key: UInt64, _ entry: Int) {
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[2 * i] != 0 { i = (i + 1) & mask }
        slots[2 * i] = key
        slots[2 * i + 1] = UInt64(entry + 1)
    }

    /// Rebuilds the slots for `capacity` of them.
    private mutating func resize(_ capacity: Int) {
        slots = [UInt64](repeating: 0, count: 2 * capacity)
        mask = capacity - 1
        for (entry, key) in keys.enumerated() { place(key, entry) }
    }

    /// When the cache is full, keeps the words met again since they were added and forgets
    /// the others (everything, if that would not free a quarter). Called between sentences, so
    /// that no entry in use moves.
    mutating func makeRoom() {
        guard count >= Self.capacity else { return }
        let width = Self.width
        var kept = 0
        for e in 0 ..< count where used[e] {
            keys[kept] = keys[e]
            used[kept] = false
            facts[kept] = facts[e]
            for j in 0 ..< width { sums[kept * width + j] = sums[e * width + j] }
            kept += 1
        }
        if kept > Self.capacity * 3 / 4 { kept = 0 }
        keys.removeLast(count - kept)
        used.removeLast(used.count - kept)
        facts.removeLast(facts.count - kept)
        sums.removeLast(sums.count - kept * width)
        resize(mask + 1)
    }
}
