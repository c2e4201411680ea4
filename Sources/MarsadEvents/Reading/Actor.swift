import MarsadCore

/// Someone who acts or speaks in a clause: an entity mention, or a nationality adjective read as
/// its country ("الوفد الروسي" → Russia).
struct Actor: Hashable, Sendable {
    /// Index into ``DocumentView/entities``.
    let entity: Int
    /// The tokens that name it.
    let tokens: Range<Int>
    /// Read from a nationality adjective rather than a mention.
    let viaAdjective: Bool
}

/// What stands in the subject slot of a verb.
enum Subject: Equatable {
    /// Named actors (several when coordinated: "كير ومشار").
    case actors([Actor])
    /// An unnamed source: مسؤولون، مصادر، شهود عيان، هذه الجماعة.
    case generic
    /// No subject is written: a pronoun in the verb.
    case pronoun

    var actors: [Actor] {
        if case .actors(let list) = self { return list }
        return []
    }
}
