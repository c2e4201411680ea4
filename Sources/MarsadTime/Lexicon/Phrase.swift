public import MarsadText

/// What a multi-word phrase of the lexicon means.
public enum PhraseMeaning: Sendable, Hashable {
    /// A day relative to the dateline (أول من أمس: −2).
    case relativeDay(Int)
    /// A span without a definite value (في وقت سابق).
    case vague
    /// A feast or fixed day (عيد الفطر).
    case festival(Festival)
}

/// A feast or fixed day of `festivals.tsv`.
public struct Festival: Sendable, Hashable {
    public enum Rule: String, Sendable, Hashable {
        case hijri, gregorian, easter
    }

    public let rule: Rule
    public let month: Int
    public let day: Int
}

/// The kinds of phrase meanings, as a set.
public struct PhraseKinds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let relativeDay = PhraseKinds(rawValue: 1)
    public static let vague = PhraseKinds(rawValue: 2)
    public static let festival = PhraseKinds(rawValue: 4)

    public init(_ meaning: PhraseMeaning) {
        switch meaning {
        case .relativeDay: self = .relativeDay
        case .vague: self = .vague
        case .festival: self = .festival
        }
    }
}

/// A phrase of the lexicon: its words (packed) and meaning.
public struct Phrase: Sendable, Hashable {
    public let words: [PackedWord]
    public let meaning: PhraseMeaning
}
