extension SentenceSplitter.Result {
    /// The ways this split breaks its guarantees over `tokens`; empty when they hold.
    ///
    /// Guarantees: sentences and paragraphs are non-empty, in order and never overlap; each starts
    /// at a token's start and ends at a token's end; every token lies in exactly one sentence and
    /// one paragraph; every sentence lies in one paragraph. No tokens, no sentences.
    /// - Complexity: O(t) in the number of tokens.
    public func invariantViolations(tokens: [Token]) -> [String] {
        var problems: [String] = []
        for (name, spans) in [("sentence", sentences), ("paragraph", paragraphs)] {
            if tokens.isEmpty != spans.isEmpty { problems.append("\(spans.count) \(name)s for \(tokens.count) tokens") }
            var k = 0  // the next token to place
            for (j, span) in spans.enumerated() {
                if span.isEmpty { problems.append("\(name) \(j) \(span) is empty") }
                guard k < tokens.count else {
                    problems.append("\(name) \(j) \(span) comes after the last token")
                    break
                }
                if tokens[k].start != span.start {
                    problems.append("\(name) \(j) \(span) does not start at token \(k) \(tokens[k].range)")
                }
                while k < tokens.count, tokens[k].end <= span.end { k += 1 }
                if k == 0 || tokens[k - 1].end != span.end || (k < tokens.count && tokens[k].start < span.end) {
                    problems.append("\(name) \(j) \(span) does not end at a token's end")
                }
            }
            if k < tokens.count { problems.append("token \(k) \(tokens[k].range) lies in no \(name)") }
        }
        var p = 0
        for (j, sentence) in sentences.enumerated() {
            while p < paragraphs.count, paragraphs[p].end <= sentence.start { p += 1 }
            if p == paragraphs.count || !paragraphs[p].contains(sentence) {
                problems.append("sentence \(j) \(sentence) lies in no paragraph")
            }
        }
        return problems
    }
}
