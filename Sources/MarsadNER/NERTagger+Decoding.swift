import MarsadText

extension NERTagger {
    /// Tags one sentence, with a workspace of the pool (a two-stage model takes the sentence
    /// as its document).
    func decode(_ sentence: NERSentence, margins: Bool) -> [ScoredTag] {
        workspaces.withWorkspace { w in
            isTwoStage ? decodeDocument([sentence], margins: margins, workspace: &w)[0] : decode(sentence, margins: margins, workspace: &w)
        }
    }

    /// Tags one sentence: each token's emission scores from the word cache (adding the words
    /// not in it) and its pair features, then Viterbi (or greedy) decoding.
    func decode(_ sentence: NERSentence, margins: Bool, workspace w: inout TaggerWorkspace) -> [ScoredTag] {
        let n = sentence.tokens.count
        guard n > 0 else { return [] }
        computeEmissions(sentence, workspace: &w)
        switch model.decoding {
        case .greedy:
            return decodeGreedy(emissions: w.emissions, facts: w.facts)
        case .viterbi:
            return viterbi(w.emissions, count: n, margins: margins)
        }
    }

    /// Viterbi decoding of a sentence's emission scores.
    func viterbi(_ emissions: [Int64], count n: Int, margins: Bool) -> [ScoredTag] {
        let scale = model.scale
        let path = emissions.withUnsafeBufferPointer { e in
            transitions64.withUnsafeBufferPointer { Viterbi.decode(emissions: e, transitions: $0, count: n, margins: margins) }
        }
        return (0 ..< n).map { i in
            ScoredTag(tag: NERTag(index: path.tags[i]), margin: margins ? path.margins[i].map { Float($0) * scale } ?? .infinity : 0)
        }
    }

    /// The emission scores of a sentence's tokens (`w.emissions`, 9 a token) and their facts
    /// (`w.facts`), from the word cache (adding the words not in it) and the pair features.
    func computeEmissions(_ sentence: NERSentence, workspace w: inout TaggerWorkspace) {
        let n = sentence.tokens.count
        let k = NERTag.count
        w.cache.makeRoom()
        w.facts.removeAll(keepingCapacity: true)
        w.entries.removeAll(keepingCapacity: true)
        w.keys.removeAll(keepingCapacity: true)
        // The cache is larger than the processor's caches: all the keys first, then one pass
        // that reads their slots, then the lookups, then a pass that reads the entries, so
        // that the memory reads of different tokens overlap.
        sentence.scalars.withUnsafeBufferPointer { scalars in
            for token in sentence.tokens {
                w.keys.append(WordCache.key(rawHash: NERFeatureExtractor.rawHash(token, in: scalars), kind: token.kind.rawValue))
            }
        }
        w.touched ^= w.cache.touch(keys: w.keys)
        for (token, key) in zip(sentence.tokens, w.keys) {
            w.entries.append(w.cache.entry(key) ?? addWord(token, in: sentence.scalars, key: key, workspace: &w))
        }
        w.touched ^= w.cache.touch(entries: w.entries)
        for entry in w.entries { w.facts.append(w.cache.facts[entry]) }
        w.facts.withUnsafeMutableBufferPointer { extractor.markPhrases($0) }

        // Emission scores: the token's own sums, what its neighbours give it, then the pair
        // features, looked up each time.
        w.scores.removeAll(keepingCapacity: true)
        w.scores.append(contentsOf: repeatElement(0, count: n * k))
        let width = WordCache.width
        w.cache.sums.withUnsafeBufferPointer { sums in
            edgeSums.withUnsafeBufferPointer { edge in
                w.scores.withUnsafeMutableBufferPointer { scores in
                    @inline(__always) func part(_ i: Int, _ p: WordCache.Part) -> UnsafePointer<Int32> {
                        sums.baseAddress! + w.entries[i] * width + p.rawValue * k
                    }
                    @inline(__always) func edgePart(_ p: WordCache.Part) -> UnsafePointer<Int32> {
                        edge.baseAddress! + (p.rawValue - 1) * k
                    }
                    for i in 0 ..< n {
                        let s = scores.baseAddress! + i * k
                        let own = part(i, .own)
                        let previous = i > 0 ? part(i - 1, .asPrevious) : edgePart(.asPrevious)
                        let previous2 = i > 1 ? part(i - 2, .asPrevious2) : edgePart(.asPrevious2)
                        let next = i + 1 < n ? part(i + 1, .asNext) : edgePart(.asNext)
                        let next2 = i + 2 < n ? part(i + 2, .asNext2) : edgePart(.asNext2)
                        for t in 0 ..< k { s[t] = own[t] &+ previous[t] &+ previous2[t] &+ next[t] &+ next2[t] }
                    }
                }
            }
        }
        let wide = extractor.features.contains(.wideContext)
        w.scores.withUnsafeMutableBufferPointer { scores in
            var sink = ScoringSink(dense: dense, table: model.table, base: scores.baseAddress!)
            swap(&sink.keys, &w.pendingKeys)
            swap(&sink.targets, &w.pendingTargets)
            for i in 0 ..< n {
                sink.target = i * k
                extractor.appendPairFeatures(previous: i > 0 ? w.facts[i - 1] : nil, current: w.facts[i],
                                             next: i + 1 < n ? w.facts[i + 1] : nil, to: &sink)
                if wide { extractor.appendWideFeatures(w.facts, at: i, to: &sink) }
            }
            sink.flush()
            swap(&sink.keys, &w.pendingKeys)
            swap(&sink.targets, &w.pendingTargets)
            w.touched ^= sink.touched
        }
        w.emissions.removeAll(keepingCapacity: true)
        w.emissions.append(contentsOf: repeatElement(0, count: n * k))
        w.scores.withUnsafeBufferPointer { scores in
            w.emissions.withUnsafeMutableBufferPointer { for i in 0 ..< n * k { $0[i] = Int64(scores[i]) } }
        }
    }

    /// Analyzes a word not in the cache, adds up its five sums and caches them.
    func addWord(_ token: Token, in scalars: [Unicode.Scalar], key: UInt64, workspace w: inout TaggerWorkspace) -> Int {
        let k = NERTag.count
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: WordCache.width) { sums in
            sums.initialize(repeating: 0)
            var sink = ScoringSink(dense: dense, table: model.table, base: sums.baseAddress!)
            swap(&sink.keys, &w.pendingKeys)
            swap(&sink.targets, &w.pendingTargets)
            var noMemo: NERFeatureExtractor.CliticMemo? = nil
            sink.target = WordCache.Part.own.rawValue * k
            let facts = extractor.analyzeWord(token, in: scalars, memo: &noMemo, own: &sink)
            sink.target = WordCache.Part.asPrevious.rawValue * k
            extractor.appendFromPrevious(facts, to: &sink)
            sink.target = WordCache.Part.asPrevious2.rawValue * k
            extractor.appendFromPrevious2(facts, to: &sink)
            sink.target = WordCache.Part.asNext.rawValue * k
            extractor.appendFromNext(facts, to: &sink)
            sink.target = WordCache.Part.asNext2.rawValue * k
            extractor.appendFromNext2(facts, to: &sink)
            sink.flush()
            swap(&sink.keys, &w.pendingKeys)
            swap(&sink.targets, &w.pendingTargets)
            w.touched ^= sink.touched
            return w.cache.insert(key, facts: facts, sums: UnsafeBufferPointer(sums))
        }
    }

    /// Left to right, adding the previous-tag features to each token's emission scores.
    func decodeGreedy(emissions: [Int64], facts: [WordFacts]) -> [ScoredTag] {
        let k = NERTag.count
        var result: [ScoredTag] = []
        result.reserveCapacity(facts.count)
        var scores = [Int32](repeating: 0, count: k)
        var previous: Int? = nil, previous2: Int? = nil
        for i in facts.indices {
            scores.withUnsafeMutableBufferPointer { s in
                for t in 0 ..< k { s[t] = Int32(truncatingIfNeeded: emissions[i * k + t]) }
                if extractor.features.contains(.history) {
                    let h = extractor.historyFeatures(previous: previous, previous2: previous2, word: facts[i].normalized)
                    model.addWeights(of: h.0, to: s.baseAddress!)
                    model.addWeights(of: h.1, to: s.baseAddress!)
                    model.addWeights(of: h.2, to: s.baseAddress!)
                }
            }
            let (best, margin) = Self.best(scores, after: previous)
            result.append(ScoredTag(tag: NERTag(index: best), margin: Float(margin) * model.scale))
            previous2 = previous
            previous = best
        }
        return result
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
