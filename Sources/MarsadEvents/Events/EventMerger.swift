import MarsadCore

/// Merges the candidates that tell one fact: same CAMEO code, same modality, the same countries on
/// each side (either order for consultations, CAMEO 04), and the same date, or the same agreement
/// signed, declared or started. The merged event keeps the first sentence and trigger, the union of
/// actors, every evidence span and the highest confidence.
/// - Complexity: O(c²) in the number of candidates (a few dozen per report).
struct EventMerger {
    let view: DocumentView

    func merge(_ candidates: [EventCandidate]) -> [EventCandidate] {
        var merged: [EventCandidate] = []
        for c in candidates {
            if let i = merged.firstIndex(where: { sameFact($0, c) }) {
                var m = merged[i]
                for s in c.source where !m.source.contains(s) { m.source.append(s) }
                for t in c.target where !m.target.contains(t) { m.target.append(t) }
                m.date = m.date ?? c.date
                m.location = m.location ?? c.location
                for e in c.evidence where !m.evidence.contains(e) { m.evidence.append(e) }
                m.read.merge(c.read) { a, _ in a }
                m.evidence.sort()
                m.confidence = max(m.confidence, c.confidence)
                merged[i] = m
            } else {
                merged.append(c)
            }
        }
        return merged
    }

    /// The sides of an event as the fact is told: a person of a country, or a nationality
    /// adjective, stands for that country's entity; organizations and groups stand for themselves
    /// (the Houthis and the Popular Resistance are both Yemeni, and still two sides).
    private func countries(_ entities: [Int]) -> Set<String> {
        Set(entities.map { e in
            let entity = view.entities[e]
            if entity.type == .person || entity.type == .gpe, let c = entity.country { return c }
            return entity.id
        })
    }

    private func sameFact(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard a.cameo == b.cameo, a.modality == b.modality else { return false }
        if let x = a.agreement, let y = b.agreement, x == y { return true }
        // An undated retelling close to a dated one (within three sentences) is the same fact.
        let near = abs(view.document.sentenceIndex(containing: a.sentence.start) ?? 0
            - (view.document.sentenceIndex(containing: b.sentence.start) ?? 0)) <= 3
        guard a.date == b.date || ((a.date == nil || b.date == nil) && near) else { return false }
        let (sa, ta, sb, tb) = (countries(a.source), countries(a.target), countries(b.source), countries(b.target))
        if sa == sb && ta == tb { return true }
        if a.cameo.hasPrefix("04") && sa.union(ta) == sb.union(tb) { return true }
        return false
    }
}
