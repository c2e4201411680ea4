public import MarsadText

/// A quotation, direct or reported, with its speaker and the cue that introduces it.
public struct Quote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// In quotation marks.
        case direct
        /// Reported speech after a speech verb and أن / إن.
        case indirect
    }

    /// The quoted words (without the quotation marks).
    public var span: Span
    public var kind: Kind
    /// The id of the speaking entity, or `nil` when unknown.
    public var speaker: String?
    /// The speech verb or phrase ("قال", "موضحا أن", "بحسب").
    public var cue: Span?

    public init(span: Span, kind: Kind, speaker: String?, cue: Span?) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
    }
}
