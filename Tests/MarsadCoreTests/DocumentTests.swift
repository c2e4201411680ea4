import Testing
import MarsadCore
import MarsadText

@Suite struct DocumentTests {
    let toolkit = TextToolkit()

    @Test func idIsTheSHA256OfTheTextWhenNoneIsGiven() {
        let doc = Document(id: nil, text: "روسيا", metadata: Metadata(), toolkit: toolkit)
        #expect(doc.id == "dbcb024885edf04c633a9866c5aa810368d7dcb30affc918e27b5c8d2ddf1f83")
        #expect(Document(id: "hn01", text: "روسيا", metadata: Metadata(), toolkit: toolkit).id == "hn01")
        // Regression: a JSON line's `"id": ""` gave an empty id, which every such record shared.
        #expect(Document(id: "", text: "روسيا", metadata: Metadata(), toolkit: toolkit).id == doc.id)
    }

    @Test func spansAreCodePointsNotCharacters() {
        // "عددًا" is 4 Characters but 5 code points (the tanween is a scalar of its own).
        let doc = Document(id: nil, text: "عددًا كبيرًا", metadata: Metadata(), toolkit: toolkit)
        #expect(doc.tokens.map(\.span) == [Span(start: 0, end: 5), Span(start: 6, end: 12)])
        #expect(doc.text(in: doc.tokens[1].span) == "كبيرًا")
        #expect(doc.normalizedText(in: doc.tokens[1].span) == "كبيرا")
    }

    @Test func lookups() {
        let doc = Document(id: nil, text: "وصل لافروف. ثم غادر.", metadata: Metadata(), toolkit: toolkit)
        #expect(doc.sentences.count == 2)
        #expect(doc.sentenceIndex(containing: 4) == 0)
        #expect(doc.sentenceIndex(containing: 11) == nil)  // the space between sentences
        #expect(doc.sentenceIndex(containing: 13) == 1)
        #expect(doc.tokenRange(in: doc.sentences[1]).map { doc.text(in: doc.tokens[$0].span) } == ["ثم", "غادر", "."])
    }
}
