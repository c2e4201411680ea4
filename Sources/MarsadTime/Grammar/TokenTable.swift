import MarsadText

/// A document's tokens, each classified once through the ``TimeLexicon``: the word's roles
/// (after proclitics), how many letters of proclitics were dropped, and its packed key.
///
/// - Complexity: O(n) in the number of scalars to build: one packing and one to four hash
///   lookups per word token.
struct TokenTable {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let lexicon: TimeLexicon
    /// Index into `lexicon.words.values`, or −1.
    private(set) var entries: [Int32]
    private(set) var dropped: [UInt8]
    private(set) var keys: [UInt64]

    init(scalars: [Unicode.Scalar], tokens: [Token], lexicon: TimeLexicon) {
        self.scalars = scalars
        self.tokens = tokens
        self.lexicon = lexicon
        let n = tokens.count
        var entries = [Int32](repeating: -1, count: n)
        var dropped = [UInt8](repeating: 0, count: n)
        var keys = [UInt64](repeating: 0, count: n)
        for i in 0 ..< n where tokens[i].kind == .word {
            guard let packed = lexicon.packer.pack(scalars, tokens[i].range) else { continue }
            keys[i] = packed.rawValue
            if let (index, d) = lexicon.words.lookup(allowingProclitics: packed) {
                entries[i] = Int32(index)
                dropped[i] = UInt8(d)
            }
        }
        self.entries = entries
        self.dropped = dropped
        self.keys = keys
    }

    var count: Int { tokens.count }

    /// Whether token `i` is worth trying as the start of an expression.
    @inline(__always)
    func isCandidate(_ i: Int) -> Bool { entries[i] >= 0 || tokens[i].kind == .number }

    /// The roles of token `i` (after its proclitics), or `nil`.
    @inline(__always)
    func word(_ i: Int) -> TimeWord? {
        guard i >= 0, i < tokens.count, entries[i] >= 0 else { return nil }
        return lexicon.words.values[Int(entries[i])]
    }

    /// The packed form of word token `i` as written.
    func key(_ i: Int) -> PackedWord? {
        guard i >= 0, i < tokens.count, keys[i] != 0 else { return nil }
        return PackedWord(rawValue: keys[i])
    }

    /// Whether word token `i` was read without proclitics.
    func isBare(_ i: Int) -> Bool { i < tokens.count && dropped[i] == 0 }

    /// The letters of token `i` that were dropped as proclitics (و, ب …), as a packed word.
    func proclitics(_ i: Int) -> [UInt32] {
        guard let key = key(i) else { return [] }
        return (0 ..< Int(dropped[i])).map { key.letter(at: $0) }
    }

    /// Where token `i` starts once its proclitics are left out.
    func start(_ i: Int) -> Int {
        dropped[i] == 0 ? tokens[i].start : lexicon.packer.offset(ofLetter: Int(dropped[i]), in: scalars, tokens[i].range)
    }

    /// Where token `i` ends; a number ends after its last digit (an attached era sign is left out).
    func end(_ i: Int) -> Int {
        let t = tokens[i]
        guard t.kind == .number else { return t.end }
        var e = t.end
        while e > t.start, ArabicScalar.digitValue(scalars[e - 1].value) == nil { e -= 1 }
        return e
    }

    /// The era sign attached to a number token (2021ء, 2015م, 1436هـ).
    func attachedEra(_ i: Int) -> CalendarSystem? {
        let t = tokens[i]
        guard t.kind == .number else { return nil }
        for k in stride(from: t.end - 1, through: t.start, by: -1) {
            let v = scalars[k].value
            if ArabicScalar.digitValue(v) != nil { return nil }
            if v == 0x0647 { return .hijri }
            if v == 0x0645 || v == 0x0621 { return .gregorian }
        }
        return nil
    }

    /// The first scalar of punctuation or symbol token `i`.
    func sign(_ i: Int) -> UInt32? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punctuation || tokens[i].kind == .symbol else { return nil }
        return scalars[tokens[i].start].value
    }

    func isSign(_ i: Int, _ values: UInt32...) -> Bool {
        guard let s = sign(i) else { return false }
        return values.contains(s)
    }

    /// A dash of any kind: - – —.
    func isDash(_ i: Int) -> Bool { isSign(i, 0x2D, 0x2013, 0x2014) }

    /// Whether token `i` is a plain number: digits only, with no decimal or group separator.
    func isPlainNumber(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return false }
        for k in tokens[i].range {
            let v = scalars[k].value
            if v == 0x2E || v == 0x2C || v == 0x066B || v == 0x066C { return false }
        }
        return true
    }

    /// The value of plain number token `i`.
    func integer(_ i: Int) -> Int? {
        guard isPlainNumber(i) else { return nil }
        return DigitReader.integer(in: scalars, tokens[i].range)
    }

    /// The number of digits of token `i`.
    func digitCount(_ i: Int) -> Int { DigitReader.digitCount(in: scalars, tokens[i].range) }

    /// The digit groups of a number token written with dots or commas ("26.7.2015" → [26, 7, 2015]).
    func digitGroups(_ i: Int) -> [(value: Int, digits: Int)] {
        var groups: [(value: Int, digits: Int)] = []
        var value = 0, digits = 0
        for k in tokens[i].range {
            if let d = ArabicScalar.digitValue(scalars[k].value) {
                value = value * 10 + d
                digits += 1
                if digits > 9 { return [] }
            } else if digits > 0 {
                groups.append((value, digits))
                value = 0
                digits = 0
            }
        }
        if digits > 0 { groups.append((value, digits)) }
        return groups
    }

    /// Whether token `i` ends a sentence for the tense search: . ! ? ؟ : ؛ or a line break before it.
    func endsSentence(_ i: Int) -> Bool {
        guard let s = sign(i) else { return false }
        return s == 0x2E || s == 0x21 || s == 0x3F || s == 0x061F || s == 0x3A || s == 0x061B
    }

    /// Whether a line break separates tokens `i` and `i + 1`.
    func lineBreakAfter(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return true }
        for k in tokens[i].end ..< tokens[i + 1].start where ArabicScalar.isLineBreak(scalars[k].value) { return true }
        return false
    }
}
