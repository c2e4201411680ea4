extension NERFeatureExtractor {
    /// Appends the hashed features of token `i` (all but the previous-tag ones) to `out`.
    ///
    /// A token's features fall into six parts, so that the tagger can add up the weights of
    /// the first five once per word type (``WordCache``): its own (the word alone), those its
    /// previous, next, second previous and second next neighbour give it (one word each; the
    /// sentence edge when there is none), and those of word pairs and gazetteer phrases.
    func appendFeatures(of a: TokenAnalysis, at i: Int, to out: inout [UInt64]) {
        let n = a.count
        func token(_ j: Int) -> WordFacts? { j >= 0 && j < n ? a.tokens[j] : nil }
        out.append(contentsOf: a.ownFeatures(i))
        appendFromPrevious(token(i - 1), to: &out)
        appendFromNext(token(i + 1), to: &out)
        appendFromPrevious2(token(i - 2), to: &out)
        appendFromNext2(token(i + 2), to: &out)
        appendPairFeatures(previous: token(i - 1), current: a.tokens[i], next: token(i + 1), to: &out)
        if features.contains(.wideContext) { appendWideFeatures(a.tokens, at: i, to: &out) }
    }

    /// The wider-context features that depend on more than one word (``FeatureSet/wideContext``):
    /// the trigger class of the word three before, and the word's fine cluster with the trigger
    /// classes of the words before, two before and after. Each is added only when there is a
    /// trigger, so most tokens get none.
    @inline(__always)
    func appendWideFeatures<Sink: FeatureSink>(_ tokens: [WordFacts], at i: Int, to out: inout Sink) {
        let n = tokens.count, cluster = UInt64(tokens[i].fineCluster)
        if i >= 3 { appendBits(tokens[i - 3].trigger, .triggerPrevious3, to: &out) }
        if i >= 1 { appendBits(tokens[i - 1].trigger, .clusterAfterTrigger, cluster, to: &out) }
        if i >= 2 { appendBits(tokens[i - 2].trigger, .clusterAfterTrigger2, cluster, to: &out) }
        if i + 1 < n { appendBits(tokens[i + 1].trigger, .clusterBeforeTrigger, cluster, to: &out) }
    }

    /// One feature per set bit, each with `value`.
    @inline(__always)
    func appendBits<Sink: FeatureSink>(_ bits: UInt8, _ template: FeatureTemplate, _ value: UInt64, to out: inout Sink) {
        var b = bits
        while b != 0 {
            out.add(template, UInt64(b.trailingZeroBitCount), value)
            b &= b - 1
        }
    }

    /// The features of a word alone (affixes aside, which ``analyzeWord(_:in:memo:own:)``
    /// adds while it has the letters): bias, forms, clitic stems and pattern, shape, length,
    /// gazetteer, cluster and trigger entries.
    func appendOwnFeatures<Sink: FeatureSink>(of t: WordFacts, stemAffixes: StemAffixes, to out: inout Sink) {
        let f = features
        out.add(.bias, 0)
        if f.contains(.words) {
            out.add(.word, t.word)
            out.add(.normalized, t.normalized)
            if t.aggressive != t.normalized { out.add(.aggressive, t.aggressive) }
        }
        if f.contains(.clitics) {
            if t.stem1 != 0 { out.add(.stemCandidate, t.stem1) }
            if t.stem2 != 0 { out.add(.stemCandidate, t.stem2) }
            if t.segmentStem != 0 { out.add(.segmentStem, t.segmentStem) }
            for i in 0 ..< stemAffixes.count { out.add(hashed: stemAffixes[i]) }
            out.add(.cliticPattern, UInt64(t.clitics))
            out.add(.article, UInt64(t.article))
        }
        if f.contains(.shape) {
            out.add(.shape, UInt64(t.shape))
            out.add(.length, UInt64(t.length))
        }
        if f.contains(.gazetteer) { appendBits(t.gazetteer, .gazetteerWord, to: &out) }
        if f.contains(.clusters) {
            out.add(.coarseCluster, UInt64(t.coarseCluster))
            out.add(.fineCluster, UInt64(t.fineCluster))
        }
        if f.contains(.triggers) { appendBits(t.trigger, .trigger, to: &out) }
        if f.contains(.nameList) { appendBits(t.names, .namesWord, to: &out) }
    }

    /// The features a token gets from the word before it (`nil`: the sentence start).
    func appendFromPrevious<Sink: FeatureSink>(_ p: WordFacts?, to out: inout Sink) {
        let f = features
        if f.contains(.context) { out.add(.previousWord, p?.normalized ?? Self.edgeWord) }
        if f.contains(.neighbourDetail) {
            out.add(.previousShape, p.map { UInt64($0.shape) } ?? Self.edgeShape)
            if let p, p.segmentStem != 0 { out.add(.previousStem, p.segmentStem) }
            if let p, p.suffix2 != 0 { out.add(.previousSuffix, p.suffix2) }
        }
        if f.contains(.gazetteer), let p { appendBits(p.gazetteer, .gazetteerPrevious, to: &out) }
        if f.contains(.clusters) { out.add(.previousCluster, Self.fine(p)) }
        if f.contains(.triggers), let p { appendBits(p.trigger, .triggerPrevious, to: &out) }
        if f.contains(.nameList), let p { appendBits(p.names, .namesPrevious, to: &out) }
    }

    /// The features a token gets from the word after it (`nil`: the sentence end).
    func appendFromNext<Sink: FeatureSink>(_ x: WordFacts?, to out: inout Sink) {
        let f = features
        if f.contains(.context) { out.add(.nextWord, x?.normalized ?? Self.edgeWord) }
        if f.contains(.neighbourDetail) {
            out.add(.nextShape, x.map { UInt64($0.shape) } ?? Self.edgeShape)
            if let x, x.segmentStem != 0 { out.add(.nextStem, x.segmentStem) }
            if let x, x.suffix2 != 0 { out.add(.nextSuffix, x.suffix2) }
        }
        if f.contains(.gazetteer), let x { appendBits(x.gazetteer, .gazetteerNext, to: &out) }
        if f.contains(.clusters) { out.add(.nextCluster, Self.fine(x)) }
        if f.contains(.triggers), let x { appendBits(x.trigger, .triggerNext, to: &out) }
        if f.contains(.nameList), let x { appendBits(x.names, .namesNext, to: &out) }
    }

    /// The features a token gets from the word two before it.
    func appendFromPrevious2<Sink: FeatureSink>(_ p: WordFacts?, to out: inout Sink) {
        if features.contains(.context) { out.add(.previous2Word, p?.normalized ?? Self.edgeWord) }
        if features.contains(.clusters) { out.add(.previous2Cluster, Self.fine(p)) }
        if features.contains(.triggers), let p { appendBits(p.trigger, .triggerPrevious2, to: &out) }
        if features.contains(.wideContext), let p {
            appendBits(p.gazetteer, .gazetteerPrevious2, to: &out)
            appendBits(p.names, .namesPrevious2, to: &out)
        }
    }

    /// The features a token gets from the word two after it.
    func appendFromNext2<Sink: FeatureSink>(_ x: WordFacts?, to out: inout Sink) {
        if features.contains(.context) { out.add(.next2Word, x?.normalized ?? Self.edgeWord) }
        if features.contains(.clusters) { out.add(.next2Cluster, Self.fine(x)) }
        if features.contains(.wideContext), let x {
            appendBits(x.gazetteer, .gazetteerNext2, to: &out)
            appendBits(x.names, .namesNext2, to: &out)
            appendBits(x.trigger, .triggerNext2, to: &out)
        }
    }

    /// The features of word pairs (bigrams, cluster bigram) and of the gazetteer phrase over
    /// the token.
    @inline(__always)
    func appendPairFeatures<Sink: FeatureSink>(previous p: WordFacts?, current t: WordFacts, next x: WordFacts?, to out: inout Sink) {
        let f = features
        if f.contains(.bigrams) {
            out.add(.previousBigram, p?.normalized ?? Self.edgeWord, t.normalized)
            out.add(.nextBigram, t.normalized, x?.normalized ?? Self.edgeWord)
        }
        if f.contains(.gazetteer), t.phrase != 0 { out.add(.gazetteerPhrase, UInt64(t.phrase)) }
        if f.contains(.clusters) { out.add(.clusterBigram, Self.fine(p), UInt64(t.fineCluster)) }
        if f.contains(.nameList), t.namePhrase != 0 { out.add(.namesPhrase, UInt64(t.namePhrase)) }
    }

    static let edgeShape = UInt64(TokenAnalysis.Shape.edge.rawValue)

    /// The fine cluster of a neighbour, 0xFFFF at the sentence edge.
    @inline(__always)
    static func fine(_ t: WordFacts?) -> UInt64 { t.map { UInt64($0.fineCluster) } ?? 0xFFFF }

    /// One feature per set bit.
    @inline(__always)
    func appendBits<Sink: FeatureSink>(_ bits: UInt8, _ template: FeatureTemplate, to out: inout Sink) {
        var b = bits
        while b != 0 {
            let k = b.trailingZeroBitCount
            out.add(template, UInt64(k))
            b &= b - 1
        }
    }

    /// The previous-tag features of a token, given the tags before it (`nil`: sentence start).
    @inline(__always)
    func historyFeatures(previous: Int?, previous2: Int?, word: UInt64) -> (UInt64, UInt64, UInt64) {
        let p = UInt64(previous.map { $0 + 1 } ?? 0), p2 = UInt64(previous2.map { $0 + 1 } ?? 0)
        return (FeatureHash.feature(.previousTag, p),
                FeatureHash.feature(.previousTags, p2 &* 16 &+ p),
                FeatureHash.feature(.previousTagWord, p, word))
    }
}
