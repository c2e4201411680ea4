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

    @inline(__always)
    func union(_ other: FormMask) -> FormMask { FormMask(bits: bits | other.bits) }

    private init(bits: UInt16) { self.bits = bits }

    /// The bit of one reading (a compile-time constant for the masks below).
    @inline(__always)
    private static func bit(_ kind: FormKind) -> UInt16 { 1 << UInt16(kind.rawValue) }

    // Computed, not stored: a `static let` of a struct went through `swift_once` at every use
    // (23,000 times on 300 reports for `.proclitic` alone); these fold to constants.

    /// The whole word only.
    static var whole: FormMask { FormMask(bits: bit(.whole)) }
    /// The whole word, or after و/ف.
    static var conjunction: FormMask { FormMask(bits: bit(.whole) | bit(.conjunction)) }
    /// The whole word, after و/ف, or after ب/ل/ك.
    static var proclitic: FormMask { FormMask(bits: bit(.whole) | bit(.conjunction) | bit(.preposition)) }
    /// A noun: whole, after و/ف, after ب/ل/ك (and both), with the article of لل restored.
    static var noun: FormMask {
        FormMask(bits: bit(.whole) | bit(.conjunction) | bit(.preposition) | bit([.conjunction, .preposition])
                 | bit([.preposition, .articleRestored]) | bit([.conjunction, .preposition, .articleRestored]))
    }
    /// A verb: whole, after و/ف, after the future سـ (and both).
    static var verb: FormMask { FormMask(bits: bit(.whole) | bit(.conjunction) | bit(.future) | bit([.conjunction, .future])) }
    /// After ب/ل/ك only (a purpose ل: للتوصل).
    static var prepositionOnly: FormMask { FormMask(bits: bit(.preposition) | bit([.conjunction, .preposition])) }
}

/// The lookup forms of every token of a document: hashes of its normalized letters, whole and
/// without proclitics, so phrase tables can be matched with one dictionary lookup per form.
///
/// Word tokens get up to five forms (other tokens none): the whole word; without و/ف; without ب/ل/ك (after an optional
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
        let capacity = tokens.count * 5
        var formStart = [Int32](repeating: 0, count: tokens.count + 1)
        var kinds = [FormKind](repeating: .whole, count: capacity)
        // One pass over the normalized letters, on raw buffers: the arrays' uniqueness and bounds
        // checks on every write cost as much as the hashing (docs/PERFORMANCE.md).
        let hashes = [UInt64](unsafeUninitializedCapacity: capacity) { hashOut, initialized in
            var count = 0
            kinds.withUnsafeMutableBufferPointer { kindOut in
                formStart.withUnsafeMutableBufferPointer { formStart in
                    normalized.scalars.withUnsafeBufferPointer { letters in
                        normalized.originStarts.withUnsafeBufferPointer { starts in
                            tokens.withUnsafeBufferPointer { tokens in
                                var n = 0  // normalized position, advanced monotonically
                                @inline(__always)
                                func add(_ h: UInt64, _ kind: FormKind) {
                                    hashOut[count] = h
                                    kindOut[count] = kind
                                    count += 1
                                }
                                for k in 0 ..< tokens.count {
                                    let token = tokens[k]
                                    formStart[k] = Int32(count)
                                    while n < starts.count, Int(starts[n]) < token.start { n += 1 }
                                    var end = n
                                    while end < starts.count, Int(starts[end]) < token.end { end += 1 }
                                    let a = n, b = end
                                    n = end
                                    // Only words are looked up (numbers, Latin and signs are read from their scalars).
                                    guard b > a, token.kind == .word else { continue }
                                    let length = b - a
                                    // The hashes of the word from its last letter: only those from
                                    // the first three letters are forms (without و/ف, ب/ل/ك or سـ).
                                    var h = WordHash.basis
                                    var i = b - 1
                                    while i > a + 2 {
                                        h = WordHash.step(h, letters[i].value)
                                        i -= 1
                                    }
                                    var suffix2: UInt64 = 0, suffix1: UInt64 = 0  // letters[a + 2 ..< b], [a + 1 ..< b]
                                    if length >= 3 {
                                        h = WordHash.step(h, letters[a + 2].value)
                                        suffix2 = h
                                    }
                                    if length >= 2 {
                                        h = WordHash.step(h, letters[a + 1].value)
                                        suffix1 = h
                                    }
                                    add(WordHash.step(h, letters[a].value), .whole)
                                    guard length >= 3 else { continue }
                                    var p = 0
                                    var base: FormKind = []
                                    let first = letters[a].value
                                    if first == Self.waw || first == Self.feh {
                                        add(suffix1, .conjunction)
                                        p = 1
                                        base = .conjunction
                                    }
                                    guard length - p >= 3 else { continue }
                                    let c = letters[a + p].value
                                    let rest = p == 0 ? suffix1 : suffix2  // letters[a + p + 1 ..< b]
                                    if c == Self.beh || c == Self.lam || c == Self.kaf {
                                        add(rest, base.union(.preposition))
                                        if c == Self.lam, letters[a + p + 1].value == Self.lam, length - p >= 4 {
                                            add(WordHash.step(rest, Self.alef), base.union([.preposition, .articleRestored]))
                                        }
                                    } else if c == Self.seen, length - p >= 4 {
                                        let d = letters[a + p + 1].value
                                        if d == Self.yeh || d == Self.teh || d == Self.noon || d == Self.alef {
                                            add(rest, base.union(.future))
                                        }
                                    }
                                }
                                formStart[tokens.count] = Int32(count)
                            }
                        }
                    }
                }
            }
            initialized = count
        }
        kinds.removeLast(capacity - hashes.count)
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
