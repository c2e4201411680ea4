import Foundation

/// The CRF learners (``NERLearner/crf``, ``NERLearner/crfSum``,
/// ``NERLearner/crfFromPerceptron``): the same features and rows as the perceptron, weights
/// learned by maximizing the L2-regularized conditional log-likelihood with AdaGrad, one
/// sentence a step, in an order drawn from the seed each epoch. The float weights go through
/// the perceptron's ``finish(averaged:keyOfRow:)`` (pruning below
/// ``NERTrainingOptions/pruneBelow``, in the learner's units, then one Int16 scale), so the
/// model file and the tagger are unchanged.
extension NERTrainer {
    func trainWithCRF(_ data: PreparedData, dev: [CoNLLSentence], log: (String) -> Void) throws -> NERModel {
        var perceptron: [Double]? = nil
        if options.learner == .crfSum || options.learner == .crfFromPerceptron {
            perceptron = try perceptronWeights(data, dev: dev, log: log).averaged
            if let p = perceptron, !dev.isEmpty {
                log("perceptron alone: dev F1 \(try f1(p, data, dev))")
            }
        }
        // The perceptron above trains on the gold tags as they are (the shipped model's
        // weights); the CRF on them made well-formed.
        var data = data
        for s in data.sentences.indices { data.sentences[s].gold = LinearChainCRF.wellFormed(data.sentences[s].gold) }
        var weights = [Double](repeating: 0, count: data.keyOfRow.count * NERTag.count)
        let runs = max(1, options.crfRuns)
        for run in 0 ..< runs {
            let initial = options.learner == .crfFromPerceptron ? perceptron!.map { $0 * options.initialScale } : nil
            let w = try crfRun(data, seed: options.seed &+ UInt64(run), initial: initial, dev: runs == 1 ? dev : [], log: log)
            for i in w.indices { weights[i] += w[i] / Double(runs) }
        }
        if options.learner == .crfSum, let p = perceptron {
            if !dev.isEmpty { log("CRF alone: dev F1 \(try f1(weights, data, dev))") }
            let factor = options.perceptronShare * Self.norm(weights) / max(Self.norm(p), .leastNormalMagnitude)
            for i in weights.indices { weights[i] += factor * p[i] }
        }
        let model = finish(averaged: weights, keyOfRow: data.keyOfRow)
        if !dev.isEmpty {
            let score = try evaluate(model, on: dev)
            log("\(options.learner.rawValue): dev F1 \(Self.format(score.overall.f1)) (P \(Self.format(score.overall.precision)), R \(Self.format(score.overall.recall))), \(model.featureCount) features kept of \(Self.nonZeroRows(weights)) with a weight")
        }
        return model
    }

    /// One CRF training run; returns the weights.
    func crfRun(_ data: PreparedData, seed: UInt64, initial: [Double]?, dev: [CoNLLSentence], log: (String) -> Void) throws -> [Double] {
        let prepared = data.sentences
        var w = AdaGradWeights(rows: data.keyOfRow.count, rate: options.crfRate, l2: options.l2,
                               sentences: prepared.count, initial: initial)
        var gradient = [Double](repeating: 0, count: w.weights.count)
        var touched = [Bool](repeating: false, count: data.keyOfRow.count)
        var order = Array(prepared.indices)
        var random = SplitMix64(seed: seed)
        for epoch in 1 ... max(1, options.crfEpochs) {
            random.shuffle(&order)
            var loss = 0.0, correct = 0, total = 0
            for s in order {
                let (l, c) = crfStep(prepared[s], &w, &gradient, &touched)
                loss += l
                correct += c
                total += prepared[s].gold.count
            }
            var line = "CRF epoch \(epoch): −log-likelihood \(Self.format(loss)), train token accuracy (marginals) \(Self.percent(correct, total))"
            if !dev.isEmpty, epoch == options.crfEpochs || epoch % 2 == 0 {
                var settled = w
                settled.settle()
                line += ", dev F1 \(try f1(settled.weights, data, dev)) (unpruned, floating point)"
            }
            log(line)
        }
        w.settle()
        return w.weights
    }

    /// One AdaGrad step on a sentence; returns its negative log-likelihood (before the step)
    /// and the number of tokens whose most probable tag is the gold one.
    func crfStep(_ s: Prepared, _ w: inout AdaGradWeights, _ gradient: inout [Double], _ touched: inout [Bool]) -> (Double, Int) {
        let k = NERTag.count
        guard !s.gold.isEmpty else { return (0, 0) }
        var rows: [Int] = Array(0 ..< AveragedWeights.transitionRows)
        for r in rows { touched[r] = true }
        for r in s.rows where r >= 0 && !touched[Int(r)] { touched[Int(r)] = true; rows.append(Int(r)) }
        for r in rows { w.catchUp(row: r) }
        let result = Self.crfGradient(s, weights: w.weights, into: &gradient)
        gradient.withUnsafeMutableBufferPointer { g in
            for r in rows {
                w.update(row: r, gradient: g.baseAddress! + r * k)
                for t in 0 ..< k { g[r * k + t] = 0 }
                touched[r] = false
            }
        }
        w.time += 1
        return result
    }

    /// Adds the gradient of a sentence's negative log-likelihood `−log P(gold | words)` with
    /// respect to `weights` (rows × 9) to `gradient`: expected feature counts under the CRF
    /// minus the gold ones. Returns the negative log-likelihood and the number of tokens whose
    /// most probable tag is the gold one.
    /// - Complexity: O(n · (81 + 9 f)) for n tokens of f features.
    static func crfGradient(_ s: Prepared, weights: [Double], into gradient: inout [Double]) -> (Double, Int) {
        let k = NERTag.count, n = s.gold.count
        var emissions = [Double](repeating: 0, count: n * k)
        for i in 0 ..< n {
            for r in s.rows[Int(s.offsets[i]) ..< Int(s.offsets[i + 1])] where r >= 0 {
                for t in 0 ..< k { emissions[i * k + t] += weights[Int(r) * k + t] }
            }
        }
        let transitions = Array(weights[0 ..< AveragedWeights.transitionRows * k])
        let m = LinearChainCRF.marginals(emissions: emissions, transitions: transitions, count: n)
        let loss = m.logZ - LinearChainCRF.score(of: s.gold, emissions: emissions, transitions: transitions)
        var correct = 0
        for i in 0 ..< n {
            var top = 0
            for t in 1 ..< k where m.tag(i, t) > m.tag(i, top) { top = t }
            if top == s.gold[i] { correct += 1 }
            for r in s.rows[Int(s.offsets[i]) ..< Int(s.offsets[i + 1])] where r >= 0 {
                let base = Int(r) * k
                for t in 0 ..< k { gradient[base + t] += m.tags[i * k + t] }
                gradient[base + s.gold[i]] -= 1
            }
        }
        for i in 0 ..< AveragedWeights.transitionRows * k { gradient[i] += m.transitions[i] }
        var previous = -1
        for c in s.gold { gradient[(previous + 1) * k + c] -= 1; previous = c }
        return (loss, correct)
    }

    /// Dev F1 of float weights (unpruned, unquantized), by first-order Viterbi.
    func f1(_ weights: [Double], _ data: PreparedData, _ dev: [CoNLLSentence]) throws -> String {
        Self.format(floatScore(dev: dev, averaged: weights, t2: nil, rowOf: data.rowOf))
    }

    static func norm(_ x: [Double]) -> Double { x.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    static func nonZeroRows(_ x: [Double]) -> Int {
        let k = NERTag.count
        return (AveragedWeights.transitionRows ..< x.count / k).reduce(0) { n, r in
            n + ((0 ..< k).contains { x[r * k + $0] != 0 } ? 1 : 0)
        }
    }
}
