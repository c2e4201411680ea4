public import MarsadText

/// A provision of an agreement, with the text that states it.
public struct Provision: Sendable, Hashable {
    /// ceasefire, peacekeeping, withdrawal, transit, prisoner_exchange, displaced_return,
    /// humanitarian_access, elections, power_sharing, disarmament, evacuation, …
    public var kind: String
    public var span: Span

    public init(kind: String, span: Span) {
        self.kind = kind
        self.span = span
    }
}

/// An agreement, ceasefire or truce the report tells of: parties, mediators, date, provisions.
public struct Agreement: Sendable, Hashable {
    /// What the date of an agreement is.
    public enum DateRole: String, Sendable, Hashable {
        case signed
        /// Entered into force.
        case effective
    }

    public var id: String
    /// An English name ("ceasefire agreement").
    public var name: String
    /// The Arabic name as first written.
    public var nameAr: String?
    public var date: String?
    public var dateRole: DateRole?
    /// Entity ids of the signatories.
    public var parties: [String]
    /// Signatories the text names only by a description (الفصائل المعارضة).
    public var partyAgents: [Agent]
    /// Entity ids of mediators and guarantors.
    public var mediators: [String]
    public var provisions: [Provision]
    /// Every mention of the agreement, in document order.
    public var mentions: [Span]

    public init(id: String, name: String, nameAr: String?, date: String?, dateRole: DateRole?, parties: [String],
                mediators: [String], provisions: [Provision], mentions: [Span], partyAgents: [Agent] = []) {
        self.id = id
        self.name = name
        self.nameAr = nameAr
        self.date = date
        self.dateRole = dateRole
        self.parties = parties
        self.partyAgents = partyAgents
        self.mediators = mediators
        self.provisions = provisions
        self.mentions = mentions
    }
}
