import MarsadCore

/// How a token was read to find a lexicon entry: whole, or without some of its proclitics.
struct FormKind: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    /// Without a leading و or ف ("and", "so").
    static let conjunction = FormKind(rawValue: 1)
    /// Without a leading ب ل ك ("with/in", "for/to", "like").
    static let preposition = FormKind(rawValue: 2)
    /// Without the future prefix سـ before an imperfect verb (سيزور → يزور).
    static let future = FormKind(rawValue: 4)
    /// لل read as ال (للاتفاق → الاتفاق).
    static let articleRestored = FormKind(rawValue: 8)

    /// The whole word.
    static let whole: FormKind = []
}

/// A set of ``FormKind``s, as a bit mask: which readings of a token a lookup accepts.
struct FormMask: Sendable {
    let bits: UInt16

    init(_ kinds: FormKind...) {
        var bits: UInt16 = 0
        for k in kinds { bits |= 1 << UInt16(k.rawValue) }
        self.bits = bits
    }

    @inline(__always)
    func contains(_ kind: FormKind) -> Bool { bits & (1 << UInt16(kind.rawValue)) != 0 }

    func union(_ other: FormMask) -> FormMask { FormMask(bits: bits | other.bits) }

    private init(bits: UInt16) { self.bits = bits }

    /// The whole word only.
    static let whole = FormMask(.whole)
    /// The whole word, or after و/ف.
    static let conjunction = FormMask(.whole, .conjunction)
    /// The whole word, after و/ف, or after ب/ل/ك.
    static let proclitic = FormMask(.whole, .conjunction, .preposition)
    /// A noun: whole, after و/ف, after ب/ل/ك (and both), with the article of لل restored.
    static let noun = FormMask(.whole, .conjunction, .preposition, [.conjunction, .preposition],
                               [.preposition, .articleRestored], [.conjunction, .preposition, .articleRestored])
    /// A verb: whole, after و/ف, after the future سـ (and both).
    static let verb = FormMask(.whole, .conjunction, .future, [.conjunction, .future])
    /// After ب/ل/ك only (a purpose ل: للتوصل).
    static let prepositionOnly = FormMask(.preposition, [.conjunction, .preposition])
}

/// The lookup forms of every token of a document: hashes of its normalized letters, whole and
/// without proclitics, so phrase tables can be matched with one dictionary lookup per form.
///
/// Word tokens get up to five forms: the whole word; without و/ف; without ب/ل/ك (after an optional
/// و/ف), and for لل also with the article restored; without the future سـ before ي ت ن ا. Other
/// tokens get their whole form only. A proclitic is stripped only when at least two letters remain.
/// - Complexity: O(n) in the number of scalars, one pass over the normalized text.
struct TokenForms: Sendable {
    /// Forms of token `i`: `hashes[formStart[i] ..< formStart[i + 1]]`, with `kinds` alongside.
    let formStart: [Int32]
    let hashes: [UInt64]
    let kinds: [FormKind]

    static let waw: UInt32 = 0x0648, feh: UInt32 = 0x0641, beh: UInt32 = 0x0628, lam: UInt32 = 0x0644
    static let kaf: UInt32 = 0x0643, seen: UInt32 = 0x0633, alef: UInt32 = 0x0627
    static let yeh: UInt32 = 0x064A, teh: UInt32 = 0x062A, noon: UInt32 = 0x0646

    init(document: Document) {
        let tokens = document.tokens
        let normalized = document.normalized
        var formStart = [Int32](repeating: 0, count: tokens.count + 1)
        var hashes: [UInt64] = [], kinds: [FormKind] = []
        hashes.reserveCapacity(tokens.count * 2)
        kinds.reserveCapacity(tokens.count * 2)
        let starts = normalized.originStarts
        let letters = normalized.scalars
        var n = 0  // normalized position, advanced monotonically
        for (k, token) in tokens.enumerated() {
            formStart[k] = Int32(hashes.count)
            while n < starts.count, Int(starts[n]) < token.start { n += 1 }
            var end = n
            while end < starts.count, Int(starts[end]) < token.end { end += 1 }
            let a = n, b = end
            n = end
            guard b > a else { continue }
            hashes.append(WordHash.of(letters[a ..< b]))
            kinds.append(.whole)
            guard token.kind == .word, b - a >= 3 else { continue }
            var p = a
            var base: FormKind = []
            let first = letters[a].value
            if first == Self.waw || first == Self.feh {
                hashes.append(WordHash.of(letters[a + 1 ..< b]))
                kinds.append(.conjunction)
                p = a + 1
                base = .conjunction
            }
            guard b - p >= 3 else { continue }
            let c = letters[p].value
            if c == Self.beh || c == Self.lam || c == Self.kaf {
                hashes.append(WordHash.of(letters[p + 1 ..< b]))
                kinds.append(base.union(.preposition))
                if c == Self.lam, letters[p + 1].value == Self.lam, b - p >= 4 {
                    var h = WordHash.step(WordHash.basis, Self.alef)
                    for s in letters[p + 1 ..< b] { h = WordHash.step(h, s.value) }
                    hashes.append(h)
                    kinds.append(base.union([.preposition, .articleRestored]))
                }
            } else if c == Self.seen, b - p >= 4 {
                let d = letters[p + 1].value
                if d == Self.yeh || d == Self.teh || d == Self.noon || d == Self.alef {
                    hashes.append(WordHash.of(letters[p + 1 ..< b]))
                    kinds.append(base.union(.future))
                }
            }
        }
        formStart[tokens.count] = Int32(hashes.count)
        self.formStart = formStart
        self.hashes = hashes
        self.kinds = kinds
    }

    /// The forms of token `i`.
    @inline(__always)
    func forms(of i: Int) -> Range<Int> { Int(formStart[i]) ..< Int(formStart[i + 1]) }

    /// The whole-word hash of token `i` (0 for a token with no letters).
    @inline(__always)
    func whole(_ i: Int) -> UInt64 {
        let r = forms(of: i)
        return r.isEmpty ? 0 : hashes[r.lowerBound]
    }
}
