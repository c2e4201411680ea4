extension DocumentView {
    /// Whether a new clause starts at token `t`: after ؛ : . or a quotation mark, at "، و…", at a
    /// clause-breaking word (حيث، بينما، عندما), and, when `complementizers` is set, after أن/إن.
    func isClauseBoundary(before t: Int, complementizers: Bool) -> Bool {
        guard t > 0 else { return true }
        let p = t - 1
        if isStrongBreak(p) || (isQuotationMark(p) && !isTermMark(p)) { return true }
        if isComma(p) && startsWithConjunction(t) { return true }
        if word(.clauseBreak, at: t) != nil { return true }
        if complementizers, word(.complementizer, at: p) != nil { return true }
        return false
    }

    /// ``isClauseBoundary(before:complementizers:)``, each token tested once (``ClauseBoundaries``).
    @inline(__always)
    private func knownBoundary(before t: Int, complementizers: Bool) -> Bool {
        guard t > 0 else { return true }
        return clauseBoundaries.boundary(before: t, complementizers: complementizers,
                                         plain: { isClauseBoundary(before: t, complementizers: false) },
                                         complementizer: { word(.complementizer, at: t - 1) != nil })
    }

    /// The clause of token `t`, inside its sentence.
    func clause(of t: Int, complementizers: Bool = true) -> Range<Int> {
        let sentence = sentenceTokens(of: t)
        var start = t
        while start > sentence.lowerBound, !knownBoundary(before: start, complementizers: complementizers) { start -= 1 }
        var end = t + 1
        while end < sentence.upperBound, !knownBoundary(before: end, complementizers: complementizers) { end += 1 }
        if end > start, isStrongBreak(end - 1) || (isQuotationMark(end - 1) && !isTermMark(end - 1)) || isComma(end - 1) { end -= 1 }
        return start ..< max(end, t + 1)
    }

    /// The number of word tokens in `range`.
    func wordCount(_ range: Range<Int>) -> Int {
        var n = 0
        for t in range where document.tokens[t].kind != .punctuation && document.tokens[t].kind != .symbol { n += 1 }
        return n
    }
}
