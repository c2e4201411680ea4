/// A description of `agent-descriptions.tsv`: a side named without a name («الفصائل المعارضة»).
struct AgentDescription: Sendable, Hashable {
    /// militias, rebels, factions, separatists, government forces, …
    let kind: String
    /// The CAMEO role code (UAF, REB, MIL).
    let role: String
    /// Whether a country with no row in `agent-labels.tsv` still gives an agent.
    let fallback: Bool
}

/// The CAMEO code and English label of a group (`agent-labels.tsv`, `affiliations.tsv`).
struct AgentName: Sendable, Hashable {
    let cameo: String
    let label: String
}

/// The data files that name unnamed sides: descriptions, labels by kind and country, and the
/// groups that leaders act for.
struct AgentTables: Sendable {
    let descriptions: PhraseTable<AgentDescription>
    /// "kind|ALPHA3" → the group.
    let labels: [String: AgentName]
    /// A person entity's English name → the group they act for.
    let affiliations: [String: AgentName]

    /// The group a description of `kind` names in `country`, or `nil` when it names none there.
    /// A kind labelled for every country (`*`: the UN envoy) names the same group everywhere.
    func name(of description: AgentDescription, in country: String) -> AgentName? {
        if let named = international(description) { return named }
        if let named = labels[description.kind + "|" + country] { return named }
        guard description.fallback else { return nil }
        return AgentName(cameo: country + description.role, label: "\(description.kind) (\(country))")
    }

    /// The group of a description that names an international body's agent wherever it acts
    /// (`agent-labels.tsv` country `*`: «المبعوث الأممي» → United Nations), else `nil`.
    func international(_ description: AgentDescription) -> AgentName? {
        labels[description.kind + "|*"]
    }
}
