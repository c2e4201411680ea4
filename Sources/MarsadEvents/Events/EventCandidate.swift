import MarsadCore
import MarsadText

/// An event read from one trigger, before events that tell the same fact are merged.
struct EventCandidate {
    var cameo: String
    var modality: Modality
    /// Entity indexes.
    var source: [Int]
    var target: [Int]
    var date: String?
    var location: Int?
    var sentence: Span
    var trigger: Span
    var evidence: [Span]
    var confidence: Double
    /// The agreement the event signs, declares or starts, if any.
    var agreement: Int?
    /// Where each side was read (for agents and affiliations, whose span the contract gives).
    var read: [Int: Range<Int>] = [:]
}
