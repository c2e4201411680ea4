/// Runs extractors in order over a document.
///
/// The order is checked once, at construction: every layer a component requires must be
/// produced by a component before it, and no two components produce the same layer.
public struct Pipeline: Sendable {
    public let extractors: [any Extractor]

    /// - Throws: ``CoreError/missingLayer(component:layer:)`` or
    ///   ``CoreError/layerProducedTwice(layer:components:)``.
    public init(_ extractors: [any Extractor]) throws(CoreError) {
        var produced: [Layer: String] = [:]
        for extractor in extractors {
            for layer in extractor.requires.sorted() where produced[layer] == nil {
                throw CoreError.missingLayer(component: extractor.name, layer: layer)
            }
            for layer in extractor.produces.sorted() {
                if let earlier = produced[layer] {
                    throw CoreError.layerProducedTwice(layer: layer, components: [earlier, extractor.name])
                }
                produced[layer] = extractor.name
            }
        }
        self.extractors = extractors
    }

    /// Runs every extractor over `document`.
    public func run(_ document: Document) -> AnalyzedDocument {
        var annotations = Annotations()
        for extractor in extractors {
            let result = extractor.extract(from: document, given: annotations)
            annotations.take(extractor.produces, from: result)
        }
        return AnalyzedDocument(document: document, annotations: annotations)
    }
}
