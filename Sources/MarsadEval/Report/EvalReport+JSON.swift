import Foundation
import MarsadText

extension EvalReport {
    /// The name and version of the JSON object ``json(misses:thresholds:)`` writes.
    public static let schema = "marsad.eval/1"

    /// The report as one JSON object (keys sorted): per gold file its articles (each with its
    /// layer figures, notes and, with `misses`, its findings) and totals, the overall totals,
    /// and each threshold with its result. Each file also counts its missed quotes and events by
    /// cause (`miss_causes`), with no text.
    ///
    /// A layer's figures: `gold`, `found`, `predicted` and `correct` (output items scored for
    /// precision, and those right), `false_positives`, `precision` and `f1` (`null` when the
    /// gold layer is not complete), `recall`, `score` (what `--min` compares), `articles` and
    /// `complete_articles`.
    public func json(misses: Bool = false, thresholds: [Threshold] = []) -> String {
        let overall = self.overall
        let body = JSONReport(
            schema: Self.schema,
            files: groups.map { group in
                JSONGroup(gold: group.name, layers: JSONFigures.map(group.totals),
                          missCauses: Dictionary(uniqueKeysWithValues: Self.missCauses(group.articles).map { layer, counts in
                              (layer.rawValue, Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }))
                          }),
                          articles: group.articles.map { a in
                    JSONArticle(id: a.id, layers: JSONFigures.map(a.layers), notes: a.notes,
                                findings: misses ? a.findings.map(JSONFinding.init) : nil)
                })
            },
            overall: JSONFigures.map(overall),
            thresholds: thresholds.map { t in
                let score = overall[t.layer] ?? LayerScore()
                return JSONThreshold(layer: t.layer.rawValue, minimum: t.minimum, value: JSONFigures.round(score.score),
                                     passed: t.failure(score) == nil)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(body)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

private struct JSONReport: Encodable {
    var schema: String
    var files: [JSONGroup]
    var overall: [String: JSONFigures]
    var thresholds: [JSONThreshold]
}

private struct JSONGroup: Encodable {
    var gold: String
    var layers: [String: JSONFigures]
    /// Missed quotes and events counted by cause, per layer (``Finding/Cause``).
    var missCauses: [String: [String: Int]]
    var articles: [JSONArticle]

    enum CodingKeys: String, CodingKey {
        case gold, layers, articles
        case missCauses = "miss_causes"
    }
}

private struct JSONArticle: Encodable {
    var id: String
    var layers: [String: JSONFigures]
    var notes: [String]
    var findings: [JSONFinding]?
}

private struct JSONThreshold: Encodable {
    var layer: String
    var minimum: Double
    var value: Double
    var passed: Bool
}

private struct JSONFigures: Encodable {
    var gold, found, predicted, correct, falsePositives, articles, completeArticles: Int
    var precision: Double?
    var recall: Double
    var f1: Double?
    var score: Double

    enum CodingKeys: String, CodingKey {
        case gold, found, predicted, correct, articles, precision, recall, f1, score
        case falsePositives = "false_positives"
        case completeArticles = "complete_articles"
    }

    init(_ s: LayerScore) {
        gold = s.gold; found = s.found; predicted = s.predicted; correct = s.correct
        falsePositives = s.falsePositives; articles = s.articles; completeArticles = s.completeArticles
        precision = s.precision.map(Self.round); recall = Self.round(s.recall); f1 = s.f1.map(Self.round)
        score = Self.round(s.score)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(gold, forKey: .gold)
        try c.encode(found, forKey: .found)
        try c.encode(predicted, forKey: .predicted)
        try c.encode(correct, forKey: .correct)
        try c.encode(falsePositives, forKey: .falsePositives)
        try c.encode(articles, forKey: .articles)
        try c.encode(completeArticles, forKey: .completeArticles)
        try c.encode(precision, forKey: .precision)   // null when not defined
        try c.encode(recall, forKey: .recall)
        try c.encode(f1, forKey: .f1)
        try c.encode(score, forKey: .score)
    }

    static func map(_ layers: [EvalLayer: LayerScore]) -> [String: JSONFigures] {
        Dictionary(uniqueKeysWithValues: EvalLayer.allCases.map { ($0.rawValue, JSONFigures(layers[$0] ?? LayerScore())) })
    }

    /// Four decimals, so that the JSON stays readable.
    static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}

private struct JSONFinding: Encodable {
    var layer: String
    var kind: String
    var text: String
    var spans: [[Int]]
    var detail: String
    var cause: String?

    init(_ f: Finding) {
        layer = f.layer.rawValue
        kind = f.kind.rawValue
        text = f.text
        spans = f.spans.map { [$0.start, $0.end] }
        detail = f.detail
        cause = f.cause?.rawValue
    }
}
