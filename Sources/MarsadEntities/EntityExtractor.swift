public import MarsadCore
import MarsadText

/// The entity layer: people with their roles, countries, places and organizations — recognized
/// with lexicons and title patterns, linked to canonical names and codes, merged per article.
///
/// ```swift
/// let extractor = EntityExtractor(lexicons: try EntityLexicons.bundled())
/// let entities = extractor.extract(from: document, given: Annotations()).entities
/// // e1 PERSON Sergey Lavrov RUS RUSGOV [وزير الخارجية, Foreign Minister, RUS] — لافروف ×5
/// let analysis = extractor.analyze(document)   // + references, metonyms, nationality adjectives
/// ```
///
/// Requires no other layer; produces `.entities`. The statistical tagger is an optional input
/// (`tagger`), any ``TokenTagger``. See docs/ENTITIES.md for the design and the figures.
/// - Complexity: O(n) in the text, with one hash probe per token reading.
public struct EntityExtractor: Extractor {
    public let name = "entities"
    public let requires: Set<Layer> = []
    public let produces: Set<Layer> = [.entities]
    public let lexicons: EntityLexicons
    public let tagger: (any TokenTagger)?

    public init(lexicons: EntityLexicons, tagger: (any TokenTagger)? = nil) {
        self.lexicons = lexicons
        self.tagger = tagger
    }

    /// Loads the bundled lexicons.
    /// - Throws: a resource error naming the file and line.
    public init(tagger: (any TokenTagger)? = nil) throws {
        self.init(lexicons: try EntityLexicons.bundled(), tagger: tagger)
    }

    public func extract(from document: Document, given upstream: Annotations) -> Annotations {
        Annotations(entities: analyze(document).entities)
    }

    /// The entities of `document` with the links the contract does not carry.
    public func analyze(_ document: Document) -> EntityAnalysis {
        var run = EntityRun(lexicons: lexicons, document: document)
        return run.run(tagger: tagger)
    }
}
