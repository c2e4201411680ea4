/// A tag with the tagger's confidence in it.
public struct ScoredTag: Hashable, Sendable, CustomStringConvertible {
    public let tag: NERTag
    /// How far ahead the chosen tag was, in perceptron weight units (≥ 0): for greedy decoding
    /// the score of the tag minus that of the runner-up at this token; for Viterbi decoding the
    /// best sequence's score minus the best score of a sequence with another tag here. On the
    /// dev split (docs/NER.md), tokens with a margin under 20 are wrong about 40 % of the time,
    /// 20–40 about 18 %, and 40 or more about 1 %.
    public let margin: Float

    public init(tag: NERTag, margin: Float) {
        self.tag = tag
        self.margin = margin
    }

    public var description: String { "\(tag.label)(\(margin))" }
}
