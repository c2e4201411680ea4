import MarsadCore
import MarsadText

extension Scorer {
    /// Events (FORMAT.md): an output event with `modality` asserted, the same first two CAMEO
    /// digits, source and target resolving to the gold codes through ``ActorResolver`` (in
    /// order, except for root 04, consult, which is symmetric), and the same `date` where the
    /// gold gives one. Matching is one-to-one. Output events that are not asserted (negated,
    /// future, hypothetical) are not scored at all: the gold lists only asserted events.
    func scoreEvents(_ c: Context, into result: inout ArticleScore) {
        var score = c.layerScore(.events)
        let outputs = c.annotations.events.filter { $0.modality == .asserted }
        let candidates = c.gold.events.map { g in outputs.indices.filter { Self.event(outputs[$0], matches: g, c) } }
        let matching = BipartiteMatching.maximum(candidates: candidates, outputCount: outputs.count)
        score.gold = c.gold.events.count
        for (g, match) in zip(c.gold.events, matching) {
            if match != nil { score.found += 1; continue }
            let sameRoot = outputs.filter { $0.cameo.prefix(2) == g.cameoRoot }
            let cause: Finding.Cause = sameRoot.isEmpty ? .noEventOfRoot
                : g.date.map { date in !sameRoot.contains { $0.date == date } } == true ? .date : .sides
            result.findings.append(Finding(
                layer: .events, kind: .miss, text: g.evidence ?? "", spans: c.locate(g.evidence),
                detail: ([Self.describe(g)] + sameRoot.map { "output has \(Self.describe($0, c))" }).joined(separator: "; "),
                cause: cause))
        }
        if c.isComplete(.events) {
            let used = Set(matching.compactMap { $0 })
            score.predicted = outputs.count
            score.correct = used.count
            for (i, e) in outputs.enumerated() where !used.contains(i) {
                result.findings.append(Finding(
                    layer: .events, kind: .falsePositive, text: c.text(e.trigger), spans: [e.trigger],
                    detail: Self.describe(e, c)))
            }
        }
        result[.events] = score
    }

    static func event(_ e: Event, matches g: GoldEvent, _ c: Context) -> Bool {
        guard e.modality == .asserted, e.cameo.prefix(2) == g.cameoRoot else { return false }
        if let date = g.date, e.date != date { return false }
        let inOrder = ActorResolver.resolves(e.source, e.sourceAgents, to: g.source, in: c.entities)
            && ActorResolver.resolves(e.target, e.targetAgents, to: g.target, in: c.entities)
        if inOrder { return true }
        return g.cameoRoot == "04"
            && ActorResolver.resolves(e.source, e.sourceAgents, to: g.target, in: c.entities)
            && ActorResolver.resolves(e.target, e.targetAgents, to: g.source, in: c.entities)
    }

    static func describe(_ g: GoldEvent) -> String {
        "\(g.cameo ?? g.cameoRoot) \(g.source ?? "?")→\(g.target ?? "?") \(g.date ?? "undated")"
            + (g.what.map { ": \($0)" } ?? "")
    }

    static func describe(_ e: Event, _ c: Context) -> String {
        let source = (e.source.map { ActorResolver.label($0, in: c.entities) } + e.sourceAgents.map(\.label)).joined(separator: "+")
        let target = (e.target.map { ActorResolver.label($0, in: c.entities) } + e.targetAgents.map(\.label)).joined(separator: "+")
        return "\(e.cameo) \(source.isEmpty ? "?" : source)→\(target.isEmpty ? "?" : target) \(e.date ?? "undated") at \(e.trigger) «\(c.text(e.trigger))»"
    }
}
