import MarsadCore
import MarsadText

extension Scorer {
    /// Entities (FORMAT.md): an output entity of the same type and country with a mention equal
    /// to a gold mention (same span, or same string for `surface`). Recall over gold entities,
    /// each counted once. In complete files, an output entity matching no gold entity and no
    /// optional mention is a false positive; one matching only an optional mention is not
    /// scored for precision.
    func scoreEntities(_ c: Context, into result: inout ArticleScore) {
        var score = c.layerScore(.entities)
        let outputs = c.annotations.entities
        let optional = Set(c.gold.entities.flatMap(\.optionalMentions))
        var outputMatched = [Bool](repeating: false, count: outputs.count)
        for g in c.gold.entities {
            score.gold += 1
            var found = false
            for (i, o) in outputs.enumerated() where Self.entity(o, matches: g, c) {
                found = true
                outputMatched[i] = true
            }
            if found { score.found += 1; continue }
            let near = outputs.filter { Self.sharesMention($0, g, c) }
                .map { "output \($0.id) is \(Self.describe($0))" }
            let spans = g.mentions.isEmpty ? c.locate(g.surface.first) : g.mentions
            result.findings.append(Finding(
                layer: .entities, kind: .miss, text: g.mentions.first.map(c.text) ?? g.surface.first ?? g.name,
                spans: spans, detail: ([Self.describe(g)] + near).joined(separator: "; ")))
        }
        if c.isComplete(.entities) {
            for (i, o) in outputs.enumerated() {
                if outputMatched[i] { score.predicted += 1; score.correct += 1; continue }
                if o.mentions.contains(where: optional.contains) { continue }
                score.predicted += 1
                result.findings.append(Finding(
                    layer: .entities, kind: .falsePositive, text: o.mentions.first.map(c.text) ?? o.nameAr,
                    spans: o.mentions, detail: "\(o.id) \(Self.describe(o))"))
            }
        }
        result[.entities] = score
    }

    /// Mentions (complete files): output mention spans against gold mention spans, exact match.
    /// Spans are compared as sets (a span two output entities share counts once). A span equal
    /// to an optional mention, or whose text is a gold `surface`, is never a false positive.
    func scoreMentions(_ c: Context, into result: inout ArticleScore) {
        var score = c.layerScore(.mentions)
        var goldSpans: [Span] = []
        var owner: [Span: GoldEntity] = [:]
        for g in c.gold.entities {
            for m in g.mentions where owner[m] == nil { goldSpans.append(m); owner[m] = g }
        }
        let outputSpans = Set(c.annotations.entities.flatMap(\.mentions))
        let optional = Set(c.gold.entities.flatMap(\.optionalMentions))
        let surfaces = Set(c.gold.entities.flatMap(\.surface))
        score.gold = goldSpans.count
        for span in goldSpans.sorted() {
            if outputSpans.contains(span) { score.found += 1; continue }
            let near = c.annotations.entities.flatMap(\.mentions).filter { $0.overlaps(span) }
                .map { "output has \($0) «\(c.text($0))»" }
            result.findings.append(Finding(
                layer: .mentions, kind: .miss, text: c.text(span), spans: [span],
                detail: ([owner[span].map { Self.describe($0) } ?? ""] + near).joined(separator: "; ")))
        }
        if c.isComplete(.mentions) {
            let gold = Set(goldSpans)
            for span in outputSpans.sorted() {
                if gold.contains(span) { score.predicted += 1; score.correct += 1; continue }
                if optional.contains(span) || surfaces.contains(c.text(span)) { continue }
                score.predicted += 1
                let entity = c.annotations.entities.first { $0.mentions.contains(span) }
                result.findings.append(Finding(
                    layer: .mentions, kind: .falsePositive, text: c.text(span), spans: [span],
                    detail: entity.map { "\($0.id) \(Self.describe($0))" } ?? ""))
            }
        }
        result[.mentions] = score
    }

    static func entity(_ o: Entity, matches g: GoldEntity, _ c: Context) -> Bool {
        o.type == g.type && sameCountry(o.country, g.country) && sharesMention(o, g, c)
    }

    /// Whether an output entity has a mention equal to a gold mention: the same span, or, for
    /// a `surface` entity, the same string.
    static func sharesMention(_ o: Entity, _ g: GoldEntity, _ c: Context) -> Bool {
        if o.mentions.contains(where: g.mentions.contains) { return true }
        return !g.surface.isEmpty && o.mentions.contains { g.surface.contains(c.text($0)) }
    }

    static func sameCountry(_ a: String?, _ b: String?) -> Bool {
        let a = a.flatMap { $0.isEmpty ? nil : $0.uppercased() }, b = b.flatMap { $0.isEmpty ? nil : $0.uppercased() }
        return a == b
    }

    static func describe(_ e: Entity) -> String { "\(e.type.rawValue) \(e.name) (\(e.country ?? "no country"))" }
    static func describe(_ g: GoldEntity) -> String { "\(g.type.rawValue) \(g.name) (\(g.country ?? "no country"))" }
}
