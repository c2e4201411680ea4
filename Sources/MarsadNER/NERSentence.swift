public import MarsadText

/// A sentence to tag: tokens with their spans in a scalar array.
///
/// Built from a document's tokens (`NERSentence(scalars: document.scalars, tokens: …)`) or from
/// CoNLL words (``init(words:)``), which are laid out with one space between them and given the
/// ``MarsadText/Token/Kind`` their letters suggest.
public struct NERSentence: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]

    public init(scalars: [Unicode.Scalar], tokens: [Token]) {
        self.scalars = scalars
        self.tokens = tokens
    }

    /// Lays `words` out with one space between them.
    public init(words: [String]) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(words.reduce(words.count) { $0 + $1.utf8.count })
        var tokens: [Token] = []
        tokens.reserveCapacity(words.count)
        for word in words {
            if !scalars.isEmpty { scalars.append(" ") }
            let start = scalars.count
            for s in word.unicodeScalars { scalars.append(s) }
            tokens.append(Token(start: start, end: scalars.count, kind: Self.kind(of: scalars[start...])))
        }
        self.scalars = scalars
        self.tokens = tokens
    }

    /// Scalar classes for ``kind(of:)``: Arabic (letters, marks, tatweel), Latin letter, digit,
    /// punctuation, other.
    enum ScalarClass: UInt8 { case arabic, latin, digit, punctuation, other }

    static func scalarClass(_ s: Unicode.Scalar) -> ScalarClass {
        let v = s.value
        if ArabicScalar.isArabicLetter(v) || ArabicScalar.isDiacritic(v) || v == 0x0640 { return .arabic }
        if ArabicScalar.isLatinLetter(v) { return .latin }
        if ArabicScalar.digitValue(v) != nil { return .digit }
        return Tokenizer.isPunctuation(s) ? .punctuation : .other
    }

    /// ``scalarClass(_:)`` of the scalars below U+0800, computed once.
    static let classes: [ScalarClass] = (0 ..< 0x0800).map { scalarClass(Unicode.Scalar(UInt32($0))!) }

    /// `.word` for Arabic letters (with marks and tatweel), `.latin` for Latin letters and digits
    /// with a letter, `.number` for tokens with a digit, else `.punctuation` or `.symbol`.
    static func kind(of word: ArraySlice<Unicode.Scalar>) -> Token.Kind {
        var arabic = false, latin = false, digit = false, other = false, punctuation = true
        classes.withUnsafeBufferPointer { table in
            for s in word {
                switch s.value < 0x0800 ? table[Int(s.value)] : scalarClass(s) {
                case .arabic: arabic = true
                case .latin: latin = true
                case .digit: digit = true
                case .punctuation: other = true
                case .other: other = true; punctuation = false
                }
            }
        }
        if arabic, !latin, !digit, !other { return .word }
        if digit { return .number }
        if latin { return .latin }
        if arabic { return .word }
        return punctuation ? .punctuation : .symbol
    }

    public var count: Int { tokens.count }
}
