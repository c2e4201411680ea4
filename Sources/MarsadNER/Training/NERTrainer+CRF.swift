import Foundation

/// The CRF learners (``NERLearner/crf``, ``NERLearner/crfSum``,
/// ``NERLearner/crfFromPerceptron``): the same features and rows as the perceptron, weights
/// learned by maximizing the L2-regularized conditional log-likelihood with AdaGrad, one
/// sentence a step, in an order drawn from the seed each epoch. The float weights go through
/// the perceptron's ``finish(averaged:keyOfRow:)`` (pruning below
/// ``NERTrainingOptions/pruneBelow``, in the learner's units, then one Int16 scale), so the
/// model file and the tagger are unchanged.
extension NERTrainer {
    func trainWithCRF(_ data: PreparedData, sentences: [CoNLLSentence], dev: [CoNLLSentence], log: (String) -> Void) throws -> NERModel {
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
            let crfNorm = Self.norm(weights)
            if !options.featureBags.isEmpty {
                if !dev.isEmpty {
                    let unit = crfNorm / max(Self.norm(p), .leastNormalMagnitude)
                    let plain = finish(averaged: zip(weights, p).map { $0 + options.perceptronShare * unit * $1 }, keyOfRow: data.keyOfRow)
                    log("perceptron + CRF without the bags: dev F1 \(Self.format(try evaluate(plain, on: dev).overall.f1))")
                }
                for bag in options.featureBags {
                    let bagged = try withoutGroups(bag, data, sentences)
                    let b = try crfRun(bagged, seed: options.seed, initial: nil, dev: [], log: log)
                    if !dev.isEmpty { log("CRF without \(bag.names): dev F1 \(try f1(b, data, dev))") }
                    let factor = options.bagShare * crfNorm / max(Self.norm(b), .leastNormalMagnitude)
                    for i in weights.indices { weights[i] += factor * b[i] }
                }
            }
            let unit = crfNorm / max(Self.norm(p), .leastNormalMagnitude)
            if !dev.isEmpty { try logShareSweep(crf: weights, perceptron: p, unit: unit, keyOfRow: data.keyOfRow, dev: dev, log: log) }
            let factor = options.perceptronShare * unit
            for i in weights.indices { weights[i] += factor * p[i] }
        }
        let model = finish(averaged: weights, keyOfRow: data.keyOfRow)
        if !dev.isEmpty {
            let score = try evaluate(model, on: dev)
            log("\(options.learner.rawValue): dev F1 \(Self.format(score.overall.f1)) (P \(Self.format(score.overall.precision)), R \(Self.format(score.overall.recall))), \(model.featureCount) features kept of \(Self.nonZeroRows(weights)) with a weight")
        }
        return model
    }

    /// Scores the sum at each share of ``NERTrainingOptions/shareSweep`` on `dev` (quantized and
    /// pruned like the saved model), so that one training run serves every mixing ratio.
    func logShareSweep(crf: [Double], perceptron p: [Double], unit: Double, keyOfRow: [UInt64], dev: [CoNLLSentence], log: (String) -> Void) throws {
        for share in options.shareSweep {
            var w = crf
            for i in w.indices { w[i] += share * unit * p[i] }
            let model = finish(averaged: w, keyOfRow: keyOfRow)
            let score = try evaluate(model, on: dev)
            log("share \(share): dev F1 \(Self.format(score.overall.f1)) (P \(Self.format(score.overall.precision)), R \(Self.format(score.overall.recall))), \(model.featureCount) features")
        }
    }

    /// `data` with the rows of the feature groups `groups` left out (row −1), for feature
    /// bagging (Sutton, Sindelar & McCallum 2006): a CRF that cannot lean on those features
    /// learns to weigh the others. Rows are found by extracting the features of `sentences`
    /// again without the groups (the same hashes, fewer of them).
    func withoutGroups(_ groups: FeatureSet, _ data: PreparedData, _ sentences: [CoNLLSentence]) throws -> PreparedData {
        let reduced = NERFeatureExtractor(features: options.features.subtracting(groups), lexicon: lexicon)
        var kept = Set<UInt64>()
        var memo = NERFeatureExtractor.CliticMemo()
        var h: [UInt64] = []
        for sentence in sentences {
            let analysis = reduced.analyze(NERSentence(words: sentence.words), memo: &memo)
            h.removeAll(keepingCapacity: true)
            for i in 0 ..< analysis.count { reduced.appendFeatures(of: analysis, at: i, to: &h) }
            kept.formUnion(h)
        }
        let keep = data.keyOfRow.enumerated().map { $0.offset < AveragedWeights.transitionRows || kept.contains($0.element) }
        var result = data
        for s in result.sentences.indices {
            result.sentences[s].rows = result.sentences[s].rows.map { $0 >= 0 && keep[Int($0)] ? $0 : -1 }
        }
        return result
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
