extension NERTrainer {
    /// A first-stage reading of a training sentence by a model that did not see it.
    struct HeldOut {
        var emissions: [Double] = []
        var transitions: [Double] = []
        var tags: [Int] = []
        var confidence: [UInt8] = []
        var keys: [DocumentFeatures.Keys] = []
    }

    /// Trains the two-stage tagger (Krishnan & Manning 2006): the first stage is the usual
    /// model, trained on all the sentences; the second adds weights for ``DocumentFeatures`` to
    /// the first stage's emission scores. The second stage learns from first-stage readings
    /// of the training sentences by models that did not see them (jackknifing over
    /// ``NERTrainingOptions/folds`` blocks, of every `folds`-th sentence unless
    /// ``NERTrainingOptions/interleavedFolds`` is off), so that it learns how far to trust
    /// readings as good as those of new text, not the near-perfect ones of training data.
    /// The document weights join the first stage's table (their templates are their own).
    func trainTwoStage(_ sentences: [CoNLLSentence], dev: [CoNLLSentence], log: (String) -> Void) throws -> NERModel {
        var baseOptions = options
        baseOptions.features.remove(.document)
        let base = try NERTrainer(options: baseOptions, lexicon: lexicon).trainOneStage(sentences, dev: dev, log: log)

        var foldOptions = baseOptions
        foldOptions.runs = options.foldRuns
        let foldTrainer = NERTrainer(options: foldOptions, lexicon: lexicon)
        let folds = max(2, options.folds)
        var held = [HeldOut](repeating: HeldOut(), count: sentences.count)
        for f in 0 ..< folds {
            let block: [Int], rest: [CoNLLSentence]
            if options.interleavedFolds {
                block = Array(stride(from: f, to: sentences.count, by: folds))
                rest = sentences.indices.filter { $0 % folds != f }.map { sentences[$0] }
            } else {
                let range = sentences.count * f / folds ..< sentences.count * (f + 1) / folds
                block = Array(range)
                rest = Array(sentences[..<range.lowerBound]) + Array(sentences[range.upperBound...])
            }
            let model = try foldTrainer.trainOneStage(rest, dev: [], log: { _ in })
            let tagger = try NERTagger(model: model, lexicon: lexicon)
            let scale = Double(model.scale)
            let transitions = model.transitions.map { Double($0) * scale }
            var correct = 0, total = 0
            for s in block {
                let r = tagger.firstStage(NERSentence(words: sentences[s].words))
                held[s] = HeldOut(emissions: r.emissions.map { Double($0) * scale }, transitions: transitions, tags: r.tags, confidence: r.confidence, keys: r.keys)
                for (t, g) in zip(r.tags, sentences[s].tags ?? []) where t == g.index { correct += 1 }
                total += r.tags.count
            }
            log("stage 2: fold \(f + 1) of \(folds): held-out token accuracy \(Self.percent(correct, total))")
        }
        let features = DocumentFeatures(window: options.documentWindow).features(keys: held.map(\.keys), tags: held.map(\.tags), confidence: held.map(\.confidence))

        // Rows for the document features, in order of first appearance.
        var rowOf: [UInt64: Int32] = [:]
        var keyOfRow: [UInt64] = Array(repeating: 0, count: AveragedWeights.transitionRows)
        var rows: [[[Int32]]] = features.map { sentence in
            sentence.map { token in
                token.map { f in
                    if let r = rowOf[f] { return r }
                    let r = Int32(keyOfRow.count)
                    rowOf[f] = r
                    keyOfRow.append(f)
                    return r
                }
            }
        }
        var weights = AveragedWeights(rows: keyOfRow.count)
        let gold = sentences.map { $0.tags?.map(\.index) ?? [] }
        let k = NERTag.count, rate = options.documentRate, unit = 1000.0
        var order = Array(sentences.indices)
        var random = SplitMix64(seed: options.seed)
        for epoch in 1 ... max(1, options.documentEpochs) {
            random.shuffle(&order)
            var correct = 0, total = 0
            for s in order {
                let n = gold[s].count
                guard n > 0 else { continue }
                var emissions = [Int64](repeating: 0, count: n * k)
                for i in 0 ..< n {
                    for t in 0 ..< k {
                        var x = held[s].emissions[i * k + t]
                        for r in rows[s][i] { x += Double(weights.weights[Int(r) * k + t]) }
                        emissions[i * k + t] = Int64((x * unit).rounded())
                    }
                }
                let transitions = held[s].transitions.map { Int64(($0 * unit).rounded()) }
                let guess = Viterbi.decode(emissions: emissions, transitions: transitions, count: n).tags
                for i in 0 ..< n {
                    let truth = gold[s][i]
                    if guess[i] == truth { correct += 1; continue }
                    for r in rows[s][i] {
                        weights.update(row: Int(r), tag: truth, by: rate)
                        weights.update(row: Int(r), tag: guess[i], by: -rate)
                    }
                }
                total += n
                weights.time += 1
            }
            log("stage 2: epoch \(epoch): train token accuracy \(Self.percent(correct, total)), \(keyOfRow.count - AveragedWeights.transitionRows) document features")
        }
        rows = []

        // Quantized with the first stage's scale, merged into its table.
        let averaged = weights.allAveraged()
        let scale = Double(base.scale)
        var kept: [(key: UInt64, weights: [Int16])] = zip(base.keys, stride(from: 0, to: base.weights.count, by: k)).map { key, at in
            (key, Array(base.weights[at ..< at + k]))
        }
        for row in AveragedWeights.transitionRows ..< keyOfRow.count {
            var q = [Int16](repeating: 0, count: k)
            var any = false
            for t in 0 ..< k {
                let a = averaged[row * k + t]
                guard abs(a) >= Double(options.pruneBelow) else { continue }
                q[t] = Int16(max(-32767, min(32767, (a / scale).rounded())))
                if q[t] != 0 { any = true }
            }
            if any { kept.append((keyOfRow[row], q)) }
        }
        kept.sort { $0.key < $1.key }
        let model = NERModel(features: base.features.union(.document), decoding: base.decoding, scale: base.scale, info: options.info,
                             keys: kept.map(\.key), weights: kept.flatMap(\.weights), transitions: base.transitions, lexicon: lexicon)
        if !dev.isEmpty {
            let score = try evaluate(model, on: dev)
            log("two stages: dev F1 \(Self.format(score.overall.f1)) (P \(Self.format(score.overall.precision)), R \(Self.format(score.overall.recall))), \(model.featureCount - base.featureCount) document features kept")
        }
        return model
    }
}
