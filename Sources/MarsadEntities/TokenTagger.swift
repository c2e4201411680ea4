public import MarsadText

/// A statistical tagger the entity layer can take as an optional input: BIO tags in the
/// ANERcorp tag set (`B-PERS`, `I-LOC`, `B-ORG`, `I-MISC`, `O`), one per token.
///
/// ```swift
/// struct MyTagger: TokenTagger {
///     func tag(tokens: [Token], in scalars: [Unicode.Scalar]) -> [String] { … }
/// }
/// let extractor = EntityExtractor(lexicons: lexicons, tagger: MyTagger())
/// ```
/// `MarsadNER`'s `NERTagger` conforms through a one-line extension in the `Marsad` module once it
/// lands (docs/ENTITIES.md, "The statistical tagger").
public protocol TokenTagger: Sendable {
    /// One tag per token of `tokens`, in order.
    func tag(tokens: [Token], in scalars: [Unicode.Scalar]) -> [String]
}
