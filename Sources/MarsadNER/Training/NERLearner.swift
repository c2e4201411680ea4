/// How the weights of a first-stage model are learned (the features, the decoding and the model
/// format are the same for all).
public enum NERLearner: String, Sendable, CaseIterable {
    /// The averaged structured perceptron (Collins 2002), ``NERTrainingOptions/runs`` runs
    /// averaged: the shipped model.
    case perceptron
    /// A linear-chain CRF: L2-regularized conditional log-likelihood, AdaGrad, one sentence a
    /// step.
    case crf
    /// The sum of the CRF's weights and the perceptron's, each scaled to unit L2 norm (the
    /// perceptron's share ``NERTrainingOptions/perceptronShare``).
    case crfSum = "crf-sum"
    /// A CRF whose training starts from the perceptron's weights times
    /// ``NERTrainingOptions/initialScale``.
    case crfFromPerceptron = "crf-init"
    /// Averaged passive-aggressive updates (PA-I, Crammer et al. 2006) with Hamming loss, in
    /// place of the perceptron's unit steps.
    case passiveAggressive = "pa"
}
