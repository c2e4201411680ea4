import Foundation
import Marsad
import MarsadCore
@testable import MarsadEval
import MarsadIntake
import MarsadText
import Testing

/// The scorer over the current pipeline's output for the sample and the dev corpus. Whatever
/// the pipeline's quality (the CI thresholds guard that), the figures must be consistent.
struct SeedPipelineTests {
    static let marsad: Marsad? = try? Marsad()

    /// The analyzed text of `path`, as `marsad eval` builds it from a gold `file`.
    static func analyze(path: String, published: CivilDate?) throws -> AnalyzedDocument {
        let marsad = try #require(marsad)
        var record: InputRecord?
        InputReader().read([path]) { record = try? $0.get() }
        let document = marsad.intake.document(from: try #require(record))
        #expect(document.metadata.published == published)
        return marsad.analyze(document)
    }

    static func checkConsistent(_ score: ArticleScore) {
        for layer in EvalLayer.allCases {
            let s = score[layer]
            #expect(s.articles == 1)
            #expect(0 <= s.found && s.found <= s.gold, "\(layer)")
            #expect(0 <= s.correct && s.correct <= s.predicted, "\(layer)")
            #expect((0 ... 1).contains(s.recall), "\(layer)")
            if let p = s.precision { #expect((0 ... 1).contains(p), "\(layer)") }
            if let f = s.f1 { #expect((0 ... 1).contains(f) && f <= max(s.recall, s.precision ?? 0) + 1e-9, "\(layer)") }
            let misses = score.findings(in: layer).filter { $0.kind == .miss }.count
            let falsePositives = score.findings(in: layer).count - misses
            #expect(misses == s.gold - s.found, "\(layer)")
            #expect(falsePositives == s.falsePositives, "\(layer)")
        }
    }

    @Test func seedGoldWithTheCurrentPipeline() throws {
        let file = try GoldFile.load(path: EvalTest.seedGoldPath)
        let article = try #require(file.articles.first)
        let url = try #require(file.textURL(of: article))
        let analyzed = try Self.analyze(path: url.path, published: article.published)
        #expect(article.misfit(analyzed.document.scalars) == nil)
        let score = Scorer().score(analyzed, against: article)
        Self.checkConsistent(score)
        #expect(score[.times].gold == 6)
        #expect(score[.entities].gold == 14)
        #expect(score[.mentions].gold == 35)
        #expect(score[.quotes].gold == 4)
        #expect(score[.provisions].gold == 5)
        #expect(score[.events].precision == nil)
        #expect(score[.times].precision != nil)
        // Every miss quotes the sample's own text at its offsets.
        for finding in score.findings where finding.layer == .times || finding.layer == .mentions {
            #expect(finding.spans.allSatisfy { analyzed.document.text(in: $0) == finding.text })
        }
    }

    @Test func devGoldFitsTheDevCorpus() throws {
        let marsad = try #require(Self.marsad)
        var records: [String: InputRecord] = [:]
        InputReader().read([EvalTest.devCorpusPath]) { if let r = try? $0.get(), let id = r.id { records[id] = r } }
        for path in [EvalTest.devDevelopGoldPath, EvalTest.devHeldGoldPath] {
            for article in try GoldFile.load(path: path).articles {
                let record = try #require(records[article.id])
                #expect(record.published == article.published)
                let document = marsad.intake.document(from: record)
                #expect(article.misfit(document.scalars) == nil, "\(article.id)")
                Self.checkConsistent(Scorer().score(marsad.analyze(document), against: article))
            }
        }
    }
}
