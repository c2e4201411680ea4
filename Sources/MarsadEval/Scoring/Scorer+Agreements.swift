import MarsadCore
import MarsadText

extension Scorer {
    /// Agreements (FORMAT.md): an output agreement with the same date and the same parties.
    /// A gold date of `null` (no day-level date in the text) accepts any output date; a gold
    /// date requires the same `YYYY-MM-DD`. Parties are compared as sets of actor codes
    /// (``ActorResolver/sameParties(_:_:in:)``). Matching is one-to-one, each gold agreement
    /// preferring the candidate sharing the most provisions.
    ///
    /// Provisions are then scored as a set, as their own layer: for a matched pair, the gold
    /// provisions found are those the output agreement lists; a missed gold agreement misses
    /// all its provisions. Where the agreements layer is complete, an output provision not in
    /// its matched gold agreement, or in an unmatched output agreement, is a false positive.
    func scoreAgreements(_ c: Context, into result: inout ArticleScore) {
        var score = c.layerScore(.agreements)
        var provisions = c.layerScore(.provisions)
        let outputs = c.annotations.agreements
        let candidates = c.gold.agreements.map { g in
            outputs.indices.filter { Self.agreement(outputs[$0], matches: g, c) }
                .sorted { Self.shared(outputs[$0], g) > Self.shared(outputs[$1], g) }
        }
        let matching = BipartiteMatching.maximum(candidates: candidates, outputCount: outputs.count)
        score.gold = c.gold.agreements.count
        for (g, match) in zip(c.gold.agreements, matching) {
            let wanted = Set(g.provisions)
            provisions.gold += wanted.count
            guard let match else {
                let near = outputs.map { "output has \(Self.describe($0, c))" }
                result.findings.append(Finding(
                    layer: .agreements, kind: .miss, text: g.evidence ?? "", spans: c.locate(g.evidence),
                    detail: ([Self.describe(g)] + near).joined(separator: "; ")))
                for kind in wanted.sorted() {
                    result.findings.append(Finding(
                        layer: .provisions, kind: .miss, text: kind, spans: c.locate(g.evidence),
                        detail: "of the missed agreement \(Self.parties(g))"))
                }
                continue
            }
            score.found += 1
            let output = outputs[match]
            let given = Set(output.provisions.map(\.kind))
            provisions.found += wanted.intersection(given).count
            for kind in wanted.subtracting(given).sorted() {
                result.findings.append(Finding(
                    layer: .provisions, kind: .miss, text: kind, spans: c.locate(g.evidence),
                    detail: "of the agreement \(Self.parties(g)), matched by \(output.id)"))
            }
            if c.isComplete(.provisions) {
                provisions.predicted += given.count
                provisions.correct += wanted.intersection(given).count
                Self.recordExtraProvisions(of: output, beyond: wanted, c, into: &result)
            }
        }
        if c.isComplete(.agreements) {
            let used = Set(matching.compactMap { $0 })
            score.predicted = outputs.count
            score.correct = used.count
            for (i, a) in outputs.enumerated() where !used.contains(i) {
                result.findings.append(Finding(
                    layer: .agreements, kind: .falsePositive, text: a.mentions.first.map(c.text) ?? a.nameAr ?? a.name,
                    spans: a.mentions, detail: Self.describe(a, c)))
                provisions.predicted += Set(a.provisions.map(\.kind)).count
                Self.recordExtraProvisions(of: a, beyond: [], c, into: &result)
            }
        }
        result[.agreements] = score
        result[.provisions] = provisions
    }

    /// Records, once per kind, the provisions of `output` that are not in `wanted`.
    static func recordExtraProvisions(of output: Agreement, beyond wanted: Set<String>, _ c: Context,
                                      into result: inout ArticleScore) {
        var seen: Set<String> = []
        for p in output.provisions where !wanted.contains(p.kind) && seen.insert(p.kind).inserted {
            result.findings.append(Finding(
                layer: .provisions, kind: .falsePositive, text: c.text(p.span), spans: [p.span],
                detail: "\(p.kind) in \(output.id)"))
        }
    }

    static func agreement(_ a: Agreement, matches g: GoldAgreement, _ c: Context) -> Bool {
        if let date = g.date, a.date != date { return false }
        return ActorResolver.sameParties(a.parties, a.partyAgents, g.parties, in: c.entities)
    }

    static func shared(_ a: Agreement, _ g: GoldAgreement) -> Int {
        Set(a.provisions.map(\.kind)).intersection(g.provisions).count
    }

    static func parties(_ g: GoldAgreement) -> String {
        "\(g.date ?? "undated") \(g.parties.sorted().joined(separator: "+"))"
    }

    static func describe(_ g: GoldAgreement) -> String {
        "\(g.date ?? "undated") \(g.parties.sorted().joined(separator: "+")): \(g.provisions.sorted().joined(separator: ", "))"
    }

    static func describe(_ a: Agreement, _ c: Context) -> String {
        let parties = (a.parties.map { ActorResolver.label($0, in: c.entities) } + a.partyAgents.map(\.label)).sorted().joined(separator: "+")
        let kinds = Set(a.provisions.map(\.kind)).sorted().joined(separator: ", ")
        return "\(a.id) \(a.date ?? "undated") \(parties.isEmpty ? "no parties" : parties): \(kinds)"
    }
}
