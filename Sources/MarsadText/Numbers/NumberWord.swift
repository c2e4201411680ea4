/// A number word of `Resources/number-words.tsv`: its value and its grammatical role.
public struct NumberWord: Sendable, Hashable {
    /// The role a number word plays when numbers are composed.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 0–9: واحد، ثلاثة، خمس.
        case unit
        /// The forms of 1 and 2 that only stand before عشر/عشرة: أحد، إحدى، اثنا، اثنتي.
        case teenUnit
        /// عشر، عشرة: 10 alone, +10 after a unit (خمسة عشر).
        case ten
        /// 20–90: عشرون، خمسين.
        case tens
        /// مئة، مائة: 100, or a multiplier after a unit (ثلاث مئة).
        case hundred
        /// 200–900 written as one word: مئتان، ثلاثمائة.
        case hundreds
        /// ألف، مليون، مليار: a multiplier of what precedes, or itself alone.
        case scale
        /// ألفان، مليونين: a complete value.
        case scaleDual
        /// آلاف، ملايين: a multiplier after 3–10 (ثلاثة آلاف).
        case scalePlural
        /// 1st–10th: الأول، الخامسة، عاشر.
        case ordinal
        /// حادي، حادية: the 1 of 11th and 21st, only before عشر or و + tens.
        case ordinalTeenUnit
    }

    public let value: Int
    public let kind: Kind
    /// Whether the word carries the article (الخامس، العشرين).
    public let definite: Bool

    public init(value: Int, kind: Kind, definite: Bool) {
        self.value = value
        self.kind = kind
        self.definite = definite
    }
}

/// A number read from tokens by ``ArabicNumberReader``.
public struct ArabicNumber: Sendable, Hashable {
    /// The value: 3 for "ثلاثة", 21 for "الحادي والعشرين", 2,500,000 for "2.5 مليون".
    public let value: Int
    /// The tokens the number covers.
    public let tokens: Range<Int>
    /// Its span in the original text, without the first word's proclitics (و، ب، ل …).
    public let span: Span
    /// An ordinal (الخامس، الحادي والعشرين, أول).
    public let isOrdinal: Bool
    /// With the article: الخامس، العشرين، الـ10.
    public let isDefinite: Bool
    /// Written at least partly in words (not digits only).
    public let isSpelledOut: Bool
}
