/// A pipeline component: a pure function from a document (and the layers before it) to the
/// layers it produces.
///
/// ```swift
/// struct TimeExtractor: Extractor {
///     let name = "times"
///     let requires: Set<Layer> = []
///     let produces: Set<Layer> = [.times]
///     func extract(from document: Document, given upstream: Annotations) -> Annotations { … }
/// }
/// ```
/// An extractor never mutates the document; the ``Pipeline`` copies the layers it declares in
/// `produces` from its result (and appends its warnings), and ignores the rest.
public protocol Extractor: Sendable {
    /// A short name, used in errors and timings.
    var name: String { get }
    /// The layers that must be produced before this component runs.
    var requires: Set<Layer> { get }
    /// The layers this component fills.
    var produces: Set<Layer> { get }
    /// Computes this component's layers for `document`, given what the earlier components found.
    func extract(from document: Document, given upstream: Annotations) -> Annotations
}
