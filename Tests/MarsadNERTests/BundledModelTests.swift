import MarsadNER
import MarsadText
import Testing

/// The shipped model on real news sentences it was not trained on (ANERcorp is 2007 news; these
/// are from ../shared/corpus/dev-news.jsonl, 2015–2018). The names chosen are not in the
/// gazetteer as such, and most never occur in ANERcorp.
@Suite struct BundledModelTests {
    /// Loaded once for the suite.
    static let tagger: NERTagger = {
        do { return try NERTagger.load() } catch { fatalError("the bundled NER model does not load: \(error)") }
    }()

    /// The phrases found in `text`, as "TYPE text".
    static func phrases(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokenize(scalars)
        let tags = tagger.tag(tokens: tokens, in: scalars)
        return LabeledChunk.chunks(in: tags.map(\.label)).map { chunk in
            let span = tokens[chunk.start].start ..< tokens[chunk.end - 1].end
            return chunk.type + " " + String(String.UnicodeScalarView(scalars[span]))
        }
    }

    @Test(arguments: [
        // dev-news.jsonl hn16 (Al Arabiya, 2018-05-31): a Korean name, and بيونغ يانغ, whose
        // words are ORG fragments in ANERcorp.
        ("التقى وزير الخارجية الروسي، سيرغي لافروف، مع نظيره الكوري الشمالي، ري يونغ هو، الخميس في بيونغ يانغ، في زيارة ينظر إليها كمحاولة من قبل موسكو لإسماع صوتها في مساعيها الدبلوماسية الجديدة.",
         ["PERS سيرغي لافروف", "PERS ري يونغ هو", "LOC بيونغ يانغ", "LOC موسكو"]),
        // hn28 (Asharq Al-Awsat, 2015-08-04): a Ukrainian name and city absent from ANERcorp.
        ("وذكر المتحدث العسكري أندريه ليسينكو أن الانفصاليين المدعومين من روسيا يستخدمون أسلحة ثقيلة يحظر استخدامها بموجب اتفاق سلام ووصف الوضع في المناطق الغربية من مدينة دونيتسك التي يسيطر عليها المتمردون بأنه الأكثر توترا.",
         ["PERS أندريه ليسينكو", "LOC روسيا", "LOC دونيتسك"]),
        // hn20 (Sky News Arabia, 2018-05-17).
        ("وقال ديفيد شيرر، رئيس بعثة الأمم المتحدة في بيان \"ما نشهده على الأرض هو قتل متعمد للمدنيين، وكذلك انتهاكات جنسية وخطف للنساء والأطفال\".",
         ["PERS ديفيد شيرر", "ORG الأمم المتحدة"]),
        // hn10 (France 24 Arabic, 2018-06-07): غني is not in ANERcorp.
        ("أعلن الرئيس الأفغاني أشرف غني الخميس وقفا مؤقتا لإطلاق النار من طرف واحد بمناسبة عيد الفطر مع حركة طالبان، هو الأول من نوعه بهذه المناسبة منذ الغزو الأمريكي عام 2001.",
         ["PERS أشرف غني", "ORG طالبان"]),
    ])
    func tagsNewsSentences(text: String, expected: [String]) {
        #expect(Self.phrases(text) == expected)
    }

    /// CoNLL words and a document's tokens give the same tags for the same sentence.
    @Test func wordsAndTokensAgree() {
        let text = "وقال ديفيد شيرر، رئيس بعثة الأمم المتحدة في جنوب السودان."
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokenize(scalars)
        let words = tokens.map { String(String.UnicodeScalarView(scalars[$0.range])) }
        #expect(Self.tagger.tag(words: words) == Self.tagger.tag(tokens: tokens, in: scalars))
    }

    /// Margins are non-negative, and the names get clear margins on a plain sentence.
    @Test func margins() {
        let scored = Self.tagger.scoredTags(NERSentence(words: ["وقال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "."]))
        #expect(scored.map(\.tag.label) == ["O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"])
        #expect(scored.allSatisfy { $0.margin >= 0 })
        #expect(Self.tagger.model.featureCount > 10_000)
    }

    @Test func emptyInput() {
        #expect(Self.tagger.tag(words: []) == [])
        #expect(Self.tagger.tag(tokens: [], in: []) == [])
    }
}
