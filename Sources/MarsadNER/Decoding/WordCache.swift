/// Word types met before, with their facts and the sums of their weights, so that tagging a
/// word seen before costs one lookup instead of some fifty.
///
/// Most features depend on one word only (``NERFeatureExtractor/appendFeatures(of:at:to:)``):
/// the token's own, and those each of its four neighbours gives it. For each word type the
/// cache keeps five sums of weights, one a part (``Part``); a token's emission scores are its
/// own sum, plus the sums its neighbours give, plus the few pair features looked up each time.
/// Keys are the hash of the word as written and its token kind, which is all the parts depend
/// on. The cache is emptied when it holds ``capacity`` words (about 18 MB).
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
    /// Per entry: the word's facts and its ``width`` sums (`Part` order, 9 tags each).
    private(set) var facts: [WordFacts] = []
    var sums: [Int32] = []
    /// Clitic analyses by normalized form, for the words not yet in the cache.
    var memo = NERFeatureExtractor.CliticMemo()

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

    /// The entry of `key`, or `nil`.
    @inline(__always)
    func entry(_ key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { s in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let k = s[2 * i]
                if k == key { return Int(s[2 * i + 1]) - 1 }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds a word with its sums (``width`` of them); returns its entry.
    mutating func insert(_ key: UInt64, facts word: WordFacts, sums wordSums: UnsafeBufferPointer<Int32>) -> Int {
        if 2 * (count + 1) > mask + 1 { grow() }
        let entry = count
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

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: 2 * old.count)
        mask = old.count - 1
        for i in stride(from: 0, to: old.count, by: 2) where old[i] != 0 { place(old[i], Int(old[i + 1]) - 1) }
    }

    /// Empties the cache when it is full (between sentences, so that no entry in use goes).
    mutating func makeRoom() {
        guard count >= Self.capacity else { return }
        for i in slots.indices { slots[i] = 0 }
        facts.removeAll(keepingCapacity: true)
        sums.removeAll(keepingCapacity: true)
        memo.removeAll(keepingCapacity: true)
    }
}
