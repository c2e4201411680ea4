import Foundation
import Testing

/// `marsad ner` and `marsad train-ner` through the built binary (real ANERcorp-style sentences).
@Suite struct NERCommandTests {
    func run(_ arguments: [String], stdin: String? = nil) throws -> CLITests.Run {
        try CLITests().run(arguments, stdin: stdin)
    }

    /// One token a line, extra columns ignored, CRLF, two sentences.
    static let conll = "وقال O x\r\nالرئيس O x\r\nالروسي O x\r\nفلاديمير B-PERS x\r\nبوتين I-PERS x\r\nفي O x\r\nموسكو B-LOC x\r\n. O x\r\n\r\n"
        + "ووصل O\r\nسيرغي B-PERS\r\nلافروف I-PERS\r\nإلى O\r\nباكو B-LOC\r\n.\tO\r\n"

    @Test func tagsCoNLL() throws {
        let r = try run(["ner", "--conll", "-"], stdin: Self.conll)
        #expect(r.status == 0)
        #expect(r.stdout == "وقال\tO\nالرئيس\tO\nالروسي\tO\nفلاديمير\tB-PERS\nبوتين\tI-PERS\nفي\tO\nموسكو\tB-LOC\n.\tO\n\n"
                 + "ووصل\tO\nسيرغي\tB-PERS\nلافروف\tI-PERS\nإلى\tO\nباكو\tB-LOC\n.\tO\n")
    }

    @Test func evaluates() throws {
        let r = try run(["ner", "--conll", "-", "--evaluate"], stdin: Self.conll)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("processed 14 tokens with 4 phrases; found: 4 phrases; correct: 4.\n"))
        #expect(r.stdout.contains("PERS: precision: 100.00%; recall: 100.00%; FB1: 100.00  2"))
    }

    @Test func evaluateNeedsGold() throws {
        let r = try run(["ner", "--conll", "-", "--evaluate"], stdin: "وقال\nبوتين\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("-:1: a token has no gold tag in the second column"))
    }

    @Test func missingFile() throws {
        let r = try run(["ner", "--conll", "/nonexistent/dev.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("Cannot read /nonexistent/dev.txt"))
    }

    @Test func trainValidation() throws {
        let r = try run(["train-ner", "--train", "x", "--dev-every", "1", "--output", "y"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--dev-every takes a number of 2 or more"))
        let groups = try run(["train-ner", "--train", "x", "--without", "colour", "--output", "y"])
        #expect(groups.status == 64 && groups.stderr.contains("unknown group `colour`"))
        let crf = try run(["train-ner", "--train", "x", "--learner", "crf", "--document", "--output", "y"])
        #expect(crf.status == 64 && crf.stderr.contains("--learner crf trains one-stage Viterbi models only"))
        let fold = try run(["train-ner", "--train", "x", "--inner-dev-every", "2", "--inner-fold", "2", "--output", "y"])
        #expect(fold.status == 64 && fold.stderr.contains("--inner-fold 0 … N−1"))
        let bags = try run(["train-ner", "--train", "x", "--bags", "words/colour", "--output", "y"])
        #expect(bags.status == 64 && bags.stderr.contains("--bags: unknown group `colour`"))
    }

    /// Trains a one-epoch model on a tiny file and tags with it.
    @Test func trainsAndTags() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ner-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let train = dir.appendingPathComponent("train.txt").path, model = dir.appendingPathComponent("m.mner").path
        try String(repeating: Self.conll.replacingOccurrences(of: "\r", with: "") + "\n", count: 3)
            .write(toFile: train, atomically: true, encoding: .utf8)
        let t = try run(["train-ner", "--train", train, "--dev-every", "3", "--epochs", "2", "--output", model])
        #expect(t.status == 0)
        #expect(t.stderr.contains("4 training sentences, 2 dev sentences (every 3rd sentence)"))
        #expect(t.stdout.hasPrefix("Dev split (every 3rd sentence), conlleval rules:\nprocessed "))
        // Trained on these sentences, the model tags them back.
        let r = try run(["ner", "--conll", "-", "--model", model, "--evaluate"], stdin: Self.conll)
        #expect(r.status == 0)
        #expect(r.stdout.contains("FB1: 100.00"))
        // The perceptron + CRF learner writes a model of the same kind, which records how.
        let c = try run(["train-ner", "--train", train, "--dev-every", "3", "--epochs", "2", "--learner", "crf-sum",
                         "--crf-epochs", "2", "--crf-rate", "0.3", "--output", model])
        #expect(c.status == 0)
        #expect(c.stderr.contains("CRF epoch 2: ") && c.stderr.contains("perceptron alone: dev F1"))
        let info = try run(["ner", "--conll", "-", "--model", model, "--evaluate"], stdin: Self.conll)
        #expect(info.status == 0 && info.stdout.contains("FB1: 100.00"))
        // An inner split of the training part (the dev split is not read), with a share sweep.
        let inner = try run(["train-ner", "--train", train, "--dev-every", "3", "--inner-dev-every", "2", "--epochs", "2",
                             "--learner", "crf-sum", "--crf-epochs", "2", "--share-sweep", "0.5,1", "--output", model])
        #expect(inner.status == 0)
        #expect(inner.stderr.contains("2 training sentences, 2 dev sentences (inner fold 0 of 2 of the training part left by the every 3rd sentence)"))
        #expect(inner.stderr.contains("share 0.5: dev F1 ") && inner.stderr.contains("share 1.0: dev F1 "))
    }
}
