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
    /// A line stored in the model saying how it was trained.
    public var info = ""

    public init() {}
}
