/// How a model picks the tags of a sentence.
public enum NERDecoding: UInt32, Sendable, CaseIterable {
    /// Left to right, one token at a time, with the previous tags as features.
    case greedy = 0
    /// The best sequence under a first-order model: emission weights plus tag-to-tag
    /// transition weights, found by the Viterbi algorithm.
    case viterbi = 1

    public var name: String { self == .greedy ? "greedy" : "viterbi" }
}

/// A trained tagger model: quantized weights for hashed features, and transition weights.
///
/// Weights are 16-bit integers; `scale` converts them back to the learner's units.
/// Rows are kept sorted by feature hash, so the same training gives the same bytes.
public struct NERModel: Sendable {
    /// The feature groups the model was trained with.
    public let features: FeatureSet
    public let decoding: NERDecoding
    /// ``NERLexicon/fingerprint`` of the lists the model was trained with.
    public let lexiconFingerprint: UInt64
    /// The learner's weight of one quantum (perceptron units, or CRF units for the CRF
    /// learners).
    public let scale: Float
    /// A line saying how the model was trained (command, data, epochs).
    public let info: String
    /// Feature hashes, ascending.
    let keys: [UInt64]
    /// `NERTag.count` weights a key, in the order of `keys`.
    let weights: [Int16]
    /// Transition weights `(previous + 1) * 9 + current`, where previous -1 is the sentence
    /// start (used by Viterbi decoding).
    let transitions: [Int32]
    let table: WeightTable
    /// The lists the model was trained with, compiled (hashed words and phrases): a model file
    /// carries them, so that tagging needs no list files and loads fast.
    let lexicon: NERLexicon

    /// The number of weighted features.
    public var featureCount: Int { keys.count }

    init(features: FeatureSet, decoding: NERDecoding, scale: Float, info: String,
         keys: [UInt64], weights: [Int16], transitions: [Int32], lexicon: NERLexicon) {
        precondition(weights.count == keys.count * NERTag.count && transitions.count == (NERTag.count + 1) * NERTag.count)
        self.features = features
        self.decoding = decoding
        self.lexiconFingerprint = lexicon.fingerprint
        self.lexicon = lexicon
        self.scale = scale
        self.info = info
        self.keys = keys
        self.weights = weights
        self.transitions = transitions
        self.table = WeightTable(keys: keys, weights: weights)
    }

    /// Adds the weights of `features` to `scores` (`NERTag.count` entries).
    @inline(__always)
    func addWeights(of features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>) {
        for f in features { table.add(f, to: scores) }
    }

    /// Adds the weights of one feature.
    @inline(__always)
    func addWeights(of feature: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        table.add(feature, to: scores)
    }
}
