@testable import MarsadNER
import Testing

/// The second-order decoder of the experiment agrees with first-order Viterbi when the
/// second-order weights are zero, and follows them when they are not.
@Suite struct SecondOrderExperimentTests {
    /// Emission scores of the bundled model for a real sentence (dev-news.jsonl hn10).
    static func emissions() throws -> (e: [Int64], t: [Int64], n: Int) {
        let tagger = try NERTagger.load()
        let words = ["أعلن", "الرئيس", "الأفغاني", "أشرف", "غني", "الخميس", "وقفا", "مؤقتا", "لإطلاق", "النار", "مع", "حركة", "طالبان", "."]
        let first = tagger.firstStage(NERSentence(words: words))
        return (first.emissions, tagger.transitions64, words.count)
    }

    @Test func zeroSecondOrderIsFirstOrder() throws {
        let (e, t, n) = try Self.emissions()
        let first = Viterbi.decode(emissions: e, transitions: t, count: n).tags
        let second = SecondOrderExperiment.decode(e.map(Double.init), t.map(Double.init), [Double](repeating: 0, count: 100 * 9), n)
        #expect(second == first)
        #expect(first.contains { $0 != 0 })  // the sentence has names
    }

    @Test func secondOrderWeightsCount() throws {
        let (e, t, n) = try Self.emissions()
        // A large weight against O after (O, O) turns every third token on.
        var t2 = [Double](repeating: 0, count: 100 * 9)
        t2[SecondOrderExperiment.index(0, 0) * 9 + 0] = -1e9
        let tags = SecondOrderExperiment.decode(e.map(Double.init), t.map(Double.init), t2, n)
        for i in 2 ..< n { #expect(!(tags[i - 2] == 0 && tags[i - 1] == 0 && tags[i] == 0)) }
    }
}
