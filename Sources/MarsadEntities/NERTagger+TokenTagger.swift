public import MarsadNER
public import MarsadText

/// The ANERcorp perceptron of `MarsadNER` as the entity layer's statistical tagger.
extension NERTagger: TokenTagger {
    public func entityLabels(tokens: [Token], in scalars: [Unicode.Scalar]) -> [String] {
        tag(tokens: tokens, in: scalars).map(\.label)
    }
}
