import MarsadNER
import Testing

@Suite struct CoNLLReaderTests {
    /// ANERcorp's first lines, with extra columns, CRLF, a BOM, several blank lines and
    /// white-space-only lines.
    @Test func readsSentences() {
        let text = "\u{FEFF}أعلن O x\r\nاتحاد B-ORG y z\r\nصناعة\tI-ORG\r\n\r\n \r\n\r\nفي O\r\nألمانيا B-GPE\r\n"
        let sentences = CoNLLReader().read(text: text)
        #expect(sentences.count == 2)
        #expect(sentences[0].words == ["أعلن", "اتحاد", "صناعة"])
        #expect(sentences[0].labels == ["O", "B-ORG", "I-ORG"])
        #expect(sentences[0].line == 1)
        #expect(sentences[1].words == ["في", "ألمانيا"])
        #expect(sentences[1].labels == ["O", "B-LOC"])
        #expect(sentences[1].tags == [.outside, .begin(.location)])
        #expect(sentences[1].line == 7)
    }

    @Test func oneColumnHasNoLabels() {
        let sentences = CoNLLReader().read(text: "وقال\nكوفي\nأنان\n")
        #expect(sentences.map(\.words) == [["وقال", "كوفي", "أنان"]])
        #expect(sentences[0].labels == nil && sentences[0].tags == nil)
    }

    @Test func skipsDocstartAndComments() {
        let text = "-DOCSTART- -X- O\n\n# sent_id = 1\n# O\nسولانا B-PER\n"
        let sentences = CoNLLReader().read(text: text)
        #expect(sentences.map(\.words) == [["#", "سولانا"]])
        #expect(sentences[0].labels == ["O", "B-PERS"])
    }

    @Test func unknownLabelsStayVerbatim() {
        let sentences = CoNLLReader().read(text: "سولانا B-FOO\n")
        #expect(sentences[0].labels == ["B-FOO"])
        #expect(sentences[0].tags == nil)
    }

    @Test func emptyText() {
        #expect(CoNLLReader().read(text: "").isEmpty)
        #expect(CoNLLReader().read(text: "\n\n\r\n").isEmpty)
    }

    @Test(arguments: [("B-GPE", "B-LOC"), ("I-LOCATION", "I-LOC"), ("B-PER", "B-PERS"), ("I-ORGANIZATION", "I-ORG"), ("O", "O")])
    func tagLabels(label: String, expected: String) {
        #expect(NERTag(label: label)?.label == expected)
    }

    @Test func tagIndexes() {
        #expect(NERTag.all.map(\.label) == ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"])
        #expect(NERTag.all.enumerated().allSatisfy { $0.offset == $0.element.index })
        #expect(NERTag(label: "X-PERS") == nil && NERTag(label: "B-") == nil)
    }
}
