public import MarsadCore

/// The "quotes" extractor: direct and indirect quotations with their speakers and cues.
///
/// ```swift
/// let lexicon = try EventsLexicon.bundled()
/// let quotes = QuoteExtractor(lexicon: lexicon)
/// let result = quotes.extract(from: document, given: annotations)  // result.quotes
/// ```
/// Requires the entity layer (speakers are entity ids); see ``QuoteReader`` for the method and
/// docs/EVENTS.md for the guide.
/// - Complexity: O(n) in the number of tokens, plus O(m) per cue for the anaphora it resolves.
public struct QuoteExtractor: Extractor {
    public let name = "quotes"
    public let requires: Set<Layer>
    public let produces: Set<Layer> = [.quotes]
    let lexicon: EventsLexicon

    /// - Parameter requires: the upstream layers declared to the pipeline (entities by default).
    public init(lexicon: EventsLexicon, requires: Set<Layer> = [.entities]) {
        self.lexicon = lexicon
        self.requires = requires
    }

    public func extract(from document: Document, given upstream: Annotations) -> Annotations {
        let view = DocumentView(document: document, upstream: upstream, lexicon: lexicon, needs: .cues)
        return Annotations(quotes: QuoteReader(view: view).quotes())
    }
}
