public import MarsadCore
public import MarsadText

/// Finds and resolves the time expressions of a text: the engine behind ``TimeExtractor`` and
/// ``DucklingCorpus``.
///
/// ```swift
/// let recognizer = try TimeRecognizer(toolkit: TextToolkit())
/// let scalars = Array("وصل لافروف يوم أمس الاثنين".unicodeScalars)
/// let times = recognizer.recognize(scalars: scalars, tokens: Tokenizer().tokenize(scalars),
///                                  reference: CivilDate(iso: "2021-05-11"))
/// times[0].value   // "2021-05-10"
/// ```
/// - Complexity: O(n) in the number of tokens: each token is classified by one packed-word
///   lookup, and the grammar runs only at tokens the lexicon knows and at numbers, reading a
///   bounded number of tokens from each.
public struct TimeRecognizer: Sendable {
    public let lexicon: TimeLexicon

    public init(lexicon: TimeLexicon) {
        self.lexicon = lexicon
    }

    /// Loads the lexicon with the toolkit's month names and normalizer.
    /// - Throws: ``TimeError`` when a word list is missing or malformed.
    public init(toolkit: TextToolkit) throws {
        self.lexicon = try TimeLexicon(monthNames: toolkit.monthNames, normalizer: toolkit.normalizer)
    }

    /// The time expressions of a text, in order.
    /// - Parameters:
    ///   - reference: the date relative expressions are resolved against (the dateline); without
    ///     one they keep their kind and span but have no value.
    ///   - tense: how to read a weekday or a date without a year when no future marker is near:
    ///     `.past` for news, `.future` for Duckling's convention.
    ///   - clock: the reference time of day, to place a bare clock hour ("الساعة 3" after 04:30 is
    ///     15:00).
    ///   - resolvingUnreported: whether to compute the value of expressions that are not reported
    ///     (a feast named without a year); off for documents, where it would cost a calendar
    ///     conversion for nothing.
    public func recognize(scalars: [Unicode.Scalar], tokens: [Token], reference: CivilDate?, tense: Tense = .past,
                          clock: ClockTime? = nil, resolvingUnreported: Bool = false) -> [ResolvedTime] {
        let table = TokenTable(scalars: scalars, tokens: tokens, lexicon: lexicon)
        let grammar = TimeGrammar(table: table, resolver: Resolver(reference: reference, defaultTense: tense, hijri: lexicon.hijri), referenceClock: clock,
                                  resolvesUnreported: resolvingUnreported)
        return grammar.scan()
    }

    /// The time expressions of a document, resolved against its dateline.
    public func recognize(_ document: Document) -> [ResolvedTime] {
        recognize(scalars: document.scalars, tokens: document.tokens, reference: document.metadata.published)
    }
}
