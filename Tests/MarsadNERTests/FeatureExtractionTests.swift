@testable import MarsadNER
import MarsadText
import Testing

/// What the extractor sees in real sentences (ANERcorp's first sentences, 2007 news, and
/// dev-news.jsonl hn16).
@Suite struct FeatureExtractionTests {
    static let lexicon: NERLexicon = {
        do { return try NERLexicon.bundled() } catch { fatalError("the bundled NER lexicon does not load: \(error)") }
    }()
    static let extractor = NERFeatureExtractor(features: .all, lexicon: lexicon)

    static func analyze(_ words: [String]) -> TokenAnalysis {
        extractor.analyze(NERSentence(words: words))
    }

    static func key(_ s: String) -> UInt64 { FeatureHash.word(ArabicNormalizer(options: .aggressive).key(s)) }

    /// "أعلن اتحاد صناعة السيارات في ألمانيا امس الاول أن شركات …" (ANERcorp sentence 1).
    @Test func firstSentence() {
        let a = Self.analyze(["أعلن", "اتحاد", "صناعة", "السيارات", "في", "ألمانيا", "امس", "2002", "."])
        #expect(a.count == 9)
        // Normal forms: أعلن and اعلن are one word after .matching; صناعة differs only in .aggressive.
        #expect(a.tokens[0].normalized == FeatureHash.word("اعلن"))
        #expect(a.tokens[2].normalized == FeatureHash.word("صناعة") && a.tokens[2].aggressive == FeatureHash.word("صناعه"))
        // The article, and its clitic segment.
        #expect(a.tokens[3].article == 3 && a.tokens[3].clitics == 4)
        #expect(a.tokens[0].article == 0)
        // ألمانيا is an ANERGazet location; اتحاد is an organization cue.
        #expect(a.tokens[5].gazetteer & NERLexicon.bit(.location) != 0)
        #expect(a.tokens[1].trigger == NERLexicon.TriggerClass.organizationCue.bit)
        // Shapes.
        #expect(a.tokens[5].shape == TokenAnalysis.Shape.arabic.rawValue)
        #expect(a.tokens[7].shape == TokenAnalysis.Shape.digits.rawValue)
        #expect(a.tokens[8].shape == TokenAnalysis.Shape.punctuation.rawValue)
        #expect(a.tokens[5].length == 7)
    }

    /// Clitic-stripped stems: "وقال" is read as قال (a speech verb), "للأمم" as الأمم,
    /// "وبالأمس" has و + ب + ال.
    @Test func clitics() {
        let a = Self.analyze(["وقال", "الأمين", "العام", "للأمم", "المتحدة", "وبالأمس"])
        #expect(a.tokens[0].stem1 == Self.key("قال"))
        #expect(a.tokens[0].trigger & NERLexicon.TriggerClass.speechVerb.bit != 0)
        #expect([a.tokens[3].stem1, a.tokens[3].stem2].contains(Self.key("الأمم")))
        #expect(a.tokens[5].clitics == 1 | 2 | 4)
        #expect(a.tokens[5].segmentStem == Self.key("أمس"))
        // The stem's affixes are features when clitics were split off (امس: ام, مس), not otherwise.
        #expect(a.ownFeatures(5).contains(FeatureHash.feature(.stemPrefix2, FeatureHash.word("ام"))))
        #expect(a.ownFeatures(5).contains(FeatureHash.feature(.stemSuffix2, FeatureHash.word("مس"))))
        #expect(!Self.analyze(["مؤتمر"]).ownFeatures(0).contains(FeatureHash.feature(.stemPrefix2, FeatureHash.word("مو"))))
    }

    /// The extractor recomputes `CliticSegmenter.stemCandidates` from the letters it already has;
    /// both give the same readings, on words with and without clitics, marks and tatweel
    /// (ANERcorp's first sentences and dev-news.jsonl hn16, hn20, with a few harder forms).
    @Test func stemCandidatesAgreeWithTheSegmenter() {
        let text = """
            وقال رئيس الاتحاد برند جوتشولك إن مستقبل السوق مشرق. وقال خلال مؤتمر صحفي في القاهرة بعد لقائه الرئيس حسني مبارك.
            التقى وزير الخارجية الروسي، سيرغي لافروف، مع نظيره الكوري الشمالي في زيارة ينظر إليها كمحاولة من قبل موسكو لإسماع صوتها.
            وقال ديفيد شيرر، رئيس بعثة الأمم المتحدة في بيان "ما نشهده على الأرض هو قتل متعمد للمدنيين، وكذلك انتهاكات جنسية وخطف للنساء والأطفال".
            وللأمم فبالأمس وبالـعاصمة ولِلْمُدُنِ كالأسد ولا فلم بل لك وبه فللّه لله وسيكون ستكون وليد فلسطين كتاب بلد لل ول وب
            """
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokenize(scalars).filter { $0.kind == .word }
        #expect(tokens.count > 80)
        for token in tokens {
            var memo: NERFeatureExtractor.CliticMemo? = nil
            var own: [UInt64] = []
            let facts = Self.extractor.analyzeWord(token, in: scalars, memo: &memo, own: &own)
            let reference = Self.extractor.segmenterStemCandidateHashes(token, in: scalars)
            let word = String(String.UnicodeScalarView(scalars[token.range]))
            #expect(facts.stem1 == reference.0 && facts.stem2 == reference.1, "\(word)")
        }
    }

    /// Word clusters from the ANT corpus put موسكو and واشنطن (often the governments) together;
    /// a clitic-prefixed word is found too; a made-up word has none.
    @Test func clusters() {
        let a = Self.analyze(["موسكو", "واشنطن", "وباريس", "قزبلطخ"])
        #expect(a.tokens[0].fineCluster != 0 && a.tokens[0].fineCluster == a.tokens[1].fineCluster)
        #expect(a.tokens[2].fineCluster != 0)
        #expect(a.tokens[3].fineCluster == 0 && a.tokens[3].coarseCluster == 0)
    }

    /// The wider-context group (opt-in): a title three words before the last word of a
    /// three-word name, and the word's cluster with the title before it.
    @Test func wideContext() {
        let extractor = NERFeatureExtractor(features: FeatureSet.all.union(.wideContext), lexicon: Self.lexicon)
        let a = extractor.analyze(NERSentence(words: ["وقال", "الرئيس", "جورج", "دبليو", "بوش", "إن"]))
        let title = UInt64(NERLexicon.TriggerClass.personTitle.bit.trailingZeroBitCount)
        var last: [UInt64] = [], first: [UInt64] = []
        extractor.appendFeatures(of: a, at: 4, to: &last)
        extractor.appendFeatures(of: a, at: 2, to: &first)
        #expect(last.contains(FeatureHash.feature(.triggerPrevious3, title)))
        #expect(first.contains(FeatureHash.feature(.clusterAfterTrigger, title, UInt64(a.tokens[2].fineCluster))))
        #expect(!first.contains(FeatureHash.feature(.triggerPrevious3, title)))
        // Not in the default set.
        var plain: [UInt64] = []
        Self.extractor.appendFeatures(of: Self.analyze(["وقال", "الرئيس", "جورج", "دبليو", "بوش", "إن"]), at: 4, to: &plain)
        #expect(!plain.contains(FeatureHash.feature(.triggerPrevious3, title)))
    }

    /// A multi-word ANERGazet name marks its tokens as one phrase.
    @Test func gazetteerPhrase() {
        let a = Self.analyze(["نقلت", "وكالة", "الانباء", "السعودية", "عن"])
        let org = NERLexicon.bit(.organization)
        #expect(a.tokens.map(\.phrase) == [0, 0x10 | org, 0x20 | org, 0x20 | org, 0])
    }

    /// The entity layer's names (names.tsv): classes of single words (or their stems), and the
    /// longest name over each token, marked like ANERGazet's phrases.
    @Test func nameList() {
        let a = Self.analyze(["واستقبل", "الرئيس", "المصري", "عبد", "الفتاح", "السيسي", "وفدا", "للأمم", "المتحدة", "في", "القاهرة"])
        let person = NameList.Class.person.bit, location = NameList.Class.location.bit
        let organization = NameList.Class.organization.bit, nisba = NameList.Class.nisba.bit
        #expect(a.tokens.map(\.namePhrase) == [0, 0, 0, 0x10 | person, 0x20 | person, 0x20 | person, 0, 0x10 | organization, 0x20 | organization, 0, 0])
        #expect(a.tokens[2].names == nisba)
        #expect(a.tokens[10].names == location)
        #expect(a.tokens[6].names == 0)
    }

    /// Features are deterministic, and leaving groups out leaves fewer of them.
    @Test func featureLists() {
        let words = ["التقى", "وزير", "الخارجية", "الروسي", "،", "سيرغي", "لافروف", "،", "في", "بيونغ", "يانغ", "."]
        func features(_ set: FeatureSet, at i: Int) -> [UInt64] {
            let e = NERFeatureExtractor(features: set, lexicon: Self.lexicon)
            var out: [UInt64] = []
            e.appendFeatures(of: e.analyze(NERSentence(words: words)), at: i, to: &out)
            return out
        }
        let all = features(.all, at: 5)
        #expect(all == features(.all, at: 5))
        #expect(Set(all).count == all.count)  // no two templates collide
        #expect(all.count > 30)
        #expect(features(FeatureSet.all.subtracting([.context, .bigrams]), at: 5).count == all.count - 6)
        #expect(features([.words], at: 5).count == 3)  // bias, word, normalized (no aggressive change)
        #expect(features([.words], at: 2).count == 4)  // الخارجية: ة → ه in the aggressive form
    }

    /// Token kinds of CoNLL words, as MarsadText's tokenizer would give.
    @Test(arguments: [("ألمانيا", Token.Kind.word), ("2002", .number), ("4.3", .number), ("G20", .number), ("Sputnik", .latin), (".", .punctuation), ("$", .symbol), ("%", .punctuation), ("الـ10", .number)])
    func wordKinds(word: String, kind: Token.Kind) {
        #expect(NERSentence.kind(of: ArraySlice(word.unicodeScalars)) == kind)
    }
}
