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
        var tokens: [Token] = []
        tokens.reserveCapacity(words.count)
        for word in words {
            if !scalars.isEmpty { scalars.append(" ") }
            let start = scalars.count
            scalars.append(contentsOf: word.unicodeScalars)
            tokens.append(Token(start: start, end: scalars.count, kind: Self.kind(of: scalars[start...])))
        }
        self.scalars = scalars
        self.tokens = tokens
    }

    /// `.word` for Arabic letters (with marks and tatweel), `.latin` for Latin letters and digits
    /// with a letter, `.number` for tokens with a digit, else `.punctuation` or `.symbol`.
    static func kind(of word: ArraySlice<Unicode.Scalar>) -> Token.Kind {
        var arabic = false, latin = false, digit = false, other = false, punctuation = true
        for s in word {
            let v = s.value
            if ArabicScalar.isArabicLetter(v) || ArabicScalar.isDiacritic(v) || v == 0x0640 { arabic = true }
            else if ArabicScalar.isLatinLetter(v) { latin = true }
            else if ArabicScalar.digitValue(v) != nil { digit = true }
            else {
                other = true
                if !NERFeatureExtractor.isPunctuation(s) { punctuation = false }
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
