/// Settings of a training run. The defaults train the shipped model.
public struct NERTrainingOptions: Hashable, Sendable {
    public var features: FeatureSet = .all
    public var decoding: NERDecoding = .viterbi
    /// Passes over the training sentences.
    public var epochs = 10
    /// Seeds the order in which sentences are visited in each epoch.
    public var seed: UInt64 = 2007
    /// Training runs, with seeds `seed`, `seed + 1`, …; their averaged weights are averaged.
    public var runs = 3
    /// Features seen fewer times than this in the training data get no weight.
    public var minimumCount = 1
    /// Averaged weights smaller than this (in absolute value) are dropped from the saved model.
    public var pruneBelow: Float = 0.5
    /// Two-stage training (``FeatureSet/document``): sentences either side that make a
    /// sentence's document, contiguous blocks of the jackknife, runs of each block's model,
    /// epochs of the second stage and the size of its updates (first-stage perceptron units).
    public var documentWindow = DocumentFeatures.defaultWindow
    public var folds = 5
    public var foldRuns = 1
    public var documentEpochs = 10
    public var documentRate: Float = 1
    /// Jackknife blocks of every `folds`-th sentence (else contiguous blocks).
    public var interleavedFolds = true
    /// Experiment: train with second-order transitions and report the dev F1 with and without
    /// them (the saved model keeps the first-order part only).
    public var secondOrderExperiment = false
    /// Also report the dev F1 of the unpruned floating-point weights (the experiment's control).
    public var floatScore = false
    /// The learner: the averaged perceptron (shipped), or a CRF alone or with the perceptron.
    public var learner: NERLearner = .perceptron
    /// CRF: L2 strength λ (objective `Σ −log P(y|x) + λ/2 ‖w‖²`) and AdaGrad's learning rate.
    public var l2 = 1.0
    public var crfRate = 0.1
    /// CRF: passes over the data, and training runs (seeds `seed`, `seed + 1`, …) whose
    /// weights are averaged. The perceptron of the combined learners keeps `epochs` and `runs`.
    public var crfEpochs = 8
    public var crfRuns = 1
    /// ``NERLearner/crfSum``: the perceptron's share, its weights rescaled to the CRF's norm.
    public var perceptronShare = 1.0
    /// ``NERLearner/crfSum``: feature bags — for each set, one more CRF trained without those
    /// groups, scaled to the full CRF's norm times ``bagShare`` and added (none: the shipped sum).
    public var featureBags: [FeatureSet] = []
    public var bagShare = 1.0
    /// ``NERLearner/crfSum``, experiment: shares whose sums are also scored on the dev split.
    public var shareSweep: [Double] = []
    /// ``NERLearner/crfFromPerceptron``: the factor from perceptron weights to the CRF's start.
    public var initialScale = 0.05
    /// Passive-aggressive learner: the aggressiveness C of PA-I.
    public var aggressiveness = 0.1
    /// A line stored in the model saying how it was trained.
    public var info = ""

    public init() {}
}
