public import MarsadText

/// A time expression of the text, normalized to ISO 8601.
public struct TimeExpression: Sendable, Hashable {
    /// What kind of value the expression has.
    public enum Kind: String, Sendable, Hashable {
        /// A calendar day: `2021-05-10`.
        case date
        /// An ISO week: `2021-W19`.
        case week
        /// A month: `2020-11`.
        case month
        /// A year: `2021`.
        case year
        /// A duration: `P5D`, `PT72H`.
        case duration
        /// A span with no definite value ("في وقت سابق", "لسنوات عديدة").
        case vague
    }

    /// What the value was resolved against.
    public enum Anchor: String, Sendable, Hashable {
        /// The expression names its date by itself ("10 نوفمبر 2020").
        case absolute
        /// The expression is relative to the dateline ("أمس", "الأسبوع المقبل").
        case dateline
    }

    public var span: Span
    /// The ISO value, `nil` for vague expressions.
    public var value: String?
    /// The last value of a range ("من 1 إلى 5 أغسطس").
    public var endValue: String?
    public var kind: Kind
    public var anchor: Anchor

    public init(span: Span, value: String?, endValue: String? = nil, kind: Kind, anchor: Anchor) {
        self.span = span
        self.value = value
        self.endValue = endValue
        self.kind = kind
        self.anchor = anchor
    }
}
