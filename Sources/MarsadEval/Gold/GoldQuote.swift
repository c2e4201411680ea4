public import MarsadCore

/// A gold quotation: a distinctive piece of it, its speaker's canonical name (as in the
/// article's entities; `nil` for an unnamed source such as «مسؤولون»), and its kind.
public struct GoldQuote: Sendable, Hashable, Decodable {
    public var contains: String
    public var speaker: String?
    public var kind: Quote.Kind

    public init(contains: String, speaker: String?, kind: Quote.Kind) {
        self.contains = contains
        self.speaker = speaker
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey { case contains, speaker, kind }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        contains = try c.decode(String.self, forKey: .contains)
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
        let kindName = try c.decode(String.self, forKey: .kind)
        guard let kind = Quote.Kind(rawValue: kindName) else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: c, debugDescription: "`\(kindName)` is not `direct` or `indirect`")
        }
        self.kind = kind
    }
}
