/// One sentence of a CoNLL file: its tokens and, when the file has a second column, its tags.
public struct CoNLLSentence: Hashable, Sendable {
    /// The tokens, as written in the first column.
    public var words: [String]
    /// The second column, one label a token (`O`, `B-PERS`, …), or `nil` when the file has only
    /// one column. Labels are kept as written, except that entity types are read with
    /// ``NERType/init(label:)`` (so `B-GPE` becomes `B-LOC`); other labels stay verbatim.
    public var labels: [String]?
    /// The 1-based line of the sentence's first token in the file.
    public var line: Int

    public init(words: [String], labels: [String]? = nil, line: Int = 1) {
        self.words = words
        self.labels = labels
        self.line = line
    }

    /// The labels as ``NERTag``s, or `nil` when a label is absent or outside the ANERcorp set.
    public var tags: [NERTag]? {
        guard let labels else { return nil }
        var tags: [NERTag] = []
        tags.reserveCapacity(labels.count)
        for label in labels {
            guard let tag = NERTag(label: label) else { return nil }
            tags.append(tag)
        }
        return tags
    }
}
