public import MarsadCore
import MarsadText

/// Scores a `marsad.document/1` result (an ``AnalyzedDocument``) against the gold of its
/// article, layer by layer, following ../shared/gold/FORMAT.md ("What counts as found") and
/// the choices written in docs/QUALITY.md ("Scoring").
///
/// ```swift
/// let article = try GoldFile.load(path: "../shared/gold/seed.gold.json").articles[0]
/// let score = Scorer().score(analyzed, against: article)
/// score[.times].found      // gold times found
/// score[.times].f1         // F1 (the seed's times layer is complete)
/// score.findings(in: .times)   // every miss and false positive, with text and offsets
/// ```
/// Entities are matched many-to-many as FORMAT.md says (a gold entity counts once; an output
/// entity is a false positive when it matches no gold entity and no optional mention). Times,
/// quotes, events and agreements are matched one-to-one with ``BipartiteMatching`` (a maximum
/// matching), so one output item never counts for two gold items.
///
/// Complexity: O(G · O) per layer for G gold and O output items, plus the text of the quotes.
public struct Scorer: Sendable {
    public init() {}

    public func score(_ output: AnalyzedDocument, against gold: GoldArticle) -> ArticleScore {
        let context = Context(output: output, gold: gold)
        var result = ArticleScore(id: gold.id)
        scoreEntities(context, into: &result)
        scoreMentions(context, into: &result)
        scoreTimes(context, into: &result)
        scoreQuotes(context, into: &result)
        scoreEvents(context, into: &result)
        scoreAgreements(context, into: &result)
        return result
    }

    /// What every layer's scoring reads: the output, its entities by id, and the gold.
    struct Context {
        let output: AnalyzedDocument
        let gold: GoldArticle
        let entities: [String: Entity]

        init(output: AnalyzedDocument, gold: GoldArticle) {
            self.output = output
            self.gold = gold
            self.entities = Dictionary(output.annotations.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }

        var document: Document { output.document }
        var annotations: Annotations { output.annotations }

        func text(_ span: Span) -> String {
            span.end <= document.count ? document.text(in: span) : ""
        }

        /// A new score for `layer` in this article, with its completeness.
        func layerScore(_ layer: EvalLayer) -> LayerScore {
            LayerScore(articles: 1, completeArticles: gold.complete.isComplete(layer) ? 1 : 0)
        }

        func isComplete(_ layer: EvalLayer) -> Bool { gold.complete.isComplete(layer) }

        /// The first place `piece` is written in the text, for findings whose gold has no offsets.
        func locate(_ piece: String?) -> [Span] {
            guard let piece, let span = ScalarSearch.firstRange(of: piece, in: document.scalars[...]) else { return [] }
            return [span]
        }
    }
}
