import MarsadText

/// Hashes words of the resource files as the tagger hashes tokens: the
/// ``MarsadText/NormalizationOptions/aggressive`` key (``MarsadText/ArabicNormalizer/key(_:)-(StringProtocol)``)
/// of the UTF-8 bytes, then ``FeatureHash/word(_:)-([UInt32])``, without building a string for
/// words in the Latin and Arabic blocks.
struct WordKeyHasher {
    let normalizer: ArabicNormalizer
    /// The aggressive value of each scalar below ``ScalarTable/limit`` (none expands there).
    let table: [UInt32]

    init(normalizer: ArabicNormalizer) {
        self.normalizer = normalizer
        table = (0 ..< ScalarTable.limit).map { v in normalizer.map(Unicode.Scalar(v)!)?.value ?? ScalarTable.drop }
    }

    /// The hash of the key of `bytes[range]` (UTF-8).
    func hash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        let fast: UInt64? = bytes.withUnsafeBufferPointer { b in
            table.withUnsafeBufferPointer { table in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: range.count) { values in
                    var n = 0, i = range.lowerBound
                    while i < range.upperBound {
                        let c = UInt32(b[i])
                        let v: UInt32
                        if c < 0x80 { v = c; i += 1 }
                        else if c >= 0xC0, c < 0xE0, i + 1 < range.upperBound { v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2 }
                        else { return nil }  // three- and four-byte scalars: the normalizer's own path
                        let m = table[Int(v)]
                        if m != ScalarTable.drop { values[n] = m; n += 1 }
                    }
                    return FeatureHash.word(UnsafeBufferPointer(rebasing: values[0 ..< n]))
                }
            }
        }
        return fast ?? FeatureHash.word(normalizer.key(String(decoding: bytes[range], as: UTF8.self)))
    }
}
