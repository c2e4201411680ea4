import Foundation

/// Normalizes Arabic text for matching and keeps the map back to the original.
///
/// ```swift
/// let normalizer = ArabicNormalizer(options: .matching)
/// let n = normalizer.normalize("أعلنَ وزيرُ الخارجيةِ")
/// n.string                        // "اعلن وزير الخارجية"
/// n.originalRange(of: 0 ..< 4)    // 0 ..< 5: the fatha after ن is part of the word
/// ```
///
/// The normalizer compiles its options into a table over the Basic Multilingual Plane once, at
/// construction (about 0.3 ms); ``normalize(_:)-swift.method`` then costs one table lookup per
/// scalar. Build one normalizer per option set and share it: it is immutable and `Sendable`.
public struct ArabicNormalizer: Sendable {
    /// The options this normalizer applies.
    public let options: NormalizationOptions
    private let table: [UInt32]
    private let expansions: [UInt32: [Unicode.Scalar]]

    private static let drop: UInt32 = 0xFFFF_FFFF
    private static let expand: UInt32 = 0xFFFF_FFFE

    /// Compiles `options`. `letterMap` supplies the Persian and Urdu letters for
    /// ``NormalizationOptions/mapPersianLetters``.
    public init(options: NormalizationOptions = .matching, letterMap: LetterMap = .persianAndUrdu) {
        self.options = options
        var table = [UInt32](unsafeUninitializedCapacity: 0x10000) { buffer, count in
            for v in 0 ..< 0x10000 { buffer[v] = UInt32(v) }
            count = 0x10000
        }
        func set(_ v: UInt32, _ to: UInt32) { table[Int(v)] = to }
        if options.contains(.stripDiacritics) {
            for v in UInt32(0x0600) ... 0x08FF where ArabicScalar.isDiacritic(v) { set(v, Self.drop) }
        }
        if options.contains(.stripTatweel) { set(0x0640, Self.drop) }
        if options.contains(.stripInvisible) {
            for v in UInt32(0) ... 0xFFFF where ArabicScalar.isInvisibleFormat(v) { set(v, Self.drop) }
        }
        if options.contains(.mapPersianLetters) {
            for (from, to) in letterMap.pairs where from < 0x10000 { set(from, to) }
        }
        if options.contains(.unifyAlef) {
            for v: UInt32 in [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673] { set(v, 0x0627) }
        }
        if options.contains(.alefMaksuraToYeh) { set(0x0649, 0x064A) }
        if options.contains(.tehMarbutaToHeh) { set(0x0629, 0x0647) }
        if options.contains(.foldHamzaCarriers) { set(0x0624, 0x0648); set(0x0626, 0x064A) }
        if options.contains(.asciiDigits) {
            for d: UInt32 in 0 ... 9 { set(0x0660 + d, 0x30 + d); set(0x06F0 + d, 0x30 + d) }
        }
        if options.contains(.lowercaseLatin) {
            for v: UInt32 in 0x41 ... 0x5A { set(v, v + 0x20) }
        }
        var expansions: [UInt32: [Unicode.Scalar]] = [:]
        if options.contains(.compatibilityForms) {
            // Presentation forms: NFKC from Foundation, then this table applied to the result.
            for v in UInt32(0xFB50) ... 0xFEFC where ArabicScalar.isPresentationForm(v) {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let decomposed = String(Character(scalar)).precomposedStringWithCompatibilityMapping
                var mapped: [Unicode.Scalar] = []
                for s in decomposed.unicodeScalars {
                    let to = s.value < 0x10000 ? table[Int(s.value)] : s.value
                    if to != Self.drop, let m = Unicode.Scalar(to) { mapped.append(m) }
                }
                if mapped.count == 1 {
                    set(v, mapped[0].value)
                } else if mapped.isEmpty {
                    set(v, Self.drop)
                } else if mapped != [scalar] {
                    set(v, Self.expand)
                    expansions[v] = mapped
                }
            }
            // Fullwidth ASCII (U+FF01–U+FF5E) → ASCII, then the table.
            for v in UInt32(0xFF01) ... 0xFF5E { set(v, table[Int(v - 0xFEE0)]) }
        }
        self.table = table
        self.expansions = expansions
    }

    /// Normalizes `text` and maps each normalized scalar back to the original.
    /// - Complexity: O(n) in the number of scalars.
    public func normalize(_ text: String) -> NormalizedText {
        normalize(ScalarDecoder.scalars(of: text))
    }

    /// Normalizes a scalar array; offsets in the result are indices into `scalars`.
    /// - Complexity: O(n).
    public func normalize(_ scalars: [Unicode.Scalar]) -> NormalizedText {
        let n = scalars.count
        var out = [Unicode.Scalar](), starts = [Int32](), ends = [Int32]()
        out.reserveCapacity(n); starts.reserveCapacity(n); ends.reserveCapacity(n)
        table.withUnsafeBufferPointer { table in
            scalars.withUnsafeBufferPointer { input in
                var lastKeptOrigin = -1  // original index of the last kept scalar, for attaching marks
                for i in 0 ..< n {
                    let v = input[i].value
                    let to = v < 0x10000 ? table[Int(v)] : v
                    if to == v || (to != Self.drop && to != Self.expand) {
                        out.append(to == v ? input[i] : Unicode.Scalar(to)!)
                        starts.append(Int32(i)); ends.append(Int32(i + 1))
                        lastKeptOrigin = i
                    } else if to == Self.drop {
                        // A removed mark right after a kept letter (or after its other marks)
                        // belongs to that letter.
                        if ArabicScalar.isDiacritic(v), lastKeptOrigin >= 0, !ends.isEmpty,
                           Int(ends[ends.count - 1]) == i {
                            ends[ends.count - 1] = Int32(i + 1)
                        }
                    } else {
                        for s in expansions[v] ?? [] {
                            out.append(s); starts.append(Int32(i)); ends.append(Int32(i + 1))
                        }
                        lastKeptOrigin = i
                    }
                }
            }
        }
        return NormalizedText(scalars: out, originStarts: starts, originEnds: ends, originalCount: n)
    }

    /// Normalizes a string for use as a dictionary key, without building an offset map.
    /// - Complexity: O(n); no allocation beyond the result for keys of up to 15 UTF-8 bytes.
    public func key(_ text: some StringProtocol) -> String {
        var text = String(text)
        return text.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: utf8.count) { buffer in
                var n = 0
                var i = 0
                while i < utf8.count {
                    let c = UInt32(utf8[i])
                    var v: UInt32
                    if c < 0x80 { v = c; i += 1 }
                    else if c < 0xE0 { v = (c & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F); i += 2 }
                    else if c < 0xF0 { v = (c & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F); i += 3 }
                    else {
                        v = (c & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    buffer[n] = Unicode.Scalar(_unchecked: v)
                    n += 1
                }
                return key(UnsafeBufferPointer(rebasing: buffer[0 ..< n]))
            }
        }
    }

    /// The normalized form of a slice of scalars, for use as a dictionary key.
    public func key(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer { key($0) }
    }

    /// The normalized form of a buffer of scalars, for use as a dictionary key.
    /// - Complexity: O(n), writing UTF-8 directly.
    public func key(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        table.withUnsafeBufferPointer { table in
            let capacity = scalars.count * 3 + 8
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
                var k = 0
                @inline(__always) func put(_ v: UInt32) {
                    if v < 0x80 {
                        out[k] = UInt8(v); k += 1
                    } else if v < 0x800 {
                        out[k] = UInt8(0xC0 | v >> 6); out[k + 1] = UInt8(0x80 | v & 0x3F); k += 2
                    } else if v < 0x10000 {
                        out[k] = UInt8(0xE0 | v >> 12); out[k + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
                        out[k + 2] = UInt8(0x80 | v & 0x3F); k += 3
                    } else {
                        out[k] = UInt8(0xF0 | v >> 18); out[k + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                        out[k + 2] = UInt8(0x80 | (v >> 6) & 0x3F); out[k + 3] = UInt8(0x80 | v & 0x3F); k += 4
                    }
                }
                for s in scalars {
                    let v = s.value
                    let to = v < 0x10000 ? table[Int(v)] : v
                    if to == Self.drop { continue }
                    if to == Self.expand || k + 4 > capacity {
                        // Rare: a ligature that expands, or a supplementary-plane scalar near the end.
                        var view = String.UnicodeScalarView()
                        appendKey(of: scalars, to: &view)
                        return String(view)
                    }
                    put(to)
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[0 ..< k]), as: UTF8.self)
            }
        }
    }

    /// Appends the normalized form of `scalars` to `view`, without an offset map.
    public func appendKey(of scalars: some Sequence<Unicode.Scalar>, to view: inout String.UnicodeScalarView) {
        table.withUnsafeBufferPointer { table in
            for s in scalars {
                let v = s.value
                let to = v < 0x10000 ? table[Int(v)] : v
                if to == v {
                    view.append(s)
                } else if to == Self.expand {
                    view.append(contentsOf: expansions[v] ?? [])
                } else if to != Self.drop {
                    view.append(Unicode.Scalar(to)!)
                }
            }
        }
    }

    /// The normalized value of one scalar: `nil` when it is removed, and the first scalar of an
    /// expansion.
    @inlinable
    public func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        mapValue(scalar.value).flatMap(Unicode.Scalar.init)
    }

    @usableFromInline
    func mapValue(_ v: UInt32) -> UInt32? {
        let to = v < 0x10000 ? table[Int(v)] : v
        if to == Self.drop { return nil }
        if to == Self.expand { return expansions[v]?.first?.value }
        return to
    }
}
