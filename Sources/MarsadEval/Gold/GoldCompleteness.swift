/// Which layers of a gold article are complete: a complete layer lists everything of its kind,
/// so precision is scored too; an incomplete or absent one lists key facts only (recall only).
///
/// `mentions` follow `entities`, and `provisions` follow `agreements`.
public struct GoldCompleteness: Sendable, Hashable, Decodable {
    public var entities: Bool
    public var times: Bool
    public var quotes: Bool
    public var events: Bool
    public var agreements: Bool

    public init(entities: Bool = false, times: Bool = false, quotes: Bool = false, events: Bool = false,
                agreements: Bool = false) {
        self.entities = entities
        self.times = times
        self.quotes = quotes
        self.events = events
        self.agreements = agreements
    }

    enum CodingKeys: String, CodingKey { case entities, times, quotes, events, agreements }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        entities = try c.decodeIfPresent(Bool.self, forKey: .entities) ?? false
        times = try c.decodeIfPresent(Bool.self, forKey: .times) ?? false
        quotes = try c.decodeIfPresent(Bool.self, forKey: .quotes) ?? false
        events = try c.decodeIfPresent(Bool.self, forKey: .events) ?? false
        agreements = try c.decodeIfPresent(Bool.self, forKey: .agreements) ?? false
    }

    /// Whether `layer` is complete in this article.
    public func isComplete(_ layer: EvalLayer) -> Bool {
        switch layer {
        case .entities, .mentions: return entities
        case .times: return times
        case .quotes: return quotes
        case .events: return events
        case .agreements, .provisions: return agreements
        }
    }
}
