public import MarsadCore

/// The "events" extractor: who did what to whom, when and where, coded in CAMEO and PLOVER, one
/// event per fact.
///
/// ```swift
/// let events = EventExtractor(lexicon: try EventsLexicon.bundled())
/// events.extract(from: document, given: upstream).events   // upstream: entities, times, quotes, agreements
/// ```
/// See ``EventReader`` and ``EventMerger`` for the method, docs/EVENTS.md for the guide and
/// docs/CAMEO-PLOVER.md for the codes.
/// - Complexity: O(n) in the number of tokens, plus O(c²) to merge c candidate events.
public struct EventExtractor: Extractor {
    public let name = "events"
    public let requires: Set<Layer>
    public let produces: Set<Layer> = [.events]
    let lexicon: EventsLexicon

    /// - Parameter requires: the upstream layers declared to the pipeline (entities, times, quotes
    ///   and agreements by default).
    public init(lexicon: EventsLexicon, requires: Set<Layer> = [.entities, .times, .quotes, .agreements]) {
        self.lexicon = lexicon
        self.requires = requires
    }

    public func extract(from document: Document, given upstream: Annotations) -> Annotations {
        let view = DocumentView(document: document, upstream: upstream, lexicon: lexicon)
        let args = ArgumentReader(view: view, quotes: upstream.quotes)
        return Annotations(events: Self.events(view: view, args: args, agreements: upstream.agreements))
    }

    /// The events of a view, given the quotations (in `args`) and agreements read on it.
    static func events(view: DocumentView, args: ArgumentReader, agreements: [Agreement]) -> [Event] {
        let reader = EventReader(view: view, args: args, agreements: agreements)
        let merged = EventMerger(view: view).merge(reader.candidates())
        var events: [Event] = []
        for c in merged {
            let code = view.lexicon.cameoCodes[c.cameo]
            // News outlets are never sides: ArgumentReader reads past them to the actor that did it.
            let source = view.sides(c.source, read: c.read)
            let target = view.sides(c.target, read: c.read)
            if source.ids.isEmpty, source.agents.isEmpty { continue }
            events.append(Event(
                id: "v\(events.count + 1)", cameo: c.cameo,
                plover: Plover(type: code?.ploverType ?? "DROPPED", mode: code?.ploverMode),
                modality: c.modality, source: source.ids, target: target.ids,
                date: c.date, location: c.location.flatMap { view.isAgent($0) ? nil : view.entities[$0].id }, sentence: c.sentence,
                trigger: c.trigger, evidence: c.evidence, confidence: (c.confidence * 100).rounded() / 100,
                sourceAgents: source.agents, targetAgents: target.agents))
        }
        return events
    }
}
