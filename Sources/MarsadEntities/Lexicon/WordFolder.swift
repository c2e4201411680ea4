public import MarsadText

/// Folds a word to the letters lexicon keys are compared on, and hashes them.
///
/// ```swift
/// let folder = WordFolder()
/// var letters: [UInt32] = []
/// folder.fold(Array("الأُمَمِ".unicodeScalars)[...], into: &letters)   // ا ل ا م م
/// WordFolder.hash(letters[...])                                      // a 64-bit FNV-1a hash
/// ```
///
/// Folding is ``NormalizationOptions/aggressive`` normalization (harakat, tatweel and invisible
/// marks removed, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ ئ → و ي, Persian letters mapped, digits ASCII,
/// Latin lowercased), so "روسيّة" and "روسيه" fold alike. Lexicon surfaces and text words are
/// folded with the same folder.
/// - Complexity: O(k) in the length of the word; no allocation once `letters` has capacity.
public struct WordFolder: Sendable {
    public let normalizer: ArabicNormalizer
    /// The folded value of every scalar of the Basic Multilingual Plane; ``dropped`` for removed
    /// marks. Built once from `normalizer` (65,536 entries).
    let table: [UInt32]
    static let dropped: UInt32 = 0xFFFF_FFFF

    public init(normalizer: ArabicNormalizer = ArabicNormalizer(options: .aggressive)) {
        self.normalizer = normalizer
        var table = [UInt32](repeating: 0, count: 0x10000)
        for v in 0 ..< UInt32(0x10000) {
            if let s = Unicode.Scalar(v) {
                table[Int(v)] = normalizer.map(s)?.value ?? Self.dropped
            } else {
                table[Int(v)] = v
            }
        }
        self.table = table
    }

    /// The folded value of a scalar, or ``dropped``.
    @inline(__always)
    func value(_ s: Unicode.Scalar) -> UInt32 {
        s.value < 0x10000 ? table[Int(s.value)] : s.value
    }

    /// Replaces `letters` with the folded values of `scalars`.
    public func fold(_ scalars: ArraySlice<Unicode.Scalar>, into letters: inout [UInt32]) {
        letters.removeAll(keepingCapacity: true)
        for s in scalars {
            let v = value(s)
            if v != Self.dropped { letters.append(v) }
        }
    }

    /// The folded values of a string.
    public func fold(_ text: some StringProtocol) -> [UInt32] {
        var letters: [UInt32] = []
        fold(Array(text.unicodeScalars)[...], into: &letters)
        return letters
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325, prime: UInt64 = 0x0000_0100_0000_01B3

    /// 64-bit FNV-1a over the values taken from the last to the first, with an optional leading
    /// alef (the article restored in لل) taken last. Hashing from the end lets a word's readings
    /// without proclitics (its suffixes) share one pass (``suffixHashes(_:into:)``).
    public static func hash(_ letters: ArraySlice<UInt32>, leadingAlef: Bool = false) -> UInt64 {
        var h = seed
        for v in letters.reversed() { h = (h ^ UInt64(v)) &* prime }
        if leadingAlef { h = (h ^ 0x0627) &* prime }
        return h
    }

    /// The hash of every suffix `letters[i...]`, for i in `0 ..< count`, in one pass.
    @inline(__always)
    static func suffixHashes(_ letters: UnsafeMutableBufferPointer<UInt32>, count: Int, into hashes: UnsafeMutableBufferPointer<UInt64>) {
        var h = seed
        var i = count - 1
        while i >= 0 {
            h = (h ^ UInt64(letters[i])) &* prime
            hashes[i] = h
            i -= 1
        }
    }

    /// The hash of a suffix with the leading alef restored, from the suffix's hash.
    @inline(__always)
    static func withLeadingAlef(_ suffixHash: UInt64) -> UInt64 { (suffixHash ^ 0x0627) &* prime }
}
