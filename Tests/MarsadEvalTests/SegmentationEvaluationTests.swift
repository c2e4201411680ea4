import Testing
import MarsadEval
import MarsadText

@Suite struct SegmentationEvaluationTests {
    // Two sentences in UD Arabic-PUD's form: clitics are words with SpaceAfter=No.
    let conllu = """
        # text = وقال لأوباما
        1\tو\tوَ\tCCONJ\t_\t_\t2\tcc\t_\tSpaceAfter=No
        2\tقال\tقَال\tVERB\t_\t_\t0\troot\t_\t_
        3\tل\tلِ\tADP\t_\t_\t4\tcase\t_\tSpaceAfter=No
        4\tأوباما\tاوباما\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

        # text = باكو
        1\tباكو\tباكو\tPROPN\t_\t_\t0\troot\t_\t_

        """

    @Test func scoresWordsAgainstTheTreebank() {
        let e = SegmentationEvaluation(conllu: conllu, segmenter: CliticSegmenter(), normalizer: ArabicNormalizer())
        #expect(e.words == 3)
        #expect(e.goldSplit == 2)
        #expect(e.baselineCorrect == 1)  // only باكو is one word
        #expect(e.correct == 3)
    }

    @Test func aSegmenterThatNeverSplitsScoresTheBaseline() {
        let never = CliticSegmenter(protectedWords: ["وقال", "لاوباما", "باكو"])
        let e = SegmentationEvaluation(conllu: conllu, segmenter: never, normalizer: ArabicNormalizer())
        #expect(e.correct == e.baselineCorrect)
        #expect(e.examples.count == 2)
    }
}
