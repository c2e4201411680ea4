public import MarsadCore

/// The pipeline component that fills the `times` layer: every time expression of the report,
/// normalized to ISO 8601 and resolved against the dateline (docs/TIME.md).
///
/// ```swift
/// let extractor = try TimeExtractor(toolkit: toolkit)
/// let times = extractor.extract(from: document, given: Annotations()).times
/// ```
/// It requires no layer. Contradictions (a weekday that does not match its date, two calendars
/// that disagree) go to `warnings`. For benchmarks, ``times(in:)`` runs the layer alone.
public struct TimeExtractor: Extractor {
    public let name = "times"
    public let requires: Set<Layer> = []
    public let produces: Set<Layer> = [.times]
    public let recognizer: TimeRecognizer

    public init(recognizer: TimeRecognizer) {
        self.recognizer = recognizer
    }

    /// Loads the word lists.
    /// - Throws: ``TimeError`` when a word list is missing or malformed.
    public init(toolkit: TextToolkit) throws {
        self.recognizer = try TimeRecognizer(toolkit: toolkit)
    }

    public func extract(from document: Document, given upstream: Annotations) -> Annotations {
        var annotations = Annotations()
        for time in recognizer.recognize(document) where time.isReported {
            annotations.times.append(time.expression)
            if let warning = time.warning(in: document.scalars) { annotations.warnings.append(warning) }
        }
        return annotations
    }

    /// The reported time expressions of a document: the layer alone, for benchmarks.
    public func times(in document: Document) -> [TimeExpression] {
        recognizer.recognize(document).filter(\.isReported).map(\.expression)
    }
}
