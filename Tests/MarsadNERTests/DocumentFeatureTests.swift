@testable import MarsadNER
import MarsadText
import Testing

/// The second stage's document features on sentences of dev-news.jsonl hn16 (Al Arabiya,
/// 2018-05-31), with first-stage tags given by hand.
@Suite struct DocumentFeatureTests {
    static func keys(_ words: [String]) -> [DocumentFeatures.Keys] {
        FeatureExtractionTests.analyze(words).tokens.map(DocumentFeatures.Keys.init)
    }

    static let first = ["التقى", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "في", "بيونغ", "يانغ", "."]
    static let firstTags = [0, 0, 0, 0, 1, 2, 0, 3, 4, 0]  // B-PERS I-PERS, B-LOC I-LOC
    static let second = ["وقال", "لافروف", "إن", "زيارة", "سيرغي", "لافروف", "إلى", "بيونغ", "يانغ", "مهمة", "."]
    static let secondTags = [Int](repeating: 0, count: 11)

    static func features(window: Int = 20) -> [[[UInt64]]] {
        let confidence = [[UInt8](repeating: 3, count: first.count), [UInt8](repeating: 0, count: second.count)]
        return DocumentFeatures(window: window).features(keys: [keys(first), keys(second)], tags: [firstTags, secondTags], confidence: confidence)
    }

    /// لافروف alone in the second sentence: tagged I-PERS once elsewhere (and O by itself in
    /// the other sentence); the clitic form وقال shares the key of قال only.
    @Test func sameWordElsewhere() {
        let f = Self.features()
        let lavrov = f[1][1]
        // Other occurrences of لافروف: I-PERS in the first sentence, O in the second (index 5).
        let majority = DocumentFeatures.majority([1, 0, 1, 0, 0, 0, 0, 0, 0])!
        #expect(lavrov.contains(FeatureHash.feature(.documentForm, majority)))
        #expect(lavrov.contains(FeatureHash.feature(.documentEntity, 1 | 1 << 3)))  // PERS, half of them
        // With the token's own confidence (bucket 0 in the second sentence).
        #expect(lavrov.contains(FeatureHash.feature(.documentConfidence, FeatureHash.feature(.documentForm, majority), 0)))
        // Punctuation gets nothing; a word seen nowhere else gets nothing.
        #expect(f[1][10].isEmpty && f[1][9].isEmpty)
    }

    /// سيرغي لافروف and بيونغ يانغ, names of two words in the first sentence, are document
    /// phrases over the same words in the second.
    @Test func phrasesElsewhere() {
        let f = Self.features()
        #expect(f[1][4].contains(FeatureHash.feature(.documentPhrase, 1 | 0x10)))
        #expect(f[1][5].contains(FeatureHash.feature(.documentPhrase, 1 | 0x20)))
        #expect(f[1][7].contains(FeatureHash.feature(.documentPhrase, 2 | 0x10)))
        #expect(f[1][8].contains(FeatureHash.feature(.documentPhrase, 2 | 0x20)))
        // A phrase is not its own evidence: the first sentence's names have no phrase feature.
        #expect(!f[0][4].contains { $0 == FeatureHash.feature(.documentPhrase, 1 | 0x10) })
    }

    /// Outside the window, the other sentence counts for nothing.
    @Test func window() {
        let f = Self.features(window: 0)
        #expect(!f[1][4].contains(FeatureHash.feature(.documentPhrase, 1 | 0x10)))
        #expect(!f[1][1].contains(FeatureHash.feature(.documentEntity, 1 | 1 << 3)))
    }

    @Test func majority() {
        #expect(DocumentFeatures.majority([0, 0, 0, 0, 0, 0, 0, 0, 0]) == nil)
        #expect(DocumentFeatures.majority([0, 2, 0, 0, 0, 0, 0, 0, 0]) == 1 | 1 << 4 | 2 << 5)
        #expect(DocumentFeatures.majority([3, 1, 0, 0, 0, 0, 0, 0, 0]) == 0 | 3 << 5)
    }
}

/// A small two-stage model: trained, saved, loaded, and tagging whole documents.
@Suite struct TwoStageModelTests {
    static func train() throws -> NERModel {
        var options = NERTrainingOptions()
        options.features.insert(.document)
        options.epochs = 3
        options.runs = 1
        options.folds = 2
        options.pruneBelow = 0
        options.info = "two-stage test model"
        return try NERTrainer(options: options, lexicon: ModelTests.lexicon).train(ModelTests.sentences)
    }

    @Test func saveLoadAndTag() throws {
        let model = try Self.train()
        #expect(model.features.contains(.document))
        #expect(try Self.train().serialized() == model.serialized())  // deterministic
        let loaded = try NERModel(data: model.serialized(), file: "memory")
        #expect(loaded.features == model.features && loaded.serialized() == model.serialized())
        let tagger = try NERTagger(model: loaded, lexicon: ModelTests.lexicon)
        let sentences = ModelTests.sentences.map { NERSentence(words: $0.words) }
        let document = tagger.tag(sentences: sentences)
        #expect(document.count == sentences.count)
        for (tags, s) in zip(document, ModelTests.sentences) {
            #expect(tags.count == s.words.count)
            #expect(tags == s.tags)  // the training sentences are fitted
        }
        // One sentence is its own document, through every entry point.
        let one = ModelTests.sentences[3].words
        #expect(tagger.tag(words: one) == tagger.tag(sentences: [NERSentence(words: one)])[0])
        #expect(tagger.scoredTags(NERSentence(words: one)).map(\.tag) == tagger.tag(words: one))
    }

    /// The arrays of document weights hold the table's weights of each feature and its
    /// confidence conjunction, for every template.
    @Test func documentWeightsMatchTheTable() throws {
        let model = try Self.train()
        let weights = DocumentWeights(table: model.table)
        var nonZero = 0
        for (template, values) in DocumentWeights.templates {
            for value in 0 ..< UInt64(values) {
                for bucket in 0 ..< UInt8(DocumentWeights.buckets) {
                    var expected = [Int32](repeating: 0, count: NERTag.count)
                    let plain = FeatureHash.feature(template, value)
                    expected.withUnsafeMutableBufferPointer { e in
                        model.table.add(plain, to: e.baseAddress!)
                        model.table.add(FeatureHash.feature(.documentConfidence, plain, UInt64(bucket)), to: e.baseAddress!)
                    }
                    var got = [Int64](repeating: 0, count: NERTag.count)
                    got.withUnsafeMutableBufferPointer { weights.add(template, value, bucket: bucket, to: $0.baseAddress!) }
                    #expect(got == expected.map(Int64.init))
                    if expected.contains(where: { $0 != 0 }) { nonZero += 1 }
                }
            }
        }
        #expect(nonZero > 0)
    }
}
