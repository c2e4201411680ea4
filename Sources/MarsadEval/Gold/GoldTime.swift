public import MarsadText

/// A gold time expression that resolves to a calendar day, with its ISO value resolved against
/// the article's `published` date. The span is optional: without one, the expression is
/// matched by its text.
public struct GoldTime: Sendable, Hashable, Decodable {
    public var text: String
    /// `YYYY-MM-DD`.
    public var value: String
    public var span: Span?

    public init(text: String, value: String, span: Span?) {
        self.text = text
        self.value = value
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case text, value, start, end }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        value = try c.decode(String.self, forKey: .value)
        let start = try c.decodeIfPresent(Int.self, forKey: .start)
        let end = try c.decodeIfPresent(Int.self, forKey: .end)
        switch (start, end) {
        case let (start?, end?): span = try GoldSpan.decode([start, end], codingPath: c.codingPath)
        case (nil, nil): span = nil
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .start, in: c, debugDescription: "the time `\(text)` has only one of `start` and `end`")
        }
    }
}
