/// Splits Arabic words into proclitics, stem and pronoun enclitic, keeping offsets.
///
/// ```swift
/// // "وبالأمس" → و (conjunction) ب (preposition) ال (article) أمس (stem)
/// // "للأمم"   → ل (preposition) ل (article) أمم (stem)
/// // "نظيره"   → نظير (stem) ه (pronoun)
/// // "باكو", "لافروف", "وارسو" → one stem: protected words are never split
/// ```
///
/// The rules are deliberately guarded. A proclitic is split off only when at least three letters
/// remain (two after the article), and never from a protected word: the list in
/// `Resources/clitic-protected.tsv`, words that begin or end with clitic letters but are whole
/// words (وزير، باكو، اتجاه), built from corpus frequencies by
/// `scripts/resources/build_clitic_protected.py`. Callers that look words up in a lexicon should
/// try ``stemCandidates(_:in:)`` instead of trusting one segmentation.
/// - Complexity: O(k) in the length of the word.
public final class CliticSegmenter: Sendable {
    /// Normalized words whose first letter is never split off as a proclitic.
    public let protectedFromProclitics: Set<String>
    /// Normalized words (without proclitics) whose last letters are never split off as a pronoun.
    public let protectedFromEnclitics: Set<String>
    let normalizer: ArabicNormalizer
    /// The two protected lists, for lookups by scalar values.
    let procliticKeys: ScalarKeySet
    let encliticKeys: ScalarKeySet

    /// Words protected from both kinds of split, and the two lists of
    /// `Resources/clitic-protected.tsv` by default.
    public init(protectedWords: Set<String> = [], normalizer: ArabicNormalizer = ArabicNormalizer(),
                protectedList: ProtectedList = .bundled) {
        self.normalizer = normalizer
        let extra = Set(protectedWords.map { normalizer.key($0) })
        self.protectedFromProclitics = extra.union(protectedList.proclitic.map { normalizer.key($0) })
        self.protectedFromEnclitics = extra.union(protectedList.enclitic.map { normalizer.key($0) })
        self.procliticKeys = ScalarKeySet(protectedFromProclitics)
        self.encliticKeys = ScalarKeySet(protectedFromEnclitics)
    }

    /// Words that look like clitic + stem but are whole words.
    public struct ProtectedList: Sendable {
        public var proclitic: Set<String>
        public var enclitic: Set<String>

        public init(proclitic: Set<String>, enclitic: Set<String>) {
            self.proclitic = proclitic
            self.enclitic = enclitic
        }

        /// `Resources/clitic-protected.tsv`, built from corpus frequencies by
        /// `scripts/resources/build_clitic_protected.py`; `kind` is proclitic, enclitic or both.
        public static let bundled: ProtectedList = {
            do {
                let rows = try TSVReader(text: TextResources.string(named: "clitic-protected.tsv"), file: "clitic-protected.tsv",
                                         requiredColumns: ["word", "kind", "source"]).rows
                var list = ProtectedList(proclitic: [], enclitic: [])
                for row in rows {
                    if row["kind"] != "enclitic" { list.proclitic.insert(row["word"]) }
                    if row["kind"] != "proclitic" { list.enclitic.insert(row["word"]) }
                }
                return list
            } catch {
                fatalError("The bundled resource clitic-protected.tsv is broken: \(error)")
            }
        }()

        public static let empty = ProtectedList(proclitic: [], enclitic: [])
    }

    /// Closed-class words from `Resources/clitic-closed-class.tsv`: two-letter words that may
    /// follow a proclitic (وما، ومع), and short words that take a pronoun suffix (أنه، لها، عليه).
    public struct ClosedClass: Sendable {
        public let shortStems: Set<String>
        public let pronounHosts: Set<String>

        public static let bundled: ClosedClass = {
            do {
                let rows = try TSVReader(text: TextResources.string(named: "clitic-closed-class.tsv"),
                                         file: "clitic-closed-class.tsv", requiredColumns: ["form", "role", "source"]).rows
                return ClosedClass(shortStems: Set(rows.filter { $0["role"] == "short-stem" }.map { $0["form"] }),
                                   pronounHosts: Set(rows.filter { $0["role"] == "pronoun-host" }.map { $0["form"] }))
            } catch {
                fatalError("The bundled resource clitic-closed-class.tsv is broken: \(error)")
            }
        }()
    }

    /// The closed-class words, for lookups by scalar values.
    static let pronounHostKeys = ScalarKeySet(ClosedClass.bundled.pronounHosts)
    static let shortStemKeys = ScalarKeySet(ClosedClass.bundled.shortStems)
    static let seen: UInt32 = 0x0633  // س, the future prefix

    @inline(__always) static func isConjunction(_ v: UInt32) -> Bool { v == 0x0648 || v == 0x0641 }  // و ف
    @inline(__always) static func isPreposition(_ v: UInt32) -> Bool { v == 0x0628 || v == 0x0644 || v == 0x0643 }  // ب ل ك
    static let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644
    /// Pronoun suffixes, longest first: هما كما هم هن ها كم كن نا ني ه.
    static let pronounSuffixes: [[UInt32]] = [
        [0x0647, 0x0645, 0x0627], [0x0643, 0x0645, 0x0627],
        [0x0647, 0x0645], [0x0647, 0x0646], [0x0647, 0x0627], [0x0643, 0x0645], [0x0643, 0x0646],
        [0x0646, 0x0627], [0x0646, 0x064A],
        [0x0647],
    ]

    /// The letters of a word: normalized values and the original spans they cover, in a buffer
    /// that lives only while the word is segmented (on the stack for words of ordinary length).
    struct Letters {
        struct Letter {
            var value: UInt32
            var start: Int32
            var end: Int32
        }
        let items: UnsafeMutableBufferPointer<Letter>
        let count: Int
        subscript(_ i: Int) -> UInt32 { items[i].value }
        func start(_ i: Int) -> Int { Int(items[i].start) }
        func end(_ i: Int) -> Int { Int(items[i].end) }

        /// Whether the letters in `range` form a word of `set` (the same answer as
        /// `set`'s strings would give for the normalized key, without building the string).
        func isIn(_ set: ScalarKeySet, _ range: Range<Int>) -> Bool {
            set.contains(items, range)
        }

        func hasSuffix(_ suffix: [UInt32]) -> Bool {
            guard suffix.count <= count else { return false }
            let at = count - suffix.count
            for j in 0 ..< suffix.count where items[at + j].value != suffix[j] { return false }
            return true
        }
    }

    /// Calls `body` with the normalized letters of `span`; a diacritic extends the letter before it.
    func withLetters<R>(of span: Span, in scalars: [Unicode.Scalar], _ body: (Letters) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Letters.Letter.self, capacity: max(span.length, 1)) { buffer in
            var n = 0
            scalars.withUnsafeBufferPointer { s in
                for i in span.range {
                    let v = s[i].value
                    guard let m = normalizer.mapValue(v) else {
                        if n > 0, ArabicScalar.isDiacritic(v) { buffer[n - 1].end = Int32(i + 1) }
                        continue
                    }
                    buffer[n] = Letters.Letter(value: m, start: Int32(i), end: Int32(i + 1))
                    n += 1
                }
            }
            return body(Letters(items: buffer, count: n))
        }
    }

    /// At most three proclitics (conjunction, preposition or future, article), without an array.
    struct Proclitics {
        private(set) var count = 0
        private var kinds: (CliticSegment.Kind, CliticSegment.Kind, CliticSegment.Kind) = (.stem, .stem, .stem)
        private var lengths: (Int, Int, Int) = (0, 0, 0)

        mutating func append(_ kind: CliticSegment.Kind, _ length: Int) {
            switch count {
            case 0: kinds.0 = kind; lengths.0 = length
            case 1: kinds.1 = kind; lengths.1 = length
            default: kinds.2 = kind; lengths.2 = length
            }
            count += 1
        }

        subscript(_ i: Int) -> (kind: CliticSegment.Kind, length: Int) {
            switch i {
            case 0: (kinds.0, lengths.0)
            case 1: (kinds.1, lengths.1)
            default: (kinds.2, lengths.2)
            }
        }
    }

    /// The proclitics of a word: how many letters each takes, in order.
    ///
    /// و/ف, then ب/ل/ك or the future prefix س before an imperfect verb (سيكون), then ال; each
    /// only when at least three letters remain (two after the article, or a closed-class word
    /// such as ما، مع، في after و/ف), and never from a protected word.
    func proclitics(_ l: Letters) -> Proclitics {
        var result = Proclitics()
        if l.isIn(procliticKeys, 0 ..< l.count) { return result }
        var p = 0
        // After و/ف, a closed-class word of two letters may follow (وما، ومع، فلا).
        if Self.isConjunction(l[0]), l.count - 1 >= 3 || (l.count == 3 && l.isIn(Self.shortStemKeys, 1 ..< 3)) {
            result.append(.conjunction, 1)
            p = 1
        }
        if p < l.count, Self.isPreposition(l[p]), l.count - p - 1 >= 3,
           !l.isIn(procliticKeys, p ..< l.count) {
            // ل + ال is written لل: the second ل is the article.
            if l[p] == Self.lam, l.count - p >= 4, l[p + 1] == Self.lam {
                result.append(.preposition, 1)
                result.append(.article, 1)
                return result
            }
            result.append(.preposition, 1)
            p += 1
        } else if p < l.count, l[p] == Self.seen, l.count - p - 1 >= 4, Self.isImperfectPrefix(l[p + 1]),
                  !(l[p + 1] == Self.alef && l[p + 2] == Self.lam),  // سأل، سألت: "ask", not سـ + ال
                  !l.isIn(procliticKeys, p ..< l.count) {
            result.append(.future, 1)
            return result
        }
        if p + 1 < l.count, l[p] == Self.alef, l[p + 1] == Self.lam, l.count - p - 2 >= 2 {
            result.append(.article, 2)
        }
        return result
    }

    /// ي ت ن ا: the prefixes of an imperfect verb, after which س is the future prefix.
    @inline(__always) static func isImperfectPrefix(_ v: UInt32) -> Bool {
        v == 0x064A || v == 0x062A || v == 0x0646 || v == 0x0627
    }

    /// The pronoun suffix length of a stem (0 when none).
    func encliticLength(_ l: Letters, from p: Int) -> Int {
        if l.isIn(encliticKeys, p ..< l.count) { return 0 }
        if p + 1 < l.count, l[p] == Self.alef, l[p + 1] == Self.lam { return 0 }  // definite: no pronoun
        for suffix in Self.pronounSuffixes where l.count - p > suffix.count && l.hasSuffix(suffix) {
            let at = l.count - suffix.count
            if at - p >= 3 { return suffix.count }
            // A short host: أنه، لها، عليهم — but not لكن read as ل + كن.
            if l.isIn(Self.pronounHostKeys, p ..< at), at - p > 1 || suffix.first != 0x0643 { return suffix.count }
            return 0
        }
        return 0
    }

    /// Segments an Arabic word token. Other tokens come back as one stem segment.
    public func segment(_ token: Token, in scalars: [Unicode.Scalar]) -> [CliticSegment] {
        var segments: [CliticSegment] = []
        segments.reserveCapacity(3)
        segment(token, in: scalars, into: &segments)
        return segments
    }

    /// Appends the segments of `token` to `segments`: the same segments as
    /// ``segment(_:in:)``, without an array per word when the caller reuses its buffer.
    public func segment(_ token: Token, in scalars: [Unicode.Scalar], into segments: inout [CliticSegment]) {
        guard token.kind == .word else { return segments.append(CliticSegment(span: token.span, kind: .stem)) }
        withLetters(of: token.span, in: scalars) { l in
            guard l.count > 1 else { return segments.append(CliticSegment(span: token.span, kind: .stem)) }
            // The segments partition the token: a proclitic runs up to the next letter and the pronoun
            // starts where the stem's letter (and its marks) end, so a tatweel or joiner between them
            // goes with the clitic (بـ، ـه) and the stem's span is its letters.
            var p = 0
            let proclitics = proclitics(l)
            for k in 0 ..< proclitics.count {
                let (kind, length) = proclitics[k]
                segments.append(CliticSegment(span: Span(start: p == 0 ? token.start : l.start(p), end: l.start(p + length)), kind: kind))
                p += length
            }
            let enclitic = encliticLength(l, from: p)
            let stemEnd = l.count - enclitic
            let stemStart = p == 0 ? token.start : l.start(p)
            let stemEndOffset = enclitic == 0 ? token.end : l.end(stemEnd - 1)
            segments.append(CliticSegment(span: Span(start: stemStart, end: stemEndOffset), kind: .stem))
            if enclitic > 0 {
                segments.append(CliticSegment(span: Span(start: stemEndOffset, end: token.end), kind: .pronoun))
            }
        }
    }

    /// A way to read a word for a lexicon lookup: the span without some proclitics, and whether
    /// the article's alef must be restored (لل → ال: "للأمم" is looked up as "الأمم").
    public struct StemCandidate: Hashable, Sendable {
        public let span: Span
        public let restoresArticleAlef: Bool
    }

    /// The readings a lexicon lookup should try for a word: the whole word first, then without
    /// و/ف, then without a following or leading ب/ل/ك (للأمم → لأمم, read as الأمم). Protected
    /// words are not consulted: the caller's lexicon decides, longest match first.
    public func stemCandidates(_ token: Token, in scalars: [Unicode.Scalar]) -> [StemCandidate] {
        var result = [StemCandidate(span: token.span, restoresArticleAlef: false)]
        guard token.kind == .word else { return result }
        withLetters(of: token.span, in: scalars) { l in
            guard l.count >= 3 else { return }
            var p = 0
            if Self.isConjunction(l[0]) {
                p = 1
                result.append(StemCandidate(span: Span(start: l.start(1), end: token.end), restoresArticleAlef: false))
            }
            if l.count - p >= 3, Self.isPreposition(l[p]) {
                let lamLam = l[p] == Self.lam && l[p + 1] == Self.lam
                result.append(StemCandidate(span: Span(start: l.start(p + 1), end: token.end), restoresArticleAlef: lamLam))
            }
        }
        return result
    }
}
