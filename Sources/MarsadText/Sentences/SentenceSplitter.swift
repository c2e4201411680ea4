/// Splits a tokenized text into paragraphs and sentences.
///
/// ```swift
/// let text = "قال لافروف: \"نحن نركز على التنفيذ. نأمل أن نتمكن\". وأضاف..."
/// // sentences: «قال لافروف: "نحن نركز على التنفيذ.» «نأمل أن نتمكن".» «وأضاف...»
/// ```
///
/// - Paragraphs: when the text has blank lines, they separate paragraphs and a single line break
///   is only a soft wrap; otherwise every line is a paragraph (news feeds put one paragraph on a
///   line). A paragraph always ends a sentence.
/// - A sentence ends after `.` `!` `?` `؟` `…` (or a run of them), together with the closing
///   quotation marks and brackets that follow. A straight `"` closes when a quotation is open.
///   Quotations that run over several sentences are split with them; the quotation layer joins
///   them again.
/// - A period after a single letter (`أ. ف. ب`, `U.S.`) or a listed abbreviation does not end a
///   sentence, nor one followed by a lowercase Latin word.
/// - Complexity: O(n) in the number of tokens.
public struct SentenceSplitter: Sendable {
    /// Normalized abbreviations (without their period) after which a period does not end a sentence.
    public let abbreviations: Set<String>
    private let normalizer: ArabicNormalizer

    public init(abbreviations: Set<String> = SentenceSplitter.defaultAbbreviations, normalizer: ArabicNormalizer = ArabicNormalizer()) {
        self.abbreviations = Set(abbreviations.map { normalizer.key($0) })
        self.normalizer = normalizer
    }

    /// The abbreviations of `Resources/abbreviations.tsv`.
    public static let defaultAbbreviations: Set<String> = {
        do {
            let rows = try TSVReader(text: TextResources.string(named: "abbreviations.tsv"), file: "abbreviations.tsv",
                                     requiredColumns: ["abbreviation", "source"]).rows
            return Set(rows.map { $0["abbreviation"] })
        } catch {
            fatalError("The bundled resource abbreviations.tsv is broken: \(error)")
        }
    }()

    /// The paragraphs and sentences of a text.
    public struct Result: Sendable, Equatable {
        public var paragraphs: [Span]
        public var sentences: [Span]

        public init(paragraphs: [Span], sentences: [Span]) {
            self.paragraphs = paragraphs
            self.sentences = sentences
        }
    }

    /// Splits `tokens` of `scalars` into paragraphs and sentences.
    public func split(_ scalars: [Unicode.Scalar], tokens: [Token]) -> Result {
        guard !tokens.isEmpty else { return Result(paragraphs: [], sentences: []) }
        let blankLineMode = Self.hasBlankLine(scalars, tokens: tokens)
        var paragraphs: [Span] = [], sentences: [Span] = []
        var paragraphStart = tokens[0].start
        var sentenceStart: Int? = nil
        var lastEnd = tokens[0].start
        var quoteOpen = false  // a straight " is open in this paragraph
        var pendingEnd = false  // a terminal sign was seen; closers may still join the sentence

        func closeSentence(at end: Int) {
            if let start = sentenceStart, end > start { sentences.append(Span(start: start, end: end)) }
            sentenceStart = nil
            pendingEnd = false
        }

        for (k, token) in tokens.enumerated() {
            if k > 0 {
                let breaks = Self.lineBreaks(scalars, from: tokens[k - 1].end, to: token.start)
                if breaks > 0 && (!blankLineMode || breaks >= 2) {
                    closeSentence(at: lastEnd)
                    paragraphs.append(Span(start: paragraphStart, end: lastEnd))
                    paragraphStart = token.start
                    quoteOpen = false
                }
            }
            let first = scalars[token.start].value
            if pendingEnd {
                let closes = Self.isClosing(first) || (first == 0x22 && quoteOpen)
                if token.kind == .punctuation && closes {
                    if first == 0x22 { quoteOpen = false }
                    lastEnd = token.end
                    continue
                }
                closeSentence(at: lastEnd)
            }
            if sentenceStart == nil { sentenceStart = token.start }
            if token.kind == .punctuation {
                if first == 0x22 {
                    for _ in token.start ..< token.end { quoteOpen.toggle() }
                }
                if Self.isTerminal(first) && !isAbbreviationPeriod(scalars, tokens: tokens, at: k) {
                    pendingEnd = true
                }
            }
            lastEnd = token.end
        }
        closeSentence(at: lastEnd)
        paragraphs.append(Span(start: paragraphStart, end: lastEnd))
        return Result(paragraphs: paragraphs, sentences: sentences)
    }

    /// Whether the period token at `k` belongs to an abbreviation or a lowercase continuation.
    func isAbbreviationPeriod(_ scalars: [Unicode.Scalar], tokens: [Token], at k: Int) -> Bool {
        let token = tokens[k]
        guard scalars[token.start].value == 0x2E, token.length == 1 else { return false }
        if k + 1 < tokens.count {
            let next = tokens[k + 1]
            if next.kind == .latin, let c = scalars[next.start].properties.isLowercase as Bool?, c { return true }
        }
        guard k > 0 else { return false }
        let previous = tokens[k - 1]
        guard previous.end == token.start, previous.kind == .word || previous.kind == .latin else { return false }
        var letters = 0
        for i in previous.range where !ArabicScalar.isDiacritic(scalars[i].value) { letters += 1 }
        if letters == 1 { return true }
        return abbreviations.contains(normalizer.key(scalars[previous.range]))
    }

    static func isTerminal(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x21 || v == 0x3F || v == 0x061F || v == 0x2026 || v == 0x06D4
    }

    static func isClosing(_ v: UInt32) -> Bool {
        switch v {
        // ﴾ (U+FD3E) closes a Quranic quotation opened by ﴿ (U+FD3F): Unicode 14 made them Pe and Ps.
        case 0x29, 0x5D, 0x7D, 0xBB, 0x201D, 0x2019, 0x203A, 0xFD3E: return true  // ) ] } » ” ’ › ﴾
        default: return false
        }
    }

    /// The number of line breaks between `from` and `to` (CRLF counts once).
    public static func lineBreaks(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Int {
        var count = 0, i = from
        while i < to {
            let v = scalars[i].value
            if v == 0x0D {
                count += 1
                if i + 1 < to, scalars[i + 1].value == 0x0A { i += 1 }
            } else if ArabicScalar.isLineBreak(v) {
                count += 1
            }
            i += 1
        }
        return count
    }

    static func hasBlankLine(_ scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        for k in 1 ..< max(tokens.count, 1) where lineBreaks(scalars, from: tokens[k - 1].end, to: tokens[k].start) >= 2 {
            return true
        }
        return false
    }
}

extension Token {
    public var length: Int { end - start }
}
