/// The passive-aggressive learner (``NERLearner/passiveAggressive``): the perceptron's loop and
/// averaging, with each update scaled to the smallest step that makes the gold sequence win by
/// its Hamming loss, capped at C (PA-I; Crammer et al. 2006, with the loss of MIRA, McDonald
/// et al. 2005).
extension NERTrainer {
    /// One PA-I step on a sentence; returns the number of tokens tagged right.
    func trainPassiveAggressive(_ s: Prepared, _ state: inout TrainingState) -> Int {
        let k = NERTag.count, n = s.gold.count
        let (emissions, transitions) = state.doubleScores(of: s)
        let guess = LinearChainCRF.best(emissions: emissions, transitions: transitions, count: n)
        var correct = 0
        for i in 0 ..< n where guess[i] == s.gold[i] { correct += 1 }
        defer { state.weights.time += 1 }
        guard correct < n else { return correct }
        // Φ(gold) − Φ(guess), by weight index.
        var difference: [Int: Double] = [:]
        for i in 0 ..< n {
            let truth = s.gold[i]
            if guess[i] != truth {
                for r in s.rows[Int(s.offsets[i]) ..< Int(s.offsets[i + 1])] where r >= 0 {
                    difference[Int(r) * k + truth, default: 0] += 1
                    difference[Int(r) * k + guess[i], default: 0] -= 1
                }
            }
            let goldPrevious = i == 0 ? 0 : s.gold[i - 1] + 1, guessPrevious = i == 0 ? 0 : guess[i - 1] + 1
            if goldPrevious != guessPrevious || truth != guess[i] {
                difference[goldPrevious * k + truth, default: 0] += 1
                difference[guessPrevious * k + guess[i], default: 0] -= 1
            }
        }
        let squared = difference.values.reduce(0) { $0 + $1 * $1 }
        guard squared > 0 else { return correct }
        let margin = LinearChainCRF.score(of: s.gold, emissions: emissions, transitions: transitions)
            - LinearChainCRF.score(of: guess, emissions: emissions, transitions: transitions)
        let tau = min(options.aggressiveness, max(0, (Double(n - correct) - margin) / squared))
        guard tau > 0 else { return correct }
        // Sorted, so that float additions happen in the same order on every run.
        for (index, d) in difference.sorted(by: { $0.key < $1.key }) where d != 0 {
            state.weights.update(row: index / k, tag: index % k, by: Float(tau * d))
        }
        return correct
    }
}
