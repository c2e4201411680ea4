extension NERFeatureExtractor {
    /// Appends the hashed features of token `i` (all but the previous-tag ones) to `out`.
    func appendFeatures(of a: TokenAnalysis, at i: Int, to out: inout [UInt64]) {
        typealias F = FeatureHash
        let t = a.tokens[i]
        let n = a.count
        let f = features
        out.append(F.feature(.bias, 0))
        if f.contains(.words) {
            out.append(F.feature(.word, t.word))
            out.append(F.feature(.normalized, t.normalized))
            if t.aggressive != t.normalized { out.append(F.feature(.aggressive, t.aggressive)) }
        }
        if f.contains(.affixes) {
            a.values.withUnsafeBufferPointer { all in
                let letters = UnsafeBufferPointer(rebasing: all[Int(t.valueStart) ..< Int(t.valueEnd)])
                let count = letters.count
                let templates: [(FeatureTemplate, FeatureTemplate)] = [(.prefix1, .suffix1), (.prefix2, .suffix2), (.prefix3, .suffix3), (.prefix4, .suffix4)]
                for k in 1 ... 4 where count > k {
                    out.append(F.feature(templates[k - 1].0, F.word(UnsafeBufferPointer(rebasing: letters[..<k]))))
                    out.append(F.feature(templates[k - 1].1, F.word(UnsafeBufferPointer(rebasing: letters[(count - k)...]))))
                }
            }
        }
        if f.contains(.clitics) {
            if t.stem1 != 0 { out.append(F.feature(.stemCandidate, t.stem1)) }
            if t.stem2 != 0 { out.append(F.feature(.stemCandidate, t.stem2)) }
            if t.segmentStem != 0 { out.append(F.feature(.segmentStem, t.segmentStem)) }
            out.append(contentsOf: t.stemAffixes)
            out.append(F.feature(.cliticPattern, UInt64(t.clitics)))
            out.append(F.feature(.article, UInt64(t.article)))
        }
        if f.contains(.shape) {
            out.append(F.feature(.shape, UInt64(t.shape)))
            out.append(F.feature(.length, UInt64(t.length)))
        }
        let edge = Self.edgeWord
        func normalized(_ j: Int) -> UInt64 { j < 0 || j >= n ? edge : a.tokens[j].normalized }
        if f.contains(.context) {
            out.append(F.feature(.previous2Word, normalized(i - 2)))
            out.append(F.feature(.previousWord, normalized(i - 1)))
            out.append(F.feature(.nextWord, normalized(i + 1)))
            out.append(F.feature(.next2Word, normalized(i + 2)))
        }
        if f.contains(.bigrams) {
            out.append(F.feature(.previousBigram, normalized(i - 1), t.normalized))
            out.append(F.feature(.nextBigram, t.normalized, normalized(i + 1)))
        }
        if f.contains(.neighbourDetail) {
            let previous = i > 0 ? a.tokens[i - 1] : nil, next = i + 1 < n ? a.tokens[i + 1] : nil
            let edgeShape = UInt64(TokenAnalysis.Shape.edge.rawValue)
            out.append(F.feature(.previousShape, previous.map { UInt64($0.shape) } ?? edgeShape))
            out.append(F.feature(.nextShape, next.map { UInt64($0.shape) } ?? edgeShape))
            if let p = previous, p.segmentStem != 0 { out.append(F.feature(.previousStem, p.segmentStem)) }
            if let x = next, x.segmentStem != 0 { out.append(F.feature(.nextStem, x.segmentStem)) }
            if let p = previous, p.suffix2 != 0 { out.append(F.feature(.previousSuffix, p.suffix2)) }
            if let x = next, x.suffix2 != 0 { out.append(F.feature(.nextSuffix, x.suffix2)) }
        }
        if f.contains(.gazetteer) {
            appendBits(t.gazetteer, .gazetteerWord, to: &out)
            if t.phrase != 0 { out.append(F.feature(.gazetteerPhrase, UInt64(t.phrase))) }
            if i > 0 { appendBits(a.tokens[i - 1].gazetteer, .gazetteerPrevious, to: &out) }
            if i + 1 < n { appendBits(a.tokens[i + 1].gazetteer, .gazetteerNext, to: &out) }
        }
        if f.contains(.clusters) {
            func fine(_ j: Int) -> UInt64 { j < 0 || j >= n ? 0xFFFF : UInt64(a.tokens[j].fineCluster) }
            out.append(F.feature(.coarseCluster, UInt64(t.coarseCluster)))
            out.append(F.feature(.fineCluster, UInt64(t.fineCluster)))
            out.append(F.feature(.previousCluster, fine(i - 1)))
            out.append(F.feature(.nextCluster, fine(i + 1)))
            out.append(F.feature(.previous2Cluster, fine(i - 2)))
            out.append(F.feature(.next2Cluster, fine(i + 2)))
            out.append(F.feature(.clusterBigram, fine(i - 1), UInt64(t.fineCluster)))
        }
        if f.contains(.triggers) {
            appendBits(t.trigger, .trigger, to: &out)
            if i > 0 { appendBits(a.tokens[i - 1].trigger, .triggerPrevious, to: &out) }
            if i > 1 { appendBits(a.tokens[i - 2].trigger, .triggerPrevious2, to: &out) }
            if i + 1 < n { appendBits(a.tokens[i + 1].trigger, .triggerNext, to: &out) }
        }
    }

    /// One feature per set bit.
    @inline(__always)
    func appendBits(_ bits: UInt8, _ template: FeatureTemplate, to out: inout [UInt64]) {
        var b = bits
        while b != 0 {
            let k = b.trailingZeroBitCount
            out.append(FeatureHash.feature(template, UInt64(k)))
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
