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

    static let edgeWord = FeatureHash.word("<s>")

    public init(features: FeatureSet, lexicon: NERLexicon) {
        self.features = features
        self.lexicon = lexicon
        matching = ArabicNormalizer(options: .matching)
        aggressive = ArabicNormalizer(options: .aggressive)
        segmenter = CliticSegmenter(normalizer: matching)
    }

    // MARK: Analysis

    /// The clitic analysis of a word, which depends only on its normalized letters.
    struct CliticInfo {
        var stem1: UInt64 = 0, stem2: UInt64 = 0, segmentStem: UInt64 = 0
        var clitics: UInt8 = 0, article: UInt8 = 0
        var stemAffixes: [UInt64] = []
    }

    /// Clitic analyses already made, by normalized-word hash: segmenting is the costliest step,
    /// and words repeat within a document.
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
        a.values.reserveCapacity(sentence.tokens.count * 6)
        var aggressiveValues: [UInt32] = []
        aggressiveValues.reserveCapacity(16)
        for token in sentence.tokens {
            var t = TokenAnalysis.Token()
            t.valueStart = Int32(a.values.count)
            aggressiveValues.removeAll(keepingCapacity: true)
            var arabic = false, latin = false, digits = false, punctuation = false, other = false
            var rawHash = FeatureHash.seed
            for i in token.range {
                let s = sentence.scalars[i]
                let v = s.value
                rawHash = (rawHash ^ UInt64(v)) &* 0x0000_0100_0000_01B3
                if let m = matching.map(s) { a.values.append(m.value) }
                if let m = aggressive.map(s) { aggressiveValues.append(m.value) }
                if ArabicScalar.isArabicLetter(v) { arabic = true }
                else if ArabicScalar.isLatinLetter(v) { latin = true }
                else if ArabicScalar.digitValue(v) != nil { digits = true }
                else if ArabicScalar.isDiacritic(v) || v == 0x0640 { continue }
                else if Self.isPunctuation(s) { punctuation = true }
                else { other = true }
            }
            t.valueEnd = Int32(a.values.count)
            t.word = FeatureHash.mix(rawHash)
            a.values.withUnsafeBufferPointer { all in
                let letters = UnsafeBufferPointer(rebasing: all[Int(t.valueStart) ..< Int(t.valueEnd)])
                t.normalized = FeatureHash.word(letters)
                let n = letters.count
                t.length = TokenAnalysis.lengthBucket(n)
                if n > 2 { t.suffix2 = FeatureHash.word(UnsafeBufferPointer(rebasing: letters[(n - 2)...])) }
                if n >= 4, letters[0] == 0x0627, letters[1] == 0x0644 { t.article |= 1 }
            }
            t.aggressive = FeatureHash.word(aggressiveValues)
            t.shape = Self.shape(arabic: arabic, latin: latin, digits: digits, punctuation: punctuation, other: other).rawValue
            if token.kind == .word, arabic, !latin, !digits {
                let info: CliticInfo
                if let known = memo[t.normalized] {
                    info = known
                } else {
                    info = analyzeClitics(token, in: sentence.scalars)
                    memo[t.normalized] = info
                }
                t.stem1 = info.stem1; t.stem2 = info.stem2; t.segmentStem = info.segmentStem
                t.clitics = info.clitics; t.article |= info.article; t.stemAffixes = info.stemAffixes
            }
            a.tokens.append(t)
        }
        if !features.isDisjoint(with: [.gazetteer, .triggers, .clusters]) { lookUp(&a) }
        return a
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

    /// Stem candidates, the segment stem and the clitic pattern of an Arabic word.
    func analyzeClitics(_ token: Token, in scalars: [Unicode.Scalar]) -> CliticInfo {
        var t = CliticInfo()
        var values: [UInt32] = []
        values.reserveCapacity(16)
        func hash(_ span: Span, restoringAlef: Bool) -> UInt64 {
            values.removeAll(keepingCapacity: true)
            if restoringAlef { values.append(0x0627) }
            for i in span.range { if let m = aggressive.map(scalars[i]) { values.append(m.value) } }
            return FeatureHash.word(values)
        }
        let candidates = segmenter.stemCandidates(token, in: scalars)
        if candidates.count > 1 { t.stem1 = hash(candidates[1].span, restoringAlef: candidates[1].restoresArticleAlef) }
        if candidates.count > 2 { t.stem2 = hash(candidates[2].span, restoringAlef: candidates[2].restoresArticleAlef) }
        let segments = segmenter.segment(token, in: scalars)
        for segment in segments {
            switch segment.kind {
            case .conjunction: t.clitics |= 1
            case .preposition: t.clitics |= 2
            case .article: t.clitics |= 4; t.article |= 2
            case .pronoun: t.clitics |= 8
            case .future: t.clitics |= 16
            case .stem:
                t.segmentStem = hash(segment.span, restoringAlef: false)
                if segments.count > 1 { t.stemAffixes = Self.affixHashes(values) }
            }
        }
        return t
    }

    /// Hashed features of the 2–4-letter prefixes and suffixes of `values`.
    static func affixHashes(_ values: [UInt32]) -> [UInt64] {
        let n = values.count
        var result: [UInt64] = []
        let prefixes: [FeatureTemplate] = [.stemPrefix2, .stemPrefix3, .stemPrefix4]
        let suffixes: [FeatureTemplate] = [.stemSuffix2, .stemSuffix3, .stemSuffix4]
        for k in 2 ... 4 where n > k {
            result.append(FeatureHash.feature(prefixes[k - 2], FeatureHash.word(Array(values[..<k]))))
            result.append(FeatureHash.feature(suffixes[k - 2], FeatureHash.word(Array(values[(n - k)...]))))
        }
        return result
    }

    /// Gazetteer words and phrases, trigger words.
    func lookUp(_ a: inout TokenAnalysis) {
        let n = a.count
        for i in 0 ..< n {
            let t = a.tokens[i]
            var gazetteer: UInt8 = 0, trigger: UInt8 = 0
            var cluster: (coarse: UInt16, fine: UInt16)? = nil
            for h in [t.aggressive, t.stem1, t.stem2, t.segmentStem] where h != 0 {
                gazetteer |= lexicon.words[h] ?? 0
                trigger |= lexicon.triggers[h] ?? 0
                if cluster == nil { cluster = lexicon.clusters[h] }
            }
            if let cluster {
                a.tokens[i].coarseCluster = cluster.coarse + 1
                a.tokens[i].fineCluster = cluster.fine + 1
            }
            a.tokens[i].gazetteer = gazetteer
            a.tokens[i].trigger = trigger
        }
        guard lexicon.longestPhrase > 1 else { return }
        var i = 0
        while i < n {
            var best = 0, bestType: UInt8 = 0
            let t = a.tokens[i]
            for first in [t.aggressive, t.stem1, t.stem2] where first != 0 {
                var h = NERLexicon.phraseHash([first])
                var j = i + 1
                while j < n, j - i < lexicon.longestPhrase {
                    h = FeatureHash.mix(h ^ a.tokens[j].aggressive)
                    j += 1
                    if let types = lexicon.phrases[h], j - i > best { best = j - i; bestType = types }
                }
            }
            if best > 1 {
                // Code: type bits in the low nibble, 0x10 for the first token, 0x20 for the others.
                a.tokens[i].phrase = 0x10 | bestType
                for k in i + 1 ..< i + best { a.tokens[k].phrase = 0x20 | bestType }
                i += best
            } else {
                i += 1
            }
        }
    }
}

extension NERFeatureExtractor {
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
