import Foundation
import MarsadCore
import MarsadEval
import MarsadTestSupport
import Testing

/// The three layers measured on their own: run over the sample and the develop half of the dev
/// gold with oracle entities and times (``GoldOracle``), and scored by `MarsadEval`'s `Scorer`, the
/// scorer of `marsad eval`. The figures are printed (docs/QUALITY.md quotes them); the minimums are
/// the measured levels rounded down: they only go up.
@Suite struct OracleScores {
    static let layers: [EvalLayer] = [.quotes, .events, .agreements, .provisions]

    /// Scores per layer, summed over the articles of a gold file.
    static func scores(goldPath: String, articles: [GoldOracle.Article]) throws -> [EvalLayer: LayerScore] {
        let file = try GoldFile.load(path: goldPath)
        var total: [EvalLayer: LayerScore] = [:]
        for article in articles {
            guard let gold = file.articles.first(where: { $0.id == article.id }) else { continue }
            let (document, annotations) = OracleRun.analyze(article)
            let score = Scorer().score(AnalyzedDocument(document: document, annotations: annotations), against: gold)
            for layer in layers { total[layer] = (total[layer] ?? LayerScore()) + score[layer] }
        }
        return total
    }

    static func report(_ name: String, _ scores: [EvalLayer: LayerScore]) {
        print("oracle upstream, \(name):")
        for layer in layers {
            let s = scores[layer]!
            let precision = s.precision.map { String(format: "%.3f (%d/%d)", $0, s.correct, s.predicted) } ?? "—"
            print("  \(layer.rawValue): found \(s.found)/\(s.gold), recall \(String(format: "%.3f", s.recall)), precision \(precision)")
        }
    }

    @Test func sample() throws {
        let scores = try Self.scores(goldPath: GoldOracle.shared.appendingPathComponent("gold/seed.gold.json").path,
                                     articles: [GoldOracle.sample()])
        Self.report("sample", scores)
        for layer in Self.layers { #expect(scores[layer]!.score == 1, "\(layer)") }
    }

    @Test func develop() throws {
        let scores = try Self.scores(goldPath: GoldOracle.root.appendingPathComponent("Tests/Fixtures/gold/dev-develop.gold.jsonl").path,
                                     articles: GoldOracle.develop())
        Self.report("dev-develop", scores)
        #expect(scores[.quotes]!.recall >= 0.9)
        #expect((scores[.quotes]!.precision ?? 0) >= 0.9)
        #expect(scores[.events]!.recall >= 0.2)
        #expect(scores[.agreements]!.recall >= 0.1)
    }
}
