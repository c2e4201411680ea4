/// The result of `marsad eval`: the article scores of each gold file, their totals per file, and
/// the totals over every file (micro-averaged: counts are summed, then the ratios computed).
///
/// ```swift
/// let report = EvalReport(groups: [EvalReport.Group(name: "seed.gold.json", articles: [score])])
/// report.overall[.times]?.f1
/// print(report.text(misses: true))
/// ```
public struct EvalReport: Sendable {
    /// The articles of one gold file.
    public struct Group: Sendable {
        /// The gold file's path, as given.
        public var name: String
        public var articles: [ArticleScore]

        public init(name: String, articles: [ArticleScore]) {
            self.name = name
            self.articles = articles
        }

        /// The layer scores summed over the file's articles.
        public var totals: [EvalLayer: LayerScore] { EvalReport.sum(articles) }
    }

    public var groups: [Group]

    public init(groups: [Group]) {
        self.groups = groups
    }

    /// The layer scores summed over every article of every file.
    public var overall: [EvalLayer: LayerScore] { Self.sum(groups.flatMap(\.articles)) }

    /// The number of articles scored.
    public var articleCount: Int { groups.reduce(0) { $0 + $1.articles.count } }

    /// The thresholds that the overall figures do not reach, each with its message.
    public func failures(of thresholds: [Threshold]) -> [String] {
        let overall = self.overall
        return thresholds.compactMap { $0.failure(overall[$0.layer] ?? LayerScore()) }
    }

    /// The missed gold items of each layer counted by cause (layers without a known cause left
    /// out).
    static func missCauses(_ articles: [ArticleScore]) -> [EvalLayer: [Finding.Cause: Int]] {
        var counts: [EvalLayer: [Finding.Cause: Int]] = [:]
        for a in articles {
            for f in a.findings { if let cause = f.cause { counts[f.layer, default: [:]][cause, default: 0] += 1 } }
        }
        return counts
    }

    static func sum(_ articles: [ArticleScore]) -> [EvalLayer: LayerScore] {
        var totals: [EvalLayer: LayerScore] = [:]
        for article in articles {
            for layer in EvalLayer.allCases { totals[layer] = (totals[layer] ?? LayerScore()) + article[layer] }
        }
        return totals
    }
}
