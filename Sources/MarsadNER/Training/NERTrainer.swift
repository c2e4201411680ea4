/// Trains an averaged-perceptron tagger on tagged sentences (ANERcorp's `train.txt`).
///
/// ```swift
/// let sentences = try CoNLLReader().read(contentsOf: "../shared/ner/anercorp/train.txt")
/// let (train, dev) = DevSplit.every(10).split(sentences)
/// let trainer = NERTrainer(options: NERTrainingOptions(), lexicon: try .bundled())
/// let model = try trainer.train(train, dev: dev) { print($0) }
/// ```
///
/// Each epoch visits the sentences in an order drawn from ``NERTrainingOptions/seed``. Greedy
/// training tags left to right with the predicted previous tags as features and updates on
/// every wrong token; Viterbi training (Collins 2002) decodes whole sentences and updates on
/// the differences. Weights are averaged over all updates, pruned, quantized to 16 bits and
/// sorted, so a run is reproducible byte for byte. ``NERTrainingOptions/learner`` picks a CRF
/// (alone, added to the perceptron, or started from it) or passive-aggressive steps instead
/// (`NERTrainer+CRF.swift`, `NERTrainer+PassiveAggressive.swift`); the model is the same kind.
/// - Complexity: O(epochs · n · f) for n tokens with f features each.
public struct NERTrainer: Sendable {
    public let options: NERTrainingOptions
    public let lexicon: NERLexicon
    let extractor: NERFeatureExtractor

    public init(options: NERTrainingOptions, lexicon: NERLexicon) {
        self.options = options
        self.lexicon = lexicon
        self.extractor = NERFeatureExtractor(features: options.features, lexicon: lexicon)
    }

    /// A training sentence, its features already mapped to weight rows.
    struct Prepared {
        var rows: [Int32]
        var offsets: [Int32]
        var words: [UInt64]
        var gold: [Int]
    }

    /// Trains on `sentences`; after each epoch, when `dev` is not empty, scores the averaged
    /// model on it and reports through `log`.
    /// - Throws: ``NERError/badTag(file:line:tag:)`` when a training sentence has a missing or
    ///   unknown tag.
    public func train(_ sentences: [CoNLLSentence], dev: [CoNLLSentence] = [], log: (String) -> Void = { _ in }) throws -> NERModel {
        if options.features.contains(.document), options.decoding == .viterbi {
            return try trainTwoStage(sentences, dev: dev, log: log)
        }
        var oneStage = options
        oneStage.features.remove(.document)
        return try NERTrainer(options: oneStage, lexicon: lexicon).trainOneStage(sentences, dev: dev, log: log)
    }

    /// Trains the usual (first-stage) model, with the perceptron or, by
    /// ``NERTrainingOptions/learner``, a CRF (`NERTrainer+CRF.swift`).
    func trainOneStage(_ sentences: [CoNLLSentence], dev: [CoNLLSentence], log: (String) -> Void) throws -> NERModel {
        let data = try prepare(sentences, log: log)
        if options.learner != .perceptron, options.learner != .passiveAggressive { return try trainWithCRF(data, sentences: sentences, dev: dev, log: log) }
        let (averaged, keyOfRow) = try perceptronWeights(data, dev: dev, log: log)
        let model = finish(averaged: averaged, keyOfRow: keyOfRow)
        if options.runs > 1, !dev.isEmpty {
            let score = try evaluate(model, on: dev)
            log("\(options.runs) runs averaged: dev F1 \(Self.format(score.overall.f1)) (P \(Self.format(score.overall.precision)), R \(Self.format(score.overall.recall))), \(model.featureCount) features kept")
        }
        return model
    }

    /// Training sentences with their features mapped to weight rows.
    struct PreparedData {
        var sentences: [Prepared]
        /// Feature hash → weight row, and weight row → feature hash (0 for the transition rows).
        var rowOf: [UInt64: Int32]
        var keyOfRow: [UInt64]
    }

    /// Extracts the features of `sentences` and numbers those seen at least
    /// ``NERTrainingOptions/minimumCount`` times.
    func prepare(_ sentences: [CoNLLSentence], log: (String) -> Void) throws -> PreparedData {
        var hashes: [[UInt64]] = [], offsets: [[Int32]] = [], words: [[UInt64]] = [], gold: [[Int]] = []
        var counts: [UInt64: Int32] = [:]
        var memo = NERFeatureExtractor.CliticMemo()
        for sentence in sentences {
            guard let tags = sentence.tags else {
                let bad = sentence.labels.flatMap { $0.first { NERTag(label: $0) == nil } } ?? "(none)"
                throw NERError.badTag(file: "training data", line: sentence.line, tag: bad)
            }
            let analysis = extractor.analyze(NERSentence(words: sentence.words), memo: &memo)
            var h: [UInt64] = [], o: [Int32] = [0]
            for i in 0 ..< analysis.count {
                extractor.appendFeatures(of: analysis, at: i, to: &h)
                o.append(Int32(h.count))
            }
            for f in h { counts[f, default: 0] += 1 }
            hashes.append(h); offsets.append(o); gold.append(tags.map(\.index))
            words.append(analysis.tokens.map(\.normalized))
        }
        // Rows for features seen often enough, numbered in order of first appearance.
        var rowOf: [UInt64: Int32] = [:]
        var keyOfRow: [UInt64] = Array(repeating: 0, count: AveragedWeights.transitionRows)
        var prepared: [Prepared] = []
        for s in hashes.indices {
            var rows: [Int32] = []
            rows.reserveCapacity(hashes[s].count)
            for f in hashes[s] {
                if let r = rowOf[f] { rows.append(r); continue }
                if counts[f]! < options.minimumCount { rows.append(-1); continue }
                let r = Int32(keyOfRow.count)
                rowOf[f] = r
                keyOfRow.append(f)
                rows.append(r)
            }
            prepared.append(Prepared(rows: rows, offsets: offsets[s], words: words[s], gold: gold[s]))
        }
        log("\(sentences.count) sentences, \(prepared.reduce(0) { $0 + $1.gold.count }) tokens, \(keyOfRow.count - AveragedWeights.transitionRows) features (\(counts.count) before the count cutoff)")
        return PreparedData(sentences: prepared, rowOf: rowOf, keyOfRow: keyOfRow)
    }

    /// The perceptron's weights: ``NERTrainingOptions/runs`` runs, each averaged, averaged
    /// again; with the rows' keys (greedy training adds rows for history features).
    func perceptronWeights(_ data: PreparedData, dev: [CoNLLSentence], log: (String) -> Void) throws -> (averaged: [Double], keyOfRow: [UInt64]) {
        let prepared = data.sentences
        // One run a seed; the runs' averaged weights are averaged again (rows are shared, so a
        // row means the same feature in every run).
        var state = TrainingState(weights: AveragedWeights(rows: data.keyOfRow.count), rowOf: data.rowOf, keyOfRow: data.keyOfRow)
        var sum: [Double] = []
        var second = SecondOrderExperiment(), secondSum = [Double](repeating: 0, count: 100 * NERTag.count)
        let runs = max(1, options.runs)
        for run in 0 ..< runs {
            if run > 0 { state = TrainingState(weights: AveragedWeights(rows: state.keyOfRow.count), rowOf: state.rowOf, keyOfRow: state.keyOfRow) }
            second = SecondOrderExperiment()
            var order = Array(prepared.indices)
            var random = SplitMix64(seed: options.seed &+ UInt64(run))
            for epoch in 1 ... max(1, options.epochs) {
                random.shuffle(&order)
                var correct = 0, total = 0
                for s in order {
                    let c = options.secondOrderExperiment ? trainSecondOrder(prepared[s], &state, &second)
                        : options.decoding == .greedy ? trainGreedy(prepared[s], &state)
                        : options.learner == .passiveAggressive ? trainPassiveAggressive(prepared[s], &state) : trainViterbi(prepared[s], &state)
                    correct += c
                    total += prepared[s].gold.count
                }
                var line = (runs > 1 ? "run \(run + 1), " : "") + "epoch \(epoch): train token accuracy \(Self.percent(correct, total))"
                if !dev.isEmpty, !options.secondOrderExperiment, options.learner == .perceptron || options.learner == .passiveAggressive, epoch == options.epochs || runs == 1 {
                    let m = finish(averaged: state.weights.allAveraged(), keyOfRow: state.keyOfRow)
                    let score = try evaluate(m, on: dev)
                    line += ", dev F1 \(Self.format(score.overall.f1)) (P \(Self.format(score.overall.precision)), R \(Self.format(score.overall.recall))), \(m.featureCount) features kept"
                }
                log(line)
            }
            let averaged = state.weights.allAveraged()
            sum.append(contentsOf: repeatElement(0, count: averaged.count - sum.count))
            for i in averaged.indices { sum[i] += averaged[i] }
            let secondAveraged = second.weights.allAveraged()
            for i in secondAveraged.indices { secondSum[i] += secondAveraged[i] }
        }
        if options.floatScore, !options.secondOrderExperiment, !dev.isEmpty {
            let f1 = floatScore(dev: dev, averaged: sum.map { $0 / Double(runs) }, t2: nil, rowOf: state.rowOf)
            log("first order (floating point, unpruned, the control of the second-order experiment): dev F1 \(Self.format(f1))")
        }
        if options.secondOrderExperiment, !dev.isEmpty {
            let averaged = sum.map { $0 / Double(runs) }
            let first = floatScore(dev: dev, averaged: averaged, t2: nil, rowOf: state.rowOf)
            let secondF1 = floatScore(dev: dev, averaged: averaged, t2: secondSum.map { $0 / Double(runs) }, rowOf: state.rowOf)
            log("second-order experiment (floating point, unpruned): dev F1 with the second-order transitions \(Self.format(secondF1)), without them \(Self.format(first))")
        }
        return (sum.map { $0 / Double(runs) }, state.keyOfRow)
    }

    /// Scores a model on tagged sentences by conlleval's rules.
    public func evaluate(_ model: NERModel, on sentences: [CoNLLSentence]) throws -> ConllScorer.Score {
        var tagger = try NERTagger(model: model, lexicon: lexicon)
        tagger.documentWindow = options.documentWindow
        var scorer = ConllScorer()
        let labelled = sentences.filter { $0.labels != nil }
        let predicted = tagger.tag(sentences: labelled.map { NERSentence(words: $0.words) })
        for (sentence, tags) in zip(labelled, predicted) {
            scorer.add(gold: sentence.labels!, predicted: tags.map(\.label))
        }
        return scorer.score
    }

    static func percent(_ a: Int, _ b: Int) -> String { format(b == 0 ? 0 : 100 * Double(a) / Double(b)) }
    static func format(_ x: Double) -> String { String(Double(Int((x * 100).rounded())) / 100) }
}
