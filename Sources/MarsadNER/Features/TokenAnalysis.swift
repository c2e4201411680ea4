/// What the feature extractor knows about each token of a sentence, computed once per token:
/// hashes of its forms and stems, its shape and its gazetteer and trigger bits.
struct TokenAnalysis {
    /// Per-token facts. Hashes are 0 when absent.
    struct Token {
        var word: UInt64 = 0
        var normalized: UInt64 = 0
        var aggressive: UInt64 = 0
        var stem1: UInt64 = 0
        var stem2: UInt64 = 0
        var segmentStem: UInt64 = 0
        var suffix2: UInt64 = 0
        /// Prefixes and suffixes of 2–4 letters of the segment stem, when clitics were split off.
        var stemAffixes: [UInt64] = []
        var clitics: UInt8 = 0
        var article: UInt8 = 0
        var shape: UInt8 = 0
        var length: UInt8 = 0
        var gazetteer: UInt8 = 0
        var phrase: UInt8 = 0
        var trigger: UInt8 = 0
        /// Word cluster numbers + 1 (0: the word has no cluster).
        var coarseCluster: UInt16 = 0
        var fineCluster: UInt16 = 0
        /// The normalized letters, `values[valueStart ..< valueEnd]`.
        var valueStart: Int32 = 0
        var valueEnd: Int32 = 0
    }

    var tokens: [Token] = []
    /// The normalized (matching) scalar values of all tokens, back to back.
    var values: [UInt32] = []

    var count: Int { tokens.count }

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
