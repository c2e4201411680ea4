public import MarsadCore
public import MarsadText

/// A gold entity: its type, canonical English name, country and where it is mentioned.
///
/// Complete files give `mentions` as code-point spans; key-fact files give `surface`, the Arabic
/// strings as written (without attached proclitics). `optional_mentions` may be tagged or not
/// and are never penalized.
public struct GoldEntity: Sendable, Hashable, Decodable {
    public var type: EntityType
    public var name: String
    /// ISO 3166-1 alpha-3, `nil` for international organizations and disputed regions.
    public var country: String?
    public var mentions: [Span]
    public var surface: [String]
    public var optionalMentions: [Span]

    public init(type: EntityType, name: String, country: String?, mentions: [Span] = [], surface: [String] = [],
                optionalMentions: [Span] = []) {
        self.type = type
        self.name = name
        self.country = country
        self.mentions = mentions
        self.surface = surface
        self.optionalMentions = optionalMentions
    }

    enum CodingKeys: String, CodingKey {
        case type, name, country, mentions, surface
        case optionalMentions = "optional_mentions"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let typeName = try c.decode(String.self, forKey: .type)
        guard let type = EntityType(rawValue: typeName) else {
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: c,
                debugDescription: "`\(typeName)` is not one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.type = type
        name = try c.decode(String.self, forKey: .name)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        mentions = try GoldSpan.decodeList(c.decodeIfPresent([[Int]].self, forKey: .mentions), codingPath: c.codingPath)
        optionalMentions = try GoldSpan.decodeList(
            c.decodeIfPresent([[Int]].self, forKey: .optionalMentions), codingPath: c.codingPath)
        // `surface` is a list of strings; one string is accepted too.
        if let list = try? c.decodeIfPresent([String].self, forKey: .surface) {
            surface = list
        } else {
            surface = try c.decodeIfPresent(String.self, forKey: .surface).map { [$0] } ?? []
        }
        if mentions.isEmpty && surface.isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: .mentions, in: c, debugDescription: "the entity `\(name)` has neither `mentions` nor `surface`")
        }
    }
}
