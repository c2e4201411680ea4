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
public struct CliticSegmenter: Sendable {
    /// Normalized words whose first letter is never split off as a proclitic.
    public let protectedFromProclitics: Set<String>
    /// Normalized words (without proclitics) whose last letters are never split off as a pronoun.
    public let protectedFromEnclitics: Set<String>
    let normalizer: ArabicNormalizer

    /// Words protected from both kinds of split, and the two lists of
    /// `Resources/clitic-protected.tsv` by default.
    public init(protectedWords: Set<String> = [], normalizer: ArabicNormalizer = ArabicNormalizer(),
                protectedList: ProtectedList = .bundled) {
        self.normalizer = normalizer
        let extra = Set(protectedWords.map { normalizer.key($0) })
        self.protectedFromProclitics = extra.union(protectedList.proclitic.map { normalizer.key($0) })
        self.protectedFromEnclitics = extra.union(protectedList.enclitic.map { normalizer.key($0) })
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

    /// Particles and prepositions that take a pronoun suffix although they are short (أنه، لها،
    /// عليه، بينهم), normalized.
    static let pronounHosts: Set<String> = ["ان", "لكن", "لعل", "كان", "مع", "عن", "من", "في", "علي", "الي", "لدي", "عند", "ل", "ب", "بين", "حول", "ضد", "دون", "منذ", "امام", "خلف", "نحو", "مثل", "عبر"]

    static let conjunctions: Set<UInt32> = [0x0648, 0x0641]  // و ف
    static let prepositions: Set<UInt32> = [0x0628, 0x0644, 0x0643]  // ب ل ك
    static let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644

    /// The letters of a word: normalized values and the original spans they cover.
    struct Letters {
        var values: [UInt32] = []
        var starts: [Int] = []
        var ends: [Int] = []
        var count: Int { values.count }
        func key(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            for v in values[range] { view.append(Unicode.Scalar(v)!) }
            return String(view)
        }
    }

    func letters(of span: Span, in scalars: [Unicode.Scalar]) -> Letters {
        var l = Letters()
        for i in span.range {
            guard let m = normalizer.map(scalars[i]) else {
                if !l.ends.isEmpty, ArabicScalar.isDiacritic(scalars[i].value) { l.ends[l.ends.count - 1] = i + 1 }
                continue
            }
            l.values.append(m.value); l.starts.append(i); l.ends.append(i + 1)
        }
        return l
    }

    /// The proclitics of a word: how many letters each takes, in order.
    func proclitics(_ l: Letters) -> [(kind: CliticSegment.Kind, length: Int)] {
        if protectedFromProclitics.contains(l.key(0 ..< l.count)) { return [] }
        var result: [(kind: CliticSegment.Kind, length: Int)] = []
        var p = 0
        if Self.conjunctions.contains(l.values[0]), l.count - 1 >= 3 {
            result.append((.conjunction, 1))
            p = 1
        }
        if p < l.count, Self.prepositions.contains(l.values[p]), l.count - p - 1 >= 3,
           !protectedFromProclitics.contains(l.key(p ..< l.count)) {
            // ل + ال is written لل: the second ل is the article.
            if l.values[p] == Self.lam, l.values[p + 1] == Self.lam, l.count - p - 2 >= 2 {
                result.append((.preposition, 1))
                result.append((.article, 1))
                return result
            }
            result.append((.preposition, 1))
            p += 1
        }
        if p + 1 < l.count, l.values[p] == Self.alef, l.values[p + 1] == Self.lam, l.count - p - 2 >= 2 {
            result.append((.article, 2))
        }
        return result
    }

    /// The pronoun suffix length of a stem (0 when none).
    func encliticLength(_ l: Letters, from p: Int) -> Int {
        if protectedFromEnclitics.contains(l.key(p ..< l.count)) { return 0 }
        if p + 1 < l.count, l.values[p] == Self.alef, l.values[p + 1] == Self.lam { return 0 }  // definite: no pronoun
        let suffixes: [[UInt32]] = [
            [0x0647, 0x0645, 0x0627], [0x0643, 0x0645, 0x0627],  // هما كما
            [0x0647, 0x0645], [0x0647, 0x0646], [0x0647, 0x0627], [0x0643, 0x0645], [0x0643, 0x0646],  // هم هن ها كم كن
            [0x0646, 0x0627], [0x0646, 0x064A],  // نا ني
            [0x0647],  // ه
        ]
        for suffix in suffixes where l.count - p > suffix.count {
            let at = l.count - suffix.count
            guard Array(l.values[at...]) == suffix else { continue }
            let stem = l.key(p ..< at)
            let stemLength = at - p
            if Self.pronounHosts.contains(stem) { return suffix.count }
            if stemLength >= 3 { return suffix.count }
            return 0
        }
        return 0
    }

    /// Segments an Arabic word token. Other tokens come back as one stem segment.
    public func segment(_ token: Token, in scalars: [Unicode.Scalar]) -> [CliticSegment] {
        guard token.kind == .word else { return [CliticSegment(span: token.span, kind: .stem)] }
        let l = letters(of: token.span, in: scalars)
        guard l.count > 1 else { return [CliticSegment(span: token.span, kind: .stem)] }
        var segments: [CliticSegment] = []
        var p = 0
        for (kind, length) in proclitics(l) {
            segments.append(CliticSegment(span: Span(start: l.starts[p], end: l.ends[p + length - 1]), kind: kind))
            p += length
        }
        let enclitic = encliticLength(l, from: p)
        let stemEnd = l.count - enclitic
        let stemStart = p == 0 ? token.start : l.starts[p]
        let stemEndOffset = enclitic == 0 ? token.end : l.ends[stemEnd - 1]
        segments.append(CliticSegment(span: Span(start: stemStart, end: stemEndOffset), kind: .stem))
        if enclitic > 0 {
            segments.append(CliticSegment(span: Span(start: l.starts[stemEnd], end: token.end), kind: .pronoun))
        }
        return segments
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
        let l = letters(of: token.span, in: scalars)
        guard l.count >= 3 else { return result }
        var p = 0
        if Self.conjunctions.contains(l.values[0]) {
            p = 1
            result.append(StemCandidate(span: Span(start: l.starts[1], end: token.end), restoresArticleAlef: false))
        }
        if l.count - p >= 3, Self.prepositions.contains(l.values[p]) {
            let lamLam = l.values[p] == Self.lam && l.values[p + 1] == Self.lam
            result.append(StemCandidate(span: Span(start: l.starts[p + 1], end: token.end), restoresArticleAlef: lamLam))
        }
        return result
    }
}
