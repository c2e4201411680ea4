/// An experiment, not used by the tagger: second-order Viterbi training (transition weights on
/// the two previous tags as well as the previous one), scored in floating point on a dev split.
struct SecondOrderExperiment {
    static let k = NERTag.count
    /// Second-order transition weights: `((p2 + 1) * 10 + (p1 + 1)) * 9 + c`.
    var weights = AveragedWeights(rows: 100)

    @inline(__always) static func index(_ p2: Int, _ p1: Int) -> Int { (p2 + 1) * 10 + (p1 + 1) }

    /// The best path under emissions `e` (n × 9), first-order transitions `t1` (10 × 9) and
    /// second-order ones `t2` (100 × 9), with BIO constraints.
    static func decode(_ e: [Double], _ t1: [Double], _ t2: [Double], _ n: Int) -> [Int] {
        let k = Self.k
        let allowed = Viterbi.allowed
        // delta[p][c] for position i: best score with tag p at i-1 (-1 → index 0..9 shifted) and c at i.
        let width = 10 * k
        var delta = [Double](repeating: -.infinity, count: n * width)
        var back = [Int8](repeating: -1, count: n * width)
        for c in 0 ..< k where allowed[c] {
            delta[0 * k + c] = t1[c] + t2[index(-1, -1) * k + c] + e[c]  // p = -1 stored at row 0
        }
        if n > 1 {
            for i in 1 ..< n {
                for p in 0 ..< k {
                    for c in 0 ..< k where allowed[(p + 1) * k + c] {
                        var best = -Double.infinity, arg = -1
                        for p2 in -1 ..< k {
                            let d = delta[(i - 1) * width + (p2 + 1) * k + p]
                            if d == -.infinity { continue }
                            let s = d + t2[index(p2, p) * k + c]
                            if s > best { best = s; arg = p2 }
                        }
                        if arg >= -1, best > -.infinity {
                            delta[i * width + (p + 1) * k + c] = best + t1[(p + 1) * k + c] + e[i * k + c]
                            back[i * width + (p + 1) * k + c] = Int8(arg)
                        }
                    }
                }
            }
        }
        var best = -Double.infinity, bp = -1, bc = 0
        for p in -1 ..< k { for c in 0 ..< k where delta[(n - 1) * width + (p + 1) * k + c] > best { best = delta[(n - 1) * width + (p + 1) * k + c]; bp = p; bc = c } }
        var tags = [Int](repeating: 0, count: n)
        tags[n - 1] = bc
        var p = bp, c = bc
        var i = n - 1
        while i > 0 {
            tags[i - 1] = p
            let p2 = Int(back[i * width + (p + 1) * k + c])
            c = p; p = p2
            i -= 1
        }
        return tags
    }
}

extension NERTrainer {
    /// One second-order perceptron step on a sentence (weights in `state`, second-order
    /// transitions in `second`); returns the number of tokens tagged right.
    func trainSecondOrder(_ s: Prepared, _ state: inout TrainingState, _ second: inout SecondOrderExperiment) -> Int {
        let n = s.gold.count
        let (emissions, t1) = state.doubleScores(of: s)
        let t2 = second.weights.weights.map(Double.init)
        let guess = SecondOrderExperiment.decode(emissions, t1, t2, n)
        var correct = 0
        for i in 0 ..< n {
            let truth = s.gold[i]
            if guess[i] == truth {
                correct += 1
            } else {
                state.update(rows: s.rows[Int(s.offsets[i]) ..< Int(s.offsets[i + 1])], truth: truth, guess: guess[i])
            }
            let gp = i == 0 ? -1 : s.gold[i - 1], qp = i == 0 ? -1 : guess[i - 1]
            let gp2 = i < 2 ? -1 : s.gold[i - 2], qp2 = i < 2 ? -1 : guess[i - 2]
            if gp != qp || truth != guess[i] {
                state.weights.update(row: gp + 1, tag: truth, by: 1)
                state.weights.update(row: qp + 1, tag: guess[i], by: -1)
            }
            if gp2 != qp2 || gp != qp || truth != guess[i] {
                second.weights.update(row: SecondOrderExperiment.index(gp2, gp), tag: truth, by: 1)
                second.weights.update(row: SecondOrderExperiment.index(qp2, qp), tag: guess[i], by: -1)
            }
        }
        state.weights.time += 1
        second.weights.time += 1
        return correct
    }

    /// Dev F1 in floating point with averaged weights, first order (`t2` nil) or second.
    func floatScore(dev: [CoNLLSentence], averaged: [Double], t2: [Double]?, rowOf: [UInt64: Int32]) -> Double {
        let k = NERTag.count
        var scorer = ConllScorer()
        var memo = NERFeatureExtractor.CliticMemo()
        let t1 = Array(averaged[0 ..< AveragedWeights.transitionRows * k])
        let zero = [Double](repeating: 0, count: 100 * k)
        for sentence in dev {
            guard let labels = sentence.labels, !sentence.words.isEmpty else { continue }
            let analysis = extractor.analyze(NERSentence(words: sentence.words), memo: &memo)
            let n = analysis.count
            var e = [Double](repeating: 0, count: n * k)
            var h: [UInt64] = []
            for i in 0 ..< n {
                h.removeAll(keepingCapacity: true)
                extractor.appendFeatures(of: analysis, at: i, to: &h)
                for f in h { if let r = rowOf[f] { for t in 0 ..< k { e[i * k + t] += averaged[Int(r) * k + t] } } }
            }
            let tags = SecondOrderExperiment.decode(e, t1, t2 ?? zero, n)
            scorer.add(gold: labels, predicted: tags.map { NERTag(index: $0).label })
        }
        return scorer.score.overall.f1
    }
}
