import Foundation
import MarsadCore
@testable import MarsadEvents
import MarsadIntake
import MarsadTestSupport
import MarsadText

/// Runs the three extractors over gold articles with oracle entities and times.
enum OracleRun {
    static let toolkit = TextToolkit()
    static let intake = try! Intake(toolkit: toolkit, outlets: .bundled(toolkit: toolkit))
    static let lexicon = try! EventsLexicon.bundled(normalizer: toolkit.normalizer)

    /// The document and the annotations of the pipeline quotes → agreements → events.
    static func analyze(_ article: GoldOracle.Article) -> (Document, Annotations) {
        let document = intake.document(from: article.record)
        var annotations = article.annotations
        let extractors: [any Extractor] = [
            QuoteExtractor(lexicon: lexicon),
            AgreementExtractor(lexicon: lexicon),
            EventExtractor(lexicon: lexicon),
        ]
        for extractor in extractors {
            annotations.take(extractor.produces, from: extractor.extract(from: document, given: annotations))
        }
        return (document, annotations)
    }
}
