public import MarsadText

/// One report: its original text, verbatim, and the layers computed from the text alone —
/// metadata, tokens, sentences, paragraphs and the normalized text with its offset map.
///
/// Annotations (entities, times, quotations, events, agreements) are not stored here: extractors
/// read a document and return ``Annotations``; ``AnalyzedDocument`` holds both.
public struct Document: Sendable {
    /// The given id, else (when none or an empty one is given) the SHA-256 of the text in
    /// lowercase hex.
    public let id: String
    /// The original text, exactly as read (a UTF-8 byte-order mark removed).
    public let text: String
    /// The text's Unicode scalars: offsets everywhere index this array.
    public let scalars: [Unicode.Scalar]
    public let metadata: Metadata
    public let tokens: [Token]
    public let sentences: [Span]
    public let paragraphs: [Span]
    /// The text normalized with ``NormalizationOptions/matching``, mapped back to `scalars`.
    public let normalized: NormalizedText
    /// Problems found while reading the input (a header that could not be parsed, …).
    public let warnings: [String]

    /// Analyzes the text layer of `text` with `toolkit`.
    /// - Parameters:
    ///   - id: the document id; `nil` or `""` gives the SHA-256 of the text.
    ///   - metadata: what is known about the report (title, dateline, outlets).
    ///   - scalars, tokens: the text's scalars and tokens when the caller already has them.
    public init(id: String?, text: String, metadata: Metadata, warnings: [String] = [], toolkit: TextToolkit,
                scalars: [Unicode.Scalar]? = nil, tokens: [Token]? = nil) {
        let scalars = scalars ?? ScalarDecoder.scalars(of: text)
        self.id = id.flatMap { $0.isEmpty ? nil : $0 } ?? SHA256.hex(of: Array(text.utf8))
        self.text = text
        self.scalars = scalars
        self.metadata = metadata
        self.tokens = tokens ?? toolkit.tokenizer.tokenize(scalars)
        let split = toolkit.sentenceSplitter.split(scalars, tokens: self.tokens)
        self.sentences = split.sentences
        self.paragraphs = split.paragraphs
        self.normalized = toolkit.normalizer.normalize(scalars)
        self.warnings = warnings
    }

    /// The number of scalars in the text.
    public var count: Int { scalars.count }

    /// The original text of a span.
    ///
    /// Encodes the scalars straight into the string's UTF-8 storage: appending them to a
    /// `String.UnicodeScalarView` cost about 300 instructions a scalar (docs/PERFORMANCE.md).
    public func text(in span: Span) -> String {
        let slice = scalars[span.range]
        var byteCount = 0
        for s in slice { byteCount += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for s in slice {
                UTF8.encode(s) { byte in
                    buffer[i] = byte
                    i += 1
                }
            }
            return i
        }
    }

    /// The normalized form (``NormalizationOptions/matching``) of the text of a span.
    public func normalizedText(in span: Span) -> String {
        normalized.string(in: normalized.normalizedRange(ofOriginal: span.range))
    }

    /// The index of the sentence containing `offset`, or `nil` (white space between sentences).
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].start <= offset ? lo : nil
    }

    /// The index of the first token that ends after `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The tokens inside `span`.
    public func tokenRange(in span: Span) -> Range<Int> {
        let lower = tokenIndex(atOrAfter: span.start)
        var upper = lower
        while upper < tokens.count, tokens[upper].start < span.end { upper += 1 }
        return lower ..< upper
    }
}
