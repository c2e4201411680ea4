import MarsadText

/// The extractor's per-scalar facts, tabulated once for the scalars below U+0800 (Latin and
/// Arabic): the `.matching` and `.aggressive` normalized values and a letter class. Other
/// scalars ask the normalizers and `ArabicScalar` each time.
struct ScalarTable: Sendable {
    /// A scalar the normalizer removes.
    static let drop: UInt32 = 0xFFFF_FFFF
    /// Letter classes.
    enum Class: UInt8 { case arabic = 1, latin, digit, mark, punctuation, other }

    static let limit: UInt32 = 0x0800
    private let matching: [UInt32]
    private let aggressive: [UInt32]
    private let classes: [UInt8]
    private let matchingNormalizer: ArabicNormalizer
    private let aggressiveNormalizer: ArabicNormalizer

    init(matching: ArabicNormalizer, aggressive: ArabicNormalizer) {
        matchingNormalizer = matching
        aggressiveNormalizer = aggressive
        var m: [UInt32] = [], a: [UInt32] = [], c: [UInt8] = []
        for v in 0 ..< Self.limit {
            let s = Unicode.Scalar(v)!
            m.append(matching.map(s)?.value ?? Self.drop)
            a.append(aggressive.map(s)?.value ?? Self.drop)
            c.append(Self.computeClass(s).rawValue)
        }
        self.matching = m
        self.aggressive = a
        self.classes = c
    }

    /// The class of a scalar, in the order the shape is decided: an Arabic letter, a Latin
    /// letter, a digit, a mark (diacritic or tatweel, which do not count), punctuation, other.
    static func computeClass(_ s: Unicode.Scalar) -> Class {
        let v = s.value
        if ArabicScalar.isArabicLetter(v) { return .arabic }
        if ArabicScalar.isLatinLetter(v) { return .latin }
        if ArabicScalar.digitValue(v) != nil { return .digit }
        if ArabicScalar.isDiacritic(v) || v == 0x0640 { return .mark }
        if Tokenizer.isPunctuation(s) { return .punctuation }
        return .other
    }

    /// The `.matching` value, the `.aggressive` value (``drop`` when removed) and the class of `s`.
    @inline(__always)
    func look(_ s: Unicode.Scalar) -> (matching: UInt32, aggressive: UInt32, class: UInt8) {
        let v = s.value
        if v < Self.limit {
            let i = Int(v)
            return matching.withUnsafeBufferPointer { m in
                aggressive.withUnsafeBufferPointer { a in
                    classes.withUnsafeBufferPointer { c in (m[i], a[i], c[i]) }
                }
            }
        }
        return (matchingNormalizer.map(s)?.value ?? Self.drop, aggressiveNormalizer.map(s)?.value ?? Self.drop,
                Self.computeClass(s).rawValue)
    }
}
