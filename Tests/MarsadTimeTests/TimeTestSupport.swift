import MarsadCore
import MarsadText
import MarsadTime

/// The extractor and toolkit, loaded once for all time tests.
enum TimeFixtures {
    static let toolkit = TextToolkit()
    static let extractor: TimeExtractor = {
        do { return try TimeExtractor(toolkit: toolkit) } catch { fatalError("MarsadTime failed to load: \(error)") }
    }()

    /// A document of `text` with dateline `published`.
    static func document(_ text: String, published: String?) -> Document {
        Document(id: nil, text: text, metadata: Metadata(published: published.flatMap { CivilDate(iso: $0) }), toolkit: toolkit)
    }

    /// The times of `text` as (surface read back through the span, kind, value, end value), and
    /// the warnings.
    static func times(_ text: String, published: String?) -> (times: [Found], warnings: [String]) {
        let doc = document(text, published: published)
        let a = extractor.extract(from: doc, given: Annotations())
        return (a.times.map { Found(text: doc.text(in: $0.span), kind: $0.kind, value: $0.value, endValue: $0.endValue) }, a.warnings)
    }
}

/// A time as a test expects it.
struct Found: Equatable, CustomStringConvertible {
    let text: String
    let kind: TimeExpression.Kind
    let value: String?
    var endValue: String? = nil

    var description: String { "«\(text)» \(kind.rawValue) \(value ?? "null")\(endValue.map { "…\($0)" } ?? "")" }
}

/// One row of a table-driven test: a sentence, its source, its dateline, the time expected.
struct TimeCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let source: String
    let published: String
    let text: String
    let kind: TimeExpression.Kind
    let value: String?
    var endValue: String? = nil

    var testDescription: String { "\(text) → \(value ?? "null") (\(source))" }

    var expected: Found { Found(text: text, kind: kind, value: value, endValue: endValue) }
}

import Testing
