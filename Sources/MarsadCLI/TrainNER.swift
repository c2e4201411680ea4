import ArgumentParser
import Foundation
import MarsadNER

struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the named-entity tagger on an ANERcorp-style file.",
        discussion: """
            Reads TRAIN (one `token TAG` a line, blank lines between sentences), sets aside a \
            development split by a fixed rule, trains an averaged perceptron on the rest (three \
            runs with different sentence orders, their weights averaged) or, with --learner, a \
            CRF alone or with the perceptron, scores it on the dev split (conlleval rules) and \
            writes the model, with the lists it was trained with. The dev sentences are never \
            used for training, so the printed figure is honest.

            The shipped model (Sources/MarsadNER/Resources/anercorp.mner, perceptron + CRF) is \
            reproduced byte for byte by:
              marsad train-ner --train ../shared/ner/anercorp/train.txt --learner crf-sum \\
                --min-count 2 --perceptron-share 0.75 --output Sources/MarsadNER/Resources/anercorp.mner

            Ablation: --without gazetteer,triggers drops feature groups (words, affixes, \
            clitics, shape, context, bigrams, neighbours, gazetteer, triggers, history, \
            clusters, names); --with wide adds the opt-in wider-context group. Settings are \
            chosen with --inner-dev-every N --inner-fold K (a split of the training part; the dev \
            split is never read) and --share-sweep.
            """
    )

    @Option(help: ArgumentHelp("The tagged training file (ANERcorp train.txt).", valueName: "file"))
    var train: String

    @Option(help: ArgumentHelp("Dev split: every N-th sentence (1-based) is held out.", valueName: "n"))
    var devEvery = 10

    @Option(help: ArgumentHelp("Dev split: hold out the last P % of sentences instead (whole unseen articles).", valueName: "p"))
    var devTail: Int?

    @Option(help: ArgumentHelp("Tuning: after the dev split is set aside (and never read), hold out every N-th sentence of the training part as an inner dev split and train on the rest, so settings can be chosen without the dev split.", valueName: "n"))
    var innerDevEvery: Int?

    @Option(help: ArgumentHelp("Tuning, with --inner-dev-every N: which of the N inner folds is held out (0 … N−1; fold k holds out the sentences whose 1-based position in the training part is k modulo N).", valueName: "k"))
    var innerFold = 0

    @Flag(help: "Train on every sentence, with no dev split (the model then has no honest figure).")
    var noDev = false

    @Option(help: ArgumentHelp("Passes over the training data.", valueName: "n"))
    var epochs = NERTrainingOptions().epochs

    @Option(help: "Decoding: greedy (previous tags as features) or viterbi (first-order transitions).")
    var decoding: DecodingChoice = .viterbi

    @Option(help: ArgumentHelp("Feature groups to leave out, comma-separated (for ablations).", valueName: "groups"))
    var without: String?

    @Option(help: ArgumentHelp("Feature groups to add that are not in the default set, comma-separated (wide).", valueName: "groups"))
    var with: String?

    @Option(help: ArgumentHelp("Features seen fewer times than this get no weight.", valueName: "n"))
    var minCount = NERTrainingOptions().minimumCount

    @Option(help: ArgumentHelp("Drop averaged weights smaller than this from the saved model (in the learner's units; default 0.5 for the perceptron, 0.1 for the CRF learners, 0.002 for pa).", valueName: "x"))
    var prune: Float?

    @Option(help: "The learner: perceptron (the default), crf, crf-sum (CRF + perceptron, each scaled to unit norm; the shipped model), crf-init (CRF started from the perceptron), pa (passive-aggressive, PA-I).")
    var learner: LearnerChoice = .perceptron

    @Option(help: ArgumentHelp("CRF: L2 strength λ of Σ −log P(y|x) + λ/2 ‖w‖².", valueName: "x"))
    var l2 = NERTrainingOptions().l2

    @Option(help: ArgumentHelp("CRF: AdaGrad's learning rate.", valueName: "x"))
    var crfRate = NERTrainingOptions().crfRate

    @Option(help: ArgumentHelp("CRF: passes over the training data (--epochs is the perceptron's).", valueName: "n"))
    var crfEpochs = NERTrainingOptions().crfEpochs

    @Option(help: ArgumentHelp("CRF: training runs with seeds SEED, SEED+1, …, whose weights are averaged (--runs is the perceptron's).", valueName: "n"))
    var crfRuns = NERTrainingOptions().crfRuns

    @Option(help: ArgumentHelp("crf-sum: the perceptron's share (its weights scaled to the CRF's norm).", valueName: "x"))
    var perceptronShare = NERTrainingOptions().perceptronShare

    @Option(help: ArgumentHelp("crf-sum: feature bags, each one more CRF trained without the named groups and added to the sum; groups joined by commas, bags by `/` (e.g. words,bigrams/gazetteer,names).", valueName: "bags"))
    var bags: String?

    @Option(help: ArgumentHelp("crf-sum: each bag's weight, scaled to the full CRF's norm.", valueName: "x"))
    var bagShare = NERTrainingOptions().bagShare

    @Option(help: ArgumentHelp("crf-sum, experiment: also score the sum at these perceptron shares on the dev split, comma-separated.", valueName: "x,y,…"))
    var shareSweep: String?

    @Option(help: ArgumentHelp("crf-init: the factor from the perceptron's weights to the CRF's start.", valueName: "x"))
    var initialScale = NERTrainingOptions().initialScale

    @Option(help: ArgumentHelp("pa: the aggressiveness C of PA-I (the largest step).", valueName: "x"))
    var aggressiveness = NERTrainingOptions().aggressiveness

    @Option(help: ArgumentHelp("Seed of the sentence order.", valueName: "n"))
    var seed = NERTrainingOptions().seed

    @Option(help: ArgumentHelp("Training runs with seeds SEED, SEED+1, …, whose averaged weights are averaged.", valueName: "n"))
    var runs = NERTrainingOptions().runs

    @Flag(help: "Experiment: train with second-order transitions and print the dev F1 with and without them.")
    var secondOrderExperiment = false

    @Flag(help: "Experiment: also print the dev F1 of the unpruned floating-point weights.")
    var floatScore = false

    @Flag(help: "Train a two-stage model: a second stage with what the first said about the same words elsewhere in the document (slower; see docs/NER.md).")
    var document = false

    @Option(help: ArgumentHelp("Two-stage model: sentences either side that make a sentence's document.", valueName: "n"))
    var window = NERTrainingOptions().documentWindow

    @Option(help: ArgumentHelp("Two-stage model: blocks of the jackknife that gives the second stage its first-stage tags.", valueName: "n"))
    var folds = NERTrainingOptions().folds

    @Flag(help: "Two-stage model: contiguous jackknife blocks instead of every FOLDS-th sentence.")
    var contiguousFolds = false

    @Option(help: ArgumentHelp("Two-stage model: training runs of each block's model.", valueName: "n"))
    var foldRuns = NERTrainingOptions().foldRuns

    @Option(help: ArgumentHelp("Two-stage model: epochs of the second stage.", valueName: "n"))
    var documentEpochs = NERTrainingOptions().documentEpochs

    @Option(help: ArgumentHelp("Two-stage model: size of the second stage's updates.", valueName: "x"))
    var documentRate = NERTrainingOptions().documentRate

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "path"))
    var output: String

    @Option(help: ArgumentHelp("Also write the dev sentences here (`token TAG` lines), for `marsad ner --evaluate`.", valueName: "file"))
    var writeDev: String?

    func validate() throws {
        if devEvery < 2 { throw ValidationError("--dev-every takes a number of 2 or more, not \(devEvery).") }
        if let devTail, !(1 ... 99).contains(devTail) { throw ValidationError("--dev-tail takes a percentage from 1 to 99, not \(devTail).") }
        if noDev, devTail != nil { throw ValidationError("--no-dev and --dev-tail exclude each other.") }
        if let innerDevEvery, innerDevEvery < 2 || noDev || !(0 ..< innerDevEvery).contains(innerFold) {
            throw ValidationError("--inner-dev-every takes a number of 2 or more and a dev split; --inner-fold 0 … N−1.")
        }
        if epochs < 1 { throw ValidationError("--epochs takes a number of 1 or more.") }
        if runs < 1 { throw ValidationError("--runs takes a number of 1 or more.") }
        if learner != .perceptron, decoding != .viterbi || document || secondOrderExperiment {
            throw ValidationError("--learner \(learner.rawValue) trains one-stage Viterbi models only (no --decoding greedy, --document or --second-order-experiment).")
        }
        if l2 < 0 || crfRate <= 0 || aggressiveness <= 0 { throw ValidationError("--l2 takes 0 or more, --crf-rate and --aggressiveness more than 0.") }
        if crfEpochs < 1 || crfRuns < 1 { throw ValidationError("--crf-epochs and --crf-runs take a number of 1 or more.") }
        _ = try excluded()
        _ = try added()
        _ = try featureBags()
    }

    func excluded() throws -> FeatureSet {
        var set: FeatureSet = []
        for name in (without ?? "").split(separator: ",") {
            guard let group = FeatureSet(name: String(name)) else {
                throw ValidationError("--without: unknown group `\(name)`; groups are \(FeatureSet.all.names).")
            }
            set.insert(group)
        }
        return set
    }

    func added() throws -> FeatureSet {
        var set: FeatureSet = []
        for name in (with ?? "").split(separator: ",") {
            guard let group = FeatureSet(name: String(name)), group != .document else {
                throw ValidationError("--with: unknown group `\(name)` (`document` is --document).")
            }
            set.insert(group)
        }
        return set
    }

    func featureBags() throws -> [FeatureSet] {
        try (bags ?? "").split(separator: "/").map { bag in
            var set: FeatureSet = []
            for name in bag.split(separator: ",") {
                guard let group = FeatureSet(name: String(name)) else { throw ValidationError("--bags: unknown group `\(name)`.") }
                set.insert(group)
            }
            return set
        }
    }

    var crfSettings: String { "--l2 \(l2) --crf-rate \(crfRate) --crf-epochs \(crfEpochs) --crf-runs \(crfRuns)" }

    /// `--prune`, or the learner's default.
    var pruneBelow: Float {
        if let prune { return prune }
        switch learner {
        case .perceptron: return NERTrainingOptions().pruneBelow
        case .crf, .crfSum, .crfInit: return 0.1
        case .pa: return 0.002
        }
    }

    var split: DevSplit {
        if noDev { return .none }
        if let devTail { return .tail(percent: devTail) }
        return .every(devEvery)
    }

    /// The held-out part's description: the dev split, or the inner split of its training part.
    var splitLabel: String {
        guard let innerDevEvery else { return "\(split)" }
        return "inner fold \(innerFold) of \(innerDevEvery) of the training part left by the \(split)"
    }

    /// The command line that reproduces this run, without paths.
    var invocation: String {
        var parts = ["marsad train-ner --train \(URL(fileURLWithPath: train).lastPathComponent)"]
        switch split {
        case .every(let n): parts.append("--dev-every \(n)")
        case .tail(let p): parts.append("--dev-tail \(p)")
        case .none: parts.append("--no-dev")
        }
        if let innerDevEvery { parts.append("--inner-dev-every \(innerDevEvery) --inner-fold \(innerFold)") }
        parts.append("--epochs \(epochs) --decoding \(decoding.rawValue)")
        if let without { parts.append("--without \(without)") }
        if let with { parts.append("--with \(with)") }
        parts.append("--min-count \(minCount) --prune \(pruneBelow) --seed \(seed) --runs \(runs)")
        switch learner {
        case .perceptron: break
        case .crf: parts.append("--learner crf \(crfSettings)")
        case .crfSum:
            parts.append("--learner crf-sum \(crfSettings) --perceptron-share \(perceptronShare)")
            if let bags { parts.append("--bags \(bags) --bag-share \(bagShare)") }
        case .crfInit: parts.append("--learner crf-init \(crfSettings) --initial-scale \(initialScale)")
        case .pa: parts.append("--learner pa --aggressiveness \(aggressiveness)")
        }
        if document {
            parts.append("--document --window \(window) --folds \(folds) --fold-runs \(foldRuns) --document-epochs \(documentEpochs) --document-rate \(documentRate)" + (contiguousFolds ? " --contiguous-folds" : ""))
        }
        return parts.joined(separator: " ")
    }

    func run() throws {
        let started = Date()
        let sentences = try CoNLLReader().read(contentsOf: train)
        var (trainPart, devPart) = split.split(sentences)
        if let innerDevEvery {
            let part = trainPart
            trainPart = []; devPart = []
            for (i, sentence) in part.enumerated() {
                if (i + 1) % innerDevEvery == innerFold { devPart.append(sentence) } else { trainPart.append(sentence) }
            }
        }
        if let writeDev {
            let text = devPart.map { s in
                zip(s.words, s.labels ?? []).map { "\($0) \($1)\n" }.joined()
            }.joined(separator: "\n")
            do {
                try text.write(toFile: writeDev, atomically: true, encoding: .utf8)
            } catch {
                throw CLIError.cannotWrite(writeDev)
            }
        }
        var options = NERTrainingOptions()
        options.features = FeatureSet.all.subtracting(try excluded()).union(try added())
        if document { options.features.insert(.document) }
        options.secondOrderExperiment = secondOrderExperiment
        options.floatScore = floatScore
        options.decoding = decoding.decoding
        options.epochs = epochs
        options.minimumCount = minCount
        options.pruneBelow = pruneBelow
        options.learner = learner.learner
        options.l2 = l2
        options.crfRate = crfRate
        options.crfEpochs = crfEpochs
        options.crfRuns = crfRuns
        options.perceptronShare = perceptronShare
        options.featureBags = try featureBags()
        options.bagShare = bagShare
        options.shareSweep = (shareSweep ?? "").split(separator: ",").compactMap { Double($0) }
        options.initialScale = initialScale
        options.aggressiveness = aggressiveness
        options.seed = seed
        options.runs = runs
        options.documentWindow = window
        options.folds = folds
        options.interleavedFolds = !contiguousFolds
        options.foldRuns = foldRuns
        options.documentEpochs = documentEpochs
        options.documentRate = documentRate
        options.info = "\(invocation); \(trainPart.count) training sentences, \(devPart.count) held out (\(splitLabel))"
        let trainer = NERTrainer(options: options, lexicon: try .bundled())
        printError("train-ner: \(trainPart.count) training sentences, \(devPart.count) dev sentences (\(splitLabel)); features \(options.features.names)")
        let model = try trainer.train(trainPart, dev: devPart) { printError("train-ner: " + $0) }
        try model.write(to: output)
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        printError("train-ner: wrote \(output): \(model.featureCount) features, \(size) bytes, in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        if !devPart.isEmpty {
            let score = try trainer.evaluate(model, on: devPart)
            print("Dev split (\(splitLabel)), conlleval rules:")
            print(score.report(), terminator: "")
        }
    }
}

/// The decodings, as command-line choices.
enum DecodingChoice: String, ExpressibleByArgument, CaseIterable {
    case greedy, viterbi
    var decoding: NERDecoding { self == .greedy ? .greedy : .viterbi }
}

/// The learners, as command-line choices.
enum LearnerChoice: String, ExpressibleByArgument, CaseIterable {
    case perceptron, crf, crfSum = "crf-sum", crfInit = "crf-init", pa
    var learner: NERLearner { NERLearner(rawValue: rawValue)! }
}
