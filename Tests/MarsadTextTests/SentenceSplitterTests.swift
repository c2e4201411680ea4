import Testing
import MarsadText

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokenize(scalars)
        return SentenceSplitter().split(scalars, tokens: tokens).sentences.map { String(String.UnicodeScalarView(scalars[$0.range])) }
    }

    @Test func quotationsThatRunAcrossSentencesKeepTheirClosingMark() {
        // The sample report: a quotation of three sentences.
        let text = "قال لافروف: \"نحن نركز على التنفيذ. وبالأمس تم مناقشة المشاكل. نأمل أن نتمكن\". وأضاف أن"
        #expect(sentences(text) == [
            "قال لافروف: \"نحن نركز على التنفيذ.",
            "وبالأمس تم مناقشة المشاكل.",
            "نأمل أن نتمكن\".",
            "وأضاف أن",
        ])
    }

    @Test func closingMarksAfterTheFullStopJoinTheSentence() {
        #expect(sentences("قال «انتهى الأمر.» ثم غادر.") == ["قال «انتهى الأمر.»", "ثم غادر."])
    }

    @Test func arabicQuestionMarkAndExclamation() {
        #expect(sentences("هل انتهت الحرب؟ لا! لم تنته") == ["هل انتهت الحرب؟", "لا!", "لم تنته"])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("واشنطن - أ. ف. ب. قال د. محمد إن الوضع صعب. وأضاف") ==
            ["واشنطن - أ. ف. ب. قال د. محمد إن الوضع صعب.", "وأضاف"])
        #expect(sentences("The U.S. said no. Then") == ["The U.S. said no.", "Then"])
    }

    @Test func everyLineIsAParagraphWithoutBlankLines() {
        // France 24 style: one paragraph a line.
        let text = "قالت الأمم المتحدة إن الاتفاق صامد\nوأضافت أن المحادثات مستمرة"
        let scalars = Array(text.unicodeScalars)
        let result = SentenceSplitter().split(scalars, tokens: Tokenizer().tokenize(scalars))
        #expect(result.paragraphs.count == 2)
        #expect(result.sentences.count == 2)
    }

    @Test func blankLinesSeparateParagraphsAndSingleBreaksAreSoft() {
        let text = "العنوان\n\nقالت الأمم المتحدة إن\nالاتفاق صامد.\n\nفقرة ثانية."
        let scalars = Array(text.unicodeScalars)
        let result = SentenceSplitter().split(scalars, tokens: Tokenizer().tokenize(scalars))
        #expect(result.paragraphs.count == 3)
        #expect(sentences(text) == ["العنوان", "قالت الأمم المتحدة إن\nالاتفاق صامد.", "فقرة ثانية."])
    }

    @Test func crlfLineEnds() {
        #expect(sentences("السطر الأول\r\n\r\nالسطر الثاني") == ["السطر الأول", "السطر الثاني"])
    }

    @Test func empty() {
        #expect(sentences("").isEmpty)
    }
}
