/// A gold agreement, ceasefire or truce: its day-level date (or `nil`), its parties as actor
/// codes, and the provisions the text states.
public struct GoldAgreement: Sendable, Hashable, Decodable {
    public var date: String?
    public var parties: [String]
    /// Brokers and guarantors; not scored (FORMAT.md scores date, parties and provisions).
    public var mediators: [String]
    public var provisions: [String]
    public var evidence: String?

    public init(date: String?, parties: [String], mediators: [String] = [], provisions: [String],
                evidence: String? = nil) {
        self.date = date
        self.parties = parties
        self.mediators = mediators
        self.provisions = provisions
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey { case date, parties, mediators, provisions, evidence }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        parties = try c.decodeIfPresent([String].self, forKey: .parties) ?? []
        mediators = try c.decodeIfPresent([String].self, forKey: .mediators) ?? []
        provisions = try c.decodeIfPresent([String].self, forKey: .provisions) ?? []
        evidence = try c.decodeIfPresent(String.self, forKey: .evidence)
    }
}
