/// Reads numbers written in words, digits or both, masculine or feminine, with or without the
/// article: "ثلاثة" → 3, "الخامسة عشرة" → 15th, "الحادي والعشرين" → 21st, "خمسمائة و خمسة و
/// عشرون" → 525, "ثلاثة آلاف" → 3,000, "100 ألف" → 100,000, "2.5 مليون" → 2,500,000, "الـ10" → 10.
///
/// ```swift
/// let reader = try ArabicNumberReader()
/// let scalars = Array("قتل خمسة وعشرون شخصا".unicodeScalars)
/// let tokens = Tokenizer().tokenize(scalars)
/// reader.read(at: 1, in: scalars, tokens: tokens)?.value  // 25
/// ```
///
/// The words are those of `Resources/number-words.tsv` and their article forms, looked up as
/// ``PackedWord``s (aggressive normalization: ة = ه, so "عشره" = "عشرة"). The first word may
/// carry the proclitics و ف ب ل ك, which stay outside the span; later words are joined by و,
/// attached or standing alone. A teen unit (أحد، اثنا …) or حادي must be completed (by عشر, or
/// و + tens) or nothing is read; a word that cannot continue the number ends it.
///
/// Used for dates and durations by MarsadTime, and meant for counts (casualties, prisoners).
/// - Complexity: O(k) in the number of tokens read; each word is one hash lookup.
public struct ArabicNumberReader: Sendable {
    public let packer: WordPacker
    /// Packed word → number word.
    public let words: PackedWordTable<NumberWord>
    /// Every number word (with its article forms), for callers that merge it into their own table.
    public let vocabulary: [(word: PackedWord, number: NumberWord)]
    let conjunction: PackedWord

    /// Loads `Resources/number-words.tsv`.
    /// - Throws: ``TextError`` when the file is missing or malformed.
    public init(packer: WordPacker = WordPacker()) throws {
        let file = "number-words.tsv"
        let rows = try TSVReader(text: TextResources.string(named: file), file: file,
                                 requiredColumns: ["word", "value", "kind", "source"]).rows
        var pairs: [(PackedWord, NumberWord)] = []
        for row in rows {
            guard let value = Int(row["value"]), let kind = NumberWord.Kind(rawValue: row["kind"]) else {
                throw TextError.malformedResource(file: file, line: row.line, reason: "a bad value or kind")
            }
            guard let word = packer.pack(row["word"]), row["source"] != "" else {
                throw TextError.malformedResource(file: file, line: row.line, reason: "`\(row["word"])` is not an Arabic word, or the source is empty")
            }
            pairs.append((word, NumberWord(value: value, kind: kind, definite: false)))
            if let definite = word.prepending(0x0644)?.prepending(0x0627) {
                pairs.append((definite, NumberWord(value: value, kind: kind, definite: true)))
            }
        }
        self.packer = packer
        self.words = PackedWordTable(pairs)
        self.vocabulary = pairs.map { (word: $0.0, number: $0.1) }
        self.conjunction = packer.pack("و")!
    }

    /// The number word a packed word is, as written.
    public func word(_ packed: PackedWord) -> NumberWord? { words[packed] }

    /// Reads the number starting at token `i`, or `nil` when token `i` does not start one.
    public func read(at i: Int, in scalars: [Unicode.Scalar], tokens: [Token]) -> ArabicNumber? {
        guard i < tokens.count else { return nil }
        var acc = NumberAccumulator()
        var start = tokens[i].start
        var definite = false, ordinal = false, spelled = false
        let first = tokens[i]
        var digitsFirst = false
        if first.kind == .number {
            guard let v = Self.decimal(in: scalars, first.range) else { return nil }
            acc.digits = v
            digitsFirst = true
            definite = Self.hasArticlePrefix(scalars, first.range)
        } else if first.kind == .word, let packed = packer.pack(scalars, first.range),
                  let (index, dropped) = words.lookup(allowingProclitics: packed) {
            let w = words.values[index]
            guard acc.begin(w) else { return nil }
            if dropped > 0 { start = packer.offset(ofLetter: dropped, in: scalars, first.range) }
            definite = w.definite
            ordinal = w.kind == .ordinal || w.kind == .ordinalTeenUnit
            spelled = true
        } else {
            return nil
        }
        var end = i + 1
        var k = i + 1
        while k < tokens.count {
            let token = tokens[k]
            if token.kind == .word, let packed = packer.pack(scalars, token.range) {
                var joined = false
                var candidate: NumberWord?
                if packed == conjunction {
                    // A standalone و: the next token must continue the number.
                    guard k + 1 < tokens.count, tokens[k + 1].kind == .word,
                          let next = packer.pack(scalars, tokens[k + 1].range), let w = words[next] else { break }
                    if acc.add(w, joined: true, digitsFirst: digitsFirst) { end = k + 2; k += 2; continue }
                    break
                }
                if let w = words[packed] {
                    candidate = w
                } else if packed.letter(at: 0) == 0x0648, let rest = packed.dropFirst(), let w = words[rest] {
                    candidate = w
                    joined = true
                }
                guard let w = candidate, acc.add(w, joined: joined, digitsFirst: digitsFirst) else { break }
                spelled = true
                end = k + 1
                k += 1
            } else {
                break
            }
        }
        guard let value = acc.value else { return nil }
        return ArabicNumber(value: value, tokens: i ..< end, span: Span(start: start, end: tokens[end - 1].end),
                            isOrdinal: ordinal, isDefinite: definite, isSpelledOut: spelled)
    }

    /// The value of a digit token, with a decimal part (`2.5`, `٢٫٥`) as a `Double`.
    static func decimal(in scalars: [Unicode.Scalar], _ range: Range<Int>) -> Double? {
        guard let integer = DigitReader.integer(in: scalars, range) else { return nil }
        var i = range.lowerBound
        while i < range.upperBound, ArabicScalar.digitValue(scalars[i].value) == nil { i += 1 }
        while i < range.upperBound {
            let v = scalars[i].value
            let grouping = (v == 0x2C || v == 0x066C) && i + 1 < range.upperBound && ArabicScalar.digitValue(scalars[i + 1].value) != nil
            guard ArabicScalar.digitValue(v) != nil || grouping else { break }
            i += 1
        }
        guard i + 1 < range.upperBound, scalars[i].value == 0x2E || scalars[i].value == 0x066B else { return Double(integer) }
        var fraction = 0.0, scale = 0.1
        i += 1
        while i < range.upperBound, let d = ArabicScalar.digitValue(scalars[i].value) {
            fraction += Double(d) * scale
            scale /= 10
            i += 1
        }
        return Double(integer) + fraction
    }

    /// Whether a number token starts with an attached article (الـ10, بالـ5).
    static func hasArticlePrefix(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        return ArabicScalar.digitValue(scalars[first].value) == nil
    }
}
