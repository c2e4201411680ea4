import MarsadText

/// A document's tokens, each classified once through the ``TimeLexicon``: the word's roles
/// (after proclitics), how many letters of proclitics were dropped, and its packed key.
///
/// - Complexity: O(n) in the number of scalars to build: one packing and one to four hash
///   lookups per word token.
///
/// A class, so that the grammar's many small reads never copy it.
final class TokenTable {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let lexicon: TimeLexicon
    /// Index into `lexicon.words.values`, or −1.
    let entries: [Int32]
    let dropped: [UInt8]
    let keys: [UInt64]
    /// The month names read at month tokens without proclitics (through ``ExplicitDateReader``,
    /// once per token): (token, month, index after it, whether a second tradition was read).
    let months: [(token: Int, month: MonthNames.Month, next: Int, twoTraditions: Bool)]

    init(scalars: [Unicode.Scalar], tokens: [Token], lexicon: TimeLexicon) {
        self.scalars = scalars
        self.tokens = tokens
        self.lexicon = lexicon
        let n = tokens.count
        var monthTokens: [Int] = []
        let words = lexicon.words
        // One pass: pack each word token and look it up, writing straight into the three arrays.
        var keys = [UInt64](repeating: 0, count: n)
        var dropped = [UInt8](repeating: 0, count: n)
        let entries = [Int32](unsafeUninitializedCapacity: n) { entryBuffer, initialized in
            keys.withUnsafeMutableBufferPointer { keyBuffer in
                dropped.withUnsafeMutableBufferPointer { droppedBuffer in
                    scalars.withUnsafeBufferPointer { s in
                        tokens.withUnsafeBufferPointer { t in
                            lexicon.packer.withCodes { codes in
                                for i in 0 ..< n {
                                    entryBuffer[i] = -1
                                    guard t[i].kind == .word, let packed = WordPacker.pack(s, t[i].start ..< t[i].end, codes: codes) else { continue }
                                    keyBuffer[i] = packed.rawValue
                                    guard let (index, d) = words.lookup(allowingProclitics: packed) else { continue }
                                    entryBuffer[i] = Int32(index)
                                    droppedBuffer[i] = UInt8(d)
                                    // A month name that may take two words or a second tradition (تشرين الثاني،
                                    // أغسطس/آب) is read once through ExplicitDateReader; a lone word is not.
                                    if d == 0, words.values[index].isMonthName,
                                       words.values[index].startsMonthPair || i + 1 < n && t[i + 1].kind == .punctuation {
                                        monthTokens.append(i)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            initialized = n
        }
        self.entries = entries
        self.dropped = dropped
        self.keys = keys
        var months: [(token: Int, month: MonthNames.Month, next: Int, twoTraditions: Bool)] = []
        for i in monthTokens {
            guard let (month, next) = lexicon.dates.month(at: i, in: scalars, tokens: tokens) else { continue }
            months.append((i, month, next, (i ..< next).contains { tokens[$0].kind == .punctuation }))
        }
        self.months = months
    }

    /// The month name read at token `i` (without proclitics), if any.
    func monthName(at i: Int) -> (month: MonthNames.Month, next: Int, twoTraditions: Bool)? {
        for m in months where m.token == i { return (m.month, m.next, m.twoTraditions) }
        return nil
    }

    var count: Int { tokens.count }

    /// Whether token `i` is worth trying as the start of an expression: a number, or a word some
    /// rule may start at.
    @inline(__always)
    func isCandidate(_ i: Int) -> Bool {
        tokens[i].kind == .number || entries[i] >= 0 && !lexicon.words.values[Int(entries[i])].starters.isEmpty
    }

    /// Whether the lexicon knows word token `i`.
    @inline(__always)
    func isKnown(_ i: Int) -> Bool { entries[i] >= 0 }

    /// The rules that may start at word token `i`.
    @inline(__always)
    func starters(_ i: Int) -> Starters {
        entries[i] >= 0 ? lexicon.words.values[Int(entries[i])].starters : []
    }

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

    /// How many letters of token `i` were dropped as proclitics.
    func droppedCount(_ i: Int) -> Int { i < tokens.count ? Int(dropped[i]) : 0 }

    /// Whether word token `i` was read without a lone و before it ("وحتى", "والتاسع").
    func hasConjunctionOnly(_ i: Int) -> Bool {
        i < tokens.count && dropped[i] == 1 && key(i)?.letter(at: 0) == 0x0648
    }

    /// The last proclitic letter dropped from token `i` (ل of "لسنوات"), or `nil`.
    func lastProclitic(_ i: Int) -> UInt32? {
        guard i < tokens.count, dropped[i] > 0, let key = key(i) else { return nil }
        return key.letter(at: Int(dropped[i]) - 1)
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

    func isSign(_ i: Int, _ a: UInt32, _ b: UInt32 = .max, _ c: UInt32 = .max) -> Bool {
        guard let s = sign(i) else { return false }
        return s == a || s == b || s == c
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
