import Foundation
@testable import MarsadNER
import Testing

/// Training, saving and loading a small model.
@Suite struct ModelTests {
    /// The bundled lists, loaded once for the suite.
    static let lexicon = FeatureExtractionTests.lexicon

    /// The first sentences of ANERcorp's training file (2007 news), tagged as there.
    static let sentences = CoNLLReader().read(text: """
        أعلن O
        اتحاد B-ORG
        صناعة I-ORG
        السيارات I-ORG
        في O
        ألمانيا B-LOC
        .  O

        وقال O
        رئيس O
        الاتحاد O
        برند B-PERS
        جوتشولك I-PERS
        إن O
        مستقبل O
        السوق O
        مشرق O
        .  O

        رجح O
        الممثل O
        الأعلى O
        خافيير B-PERS
        سولانا I-PERS
        أن O
        يتوصل O
        مجلس B-ORG
        الأمن I-ORG
        . O

        وقال O
        خلال O
        مؤتمر O
        صحفي O
        في O
        القاهرة B-LOC
        بعد O
        لقائه O
        الرئيس O
        حسني B-PERS
        مبارك I-PERS
        . O
        """)

    static func train(epochs: Int = 3, decoding: NERDecoding = .viterbi, runs: Int = 1) throws -> NERModel {
        var options = NERTrainingOptions()
        options.epochs = epochs
        options.runs = runs
        options.decoding = decoding
        options.pruneBelow = 0
        options.info = "test model"
        return try NERTrainer(options: options, lexicon: lexicon).train(sentences)
    }

    @Test(arguments: NERDecoding.allCases)
    func saveAndLoad(decoding: NERDecoding) throws {
        let model = try Self.train(decoding: decoding)
        let bytes = model.serialized()
        let loaded = try NERModel(data: bytes, file: "memory")
        #expect(loaded.serialized() == bytes)
        #expect(loaded.info == "test model" && loaded.decoding == decoding && loaded.features == .all)
        #expect(loaded.featureCount == model.featureCount && loaded.featureCount > 100)
        let a = try NERTagger(model: model, lexicon: Self.lexicon), b = try NERTagger(model: loaded, lexicon: Self.lexicon)
        for s in Self.sentences {
            #expect(a.tag(words: s.words) == b.tag(words: s.words))
            // A few epochs fit these four sentences.
            #expect(a.tag(words: s.words) == s.tags)
        }
    }

    @Test func trainingIsDeterministic() throws {
        #expect(try Self.train().serialized() == Self.train().serialized())
    }

    /// Runs with other seeds visit the sentences in other orders, so their average is another
    /// model; it still fits the sentences, and is reproduced byte for byte.
    @Test func averagedRuns() throws {
        let one = try Self.train(), three = try Self.train(runs: 3)
        #expect(three.serialized() == (try Self.train(runs: 3)).serialized())
        #expect(three.serialized() != one.serialized())
        let tagger = try NERTagger(model: three, lexicon: Self.lexicon)
        for s in Self.sentences { #expect(tagger.tag(words: s.words) == s.tags) }
    }

    @Test func rejectsBadFiles() throws {
        let bytes = try Self.train(epochs: 1).serialized()
        #expect(throws: NERError.badModel(file: "m", reason: "it does not start with MNER")) {
            try NERModel(data: Data("MNEX".utf8) + bytes.dropFirst(4), file: "m")
        }
        #expect(throws: NERError.self) { try NERModel(data: bytes.dropLast(3), file: "m") }
        #expect(throws: NERError.self) { try NERModel(data: Data(), file: "m") }
    }

    @Test func rejectsOtherLexicon() throws {
        let model = try Self.train(epochs: 1)
        let other = try NERLexicon(gazetteer: "name\ttype\tsource\nباكو\tLOC\ttest\n", triggers: "word\tclass\tsource\n", clusters: "word\tcoarse\tfine\tsource\n")
        #expect(throws: NERError.resourceMismatch(file: "the model")) { try NERTagger(model: model, lexicon: other) }
    }

    @Test func badTrainingTag() throws {
        let bad = CoNLLReader().read(text: "سولانا B-PERSON\nقال X-Y\n")
        #expect(throws: NERError.badTag(file: "training data", line: 1, tag: "X-Y")) {
            try NERTrainer(options: NERTrainingOptions(), lexicon: Self.lexicon).train(bad)
        }
    }

    @Test func devSplits() {
        let items = Array(1 ... 25)
        #expect(DevSplit.every(10).split(items).dev == [10, 20])
        #expect(DevSplit.every(10).split(items).train.count == 23)
        #expect(DevSplit.tail(percent: 10).split(items).dev == [24, 25])
        #expect(DevSplit.none.split(items).dev.isEmpty)
    }
}
