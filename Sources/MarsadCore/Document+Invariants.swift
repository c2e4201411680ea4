import MarsadText

extension Document {
    /// The ways this document breaks the guarantees of its text layers; empty when they hold.
    ///
    /// Checks the tokens (``Tokenizer/invariantViolations(_:in:)``), sentences and paragraphs
    /// (``SentenceSplitter/Result/invariantViolations(tokens:)``), the normalized text's offset
    /// map (``NormalizedText/invariantViolations()``), and that every metadata span lies inside
    /// the text. Tests and the fuzz harness (scripts/fuzz) call it.
    /// - Complexity: O(n log n) in the length of the text.
    public func invariantViolations() -> [String] {
        var problems = Tokenizer.invariantViolations(tokens, in: scalars)
        problems += SentenceSplitter.Result(paragraphs: paragraphs, sentences: sentences).invariantViolations(tokens: tokens)
        if normalized.originalCount != scalars.count {
            problems.append("the normalized text maps to \(normalized.originalCount) scalars, not \(scalars.count)")
        }
        problems += normalized.invariantViolations()
        if id.isEmpty { problems.append("an empty id") }
        let spans = [metadata.titleSpan, metadata.dateline].compactMap { $0 } + metadata.outlets.compactMap(\.span)
        for span in spans where span.end > scalars.count {
            problems.append("the metadata span \(span) ends after the text's \(scalars.count) scalars")
        }
        return problems
    }
}
