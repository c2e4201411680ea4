/// The counts of one layer, for one article or summed over several (micro-averaging).
///
/// Recall is `found / gold` over every article. Precision is `correct / predicted`, counted only
/// in articles whose gold layer is complete; it is `nil` when no article's layer is complete.
/// A ratio with nothing on either side (0/0) is 1: nothing to find and nothing missed, or
/// nothing claimed and nothing wrong.
///
/// ```swift
/// var s = LayerScore(gold: 6, found: 3, predicted: 4, correct: 3, articles: 1, completeArticles: 1)
/// s.recall      // 0.5
/// s.precision   // Optional(0.75)
/// s.f1          // Optional(0.6)
/// ```
public struct LayerScore: Sendable, Hashable {
    /// Gold items.
    public var gold: Int
    /// Gold items that some output item matches.
    public var found: Int
    /// Output items scored for precision (complete layers only).
    public var predicted: Int
    /// Those of `predicted` that match gold.
    public var correct: Int
    /// Articles scored.
    public var articles: Int
    /// Articles whose gold layer is complete.
    public var completeArticles: Int

    public init(gold: Int = 0, found: Int = 0, predicted: Int = 0, correct: Int = 0, articles: Int = 0,
                completeArticles: Int = 0) {
        self.gold = gold
        self.found = found
        self.predicted = predicted
        self.correct = correct
        self.articles = articles
        self.completeArticles = completeArticles
    }

    /// Output items that match no gold item (complete layers only).
    public var falsePositives: Int { predicted - correct }

    public var recall: Double { Self.ratio(found, gold) }

    /// `nil` when no article's gold layer is complete.
    public var precision: Double? { completeArticles > 0 ? Self.ratio(correct, predicted) : nil }

    /// The harmonic mean of precision and recall; `nil` when precision is.
    public var f1: Double? {
        guard let p = precision else { return nil }
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// The figure thresholds compare: F1, or recall where precision is not defined.
    public var score: Double { f1 ?? recall }

    /// The sum of two scores (micro-averaging).
    public static func + (a: LayerScore, b: LayerScore) -> LayerScore {
        LayerScore(gold: a.gold + b.gold, found: a.found + b.found, predicted: a.predicted + b.predicted,
                   correct: a.correct + b.correct, articles: a.articles + b.articles,
                   completeArticles: a.completeArticles + b.completeArticles)
    }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? (a == 0 ? 1 : 0) : Double(a) / Double(b) }
}
