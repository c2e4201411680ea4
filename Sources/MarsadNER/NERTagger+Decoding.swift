extension NERTagger {
    /// Tags one sentence with the model's decoding.
    func decode(_ sentence: NERSentence, margins: Bool) -> [ScoredTag] {
        var memo = NERFeatureExtractor.CliticMemo()
        return decode(sentence, margins: margins, memo: &memo)
    }

    /// Tags one sentence, sharing clitic analyses with the other sentences of a document.
    func decode(_ sentence: NERSentence, margins: Bool, memo: inout NERFeatureExtractor.CliticMemo) -> [ScoredTag] {
        let analysis = extractor.analyze(sentence, memo: &memo)
        let n = analysis.count
        guard n > 0 else { return [] }
        var buffer: [UInt64] = []
        buffer.reserveCapacity(96)
        var scores = [Int32](repeating: 0, count: NERTag.count)
        let scale = model.scale
        switch model.decoding {
        case .greedy:
            var result: [ScoredTag] = []
            result.reserveCapacity(n)
            var previous: Int? = nil, previous2: Int? = nil
            for i in 0 ..< n {
                buffer.removeAll(keepingCapacity: true)
                extractor.appendFeatures(of: analysis, at: i, to: &buffer)
                scores.withUnsafeMutableBufferPointer { s in
                    for t in 0 ..< NERTag.count { s[t] = 0 }
                    buffer.withUnsafeBufferPointer { model.addWeights(of: $0, to: s.baseAddress!) }
                    if extractor.features.contains(.history) {
                        let h = extractor.historyFeatures(previous: previous, previous2: previous2, word: analysis.tokens[i].normalized)
                        model.addWeights(of: h.0, to: s.baseAddress!)
                        model.addWeights(of: h.1, to: s.baseAddress!)
                        model.addWeights(of: h.2, to: s.baseAddress!)
                    }
                }
                let (best, margin) = Self.best(scores, after: previous)
                result.append(ScoredTag(tag: NERTag(index: best), margin: Float(margin) * scale))
                previous2 = previous
                previous = best
            }
            return result
        case .viterbi:
            // All features of the sentence first, then one pass that brings their slots into
            // cache, then the sums: the table is larger than the caches, and this overlaps the
            // memory reads.
            var offsets = [Int](repeating: 0, count: n + 1)
            buffer.removeAll(keepingCapacity: true)
            buffer.reserveCapacity(n * 64)
            for i in 0 ..< n {
                extractor.appendFeatures(of: analysis, at: i, to: &buffer)
                offsets[i + 1] = buffer.count
            }
            var emissions = [Double](repeating: 0, count: n * NERTag.count)
            let sink = buffer.withUnsafeBufferPointer { model.table.touch($0) }
            buffer.withUnsafeBufferPointer { all in
                scores.withUnsafeMutableBufferPointer { s in
                    for i in 0 ..< n {
                        for t in 0 ..< NERTag.count { s[t] = 0 }
                        model.addWeights(of: UnsafeBufferPointer(rebasing: all[offsets[i] ..< offsets[i + 1]]), to: s.baseAddress!)
                        for t in 0 ..< NERTag.count { emissions[i * NERTag.count + t] = Double(s[t]) }
                    }
                }
            }
            if sink == 0x5EED_5EED_5EED_5EED { emissions[0] += 0 }  // keeps the touch pass from being optimized away
            let path = Viterbi.decode(emissions: emissions, transitions: model.transitions.map(Double.init), count: n, margins: margins)
            return (0 ..< n).map { i in
                ScoredTag(tag: NERTag(index: path.tags[i]), margin: margins ? Float(path.margins[i]) * scale : 0)
            }
        }
    }

    /// The best tag allowed after `previous`, and its lead over the runner-up.
    static func best(_ scores: [Int32], after previous: Int?) -> (Int, Int64) {
        var best = -1, bestScore = Int64.min, second = Int64.min
        let previousTag = previous.map { NERTag(index: $0) }
        for t in 0 ..< NERTag.count where NERTag.all[t].mayFollow(previousTag) {
            let s = Int64(scores[t])
            if s > bestScore { second = bestScore; bestScore = s; best = t }
            else if s > second { second = s }
        }
        return (best, second == Int64.min ? Int64(Int32.max) : bestScore - second)
    }
}
