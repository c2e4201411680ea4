/// A gold event: its CAMEO root (and code), source and target as actor codes (alpha-3, `IGO`,
/// or a group's short name), its day when the text fixes it, and what happened.
public struct GoldEvent: Sendable, Hashable, Decodable {
    /// The first two CAMEO digits ("04").
    public var cameoRoot: String
    public var cameo: String?
    public var source: String?
    public var target: String?
    /// `YYYY-MM-DD`, or `nil` when the text does not fix the day.
    public var date: String?
    public var what: String?
    /// A piece of the text that states it.
    public var evidence: String?

    public init(cameoRoot: String, cameo: String? = nil, source: String?, target: String?, date: String?,
                what: String? = nil, evidence: String? = nil) {
        self.cameoRoot = cameoRoot
        self.cameo = cameo
        self.source = source
        self.target = target
        self.date = date
        self.what = what
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case cameo, source, target, date, what, evidence
        case cameoRoot = "cameo_root"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cameo = try c.decodeIfPresent(String.self, forKey: .cameo)
        guard let root = try c.decodeIfPresent(String.self, forKey: .cameoRoot) ?? cameo.map({ String($0.prefix(2)) }),
              root.count == 2, root.allSatisfy(\.isASCII), root.allSatisfy(\.isNumber) else {
            throw DecodingError.dataCorruptedError(
                forKey: .cameoRoot, in: c, debugDescription: "an event needs `cameo_root`, two digits such as \"04\"")
        }
        cameoRoot = root
        source = try c.decodeIfPresent(String.self, forKey: .source)
        target = try c.decodeIfPresent(String.self, forKey: .target)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        what = try c.decodeIfPresent(String.self, forKey: .what)
        evidence = try c.decodeIfPresent(String.self, forKey: .evidence)
    }
}
