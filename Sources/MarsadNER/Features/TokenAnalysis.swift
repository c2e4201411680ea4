/// What the feature extractor knows about one word: hashes of its forms and stems, its shape,
/// its gazetteer, trigger and cluster entries. It depends only on the word's scalars and token
/// kind (except ``phrase``, which depends on the words around it), so the tagger computes it
/// once per word type and caches it (``WordCache``).
struct WordFacts: Sendable {
    /// Hashes (0 when absent): as written, `.matching` form, `.aggressive` form, the
    /// clitic-stripped readings, the segment stem, the last two letters.
    var word: UInt64 = 0
    var normalized: UInt64 = 0
    var aggressive: UInt64 = 0
    var stem1: UInt64 = 0
    var stem2: UInt64 = 0
    var segmentStem: UInt64 = 0
    var suffix2: UInt64 = 0
    /// Word cluster numbers + 1 (0: the word has no cluster).
    var coarseCluster: UInt16 = 0
    var fineCluster: UInt16 = 0
    var clitics: UInt8 = 0
    var article: UInt8 = 0
    var shape: UInt8 = 0
    var length: UInt8 = 0
    var gazetteer: UInt8 = 0
    var trigger: UInt8 = 0
    /// Position in the longest gazetteer phrase over this token, in its sentence: type bits in
    /// the low nibble, 0x10 for the first token, 0x20 for the others (0: none).
    var phrase: UInt8 = 0
    /// Whether a gazetteer phrase may start with this word (one of its readings begins one).
    var startsPhrase = false
}

/// The analysis of a sentence for training and tests: each token's ``WordFacts`` and its own
/// features (those that depend on the token alone), back to back.
struct TokenAnalysis {
    var tokens: [WordFacts] = []
    /// Own features of token i: `own[Int(ownStart[i]) ..< Int(ownStart[i + 1])]`.
    var own: [UInt64] = []
    var ownStart: [Int32] = [0]

    var count: Int { tokens.count }

    /// The own features of token `i`.
    func ownFeatures(_ i: Int) -> ArraySlice<UInt64> { own[Int(ownStart[i]) ..< Int(ownStart[i + 1])] }

    /// Shape codes.
    enum Shape: UInt8 {
        case arabic = 1, latin, digits, arabicDigits, latinDigits, punctuation, symbol, mixed
        /// Outside the sentence (previous/next shape at the edges).
        case edge = 15
    }

    /// Length buckets of the normalized form: 1, 2, 3, 4, 5, 6, 7–8, 9+.
    static func lengthBucket(_ n: Int) -> UInt8 {
        switch n {
        case ..<7: return UInt8(n)
        case 7 ... 8: return 7
        default: return 9
        }
    }
}
