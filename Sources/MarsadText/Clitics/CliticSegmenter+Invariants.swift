extension CliticSegmenter {
    /// The ways `segments` break the segmenter's guarantees for `token`; empty when they hold.
    ///
    /// Guarantees: the segments partition the token (the first starts at its start, each ends
    /// where the next starts, the last ends at its end, none is empty); there is exactly one stem;
    /// proclitics come before it in the order conjunction, preposition or future, article, and at
    /// most one pronoun follows it.
    public static func invariantViolations(_ segments: [CliticSegment], of token: Token) -> [String] {
        var problems: [String] = []
        guard let first = segments.first, let last = segments.last else { return ["no segment for token \(token.range)"] }
        if first.span.start != token.start || last.span.end != token.end {
            problems.append("segments \(first.span.start) ..< \(last.span.end) do not cover token \(token.range)")
        }
        for (a, b) in zip(segments, segments.dropFirst()) where a.span.end != b.span.start {
            problems.append("a gap or overlap between \(a.kind) \(a.span) and \(b.kind) \(b.span)")
        }
        for s in segments where s.span.isEmpty { problems.append("an empty \(s.kind) segment \(s.span)") }
        let rank: [CliticSegment.Kind: Int] = [.conjunction: 0, .preposition: 1, .future: 1, .article: 2, .stem: 3, .pronoun: 4]
        let ranks = segments.map { rank[$0.kind]! }
        if segments.filter({ $0.kind == .stem }).count != 1 { problems.append("not exactly one stem: \(segments.map(\.kind))") }
        if zip(ranks, ranks.dropFirst()).contains(where: { $0 >= $1 }) {
            problems.append("segments out of order: \(segments.map(\.kind))")
        }
        return problems
    }
}
