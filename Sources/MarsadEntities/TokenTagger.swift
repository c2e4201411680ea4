public import MarsadText

/// A statistical tagger the entity layer can take as an optional input: BIO tags in the
/// ANERcorp tag set (`B-PERS`, `I-LOC`, `B-ORG`, `I-MISC`, `O`), one per token.
///
/// ```swift
/// let extractor = EntityExtractor(lexicons: lexicons, tagger: try NERTagger.load())
/// ```
/// `MarsadNER`'s `NERTagger` conforms (`NERTagger+TokenTagger.swift`); any other tagger can.
public protocol TokenTagger: Sendable {
    /// One BIO label per token of `tokens`, in order.
    func entityLabels(tokens: [Token], in scalars: [Unicode.Scalar]) -> [String]
}
