/// A normalized Arabic word of at most ten letters, packed into 64 bits: a lookup key that costs
/// no allocation.
///
/// ```swift
/// let packer = WordPacker()
/// let word = packer.pack("وبالأمس")!   // و ب ا ل ا م س
/// word.count                          // 7
/// word.dropFirst(2) == packer.pack("الأمس")  // true
/// ```
///
/// Each letter U+0621–U+064A of the normalized word takes six bits, the first letter in the
/// lowest bits, so dropping leading letters (proclitics) is a shift. Words with another scalar
/// (Latin, digits, Persian letters the normalizer does not map) or more than ten letters have no
/// packed form. Keys must be made by the same ``WordPacker`` (the same normalization) on both
/// sides of a lookup.
public struct PackedWord: Hashable, Sendable, CustomStringConvertible {
    /// The packed letters; never 0 for a word.
    public let rawValue: UInt64

    /// The most letters a packed word holds.
    public static let capacity = 10

    @inlinable
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The number of letters.
    @inlinable
    public var count: Int { (64 - rawValue.leadingZeroBitCount + 5) / 6 }

    /// The scalar value of letter `i` (0-based).
    @inlinable
    public func letter(at i: Int) -> UInt32 { UInt32((rawValue >> UInt64(6 * i)) & 63) + 0x0620 }

    /// The word without its first `k` letters, `nil` when nothing would remain.
    @inlinable
    public func dropFirst(_ k: Int = 1) -> PackedWord? {
        let rest = k >= Self.capacity ? 0 : rawValue >> UInt64(6 * k)
        return rest == 0 ? nil : PackedWord(rawValue: rest)
    }

    /// The word with `letter` (a scalar value U+0621–U+064A) put in front, `nil` when it would
    /// exceed the capacity.
    @inlinable
    public func prepending(_ letter: UInt32) -> PackedWord? {
        guard count < Self.capacity, (0x0621 ... 0x064A).contains(letter) else { return nil }
        return PackedWord(rawValue: rawValue << 6 | UInt64(letter - 0x0620))
    }

    /// Whether the word starts with the article ال.
    @inlinable
    public var hasArticle: Bool { rawValue & 0xFFF == UInt64(0x0627 - 0x0620) | UInt64(0x0644 - 0x0620) << 6 && count > 2 }

    /// The letters as a string (for messages and tests).
    public var description: String {
        var view = String.UnicodeScalarView()
        for i in 0 ..< count { view.append(Unicode.Scalar(letter(at: i))!) }
        return String(view)
    }
}

/// Makes ``PackedWord``s from text, through an ``ArabicNormalizer``.
///
/// The packer compiles its normalizer into a table of 65,536 bytes once (about a millisecond):
/// for each scalar of the Basic Multilingual Plane, the six-bit code of the letter it normalizes
/// to, 0 when the normalizer removes it (diacritics, tatweel, invisible marks), or "none" when
/// it is not an Arabic letter. Packing a token then costs one table read per scalar.
/// The default normalizer is ``NormalizationOptions/aggressive`` (ة → ه, ؤ → و, ئ → ي on top of
/// the matching options), so "الجمعه" and "الجمعة" have one key.
public struct WordPacker: Sendable {
    public let normalizer: ArabicNormalizer
    @usableFromInline let codes: [UInt8]
    @usableFromInline static let skip: UInt8 = 0
    @usableFromInline static let none: UInt8 = 0xFF

    public init(normalizer: ArabicNormalizer = ArabicNormalizer(options: .aggressive)) {
        self.normalizer = normalizer
        var codes = [UInt8](repeating: Self.none, count: 0x10000)
        for v in UInt32(0) ..< 0x10000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if ArabicScalar.isPresentationForm(v) {
                // Ligatures expand to two letters: not packable through a one-byte table.
                let key = normalizer.key(String(Character(scalar))).unicodeScalars
                if key.count != 1 { codes[Int(v)] = key.isEmpty ? Self.skip : Self.none; continue }
            }
            guard let mapped = normalizer.map(scalar) else { codes[Int(v)] = Self.skip; continue }
            if (0x0621 ... 0x064A).contains(mapped.value) { codes[Int(v)] = UInt8(mapped.value - 0x0620) }
        }
        self.codes = codes
    }

    /// The packed form of `scalars[range]`, or `nil` (no letter, a non-Arabic scalar, more than
    /// ten letters).
    /// - Complexity: O(k) in the length of the range.
    public func pack(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> PackedWord? {
        codes.withUnsafeBufferPointer { codes in
            var raw: UInt64 = 0
            var n = 0
            for i in range {
                let v = scalars[i].value
                guard v < 0x10000 else { return nil }
                let c = codes[Int(v)]
                if c == Self.skip { continue }
                if c == Self.none || n == PackedWord.capacity { return nil }
                raw |= UInt64(c) << UInt64(6 * n)
                n += 1
            }
            return n == 0 ? nil : PackedWord(rawValue: raw)
        }
    }

    /// Runs `body` with the packer's code table: for fast loops that pack many words with
    /// ``pack(_:_:codes:)``.
    @inlinable
    public func withCodes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try codes.withUnsafeBufferPointer(body)
    }

    /// The packed form of `scalars[range]` with a code table from ``withCodes(_:)``: the inner
    /// loop of a pass over a whole text, without bounds checks.
    @inlinable
    public static func pack(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                            codes: UnsafeBufferPointer<UInt8>) -> PackedWord? {
        var raw: UInt64 = 0
        var shift: UInt64 = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let v = Int(scalars[i].value)
            i += 1
            guard v < 0x10000 else { return nil }
            let c = codes[v]
            if c == skip { continue }
            // A scalar that is not an Arabic letter, or an eleventh letter: no packed form.
            if c == none || shift == UInt64(6 * PackedWord.capacity) { return nil }
            raw |= UInt64(c) << shift
            shift += 6
        }
        return raw == 0 ? nil : PackedWord(rawValue: raw)
    }

    /// The packed form of a word.
    public func pack(_ word: some StringProtocol) -> PackedWord? {
        let scalars = Array(word.unicodeScalars)
        return pack(scalars, 0 ..< scalars.count)
    }

    /// The packed forms of the space-separated words of a phrase, `nil` if one has none.
    public func packPhrase(_ phrase: some StringProtocol) -> [PackedWord]? {
        var words: [PackedWord] = []
        for part in phrase.split(whereSeparator: { $0 == " " }) {
            guard let word = pack(part) else { return nil }
            words.append(word)
        }
        return words.isEmpty ? nil : words
    }

    /// The original offsets where each letter of `scalars[range]` starts: what a span that drops
    /// some leading letters (proclitics) starts at. `offset(ofLetter: 2, …)` of "وبالأمس" is the
    /// offset of its ا.
    public func offset(ofLetter index: Int, in scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var n = 0
        for i in range {
            let v = scalars[i].value
            let c = v < 0x10000 ? codes[Int(v)] : Self.none
            if c == Self.skip { continue }
            if n == index { return i }
            n += 1
        }
        return range.upperBound
    }
}
