import Foundation
import Marsad
import MarsadCore
import MarsadEvents
import MarsadIntake
import MarsadTestSupport
import MarsadText
import Testing

/// The standard pipeline (times → entities → quotes, agreements, events) over the first reports of
/// the benchmark corpus (ANT Corpus v2.1): whatever it finds must be well formed. This is where a
/// crash on real text, or a span out of place, would show.
@Suite struct CorpusInvariantTests {
    @Test func firstReportsOfTheBenchmarkCorpusAreWellFormed() throws {
        let marsad = try Marsad()
        let path = GoldOracle.shared.appendingPathComponent("corpus/ant-world-news.jsonl.gz").path
        struct Enough: Error {}
        var reports = 0
        do {
            try InputReader().read([path]) { result in
                guard case .success(let record) = result else { return }
                let analyzed = marsad.analyze(marsad.intake.document(from: record))
                check(analyzed)
                sameAsThreeExtractors(analyzed)
                reports += 1
                if reports >= 60 { throw Enough() }
            }
        } catch is Enough {}
        #expect(reports == 60)
    }

    /// Reports that once crashed the quotation reader: one ends on a complementizer («قالوا له
    /// إن», the text cut short), one has a quotation running past the sentence of its cue.
    @Test(arguments: ["CN-middleEast-1587-20181017", "FR-internationalNews-2148-20180704"])
    func reportsThatOnceCrashed(_ id: String) throws {
        let marsad = try Marsad()
        let path = GoldOracle.shared.appendingPathComponent("corpus/ant-world-news.jsonl.gz").path
        var found = 0
        InputReader().read([path]) { result in
            guard case .success(let record) = result, record.id == id else { return }
            let analyzed = marsad.analyze(marsad.intake.document(from: record))
            check(analyzed)
            sameAsThreeExtractors(analyzed)
            found += 1
        }
        #expect(found == 1)
    }

    /// The standard pipeline's one-pass extractor gives what the three extractors give, run one
    /// after the other on their own readings of the document.
    func sameAsThreeExtractors(_ analyzed: AnalyzedDocument) {
        let lexicon = OracleRun.lexicon
        var annotations = Annotations(entities: analyzed.annotations.entities, times: analyzed.annotations.times)
        let extractors: [any Extractor] = [
            QuoteExtractor(lexicon: lexicon), AgreementExtractor(lexicon: lexicon), EventExtractor(lexicon: lexicon),
        ]
        for extractor in extractors {
            annotations.take(extractor.produces, from: extractor.extract(from: analyzed.document, given: annotations))
        }
        #expect(annotations.quotes == analyzed.annotations.quotes)
        #expect(annotations.agreements == analyzed.annotations.agreements)
        #expect(annotations.events == analyzed.annotations.events)
    }

    func check(_ analyzed: AnalyzedDocument) {
        let d = analyzed.document, a = analyzed.annotations
        let ids = Set(a.entities.map(\.id))
        let inText = { (s: MarsadText.Span) -> Bool in s.end <= d.count && !s.isEmpty }
        for q in a.quotes {
            #expect(inText(q.span))
            #expect(q.speaker.map { ids.contains($0) } ?? true)
            let text = d.text(in: q.span)
            #expect(text.trimmingCharacters(in: .whitespaces) == text)
        }
        for e in a.events {
            #expect(inText(e.trigger) && e.sentence.contains(e.trigger))
            #expect(e.evidence.contains { $0.contains(e.trigger) })
            #expect(!(e.source.isEmpty && e.sourceAgents.isEmpty) && (e.source + e.target).allSatisfy(ids.contains))
            #expect((e.sourceAgents + e.targetAgents).allSatisfy { inText($0.span) && !$0.label.isEmpty && !$0.cameo.isEmpty })
            #expect(e.location.map { ids.contains($0) } ?? true)
            #expect((0 ... 1).contains(e.confidence))
        }
        for g in a.agreements {
            #expect(!g.mentions.isEmpty && g.mentions.allSatisfy { inText($0) })
            #expect((g.parties + g.mediators).allSatisfy(ids.contains))
            #expect(g.provisions.allSatisfy { inText($0.span) })
        }
    }
}
