/// A token of the original text: a word, a number, a punctuation sign or a symbol, with its
/// code-point span. Tokens never overlap and never contain white space.
public struct Token: Hashable, Sendable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, CaseIterable {
        /// A run of Arabic-script letters (Arabic, Persian, Urdu), with its marks and tatweel.
        case word
        /// A run of Latin letters and digits (`Sputnik`, `G20`).
        case latin
        /// Digits in any script, with decimal or group separators and an attached prefix
        /// (`الـ10`) or year sign (`2021ء`, `2015م`, `1436هـ`).
        case number
        /// A punctuation sign, or a run of the same sign (`...`).
        case punctuation
        /// Any other sign (`%`, `$`, `+`).
        case symbol
    }

    public let start: Int
    public let end: Int
    public let kind: Kind

    @inlinable
    public init(start: Int, end: Int, kind: Kind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    public var span: Span { Span(start: start, end: end) }
    public var range: Range<Int> { start ..< end }
}
