/// Phrase-level precision, recall and F1 by the rules of the CoNLL shared tasks' `conlleval`
/// script: a predicted phrase is correct only when a gold phrase has the same type and both the
/// same first and last token.
///
/// ```swift
/// var scorer = ConllScorer()
/// scorer.add(gold: ["B-PERS", "I-PERS", "O", "B-LOC"],
///            predicted: ["B-PERS", "O", "O", "B-LOC"])
/// scorer.score.overall   // gold 2, found 2, correct 1: P 50, R 50, F1 50
/// scorer.score.byType["PERS"]?.correct  // 0: the boundary is wrong
/// ```
///
/// Labels are strings, so the scorer also serves other BIO schemes (see
/// ``LabeledChunk/chunks(in:)`` for how phrases are read, including an `I-` after `O`). Sentences
/// are scored one at a time, so no phrase crosses a sentence boundary.
/// - Complexity: O(n) per sentence in its length.
public struct ConllScorer: Sendable {
    /// Counts for one type, or for all types.
    public struct Counts: Hashable, Sendable {
        /// Phrases in the gold labels.
        public var gold = 0
        /// Phrases in the predicted labels.
        public var found = 0
        /// Predicted phrases with the type and both boundaries of a gold phrase.
        public var correct = 0

        public init(gold: Int = 0, found: Int = 0, correct: Int = 0) {
            self.gold = gold
            self.found = found
            self.correct = correct
        }

        /// correct / found, in percent (0 when nothing was found).
        public var precision: Double { found == 0 ? 0 : 100 * Double(correct) / Double(found) }
        /// correct / gold, in percent (0 when there is no gold phrase).
        public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
        /// The harmonic mean of precision and recall, in percent (0 when both are 0).
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// The scores of everything added so far.
    public struct Score: Hashable, Sendable {
        /// Tokens scored.
        public var tokens = 0
        /// Tokens whose predicted label equals the gold label.
        public var correctTokens = 0
        /// All types together.
        public var overall = Counts()
        /// By type label (`PERS`, `LOC`, …): every type seen in gold or predicted labels.
        public var byType: [String: Counts] = [:]

        /// correctTokens / tokens, in percent.
        public var accuracy: Double { tokens == 0 ? 0 : 100 * Double(correctTokens) / Double(tokens) }
    }

    public private(set) var score = Score()

    public init() {}

    /// Adds one sentence. `gold` and `predicted` must have the same length.
    public mutating func add(gold: [String], predicted: [String]) {
        precondition(gold.count == predicted.count, "gold and predicted labels differ in length")
        score.tokens += gold.count
        for (g, p) in zip(gold, predicted) where g == p { score.correctTokens += 1 }
        let goldChunks = LabeledChunk.chunks(in: gold)
        let foundChunks = LabeledChunk.chunks(in: predicted)
        let goldSet = Set(goldChunks)
        for chunk in goldChunks { score.byType[chunk.type, default: Counts()].gold += 1 }
        for chunk in foundChunks {
            score.byType[chunk.type, default: Counts()].found += 1
            if goldSet.contains(chunk) { score.byType[chunk.type, default: Counts()].correct += 1 }
        }
        score.overall.gold += goldChunks.count
        score.overall.found += foundChunks.count
        score.overall.correct += foundChunks.filter { goldSet.contains($0) }.count
    }

    /// Adds one sentence of ``NERTag``s.
    public mutating func add(gold: [NERTag], predicted: [NERTag]) {
        add(gold: gold.map(\.label), predicted: predicted.map(\.label))
    }

    /// The scores as conlleval prints them (see ``Score/report()``).
    public func report() -> String { score.report() }
}

extension ConllScorer.Score {
    /// A report in the layout of conlleval's output:
    ///
    /// ```text
    /// processed 12467 tokens with 1024 phrases; found: 1001 phrases; correct: 880.
    /// accuracy:  97.63%; precision:  87.91%; recall:  85.94%; FB1:  86.91
    ///               LOC: precision:  91.20%; recall:  90.12%; FB1:  90.66  375
    /// ```
    ///
    /// Types are listed in alphabetical order; the last number is the phrases found.
    public func report() -> String {
        func f(_ x: Double) -> String {
            let s = String(Int((x * 100).rounded()))
            let padded = String(repeating: "0", count: max(0, 3 - s.count)) + s
            let text = padded.dropLast(2) + "." + padded.suffix(2)
            return String(repeating: " ", count: max(0, 6 - text.count)) + text
        }
        let s = self
        var lines = [
            "processed \(s.tokens) tokens with \(s.overall.gold) phrases; found: \(s.overall.found) phrases; correct: \(s.overall.correct).",
            "accuracy: \(f(s.accuracy))%; precision: \(f(s.overall.precision))%; recall: \(f(s.overall.recall))%; FB1: \(f(s.overall.f1))",
        ]
        for type in s.byType.keys.sorted() {
            let c = s.byType[type]!
            let name = String(repeating: " ", count: max(0, 17 - type.count)) + type
            lines.append("\(name): precision: \(f(c.precision))%; recall: \(f(c.recall))%; FB1: \(f(c.f1))  \(c.found)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
