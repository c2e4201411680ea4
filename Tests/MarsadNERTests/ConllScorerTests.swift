import MarsadNER
import Testing

/// conlleval's rules on hand-checked cases (tokens from ANERcorp-style sentences).
@Suite struct ConllScorerTests {
    @Test(arguments: [
        // Plain BIO.
        (["B-PERS", "I-PERS", "O", "B-LOC"], ["PERS[0, 2)", "LOC[3, 4)"]),
        // An I- after O opens a phrase; an I- of another type opens a new one.
        (["O", "I-LOC", "I-ORG", "I-ORG"], ["LOC[1, 2)", "ORG[2, 4)"]),
        // B after B: two phrases; a phrase at the very end.
        (["B-LOC", "B-LOC", "O", "B-MISC", "I-MISC"], ["LOC[0, 1)", "LOC[1, 2)", "MISC[3, 5)"]),
        // IOBES: E closes, S is a phrase of one token.
        (["B-ORG", "E-ORG", "S-PERS", "O"], ["ORG[0, 2)", "PERS[2, 3)"]),
        ([], []),
    ])
    func chunks(labels: [String], expected: [String]) {
        #expect(LabeledChunk.chunks(in: labels).map(\.description) == expected)
    }

    /// "وقال كوفي أنان في نيويورك": a truncated name, a right place.
    @Test func boundaryErrorIsWrong() {
        var scorer = ConllScorer()
        scorer.add(gold: ["O", "B-PERS", "I-PERS", "O", "B-LOC"], predicted: ["O", "B-PERS", "O", "O", "B-LOC"])
        let s = scorer.score
        #expect(s.overall == ConllScorer.Counts(gold: 2, found: 2, correct: 1))
        #expect(s.byType["PERS"] == ConllScorer.Counts(gold: 1, found: 1, correct: 0))
        #expect(s.byType["LOC"] == ConllScorer.Counts(gold: 1, found: 1, correct: 1))
        #expect(s.tokens == 5 && s.correctTokens == 4)
        #expect(s.overall.precision == 50 && s.overall.recall == 50 && s.overall.f1 == 50)
    }

    /// A phrase too long, a wrong type, a spurious phrase and a missed one, over two sentences.
    @Test func mixedErrors() {
        var scorer = ConllScorer()
        // "اتحاد صناعة السيارات في ألمانيا": ORG over-extended into the place.
        scorer.add(gold: ["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"], predicted: ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"])
        // "قال سولانا في القاهرة": PERS tagged ORG, a spurious MISC, LOC missed.
        scorer.add(gold: ["O", "B-PERS", "O", "B-LOC"], predicted: ["B-MISC", "B-ORG", "O", "O"])
        let s = scorer.score
        #expect(s.overall == ConllScorer.Counts(gold: 4, found: 3, correct: 0))
        #expect(s.byType["ORG"] == ConllScorer.Counts(gold: 1, found: 2, correct: 0))
        #expect(s.byType["MISC"] == ConllScorer.Counts(gold: 0, found: 1, correct: 0))
        #expect(s.overall.f1 == 0)
    }

    @Test func perfectAndReport() {
        var scorer = ConllScorer()
        scorer.add(gold: [NERTag.begin(.person), .inside(.person), .outside], predicted: [.begin(.person), .inside(.person), .outside])
        #expect(scorer.score.overall.f1 == 100)
        #expect(scorer.report() == """
            processed 3 tokens with 1 phrases; found: 1 phrases; correct: 1.
            accuracy: 100.00%; precision: 100.00%; recall: 100.00%; FB1: 100.00
                         PERS: precision: 100.00%; recall: 100.00%; FB1: 100.00  1

            """)
    }

    @Test func emptyScoresZero() {
        let s = ConllScorer().score
        #expect(s.overall.precision == 0 && s.overall.recall == 0 && s.overall.f1 == 0 && s.accuracy == 0)
    }
}
