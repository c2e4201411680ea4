import MarsadCore
import MarsadText

extension Scorer {
    /// Quotes (FORMAT.md): an output quote whose text contains the gold's `contains` (scalar
    /// for scalar), whose `kind` matches, and whose speaker is the gold speaker: the output
    /// speaker entity's `name` equals it ignoring case, or one of its mentions is a gold mention
    /// (span, or `surface` string) of that speaker. A gold speaker of `null` (an unnamed source)
    /// is matched by an output quote without a speaker. Matching is one-to-one.
    func scoreQuotes(_ c: Context, into result: inout ArticleScore) {
        var score = c.layerScore(.quotes)
        let outputs = c.annotations.quotes
        let candidates = c.gold.quotes.map { g in outputs.indices.filter { Self.quote(outputs[$0], matches: g, c) } }
        let matching = BipartiteMatching.maximum(candidates: candidates, outputCount: outputs.count)
        score.gold = c.gold.quotes.count
        for (g, match) in zip(c.gold.quotes, matching) {
            if match != nil { score.found += 1; continue }
            let covering = outputs.filter { $0.span.end <= c.document.count && ScalarSearch.contains(g.contains, in: c.document.scalars[$0.span.range]) }
            let near = covering
                .map { "output quote at \($0.span) is \($0.kind.rawValue), speaker \(Self.speakerName($0.speaker, c))" }
            result.findings.append(Finding(
                layer: .quotes, kind: .miss, text: g.contains, spans: c.locate(g.contains),
                detail: (["\(g.kind.rawValue), speaker \(g.speaker ?? "none (unnamed source)")"]
                    + (near.isEmpty ? ["no output quote contains it"] : near)).joined(separator: "; "),
                cause: Self.cause(of: g, covering: covering, c)))
        }
        if c.isComplete(.quotes) {
            let used = Set(matching.compactMap { $0 })
            score.predicted = outputs.count
            score.correct = used.count
            for (i, q) in outputs.enumerated() where !used.contains(i) {
                result.findings.append(Finding(
                    layer: .quotes, kind: .falsePositive, text: c.text(q.span), spans: [q.span],
                    detail: "\(q.kind.rawValue), speaker \(Self.speakerName(q.speaker, c))"))
            }
        }
        result[.quotes] = score
    }

    static func quote(_ q: Quote, matches g: GoldQuote, _ c: Context) -> Bool {
        guard q.kind == g.kind, q.span.end <= c.document.count,
              ScalarSearch.contains(g.contains, in: c.document.scalars[q.span.range]) else { return false }
        return speaker(q.speaker, matches: g.speaker, c)
    }

    /// Why `g` was missed, given the output quotes that contain its piece: not covered, only of
    /// the other kind, or a speaker problem — the gold speaker never read as an entity, read but
    /// not given the quote (another speaker, or none), or a name given to an unnamed source.
    static func cause(of g: GoldQuote, covering: [Quote], _ c: Context) -> Finding.Cause {
        guard !covering.isEmpty else { return .notCovered }
        let sameKind = covering.filter { $0.kind == g.kind }
        guard !sameKind.isEmpty else { return .kind }
        guard let name = g.speaker else { return .speakerForUnnamed }
        let read = c.annotations.entities.contains { speaker($0.id, matches: name, c) }
        guard read else { return .speakerNotRead }
        return sameKind.contains { $0.speaker != nil } ? .speakerAnother : .speakerNone
    }

    static func speaker(_ id: String?, matches name: String?, _ c: Context) -> Bool {
        let entity = id.flatMap { c.entities[$0] }
        guard let name else { return entity == nil }
        guard let entity else { return false }
        if entity.name.equalsIgnoringCase(name) { return true }
        return c.gold.entities(named: name).contains { sharesMention(entity, $0, c) }
    }

    static func speakerName(_ id: String?, _ c: Context) -> String {
        guard let id else { return "none" }
        return c.entities[id].map { "\($0.name) (\(id))" } ?? id
    }
}
