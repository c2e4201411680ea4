/// Errors of the document model and pipeline.
public enum CoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A pipeline component requires a layer no earlier component produces.
    case missingLayer(component: String, layer: Layer)
    /// Two pipeline components produce the same layer.
    case layerProducedTwice(layer: Layer, components: [String])

    public var description: String {
        switch self {
        case .missingLayer(let component, let layer):
            return "The pipeline component `\(component)` requires the layer `\(layer.rawValue)`, which no earlier component produces; reorder the components."
        case .layerProducedTwice(let layer, let components):
            return "The layer `\(layer.rawValue)` is produced by both \(components.map { "`\($0)`" }.joined(separator: " and ")); keep one."
        }
    }
}
