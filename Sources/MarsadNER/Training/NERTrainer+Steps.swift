/// The mutable state of a training run.
struct TrainingState {
    var weights: AveragedWeights
    /// Feature hash → weight row (static features, then previous-tag features as they appear).
    var rowOf: [UInt64: Int32]
    /// Weight row → feature hash (0 for the transition rows).
    var keyOfRow: [UInt64]

    mutating func rowCreating(_ key: UInt64) -> Int {
        if let r = rowOf[key] { return Int(r) }
        let r = weights.addRow()
        rowOf[key] = r
        keyOfRow.append(key)
        return Int(r)
    }

    /// A sentence's emission scores (n × tags) and the first-order transitions, in Double, for
    /// the learners that decode in Double (passive-aggressive, the second-order experiment).
    func doubleScores(of s: NERTrainer.Prepared) -> (emissions: [Double], transitions: [Double]) {
        let k = NERTag.count, n = s.gold.count
        var emissions = [Double](repeating: 0, count: n * k)
        for i in 0 ..< n {
            for r in s.rows[Int(s.offsets[i]) ..< Int(s.offsets[i + 1])] where r >= 0 {
                for t in 0 ..< k { emissions[i * k + t] += Double(weights.weights[Int(r) * k + t]) }
            }
        }
        return (emissions, (0 ..< AveragedWeights.transitionRows * k).map { Double(weights.weights[$0]) })
    }

    /// The perceptron step on a token's static feature rows: toward `truth`, away from `guess`.
    mutating func update(rows: ArraySlice<Int32>, truth: Int, guess: Int) {
        for r in rows where r >= 0 {
            weights.update(row: Int(r), tag: truth, by: 1)
            weights.update(row: Int(r), tag: guess, by: -1)
        }
    }
}

extension NERTrainer {
    /// One greedy pass over a sentence; returns the number of tokens tagged right.
    func trainGreedy(_ s: Prepared, _ state: inout TrainingState) -> Int {
        let k = NERTag.count
        var previous: Int? = nil, previous2: Int? = nil
        var correct = 0
        var scores = [Float](repeating: 0, count: k)
        let history = options.features.contains(.history)
        for i in 0 ..< s.gold.count {
            let rows = s.rows[Int(s.offsets[i]) ..< Int(s.offsets[i + 1])]
            for t in 0 ..< k { scores[t] = 0 }
            state.weights.weights.withUnsafeBufferPointer { w in
                for r in rows where r >= 0 {
                    let base = Int(r) * k
                    for t in 0 ..< k { scores[t] += w[base + t] }
                }
            }
            var historyKeys: [UInt64] = []
            if history {
                let h = extractor.historyFeatures(previous: previous, previous2: previous2, word: s.words[i])
                historyKeys = [h.0, h.1, h.2]
                for key in historyKeys {
                    guard let r = state.rowOf[key] else { continue }
                    for t in 0 ..< k { scores[t] += state.weights.weights[Int(r) * k + t] }
                }
            }
            let previousTag = previous.map { NERTag(index: $0) }
            var guess = 0, best = -Float.infinity
            for t in 0 ..< k where NERTag.all[t].mayFollow(previousTag) && scores[t] > best { best = scores[t]; guess = t }
            let truth = s.gold[i]
            if guess == truth {
                correct += 1
            } else {
                state.update(rows: rows, truth: truth, guess: guess)
                for key in historyKeys {
                    let r = state.rowCreating(key)
                    state.weights.update(row: r, tag: truth, by: 1)
                    state.weights.update(row: r, tag: guess, by: -1)
                }
            }
            state.weights.time += 1
            previous2 = previous
            previous = guess
        }
        return correct
    }

    /// One structured-perceptron step on a sentence; returns the number of tokens tagged right.
    func trainViterbi(_ s: Prepared, _ state: inout TrainingState) -> Int {
        let k = NERTag.count, n = s.gold.count
        // Perceptron weights are whole numbers (updates are ±1), so integer sums are exact.
        var emissions = [Int64](repeating: 0, count: n * k)
        state.weights.weights.withUnsafeBufferPointer { w in
            for i in 0 ..< n {
                for r in s.rows[Int(s.offsets[i]) ..< Int(s.offsets[i + 1])] where r >= 0 {
                    let base = Int(r) * k
                    for t in 0 ..< k { emissions[i * k + t] += Int64(w[base + t]) }
                }
            }
        }
        let transitions = (0 ..< AveragedWeights.transitionRows * k).map { Int64(state.weights.weights[$0]) }
        let guess = Viterbi.decode(emissions: emissions, transitions: transitions, count: n).tags
        var correct = 0
        for i in 0 ..< n {
            let truth = s.gold[i]
            if guess[i] == truth {
                correct += 1
            } else {
                state.update(rows: s.rows[Int(s.offsets[i]) ..< Int(s.offsets[i + 1])], truth: truth, guess: guess[i])
            }
            let goldPrevious = i == 0 ? 0 : s.gold[i - 1] + 1, guessPrevious = i == 0 ? 0 : guess[i - 1] + 1
            if goldPrevious != guessPrevious || truth != guess[i] {
                state.weights.update(row: goldPrevious, tag: truth, by: 1)
                state.weights.update(row: guessPrevious, tag: guess[i], by: -1)
            }
        }
        state.weights.time += 1
        return correct
    }

    /// The pruned, quantized model of averaged weights (`averaged[row * 9 + tag]`; rows
    /// named by `keyOfRow`).
    func finish(averaged: [Double], keyOfRow: [UInt64]) -> NERModel {
        let k = NERTag.count
        var maxAbs = 0.0
        for a in averaged { maxAbs = max(maxAbs, abs(a)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        func quantize(_ x: Double) -> Int16 { Int16((x / scale).rounded()) }
        let transitions = (0 ..< AveragedWeights.transitionRows * k).map { Int32(quantize(averaged[$0])) }
        var kept: [(key: UInt64, weights: [Int16])] = []
        let prune = Double(options.pruneBelow)
        for row in AveragedWeights.transitionRows ..< averaged.count / k {
            var q = [Int16](repeating: 0, count: k)
            var any = false
            for t in 0 ..< k {
                let a = averaged[row * k + t]
                if abs(a) >= prune { q[t] = quantize(a); if q[t] != 0 { any = true } }
            }
            if any { kept.append((keyOfRow[row], q)) }
        }
        kept.sort { $0.key < $1.key }
        return NERModel(features: options.features, decoding: options.decoding,
                        scale: Float(scale), info: options.info, keys: kept.map(\.key), weights: kept.flatMap(\.weights),
                        transitions: transitions, lexicon: lexicon)
    }
}
