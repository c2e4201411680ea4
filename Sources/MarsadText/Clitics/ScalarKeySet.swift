/// A set of normalized words looked up by their scalar values, without building a string: the
/// segmenter's protected lists and closed-class words. A `Set<String>` lookup hashes the string's
/// canonical (NFC) form, which costs far more than the segmentation itself; normalized words have
/// no combining marks left, so comparing scalar values gives the same answers.
///
/// An open-addressing table of FNV-1a hashes (a power of two, at most half full) points into one
/// flat array of letters; a hit compares the letters, so a hash collision cannot give a wrong answer.
/// - Complexity: lookups O(k) for a word of k letters, one probe in the common case.
struct ScalarKeySet: Sendable {
    /// Per slot: 0 when empty, else the index of the word plus one.
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let mask: Int
    /// The words' letters, one after another, and where each word starts (`starts[i] ..< starts[i + 1]`).
    private let letters: [UInt32]
    private let starts: [Int32]

    init(_ strings: some Sequence<String>) {
        var seen = Set<[UInt32]>()
        var letters: [UInt32] = [], starts: [Int32] = [0], hashes: [UInt64] = []
        for s in strings {
            let values = s.unicodeScalars.map(\.value)
            guard seen.insert(values).inserted else { continue }
            letters += values
            starts.append(Int32(letters.count))
            hashes.append(Self.hash(values[...]))
        }
        var capacity = 16
        while capacity < hashes.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (i, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(i + 1)
        }
        self.slots = slots
        self.hashes = hashes
        self.mask = capacity - 1
        self.letters = letters
        self.starts = starts
    }

    @inline(__always)
    static func hash(_ values: some Collection<UInt32>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for v in values { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Whether the word made of the `value`s of `items[range]` is in the set.
    func contains(_ items: UnsafeMutableBufferPointer<CliticSegmenter.Letters.Letter>, _ range: Range<Int>) -> Bool {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in range { h = (h ^ UInt64(items[i].value)) &* 0x0000_0100_0000_01B3 }
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            let word = entry - 1
            if hashes[word] == h {
                let from = Int(starts[word]), to = Int(starts[word + 1])
                if to - from == range.count {
                    var equal = true
                    for (k, i) in range.enumerated() where letters[from + k] != items[i].value {
                        equal = false
                        break
                    }
                    if equal { return true }
                }
            }
            slot = (slot + 1) & mask
        }
    }
}
