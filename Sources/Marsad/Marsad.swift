import Foundation
public import MarsadCore
import MarsadEntities
import MarsadEvents
public import MarsadIntake
import MarsadNER
import MarsadText
import MarsadTime

/// Marsad's assembled analyzer: the resources, loaded once, and the pipeline over them.
///
/// ```swift
/// let marsad = try Marsad()
/// let analyzed = marsad.analyze(try marsad.intake.document(from: record))
/// let json = analyzed.contractJSON(pretty: true)
/// ```
/// A `Marsad` value is immutable and `Sendable`: build it once per process and share it.
public struct Marsad: Sendable {
    public let toolkit: TextToolkit
    public let intake: Intake
    public let pipeline: Pipeline

    /// Loads every resource and assembles the standard pipeline.
    /// - Parameter statisticalTagger: give the entity layer the ANERcorp tagger (`MarsadNER`):
    ///   a few more names, a few more errors, and about ten times slower (docs/ENTITIES.md).
    /// - Throws: a resource or pipeline-order error naming the file or component.
    public init(statisticalTagger: Bool = false) throws {
        let toolkit = TextToolkit()
        self.toolkit = toolkit
        self.intake = try Intake(toolkit: toolkit, outlets: .bundled(toolkit: toolkit))
        self.pipeline = try Pipeline(Self.standardExtractors(toolkit: toolkit, statisticalTagger: statisticalTagger))
    }

    /// The extractors of the standard pipeline, in order.
    static func standardExtractors(toolkit: TextToolkit, statisticalTagger: Bool = false) throws -> [any Extractor] {
        let events = try EventsLexicon.bundled(normalizer: toolkit.normalizer)
        return [
            try TimeExtractor(toolkit: toolkit),
            EntityExtractor(lexicons: try EntityLexicons.bundled(), tagger: statisticalTagger ? try NERTagger.load() : nil),
            ReportedFactsExtractor(lexicon: events),
        ]
    }

    /// Runs the pipeline over a document.
    public func analyze(_ document: Document) -> AnalyzedDocument {
        pipeline.run(document)
    }

    /// The built-in example: the sample report of docs/FORMAT.md (Sputnik, 11 May 2021,
    /// republished by Pakistan Point News).
    public static func builtInExample() throws -> InputRecord {
        let name = "karabakh-lavrov-2021-05-11.ar.txt"
        guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: nil) else {
            throw TextError.missingResource(name)
        }
        let text = try TextDecoder.decode([UInt8](Data(contentsOf: url)))
        return InputRecord(origin: "built-in example (\(name))", text: text, isPlainText: true)
    }
}
