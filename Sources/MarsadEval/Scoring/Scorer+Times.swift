import MarsadCore
import MarsadText

extension Scorer {
    /// Times (FORMAT.md): an output time whose span overlaps the gold expression and whose
    /// `value` is equal. Only output times whose value is a calendar day (`YYYY-MM-DD`) are
    /// scored, since the gold lists day-level expressions only; weeks, months, years, durations
    /// and vague expressions are neither credited nor penalized. Matching is one-to-one
    /// (an output span covering two gold expressions finds one), preferring the largest overlap.
    /// A gold time without offsets is matched by its text.
    func scoreTimes(_ c: Context, into result: inout ArticleScore) {
        var score = c.layerScore(.times)
        let outputs = c.annotations.times.filter { Self.isDay($0.value) }
        let candidates = c.gold.times.map { g in
            outputs.indices.filter { Self.time(outputs[$0], matches: g, c) }
                .sorted { Self.overlap(outputs[$0].span, g.span) > Self.overlap(outputs[$1].span, g.span) }
        }
        let matching = BipartiteMatching.maximum(candidates: candidates, outputCount: outputs.count)
        score.gold = c.gold.times.count
        for (g, match) in zip(c.gold.times, matching) {
            if match != nil { score.found += 1; continue }
            let near = c.annotations.times.filter { t in g.span.map { $0.overlaps(t.span) } ?? false }
                .map { "output has \($0.span) «\(c.text($0.span))» = \($0.value ?? "no value")" }
            result.findings.append(Finding(
                layer: .times, kind: .miss, text: g.text, spans: g.span.map { [$0] } ?? c.locate(g.text),
                detail: (["value \(g.value)"] + (near.isEmpty ? ["no output time overlaps it"] : near))
                    .joined(separator: "; ")))
        }
        if c.isComplete(.times) {
            let used = Set(matching.compactMap { $0 })
            score.predicted = outputs.count
            score.correct = used.count
            for (i, t) in outputs.enumerated() where !used.contains(i) {
                result.findings.append(Finding(
                    layer: .times, kind: .falsePositive, text: c.text(t.span), spans: [t.span],
                    detail: "value \(t.value ?? "")"))
            }
        }
        result[.times] = score
    }

    static func time(_ t: TimeExpression, matches g: GoldTime, _ c: Context) -> Bool {
        guard t.value == g.value else { return false }
        if let span = g.span { return span.overlaps(t.span) }
        return c.text(t.span) == g.text
    }

    static func isDay(_ value: String?) -> Bool {
        guard let value, value.count == 10 else { return false }
        return CivilDate(iso: value) != nil
    }

    static func overlap(_ a: Span, _ b: Span?) -> Int {
        guard let b else { return 0 }
        return max(0, min(a.end, b.end) - max(a.start, b.start))
    }
}
