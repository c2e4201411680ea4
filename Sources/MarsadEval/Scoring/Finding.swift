public import MarsadText

/// A gold item the output missed, or an output item that matches no gold item (a false
/// positive, counted in complete layers only), with its text and offsets.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case miss
        case falsePositive = "false_positive"
    }

    /// Why a gold item was missed, where the scorer can tell: the classes that say which layer
    /// of the pipeline to work on, counted per gold file in the text report ("misses by cause")
    /// without showing any text, so they can be read for held-out sets too.
    public enum Cause: String, Sendable, Hashable, CaseIterable {
        /// Quotes: no output quote contains the gold piece.
        case notCovered = "not_covered"
        /// Quotes: output quotes contain it, but none of the gold kind.
        case kind
        /// Quotes: the gold speaker is no output entity at all (the entity layer did not read it).
        case speakerNotRead = "speaker_not_read"
        /// Quotes: the gold speaker is an output entity, but the quote is given to another one.
        case speakerAnother = "speaker_another"
        /// Quotes: the gold speaker is an output entity, but the quote is given to no one.
        case speakerNone = "speaker_none"
        /// Quotes: an unnamed source in the gold, a named speaker in the output.
        case speakerForUnnamed = "speaker_for_unnamed"
        /// Events: no asserted output event of the gold CAMEO root in the article.
        case noEventOfRoot = "no_event_of_root"
        /// Events: events of the root, but none with the gold date.
        case date
        /// Events: events of the root and date, but not between the gold sides.
        case sides
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
    /// Why a gold item was missed (quotes and events only); `nil` for false positives.
    public var cause: Cause?

    public init(layer: EvalLayer, kind: Kind, text: String, spans: [Span], detail: String, cause: Cause? = nil) {
        self.layer = layer
        self.kind = kind
        self.text = text
        self.spans = spans
        self.detail = detail
        self.cause = cause
    }
}
