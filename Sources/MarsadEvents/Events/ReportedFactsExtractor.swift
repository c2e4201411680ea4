public import MarsadCore

/// Quotations, agreements and events in one pass over one reading of the document: the
/// standard pipeline's extractor for the three layers.
///
/// ```swift
/// let facts = ReportedFactsExtractor(lexicon: try EventsLexicon.bundled())
/// let result = facts.extract(from: document, given: upstream)   // upstream: entities, times
/// result.quotes; result.agreements; result.events
/// ```
/// The result is the same as ``QuoteExtractor``, ``AgreementExtractor`` and ``EventExtractor``
/// run in that order, but the document's reading (token forms, word classes, mentions and times
/// on the token grid, unnamed sides, cues, triggers, agreement nouns: about half of each
/// extractor's time) is built once instead of three times (docs/PERFORMANCE.md).
/// - Complexity: O(n) in the number of tokens, plus what each reader adds (see the three
///   extractors).
public struct ReportedFactsExtractor: Extractor {
    public let name = "quotes+agreements+events"
    public let requires: Set<Layer>
    public let produces: Set<Layer> = [.quotes, .agreements, .events]
    let lexicon: EventsLexicon

    /// - Parameter requires: the upstream layers declared to the pipeline (entities and times by default).
    public init(lexicon: EventsLexicon, requires: Set<Layer> = [.entities, .times]) {
        self.lexicon = lexicon
        self.requires = requires
    }

    public func extract(from document: Document, given upstream: Annotations) -> Annotations {
        let view = DocumentView(document: document, upstream: upstream, lexicon: lexicon, needs: .all)
        let quotes = QuoteReader(view: view).quotes()
        let args = ArgumentReader(view: view, quotes: quotes)
        let agreements = AgreementReader(view: view, args: args).agreements()
        let events = EventExtractor.events(view: view, args: args, agreements: agreements)
        return Annotations(quotes: quotes, events: events, agreements: agreements)
    }
}
