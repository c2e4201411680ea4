import Foundation
@testable import MarsadNER
import Testing

/// The CRF learner: forward-backward against brute-force enumeration, the analytic gradient
/// against finite differences, and training (deterministic, fits a few real sentences).
@Suite struct CRFTrainerTests {
    static let k = NERTag.count

    /// Fixed pseudo-random scores in [−2, 2) (SplitMix64, so the same on every run).
    static func scores(_ count: Int, seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        return (0 ..< count).map { _ in Double(random.next() >> 11) / Double(1 << 53) * 4 - 2 }
    }

    /// Every sequence of `n` tags allowed by BIO, with its score.
    static func enumerate(_ e: [Double], _ t: [Double], _ n: Int) -> [(tags: [Int], score: Double)] {
        var result: [(tags: [Int], score: Double)] = []
        var total = 1
        for _ in 0 ..< n { total *= k }
        for code in 0 ..< total {
            var tags = [Int](repeating: 0, count: n), c = code
            for i in 0 ..< n { tags[i] = c % k; c /= k }
            let s = LinearChainCRF.score(of: tags, emissions: e, transitions: t)
            if s > -.infinity { result.append((tags, s)) }
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 4])
    func forwardBackwardMatchesEnumeration(n: Int) {
        let e = Self.scores(n * Self.k, seed: UInt64(n)), t = Self.scores(10 * Self.k, seed: 99)
        let m = LinearChainCRF.marginals(emissions: e, transitions: t, count: n)
        let all = Self.enumerate(e, t, n)
        let top = all.map(\.score).max()!
        let logZ = top + log(all.reduce(0) { $0 + exp($1.score - top) })
        #expect(abs(m.logZ - logZ) < 1e-9)
        var tags = [Double](repeating: 0, count: n * Self.k), pairs = [Double](repeating: 0, count: 10 * Self.k)
        for (sequence, score) in all {
            let p = exp(score - logZ)
            var previous = -1
            for (i, c) in sequence.enumerated() {
                tags[i * Self.k + c] += p
                pairs[(previous + 1) * Self.k + c] += p
                previous = c
            }
        }
        for i in tags.indices { #expect(abs(m.tags[i] - tags[i]) < 1e-9) }
        for i in pairs.indices { #expect(abs(m.transitions[i] - pairs[i]) < 1e-9) }
    }

    @Test func marginalsSumToOne() {
        // A long sentence with large scores: the scaled passes neither overflow nor underflow.
        let n = 60
        let e = Self.scores(n * Self.k, seed: 7).map { $0 * 40 }, t = Self.scores(10 * Self.k, seed: 8).map { $0 * 10 }
        let m = LinearChainCRF.marginals(emissions: e, transitions: t, count: n)
        #expect(m.logZ.isFinite)
        for i in 0 ..< n {
            let sum = (0 ..< Self.k).reduce(0) { $0 + m.tag(i, $1) }
            #expect(abs(sum - 1) < 1e-9)
            // I-X never starts a sentence.
            if i == 0 { for c in stride(from: 2, to: Self.k, by: 2) { #expect(m.tag(0, c) == 0) } }
        }
        // The start row sums to 1 and the other rows to n − 1 transitions.
        #expect(abs(m.transitions[0 ..< Self.k].reduce(0, +) - 1) < 1e-9)
        #expect(abs(m.transitions[Self.k...].reduce(0, +) - Double(n - 1)) < 1e-6)
    }

    /// A hand-made sentence of four tokens (وقال الرئيس حسني مبارك, tagged O O B-PERS I-PERS)
    /// over three feature rows after the ten transition rows; row 11 fires twice on token 3.
    static let sentence = NERTrainer.Prepared(
        rows: [10, 11, 10, 12, 11, 12, 11, 11, -1],
        offsets: [0, 2, 4, 6, 9], words: [1, 2, 3, 4], gold: [0, 0, 1, 2])

    @Test func gradientMatchesFiniteDifferences() {
        let weights = Self.scores(13 * Self.k, seed: 3)
        var gradient = [Double](repeating: 0, count: weights.count)
        let (value, _) = NERTrainer.crfGradient(Self.sentence, weights: weights, into: &gradient)
        func negativeLogLikelihood(at w: [Double]) -> Double {
            var scratch = [Double](repeating: 0, count: w.count)
            return NERTrainer.crfGradient(Self.sentence, weights: w, into: &scratch).0
        }
        #expect(abs(value - negativeLogLikelihood(at: weights)) < 1e-12)
        let h = 1e-5
        var largest = 0.0
        for i in weights.indices {
            var up = weights, down = weights
            up[i] += h; down[i] -= h
            let numeric = (negativeLogLikelihood(at: up) - negativeLogLikelihood(at: down)) / (2 * h)
            #expect(abs(numeric - gradient[i]) < 1e-6, "weight \(i): analytic \(gradient[i]), numeric \(numeric)")
            largest = max(largest, abs(gradient[i]))
        }
        #expect(largest > 0.1)  // the check is not vacuous
    }

    @Test(arguments: [
        ([0, 2, 0], [0, 1, 0]),          // O I-PERS O → O B-PERS O
        ([2, 2], [1, 2]),                // I-PERS I-PERS at the start → B-PERS I-PERS
        ([1, 4], [1, 3]),                // B-PERS I-LOC → B-PERS B-LOC
        ([3, 4, 4, 0], [3, 4, 4, 0]),    // already well formed
    ])
    func wellFormed(tags: [Int], expected: [Int]) {
        #expect(LinearChainCRF.wellFormed(tags) == expected)
    }

    static func train(_ learner: NERLearner) throws -> NERModel {
        var options = NERTrainingOptions()
        options.learner = learner
        options.epochs = 4
        options.runs = 1
        options.crfEpochs = 4
        options.pruneBelow = 0
        options.crfRate = 0.3
        options.info = "test model"
        return try NERTrainer(options: options, lexicon: ModelTests.lexicon).train(ModelTests.sentences)
    }

    /// Feature bagging (one more CRF without the list groups) and the wider-context group:
    /// training is deterministic, and the tagger (whose wide features come from the word cache
    /// and the pair pass) agrees with the training features on the sentences it fitted.
    @Test func bagsAndWideContextTrainDeterministically() throws {
        func train() throws -> NERModel {
            var options = NERTrainingOptions()
            options.learner = .crfSum
            options.features = FeatureSet.all.union(.wideContext)
            options.featureBags = [[.gazetteer, .nameList, .clusters, .triggers]]
            options.epochs = 4
            options.runs = 1
            options.crfEpochs = 4
            options.pruneBelow = 0
            options.crfRate = 0.3
            return try NERTrainer(options: options, lexicon: ModelTests.lexicon).train(ModelTests.sentences)
        }
        let a = try train(), b = try train()
        #expect(a.serialized() == b.serialized())
        #expect(a.features.contains(.wideContext))
        let tagger = try NERTagger(model: a, lexicon: ModelTests.lexicon)
        for s in ModelTests.sentences { #expect(tagger.tag(words: s.words) == s.tags) }
    }

    @Test(arguments: [NERLearner.crf, .crfSum, .crfFromPerceptron, .passiveAggressive])
    func trainingIsDeterministicAndFits(learner: NERLearner) throws {
        let a = try Self.train(learner), b = try Self.train(learner)
        #expect(a.serialized() == b.serialized())
        let loaded = try NERModel(data: a.serialized(), file: "memory")
        #expect(loaded.serialized() == a.serialized() && loaded.featureCount > 100)
        let tagger = try NERTagger(model: loaded, lexicon: ModelTests.lexicon)
        for s in ModelTests.sentences { #expect(tagger.tag(words: s.words) == s.tags) }
    }
}
