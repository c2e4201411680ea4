import MarsadCore

extension DocumentView {
    /// CAMEO role codes of non-state armed sides: rebels, insurgents, unaligned armed groups,
    /// separatists, the opposition (the role part of `agent-labels.tsv` and entity codes).
    static let nonStateRoles: Set<Substring> = ["REB", "INS", "UAF", "SEP", "OPP"]

    /// Whether entity `e` is a non-state armed side: its CAMEO code ends in a non-state role
    /// (SYRREB, PSEREB, AFGINS, LBYUAF).
    func isNonState(_ e: Int) -> Bool {
        guard let code = entities[e].cameo, code.count == 6 else { return false }
        return Self.nonStateRoles.contains(code.suffix(3))
    }

    /// The other side of the conflict an attack with no named target belongs to, in the
    /// attacker's own country (a place in one's own country is never the target, the side that
    /// holds it is):
    /// - an attack by non-state sides only is aimed at their country's government (its GPE, when
    ///   the report names it): «شن المتمردون هجمات على مواقع الحكومة» → South Sudan;
    /// - an attack by a state (its GPE, forces or officials) is aimed at the report's non-state
    ///   side of that country, the one named most: «غارات على بلدات في محافظة درعا» by the regime
    ///   → the Syrian rebels.
    /// `nil` when there is no such side, or several countries would give different ones.
    /// - Complexity: O(e) in the report's entities.
    func opposingSide(of sources: [Int]) -> Int? {
        guard !sources.isEmpty else { return nil }
        let countries = sources.compactMap { entities[$0].country }
        guard countries.count == sources.count else { return nil }
        if sources.allSatisfy({ isNonState($0) }) {
            guard Set(countries).count == 1, let g = countryEntity[countries[0]], entities[g].type == .gpe else { return nil }
            return g
        }
        var best: (entity: Int, mentions: Int)? = nil
        for c in Set(countries).sorted() {
            for (i, e) in entities.enumerated() where e.country == c && isNonState(i) && !sources.contains(i) {
                if best == nil || e.mentions.count > best!.mentions { best = (i, e.mentions.count) }
            }
        }
        return best?.entity
    }
}
