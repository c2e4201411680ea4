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

/// A phrase of the lexicon: its words (packed) and meaning.
public struct Phrase: Sendable, Hashable {
    public let words: [PackedWord]
    public let meaning: PhraseMeaning
}
