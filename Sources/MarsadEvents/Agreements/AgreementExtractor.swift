public import MarsadCore

/// The "agreements" extractor: agreements, ceasefires and truces with parties, mediators, date
/// and provisions, one per agreement however often it is mentioned.
///
/// ```swift
/// let agreements = AgreementExtractor(lexicon: try EventsLexicon.bundled())
/// agreements.extract(from: document, given: upstream).agreements
/// ```
/// Requires entities and times; see ``AgreementReader`` and docs/EVENTS.md.
/// - Complexity: O(n) in the number of tokens, plus O(a·t) for a mentions and t time expressions.
public struct AgreementExtractor: Extractor {
    public let name = "agreements"
    public let requires: Set<Layer>
    public let produces: Set<Layer> = [.agreements]
    let lexicon: EventsLexicon

    /// - Parameter requires: the upstream layers declared to the pipeline (entities and times by default).
    public init(lexicon: EventsLexicon, requires: Set<Layer> = [.entities, .times]) {
        self.lexicon = lexicon
        self.requires = requires
    }

    public func extract(from document: Document, given upstream: Annotations) -> Annotations {
        let view = DocumentView(document: document, upstream: upstream, lexicon: lexicon, needs: .all)
        let args = ArgumentReader(view: view, quotes: upstream.quotes)
        return Annotations(agreements: AgreementReader(view: view, args: args).agreements())
    }
}
