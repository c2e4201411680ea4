public import MarsadText

/// Whether an event is reported as having happened.
public enum Modality: String, Sendable, Hashable {
    case asserted
    /// لم، لن، لا، نفى …
    case negated
    /// Planned or expected: سـ، يعتزم، من المقرر، يتوقع أن …
    case future
    /// قد، إذا …
    case hypothetical
}

/// A PLOVER event type and mode ("CONSULT" / "visit").
public struct Plover: Sendable, Hashable {
    public var type: String
    public var mode: String?

    public init(type: String, mode: String?) {
        self.type = type
        self.mode = mode
    }
}

/// Who did what to whom, when and where, coded in CAMEO and PLOVER, with its evidence.
public struct Event: Sendable, Hashable {
    public var id: String
    /// The CAMEO event code ("042").
    public var cameo: String
    public var plover: Plover
    public var modality: Modality
    /// Entity ids of the actors doing it.
    public var source: [String]
    /// Entity ids of the actors it is done to.
    public var target: [String]
    /// Sides doing it that the text names only by a description (الفصائل المعارضة).
    public var sourceAgents: [Agent]
    /// Sides it is done to that the text names only by a description.
    public var targetAgents: [Agent]
    /// `YYYY-MM-DD` (or a coarser ISO value) of the event, when known.
    public var date: String?
    /// The entity id of the place.
    public var location: String?
    /// The sentence that states it (the first, when it is told several times).
    public var sentence: Span
    /// The word or phrase that names the action.
    public var trigger: Span
    /// Every span that tells of this event, in document order.
    public var evidence: [Span]
    /// 0…1.
    public var confidence: Double

    public init(id: String, cameo: String, plover: Plover, modality: Modality, source: [String], target: [String],
                date: String?, location: String?, sentence: Span, trigger: Span, evidence: [Span], confidence: Double,
                sourceAgents: [Agent] = [], targetAgents: [Agent] = []) {
        self.id = id
        self.cameo = cameo
        self.plover = plover
        self.modality = modality
        self.source = source
        self.target = target
        self.sourceAgents = sourceAgents
        self.targetAgents = targetAgents
        self.date = date
        self.location = location
        self.sentence = sentence
        self.trigger = trigger
        self.evidence = evidence
        self.confidence = confidence
    }
}
