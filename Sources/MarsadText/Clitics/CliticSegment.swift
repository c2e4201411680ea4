/// One segment of a word split into clitics: the span of its letters in the original text and
/// what it is.
public struct CliticSegment: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// و or ف ("and", "so").
        case conjunction
        /// ب ل ك ("with/in", "for/to", "like").
        case preposition
        /// The future prefix س of an imperfect verb (سيكون).
        case future
        /// The article ال, or its ل in لل after the preposition ل.
        case article
        /// The word itself.
        case stem
        /// A suffixed pronoun: ه ها هم هما هن كم كما كن نا ني.
        case pronoun
    }

    public let span: Span
    public let kind: Kind

    public init(span: Span, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}
