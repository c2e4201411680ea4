/// A set of normalized words looked up by their scalar values, without building a string: the
/// segmenter's protected lists and closed-class words. A `Set<String>` lookup hashes the string's
/// canonical (NFC) form, which costs far more than the segmentation itself; normalized words have
/// no combining marks left, so comparing scalar values gives the same answers.
/// - Complexity: lookups O(k) for a word of k letters.
struct ScalarKeySet: Sendable {
    /// Words by the FNV-1a hash of their scalar values.
    private let words: [UInt64: [[UInt32]]]

    init(_ strings: some Sequence<String>) {
        var words: [UInt64: [[UInt32]]] = [:]
        for s in strings {
            let values = s.unicodeScalars.map(\.value)
            let h = values.withUnsafeBufferPointer { Self.hash($0) }
            if !(words[h]?.contains(values) ?? false) { words[h, default: []].append(values) }
        }
        self.words = words
    }

    @inline(__always)
    static func hash(_ values: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for v in values { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Whether the word with these scalar values is in the set.
    func contains(_ values: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let candidates = words[Self.hash(values)] else { return false }
        return candidates.contains { $0.elementsEqual(values) }
    }
}
