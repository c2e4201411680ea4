import Foundation
import Marsad
import MarsadCore
import MarsadEntities
import MarsadText

/// The extractors and tools the entity tests share, built once.
enum EntityFixture {
    static let toolkit = TextToolkit()
    static let extractor: EntityExtractor = {
        do { return try EntityExtractor() } catch { fatalError("the bundled lexicons do not load: \(error)") }
    }()
    /// The lexicons without the actor dictionary: people come from title patterns only.
    static let withoutActors: EntityExtractor = {
        do { return EntityExtractor(lexicons: try EntityLexicons.bundled(excluding: [.actors])) } catch {
            fatalError("the bundled lexicons do not load: \(error)")
        }
    }()

    /// A document of a plain text, with no metadata.
    static func document(_ text: String) -> Document {
        Document(id: "test", text: text, metadata: Metadata(), toolkit: toolkit)
    }

    /// The analysis of a plain text.
    static func analyze(_ text: String, with extractor: EntityExtractor = extractor) -> (Document, EntityAnalysis) {
        let doc = document(text)
        return (doc, extractor.analyze(doc))
    }

    /// The entity one of whose mentions reads `surface`.
    static func entity(_ surface: String, in analysis: EntityAnalysis, of document: Document) -> Entity? {
        analysis.entities.first { e in e.mentions.contains { document.text(in: $0) == surface } }
    }

    /// The sample report (the built-in example), read the way `marsad analyze` reads it.
    static func sample() throws -> (Document, EntityAnalysis) {
        let marsad = try Marsad()
        let document = marsad.intake.document(from: try Marsad.builtInExample())
        return (document, extractor.analyze(document))
    }

    /// The package root, from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
