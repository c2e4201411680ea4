/// The scores of one article: a ``LayerScore`` per layer, every miss and false positive, and
/// notes about the run (a dateline date that differs from the gold's `published`, …).
public struct ArticleScore: Sendable, Hashable {
    public var id: String
    public var layers: [EvalLayer: LayerScore]
    public var findings: [Finding]
    public var notes: [String]

    public init(id: String, layers: [EvalLayer: LayerScore] = [:], findings: [Finding] = [], notes: [String] = []) {
        self.id = id
        self.layers = layers
        self.findings = findings
        self.notes = notes
    }

    /// The score of `layer` (empty when the layer was not scored).
    public subscript(layer: EvalLayer) -> LayerScore {
        get { layers[layer] ?? LayerScore() }
        set { layers[layer] = newValue }
    }

    /// The findings of one layer, in the order they were recorded (gold order for misses,
    /// output order for false positives).
    public func findings(in layer: EvalLayer) -> [Finding] { findings.filter { $0.layer == layer } }
}
