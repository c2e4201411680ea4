import MarsadText

/// Hashes words of the resource files as the tagger hashes tokens: the
/// ``MarsadText/NormalizationOptions/aggressive`` key (``MarsadText/ArabicNormalizer/key(_:)-(StringProtocol)``)
/// of the UTF-8 bytes, then ``FeatureHash/word(_:)-([UInt32])``, without building a string for
/// words in the Latin and Arabic blocks.
struct WordKeyHasher {
    let normalizer = ArabicNormalizer(options: .aggressive)
    /// The aggressive value of each scalar below ``ScalarTable/limit`` (none expands there).
    let table: [UInt32]

    init() {
        table = (0 ..< ScalarTable.limit).map { [normalizer] v in normalizer.map(Unicode.Scalar(v)!)?.value ?? ScalarTable.drop }
    }

    /// The hash of the key of `bytes[range]` (UTF-8).
    func hash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var values: [UInt32] = []
        values.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let c = UInt32(bytes[i])
            var v: UInt32
            if c < 0x80 { v = c; i += 1 }
            else if c < 0xE0, i + 1 < range.upperBound { v = (c & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2 }
            else { return FeatureHash.word(normalizer.key(String(decoding: bytes[range], as: UTF8.self))) }
            guard v < ScalarTable.limit else { return FeatureHash.word(normalizer.key(String(decoding: bytes[range], as: UTF8.self))) }
            let m = table[Int(v)]
            if m != ScalarTable.drop { values.append(m) }
        }
        return FeatureHash.word(values)
    }
}
