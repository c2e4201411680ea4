public import MarsadText

/// A gold item the output missed, or an output item that matches no gold item (a false
/// positive, counted in complete layers only), with its text and offsets.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case miss
        case falsePositive = "false_positive"
    }

    public var layer: EvalLayer
    public var kind: Kind
    /// The text: the mention, the time expression, the quoted piece, the event's evidence …
    public var text: String
    /// Where it stands in the article's text; empty when the gold gives no offsets and the
    /// text was not found.
    public var spans: [Span]
    /// What the item is, and what the output said nearby ("output value 2021-05-09").
    public var detail: String

    public init(layer: EvalLayer, kind: Kind, text: String, spans: [Span], detail: String) {
        self.layer = layer
        self.kind = kind
        self.text = text
        self.spans = spans
        self.detail = detail
    }
}
