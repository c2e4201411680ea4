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

    public init(normalizer: ArabicNormalizer = ArabicNormalizer(options: .aggressive)) {
        self.normalizer = normalizer
    }

    /// Replaces `letters` with the folded values of `scalars`.
    @inlinable
    public func fold(_ scalars: ArraySlice<Unicode.Scalar>, into letters: inout [UInt32]) {
        letters.removeAll(keepingCapacity: true)
        for s in scalars {
            if let m = normalizer.map(s) { letters.append(m.value) }
        }
    }

    /// The folded values of a string.
    public func fold(_ text: some StringProtocol) -> [UInt32] {
        var letters: [UInt32] = []
        fold(Array(text.unicodeScalars)[...], into: &letters)
        return letters
    }

    /// 64-bit FNV-1a over the values, with an optional leading alef (the article restored in لل).
    @inlinable
    public static func hash(_ letters: ArraySlice<UInt32>, leadingAlef: Bool = false) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        if leadingAlef { h = (h ^ 0x0627) &* 0x0000_0100_0000_01B3 }
        for v in letters { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
