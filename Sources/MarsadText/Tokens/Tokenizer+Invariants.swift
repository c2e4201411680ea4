extension Tokenizer {
    /// The ways `tokens` break the tokenizer's guarantees on `scalars`; empty when they hold.
    ///
    /// Guarantees: every token is non-empty and inside the text; tokens are in order and never
    /// overlap; no token holds white space, starts with an invisible mark or ends with one; a
    /// token's kind agrees with its first scalar; and every scalar outside the tokens is white space
    /// or an invisible mark. Tests and the fuzz harness call this ([ALG] `_checkInvariants`).
    /// - Complexity: O(n) in the number of scalars.
    public static func invariantViolations(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> [String] {
        var problems: [String] = []
        var covered = 0
        for (k, token) in tokens.enumerated() {
            guard token.start >= 0, token.start < token.end, token.end <= scalars.count else {
                problems.append("token \(k) \(token.range) is empty or outside the text of \(scalars.count) scalars")
                continue
            }
            if token.start < covered { problems.append("token \(k) \(token.range) overlaps or precedes the token before it") }
            for i in max(covered, 0) ..< max(token.start, covered) where !isSpace(scalars[i].value) {
                problems.append("scalar \(i) (U+\(hex(scalars[i].value))) lies outside every token")
            }
            covered = max(covered, token.end)
            if let i = token.range.first(where: { ArabicScalar.isWhitespace(scalars[$0].value) }) {
                problems.append("token \(k) \(token.range) holds white space at \(i)")
            }
            let first = scalars[token.start].value, last = scalars[token.end - 1].value
            if ArabicScalar.isInvisibleFormat(first) || ArabicScalar.isInvisibleFormat(last) {
                problems.append("token \(k) \(token.range) starts or ends with an invisible mark")
            }
            if !kind(token.kind, agreesWith: scalars[token.start]) {
                problems.append("token \(k) \(token.range) is a \(token.kind) but starts with U+\(hex(first))")
            }
        }
        for i in covered ..< scalars.count where !isSpace(scalars[i].value) {
            problems.append("scalar \(i) (U+\(hex(scalars[i].value))) lies outside every token")
        }
        return problems
    }

    static func isSpace(_ v: UInt32) -> Bool { ArabicScalar.isWhitespace(v) || ArabicScalar.isInvisibleFormat(v) }

    static func hex(_ v: UInt32) -> String { String(v, radix: 16, uppercase: true) }

    /// Whether a token of `kind` may start with `first`.
    static func kind(_ kind: Token.Kind, agreesWith first: Unicode.Scalar) -> Bool {
        let v = first.value
        switch kind {
        case .word: return isWordScalar(v)
        case .number: return ArabicScalar.digitValue(v) != nil || isWordScalar(v)  // a prefix: الـ10
        case .latin: return ArabicScalar.isLatinLetter(v)
        case .punctuation, .symbol:
            return computeClass(v) == other && isPunctuation(first) == (kind == .punctuation)
        }
    }
}
