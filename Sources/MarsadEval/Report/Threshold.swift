/// A minimum for one layer's overall figure, given as `LAYER=VALUE` (`--min entities=0.9`).
///
/// The figure compared is the layer's F1, or its recall where precision is not defined (no
/// article's gold layer is complete): ``LayerScore/score``.
///
/// ```swift
/// let t = Threshold(argument: "times=1.0")!
/// t.failure(LayerScore(gold: 6, found: 6, predicted: 6, correct: 6, articles: 1, completeArticles: 1))  // nil
/// ```
public struct Threshold: Sendable, Hashable {
    public var layer: EvalLayer
    public var minimum: Double

    public init(layer: EvalLayer, minimum: Double) {
        self.layer = layer
        self.minimum = minimum
    }

    /// Parses `LAYER=VALUE`, VALUE in [0, 1]; `nil` when malformed.
    public init?(argument: String) {
        let parts = argument.split(separator: "=", omittingEmptySubsequences: false)
        guard parts.count == 2, let layer = EvalLayer(rawValue: String(parts[0]).lowercased()),
              let value = Double(parts[1]), (0 ... 1).contains(value) else { return nil }
        self.init(layer: layer, minimum: value)
    }

    /// What `LAYER=VALUE` must look like, for error messages.
    public static let usage = "LAYER=VALUE with LAYER one of \(EvalLayer.allCases.map(\.rawValue).joined(separator: ", ")) and VALUE between 0 and 1"

    /// A message naming the layer and its figures when `score` is below the minimum, else `nil`.
    /// Unrounded figures are compared, with a tolerance of 1e-9 for floating-point noise.
    public func failure(_ score: LayerScore) -> String? {
        guard score.score + 1e-9 < minimum else { return nil }
        let figure = score.f1 != nil ? "F1" : "recall (precision is not defined: no gold article lists this layer completely)"
        let precision = score.precision.map { ", precision \(EvalReport.format($0)) (\(score.correct)/\(score.predicted))" } ?? ""
        return "\(layer.rawValue): \(figure) \(EvalReport.format(score.score)) is below the minimum \(EvalReport.format(minimum)) "
            + "(found \(score.found)/\(score.gold)\(precision), recall \(EvalReport.format(score.recall)))."
    }
}
