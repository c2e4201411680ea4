import MarsadText

/// Turns the tokens of a sentence into hashed features for the tagger.
///
/// ```swift
/// let extractor = NERFeatureExtractor(features: .all, lexicon: try .bundled())
/// let sentence = NERSentence(words: ["وقال", "كوفي", "أنان"])
/// var features: [UInt64] = []
/// extractor.appendFeatures(of: extractor.analyze(sentence), at: 1, to: &features)
/// // about 40 hashes: word=كوفي, prefix2=كو, previousWord=وقال, nextWord=انان, cluster, …
/// ```
///
/// Per token (see ``FeatureSet`` for the groups): the word as written, its `.matching` and
/// `.aggressive` normal forms; prefixes and suffixes of 1–4 letters of the normalized form; the
/// clitic-stripped readings of `CliticSegmenter.stemCandidates` and the stem and clitic pattern
/// of `segment`; whether it begins with ال; its shape and length; the normalized words two
/// either side and the bigrams with its neighbours; the neighbours' stems, suffixes and shapes;
/// gazetteer membership of the word, its stems, its neighbours and the longest gazetteer phrase
/// over it; trigger words (titles, speech verbs, place and organization cues) around it.
/// Features are 64-bit hashes (``FeatureHash``) of a template number and values.
/// - Complexity: O(n · (k + p)) for n tokens of k letters, p the longest gazetteer phrase.
public struct NERFeatureExtractor: Sendable {
    public let features: FeatureSet
    public let lexicon: NERLexicon
    let matching: ArabicNormalizer
    let aggressive: ArabicNormalizer
    let segmenter: CliticSegmenter
    let scalarTable: ScalarTable

    static let edgeWord = FeatureHash.word("<s>")

    public init(features: FeatureSet, lexicon: NERLexicon) {
        self.features = features
        self.lexicon = lexicon
        matching = ArabicNormalizer(options: .matching)
        aggressive = lexicon.normalizer
        segmenter = CliticSegmenter(normalizer: matching)
        scalarTable = ScalarTable(matching: matching, aggressive: aggressive)
    }

    // MARK: Analysis

    /// The segmentation of a word, which depends only on its normalized letters.
    struct CliticInfo {
        var segmentStem: UInt64 = 0
        var clitics: UInt8 = 0, article: UInt8 = 0
        /// Hashed features of the stem's 2–4-letter prefixes and suffixes (``affixHashes(_:)``).
        var stemAffixes = StemAffixes()
    }

    /// Up to six hashed features, kept inline (a word analysis allocates nothing for them).
    struct StemAffixes {
        private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        private(set) var count = 0

        mutating func append(_ h: UInt64) {
            precondition(count < 6, "six affixes at most")
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: h, toByteOffset: 8 * count, as: UInt64.self) }
            count += 1
        }

        subscript(_ i: Int) -> UInt64 {
            withUnsafeBytes(of: storage) { $0.load(fromByteOffset: 8 * i, as: UInt64.self) }
        }
    }

    /// Clitic analyses already made, by normalized-word hash: segmenting is the costliest step,
    /// and words repeat.
    typealias CliticMemo = [UInt64: CliticInfo]

    /// Analyzes the tokens of a sentence.
    func analyze(_ sentence: NERSentence) -> TokenAnalysis {
        var memo = CliticMemo()
        return analyze(sentence, memo: &memo)
    }

    /// Analyzes the tokens of a sentence, reusing and extending `memo`.
    func analyze(_ sentence: NERSentence, memo: inout CliticMemo) -> TokenAnalysis {
        var a = TokenAnalysis()
        a.tokens.reserveCapacity(sentence.tokens.count)
        var optionalMemo: CliticMemo? = memo
        memo = [:]
        defer { memo = optionalMemo ?? [:] }
        for token in sentence.tokens {
            a.tokens.append(analyzeWord(token, in: sentence.scalars, memo: &optionalMemo, own: &a.own))
            a.ownStart.append(Int32(a.own.count))
        }
        a.tokens.withUnsafeMutableBufferPointer { markPhrases($0) }
        return a
    }

    /// The hash of a token's scalars as written, the first step of ``analyzeWord(_:in:memo:own:)``
    /// (``WordFacts/word``).
    @inline(__always)
    static func rawHash(_ token: Token, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var h = FeatureHash.seed
        for i in token.range { h = (h ^ UInt64(scalars[i].value)) &* FeatureHash.prime }
        return FeatureHash.mix(h)
    }

    /// The facts of one token, and its own features (see ``appendFeatures(of:at:to:)``)
    /// added to `own`. All but ``WordFacts/phrase``, which needs the sentence. Clitic analyses
    /// are looked up in and added to `memo` when there is one.
    func analyzeWord<Sink: FeatureSink>(_ token: Token, in scalars: [Unicode.Scalar], memo: inout CliticMemo?, own: inout Sink) -> WordFacts {
        var t = WordFacts()
        let length = token.end - token.start
        var arabic = false, latin = false, digits = false, punctuation = false, other = false
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * length + 2) { buffer in
            // Matching letters at the start of the buffer, aggressive ones from `length + 1`.
            var n = 0, m = 0
            var raw = FeatureHash.seed
            for i in token.range {
                let s = scalars[i]
                raw = (raw ^ UInt64(s.value)) &* FeatureHash.prime
                let (mv, av, c) = scalarTable.look(s)
                if mv != ScalarTable.drop { buffer[n] = mv; n += 1 }
                if av != ScalarTable.drop { buffer[length + 1 + m] = av; m += 1 }
                switch c {
                case ScalarTable.Class.arabic.rawValue: arabic = true
                case ScalarTable.Class.latin.rawValue: latin = true
                case ScalarTable.Class.digit.rawValue: digits = true
                case ScalarTable.Class.punctuation.rawValue: punctuation = true
                case ScalarTable.Class.other.rawValue: other = true
                default: break
                }
            }
            t.word = FeatureHash.mix(raw)
            let letters = UnsafeBufferPointer(rebasing: buffer[0 ..< n])
            t.normalized = FeatureHash.word(letters)
            t.length = TokenAnalysis.lengthBucket(n)
            if n > 2 { t.suffix2 = FeatureHash.word(UnsafeBufferPointer(rebasing: letters[(n - 2)...])) }
            if n >= 4, letters[0] == 0x0627, letters[1] == 0x0644 { t.article |= 1 }
            let folded = UnsafeBufferPointer(rebasing: buffer[(length + 1) ..< (length + 1 + m)])
            t.aggressive = FeatureHash.word(folded)
            if token.kind == .word, arabic, !latin, !digits, n == m {
                (t.stem1, t.stem2) = Self.stemCandidateHashes(letters: letters, folded: folded)
            }
            if features.contains(.affixes) {
                let templates: [(FeatureTemplate, FeatureTemplate)] = [(.prefix1, .suffix1), (.prefix2, .suffix2), (.prefix3, .suffix3), (.prefix4, .suffix4)]
                for k in 1 ... 4 where n > k {
                    own.add(templates[k - 1].0, FeatureHash.word(UnsafeBufferPointer(rebasing: letters[..<k])))
                    own.add(templates[k - 1].1, FeatureHash.word(UnsafeBufferPointer(rebasing: letters[(n - k)...])))
                }
            }
        }
        t.shape = Self.shape(arabic: arabic, latin: latin, digits: digits, punctuation: punctuation, other: other).rawValue
        var stemAffixes = StemAffixes()
        if token.kind == .word, arabic, !latin, !digits {
            let info: CliticInfo
            if let known = memo?[t.normalized] {
                info = known
            } else {
                info = analyzeClitics(token, in: scalars)
                memo?[t.normalized] = info
            }
            t.segmentStem = info.segmentStem
            t.clitics = info.clitics; t.article |= info.article; stemAffixes = info.stemAffixes
        }
        lookUp(&t)
        appendOwnFeatures(of: t, stemAffixes: stemAffixes, to: &own)
        return t
    }

    static func shape(arabic: Bool, latin: Bool, digits: Bool, punctuation: Bool, other: Bool) -> TokenAnalysis.Shape {
        switch (arabic, latin, digits) {
        case (true, false, false): return .arabic
        case (false, true, false): return .latin
        case (false, false, true): return .digits
        case (true, false, true): return .arabicDigits
        case (false, true, true): return .latinDigits
        case (false, false, false): return punctuation && !other ? .punctuation : .symbol
        default: return .mixed
        }
    }

    /// The segment stem and the clitic pattern of an Arabic word.
    func analyzeClitics(_ token: Token, in scalars: [Unicode.Scalar]) -> CliticInfo {
        var t = CliticInfo()
        let segments = segmenter.segment(token, in: scalars)
        for segment in segments {
            switch segment.kind {
            case .conjunction: t.clitics |= 1
            case .preposition: t.clitics |= 2
            case .article: t.clitics |= 4; t.article |= 2
            case .pronoun: t.clitics |= 8
            case .future: t.clitics |= 16
            case .stem:
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: segment.span.length) { values in
                    var n = 0
                    for i in segment.span.range {
                        let a = scalarTable.look(scalars[i]).aggressive
                        if a != ScalarTable.drop { values[n] = a; n += 1 }
                    }
                    let stem = UnsafeBufferPointer(rebasing: values[0 ..< n])
                    t.segmentStem = FeatureHash.word(stem)
                    if segments.count > 1 { t.stemAffixes = Self.affixHashes(stem) }
                }
            }
        }
        return t
    }

    /// The hashes of the clitic-stripped readings of `CliticSegmenter.stemCandidates` after the
    /// word itself (0 when there is none), from the word's `.matching` letters and their
    /// `.aggressive` forms (one for one): without و/ف when the word starts with one, then
    /// without a ب/ل/ك that follows or starts it, at least three letters remaining; لل is read
    /// as ال. The same rules as the segmenter's, without its two arrays a word; a test checks
    /// that both agree.
    static func stemCandidateHashes(letters: UnsafeBufferPointer<UInt32>, folded: UnsafeBufferPointer<UInt32>) -> (UInt64, UInt64) {
        let n = letters.count
        guard n >= 3 else { return (0, 0) }
        var found: (UInt64, UInt64) = (0, 0)
        func add(_ h: UInt64) { if found.0 == 0 { found.0 = h } else { found.1 = h } }
        var p = 0
        if letters[0] == 0x0648 || letters[0] == 0x0641 {  // و ف
            p = 1
            add(FeatureHash.word(UnsafeBufferPointer(rebasing: folded[1...])))
        }
        let v = letters[p]
        if n - p >= 3, v == 0x0628 || v == 0x0644 || v == 0x0643 {  // ب ل ك
            if v == 0x0644, letters[p + 1] == 0x0644 {
                // لل: the article's alef comes back (للأمم → الأمم).
                var h = FeatureHash.seed ^ UInt64(n - p)
                h = (h ^ 0x0627) &* FeatureHash.prime
                for a in folded[(p + 1)...] { h = (h ^ UInt64(a)) &* FeatureHash.prime }
                add(FeatureHash.mix(h))
            } else {
                add(FeatureHash.word(UnsafeBufferPointer(rebasing: folded[(p + 1)...])))
            }
        }
        return found
    }

    /// The same hashes through `CliticSegmenter.stemCandidates`, for tests.
    func segmenterStemCandidateHashes(_ token: Token, in scalars: [Unicode.Scalar]) -> (UInt64, UInt64) {
        func hash(_ c: CliticSegmenter.StemCandidate) -> UInt64 {
            var values: [UInt32] = c.restoresArticleAlef ? [0x0627] : []
            for i in c.span.range {
                let a = scalarTable.look(scalars[i]).aggressive
                if a != ScalarTable.drop { values.append(a) }
            }
            return FeatureHash.word(values)
        }
        let candidates = segmenter.stemCandidates(token, in: scalars)
        return (candidates.count > 1 ? hash(candidates[1]) : 0, candidates.count > 2 ? hash(candidates[2]) : 0)
    }

    /// Hashed features of the 2–4-letter prefixes and suffixes of `values`.
    static func affixHashes(_ v: UnsafeBufferPointer<UInt32>) -> StemAffixes {
        let n = v.count
        var result = StemAffixes()
        let prefixes: [FeatureTemplate] = [.stemPrefix2, .stemPrefix3, .stemPrefix4]
        let suffixes: [FeatureTemplate] = [.stemSuffix2, .stemSuffix3, .stemSuffix4]
        for k in 2 ... 4 where n > k {
            result.append(FeatureHash.feature(prefixes[k - 2], FeatureHash.word(UnsafeBufferPointer(rebasing: v[..<k]))))
            result.append(FeatureHash.feature(suffixes[k - 2], FeatureHash.word(UnsafeBufferPointer(rebasing: v[(n - k)...]))))
        }
        return result
    }

    /// Gazetteer, trigger, cluster and name entries of the word or its stems (one lookup each
    /// in ``NERLexicon/words``); whether a name of several words of either list may start with it.
    func lookUp(_ t: inout WordFacts) {
        guard !features.isDisjoint(with: [.gazetteer, .triggers, .clusters, .nameList]) else { return }
        var gazetteer: UInt8 = 0, trigger: UInt8 = 0, names: UInt8 = 0
        var clustered = false
        for h in [t.aggressive, t.stem1, t.stem2, t.segmentStem] where h != 0 {
            let e = lexicon.entry(h)
            gazetteer |= e.gazetteer
            trigger |= e.trigger
            names |= e.names
            if !clustered, e.coarse != 0 {
                clustered = true
                t.coarseCluster = e.coarse
                t.fineCluster = e.fine
            }
        }
        t.gazetteer = gazetteer
        t.trigger = trigger
        t.names = names
        guard lexicon.longestPhrase > 1 else { return }
        for first in [t.aggressive, t.stem1, t.stem2] where first != 0 {
            if (lexicon.phrases[NERLexicon.phraseHash(CollectionOfOne(first))] ?? 0) & NERLexicon.phrasePrefix != 0 {
                t.startsPhrase = true
            }
        }
    }

    /// Marks the tokens of the longest ANERGazet names (``WordFacts/phrase``) and the longest
    /// ``NameList`` names (``WordFacts/namePhrase``) of a sentence, each list left to right
    /// without overlaps; a name starts with any reading of its first word (word, stems). Code:
    /// type bits in the low nibble, 0x10 for the first token, 0x20 for the others. One walk
    /// from each token serves both lists (they share ``NERLexicon/phrases``).
    func markPhrases(_ tokens: UnsafeMutableBufferPointer<WordFacts>) {
        guard !features.isDisjoint(with: [.gazetteer, .triggers, .clusters, .nameList]), lexicon.longestPhrase > 1 else { return }
        let n = tokens.count, longest = lexicon.longestPhrase, phrases = lexicon.phrases
        // The first token each list may mark next (names of one list do not overlap).
        var freeGazetteer = 0, freeNames = 0
        for i in 0 ..< n where tokens[i].startsPhrase && (i >= freeGazetteer || i >= freeNames) {
            var bestGazetteer = 0, gazetteerType: UInt8 = 0, bestNames = 0, namesType: UInt8 = 0
            let t = tokens[i]
            for first in [t.aggressive, t.stem1, t.stem2] where first != 0 {
                var h = NERLexicon.phraseHash(CollectionOfOne(first))
                var j = i + 1
                while j < n, j - i < longest {
                    h = FeatureHash.mix(h ^ tokens[j].aggressive)
                    j += 1
                    let v = phrases[h] ?? 0
                    if v & 0xF != 0, j - i > bestGazetteer { bestGazetteer = j - i; gazetteerType = UInt8(v & 0xF) }
                    if v >> NameList.phraseShift & 0xF != 0, j - i > bestNames { bestNames = j - i; namesType = UInt8(v >> NameList.phraseShift & 0xF) }
                    if v & NERLexicon.phrasePrefix == 0 { break }
                }
            }
            if i >= freeGazetteer, bestGazetteer > 1 {
                for k in i ..< i + bestGazetteer { tokens[k].phrase = (k == i ? 0x10 : 0x20) | gazetteerType }
                freeGazetteer = i + bestGazetteer
            }
            if i >= freeNames, bestNames > 1 {
                for k in i ..< i + bestNames { tokens[k].namePhrase = (k == i ? 0x10 : 0x20) | namesType }
                freeNames = i + bestNames
            }
        }
    }
}
