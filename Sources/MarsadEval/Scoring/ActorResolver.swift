public import MarsadCore

/// Resolves output entities and agents to the gold's actor codes: ISO alpha-3 countries, `IGO`,
/// and group short names ("Taliban", "Houthis", "Syrian rebels").
///
/// An entity resolves to a code when its `country` is that code, when its CAMEO actor code
/// starts with it (`IGOUNO` → `IGO`, `RUSGOV` → `RUS`), or when its canonical `name` equals it
/// ignoring case (group names). An agent (a side named by a description) resolves when its
/// `label` equals the code ignoring case, or its CAMEO code starts with it (`SYRMIL` → `SYR`).
///
/// ```swift
/// let un = Entity(id: "e1", type: .organization, name: "United Nations", nameAr: "الأمم المتحدة",
///                 country: nil, cameo: "IGOUNO", mentions: [])
/// ActorResolver.resolves(un, to: "IGO")   // true
/// ```
public enum ActorResolver {
    public static func resolves(_ entity: Entity, to code: String) -> Bool {
        if let country = entity.country, !country.isEmpty, country.uppercased() == code.uppercased() { return true }
        if let cameo = entity.cameo, !cameo.isEmpty, code.allSatisfy(\.isUppercase),
           cameo.uppercased().hasPrefix(code) { return true }
        return entity.name.equalsIgnoringCase(code)
    }

    public static func resolves(_ agent: Agent, to code: String) -> Bool {
        if agent.label.equalsIgnoringCase(code) { return true }
        return !agent.cameo.isEmpty && code.allSatisfy(\.isUppercase) && agent.cameo.uppercased().hasPrefix(code)
    }

    /// Whether any of the entities named by `ids`, or any of `agents`, resolves to `code`; a
    /// `nil` gold code (the gold names no actor) is met by anything.
    static func resolves(_ ids: [String], _ agents: [Agent] = [], to code: String?, in entities: [String: Entity]) -> Bool {
        guard let code else { return true }
        return ids.contains { entities[$0].map { resolves($0, to: code) } ?? false }
            || agents.contains { resolves($0, to: code) }
    }

    /// Whether a set of output parties (entities and agents) is the gold's set of parties: every
    /// gold code is met by some output party, and every output party meets some gold code (two
    /// output entities of one country, such as Russia and the Kremlin, count as that one party).
    static func sameParties(_ ids: [String], _ agents: [Agent] = [], _ codes: [String], in entities: [String: Entity]) -> Bool {
        let parties = ids.compactMap { entities[$0] }
        return codes.allSatisfy { code in parties.contains { resolves($0, to: code) } || agents.contains { resolves($0, to: code) } }
            && parties.allSatisfy { party in codes.contains { resolves(party, to: $0) } }
            && agents.allSatisfy { agent in codes.contains { resolves(agent, to: $0) } }
    }

    /// A short label of an output entity as an actor: its country, else its CAMEO code, else its name.
    static func label(_ id: String, in entities: [String: Entity]) -> String {
        guard let e = entities[id] else { return id }
        return e.country ?? e.cameo ?? e.name
    }
}
